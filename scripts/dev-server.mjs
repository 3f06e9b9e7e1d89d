// Starts `wrangler dev` on 127.0.0.1 for the browser test and the load test, waits until
// /healthz answers, and stops it (the whole process group it started) afterwards.
import { spawn } from 'node:child_process'
import { createServer } from 'node:net'

const root = new URL('../', import.meta.url)
const WRANGLER = new URL('node_modules/wrangler/bin/wrangler.js', root).pathname
// wrangler's debug log names the runtime its dev proxy forwards to
const RUNTIME = /"type":"reloadComplete","proxyData":\{"userWorkerUrl":\{"protocol":"http:","hostname":"([\d.]+)","port":"(\d+)"/g
const KEEP = 256 * 1024

/** A TCP port on 127.0.0.1 that nothing listens on right now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.unref()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })
}

/**
 * Starts the Worker under `wrangler dev`. `env` picks a wrangler.toml environment
 * (`load` for the load test), `vars` override vars. Resolves to `{ url, runtimeUrl, stop,
 * output, restarts }`: `url` is wrangler's dev server, as `npm start` serves it;
 * `runtimeUrl` is the workerd runtime behind wrangler's dev proxy, serving the same Worker
 * without that proxy; `restarts()` counts the times wrangler restarted that runtime since
 * (after a source file changed), each time on a new port.
 */
export async function startDevServer({ port, env, vars = {}, timeoutMs = 90_000 } = {}) {
  port ??= await freePort()
  const inspector = await freePort()
  // debug: the only level at which wrangler names the runtime's address
  const args = [WRANGLER, 'dev', '--ip', '127.0.0.1', '--port', String(port), '--inspector-port', String(inspector), '--log-level', 'debug', '--show-interactive-dev-session=false']
  if (env) args.push('--env', env)
  for (const [key, value] of Object.entries(vars)) args.push('--var', `${key}:${value}`)
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: { ...process.env, CLOUDFLARE_CF_FETCH_ENABLED: 'false', WRANGLER_SEND_METRICS: 'false', NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
    // its own process group, so that stop() ends workerd with it
    detached: true,
  })
  let output = ''
  let runtimeUrl
  // every (re)start of the runtime listens on a new port
  const runtimes = new Set()
  const read = (d) => {
    output += d
    for (const m of output.matchAll(RUNTIME)) runtimes.add((runtimeUrl = `http://${m[1]}:${m[2]}`))
    if (output.length > 2 * KEEP) output = output.slice(-KEEP)
  }
  child.stdout.on('data', read)
  child.stderr.on('data', read)
  const exited = new Promise((resolve) => child.once('exit', resolve))

  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return
    try {
      process.kill(-child.pid, 'SIGTERM')
    } catch {}
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid, 'SIGKILL')
      } catch {}
    }, 5000)
    await exited
    clearTimeout(timer)
  }
  // should the caller die without stop(), take the server down with it
  const orphan = () => {
    try {
      process.kill(-child.pid, 'SIGKILL')
    } catch {}
  }
  process.once('exit', orphan)
  exited.then(() => process.off('exit', orphan))

  const url = `http://127.0.0.1:${port}`
  const deadline = Date.now() + timeoutMs
  for (;;) {
    if (child.exitCode !== null) throw new Error(`wrangler dev exited with ${child.exitCode}:\n${output}`)
    if (runtimeUrl && (await answers(url)) && (await answers(runtimeUrl))) break
    if (Date.now() > deadline) {
      await stop()
      throw new Error(`wrangler dev did not answer on ${url} within ${timeoutMs / 1000} s:\n${output}`)
    }
    await new Promise((r) => setTimeout(r, 250))
  }
  return { url, runtimeUrl, stop, output: () => output, restarts: () => runtimes.size - 1 }
}

async function answers(base) {
  try {
    return (await fetch(`${base}/healthz`, { signal: AbortSignal.timeout(2000) })).ok
  } catch {
    return false
  }
}
