// npm run load: a bounded load test of POST /v1/check against `wrangler dev` on 127.0.0.1.
// A 1,000-word article (the example article's body paragraphs, repeated), 50 connections,
// 20 seconds. Runs the `load` environment of wrangler.toml, whose rate limit is out of
// reach, so that it measures the checker and not the limiter. Exits 1 on any failed request.
//
// The load goes to the workerd runtime that `wrangler dev` starts, not through wrangler's
// dev proxy in front of it: under sustained load that proxy (wrangler 4.86) now and then
// restarts the runtime and answers in-flight POSTs with 503 "Your worker restarted
// mid-request" (workers-sdk issues 14641, 15317; fixed in wrangler releases that need
// Node 22). `npm run load -- --through-proxy` measures through it anyway.
import { readFileSync } from 'node:fs'
import autocannon from 'autocannon'
import { startDevServer } from './dev-server.mjs'

const CONNECTIONS = 50
const DURATION_S = 20
const WORDS = 1000

/** At least `words` words: whole body paragraphs of the example article, over and over. */
export function article(words = WORDS) {
  const example = readFileSync(new URL('../test/fixtures/examples/kcna-letter.txt', import.meta.url), 'utf8')
  const paragraphs = example.split(/\n\s*\n/).map((p) => p.trim())
  // the story itself: after the headline, before the photo caption and the page furniture
  const body = paragraphs.slice(1, paragraphs.findIndex((p) => p.includes('— Photo:')))
  const out = []
  let count = 0
  for (let i = 0; count < words; i++) {
    const p = body[i % body.length]
    out.push(p)
    count += p.split(/\s+/).length
  }
  return { text: out.join('\n\n') + '\n', words: count }
}

async function main() {
  const throughProxy = process.argv.includes('--through-proxy')
  const { text, words } = article()
  const server = await startDevServer({ env: 'load' })
  try {
    const url = `${throughProxy ? server.url : server.runtimeUrl}/v1/check`
    const request = { method: 'POST', headers: { 'content-type': 'text/plain; charset=utf-8' }, body: text }
    // warm up, and check that the answer is a report
    for (let i = 0; i < 20; i++) {
      const res = await fetch(url, request)
      if (res.status !== 200) throw new Error(`warm-up answered ${res.status}: ${await res.text()}`)
      if (i === 0) {
        const report = await res.json()
        console.log(`article: ${words} words, ${Buffer.byteLength(text)} bytes, ${report.summary.sentences} sentences, ${report.summary.claims} claims`)
      } else await res.arrayBuffer()
    }
    console.log(`load: ${CONNECTIONS} connections for ${DURATION_S} s against POST ${url} (${throughProxy ? "wrangler's dev proxy" : `the wrangler dev runtime; the dev proxy is ${server.url}`})`)
    const result = await autocannon({ url, ...request, connections: CONNECTIONS, duration: DURATION_S })
    // autocannon counts timeouts among the errors
    const failed = result.errors + result.non2xx
    const statuses = Object.entries(result.statusCodeStats ?? {}).map(([code, s]) => `${code}: ${s.count}`).join(', ')
    console.log(
      [
        `requests: ${result.requests.total} in ${result.duration.toFixed(1)} s`,
        `requests/s: ${result.requests.average.toFixed(1)} (mean), ${result.requests.p50} (median second)`,
        `latency: p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`,
        `statuses: ${statuses}`,
        `errors: ${result.errors} (timeouts: ${result.timeouts}), non-2xx: ${result.non2xx}`,
      ].join('\n'),
    )
    if (server.restarts()) console.error('wrangler restarted the Worker during the run (a source file changed): run again on a quiet tree')
    if (failed > 0) {
      console.error(`FAILED: ${failed} requests failed`)
      process.exitCode = 1
    }
  } finally {
    await server.stop()
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main()
