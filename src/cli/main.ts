/// <reference types="node" />
// Entry point of the bundled CLI (build/cli.js, loaded by bin/provenance.js).
import pkg from '../../package.json'
import { run } from './run'

// A reader that stops early (`| head`) closes the pipe: that is not an error
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
  throw error
})

try {
  process.exitCode = await run(process.argv.slice(2), {
    cwd: process.cwd(),
    env: process.env,
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    version: pkg.version,
  })
} catch (error) {
  // A bug, not the user's input: say so without echoing any of the draft
  process.stderr.write(`provenance: internal error: ${(error as Error).stack ?? error}\n`)
  process.exitCode = 2
}
