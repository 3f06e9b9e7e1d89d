import { readFileSync } from 'node:fs'
import { cloudflareTest } from '@cloudflare/vitest-pool-workers'
import { unstable_readConfig } from 'wrangler'
import { defineConfig } from 'vitest/config'
import { writeDataWithoutNotes } from './scripts/data-notes.mjs'
import { writeOpenApi } from './scripts/openapi.mjs'
import { writePageTemplate } from './scripts/page-template.mjs'

// the Worker reads its word lists from build/data, its page's template and its OpenAPI document
// from build/assets: rebuilt here, so they never lag behind src
writeDataWithoutNotes()
writePageTemplate()
await writeOpenApi()

// What the worker tests cannot read inside workerd: the rate limit they must run into
// (from the binding in wrangler.toml) and the example article
const [limiter] = unstable_readConfig({ config: './wrangler.toml' }).ratelimits
const kcna = readFileSync(new URL('./test/fixtures/examples/kcna-letter.txt', import.meta.url), 'utf8')

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
          exclude: ['test/worker/**', '**/node_modules/**'],
          // the CLI tests spawn processes while Chromium and wrangler start beside them: on a cold
          // two-core machine a second-long test can pass the 5 s default (no test asserts a time)
          testTimeout: 30_000,
          // before the worker tests, so that timing tests do not share the cores with workerd
          sequence: { groupOrder: 0 },
        },
      },
      {
        plugins: [cloudflareTest({ wrangler: { configPath: './wrangler.toml' } })],
        test: {
          name: 'worker',
          include: ['test/worker/**/*.test.ts'],
          // the first request of each file loads the whole Worker
          testTimeout: 20_000,
          sequence: { groupOrder: 1 },
          provide: { rateLimit: limiter.simple.limit, kcna },
        },
      },
    ],
  },
})
