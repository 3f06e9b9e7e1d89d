// The build runs some of src's TypeScript in Node (the OpenAPI document, the page's bookmarklet section):
// esbuild bundles it in memory and the build imports what it made.
import { build } from 'esbuild'

/** Bundles with esbuild `options` (one output, ESM for Node, not written) and imports the module it makes. */
export async function importBundled(options) {
  const out = await build({ bundle: true, platform: 'node', format: 'esm', logLevel: 'warning', ...options, write: false })
  return import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].contents).toString('base64')}`)
}
