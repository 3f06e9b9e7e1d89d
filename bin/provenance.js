#!/usr/bin/env node
// The `provenance` command. The CLI is bundled into build/cli.js by `npm run build`, which
// `npm install` runs (the prepare script); say so clearly when it has not been built.
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const cli = new URL('../build/cli.js', import.meta.url)
if (!existsSync(cli)) {
  const root = fileURLToPath(new URL('..', import.meta.url))
  process.stderr.write(`provenance: the command-line tool is not built yet (build/cli.js is missing).\nRun "npm run build" in ${root} (npm install does it too), then try again.\n`)
  process.exit(2)
}
await import(cli.href)
