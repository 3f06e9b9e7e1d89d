// The Worker must stay small enough to start fast at the edge: under 200 KB gzipped, with
// the engine, its data, the page and the bookmarklet inside.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, it } from 'vitest'

const BUDGET = 200_000

it('bundles the Worker under 200 KB gzipped', { timeout: 120_000 }, () => {
  const out = mkdtempSync(join(tmpdir(), 'provenance-bundle-'))
  try {
    const wrangler = new URL('../../node_modules/wrangler/bin/wrangler.js', import.meta.url).pathname
    const log = execFileSync(process.execPath, [wrangler, 'deploy', '--dry-run', '--outdir', out], {
      cwd: new URL('../../', import.meta.url).pathname,
      env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CLOUDFLARE_CF_FETCH_ENABLED: 'false', NO_COLOR: '1' },
      encoding: 'utf8',
    })
    const kib = Number(log.match(/gzip: ([\d.]+) KiB/)![1])
    console.log(`Worker bundle: ${kib} KiB gzipped (${Math.round(kib * 1024)} bytes; budget ${BUDGET})`)
    expect(kib * 1024).toBeLessThan(BUDGET)
  } finally {
    rmSync(out, { recursive: true, force: true })
  }
})
