// The OpenAPI document (/openapi.json, /docs) is generated from the Worker's routes and the
// schemas they validate with, here at build time: converting the schemas at run time would put
// a JSON Schema converter (about 4 KB gzipped) in the Worker, which must stay under 200 KB.
import { mkdirSync, writeFileSync } from 'node:fs'
import { build } from 'esbuild'

/** Writes the app's OpenAPI document to build/assets/openapi.json, where the Worker's ASSETS binding reads it. */
export async function writeOpenApi(root = new URL('..', import.meta.url)) {
  const out = await build({
    entryPoints: [new URL('src/worker/openapi/app-document.ts', root).pathname],
    bundle: true,
    platform: 'node',
    format: 'esm',
    write: false,
    // as the Worker is bundled (wrangler.toml): the page's text assets, the readers' entity table
    loader: { '.txt': 'text', '.html': 'text' },
    alias: { 'decode-named-character-reference': new URL('src/input/entities.ts', root).pathname },
    logLevel: 'warning',
  })
  const { appDocument } = await import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].contents).toString('base64')}`)
  mkdirSync(new URL('build/assets/', root), { recursive: true })
  writeFileSync(new URL('build/assets/openapi.json', root), `${JSON.stringify(appDocument())}\n`)
}
