// The OpenAPI document (/openapi.json) and the docs page rendered from it (/docs) are generated from
// the Worker's routes and the schemas they validate with, here at build time: converting the schemas
// at run time would put a JSON Schema converter (about 4 KB gzipped) in the Worker, and rendering the
// page there its template code (about 1.5 KB), and the Worker must stay under 200 KB.
import { mkdirSync, writeFileSync } from 'node:fs'
import { importBundled } from './import-bundled.mjs'

/**
 * Writes the app's OpenAPI document to build/assets/openapi.json and its docs page, a template whose
 * `{{nonce}}` the Worker fills for each request, to build/assets/templates/docs.html: the Worker's ASSETS binding reads both.
 */
export async function writeOpenApi(root = new URL('..', import.meta.url)) {
  const { appDocument, docsPage } = await importBundled({
    stdin: {
      contents: "export { appDocument } from './app-document'\nexport { docsPage } from './docs-page'",
      resolveDir: new URL('src/worker/openapi/', root).pathname,
      loader: 'ts',
    },
    // as the Worker is bundled (wrangler.toml): the readers' entity table, the small error maker
    alias: { 'decode-named-character-reference': new URL('src/input/entities.ts', root).pathname, fault: new URL('src/input/fault.ts', root).pathname },
  })
  const doc = appDocument()
  mkdirSync(new URL('build/assets/templates/', root), { recursive: true })
  writeFileSync(new URL('build/assets/openapi.json', root), `${JSON.stringify(doc)}\n`)
  writeFileSync(new URL('build/assets/templates/docs.html', root), `${await docsPage(doc, '{{nonce}}')}\n`)
}
