// The OpenAPI document (/openapi.json) and the docs page rendered from it (/docs) are generated from
// the Worker's routes and the schemas they validate with, here at build time: converting the schemas
// at run time would put a JSON Schema converter (about 4 KB gzipped) in the Worker, and rendering the
// page there its template code (about 1.5 KB), and the Worker must stay under 200 KB.
import { mkdirSync, writeFileSync } from 'node:fs'
import { build } from 'esbuild'

/**
 * Writes the app's OpenAPI document to build/assets/openapi.json and its docs page, a template whose
 * `{{nonce}}` the Worker fills for each request, to build/assets/templates/docs.html: the Worker's ASSETS binding reads both.
 */
export async function writeOpenApi(root = new URL('..', import.meta.url)) {
  const out = await build({
    stdin: {
      contents: "export { appDocument } from './app-document'\nexport { docsPage } from './docs-page'",
      resolveDir: new URL('src/worker/openapi/', root).pathname,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    write: false,
    // as the Worker is bundled (wrangler.toml): the page's text assets, the readers' entity table, the small error maker
    loader: { '.txt': 'text', '.html': 'text' },
    alias: { 'decode-named-character-reference': new URL('src/input/entities.ts', root).pathname, fault: new URL('src/input/fault.ts', root).pathname },
    logLevel: 'warning',
  })
  const { appDocument, docsPage } = await import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].contents).toString('base64')}`)
  const doc = appDocument()
  mkdirSync(new URL('build/assets/templates/', root), { recursive: true })
  writeFileSync(new URL('build/assets/openapi.json', root), `${JSON.stringify(doc)}\n`)
  writeFileSync(new URL('build/assets/templates/docs.html', root), `${await docsPage(doc, '{{nonce}}')}\n`)
}
