// Builds what runs outside the TypeScript toolchain: the Worker's word lists without their
// notes, the page's template among its static assets, the command-line tool (bin/provenance.js loads it) and the bookmarklet. Other build steps add themselves here.
// `node scripts/build.mjs bookmarklet` runs only the named steps.
import { build } from 'esbuild'
import { buildBookmarklet, buildHandoff } from './build-bookmarklet.mjs'
import { writeDataWithoutNotes } from './data-notes.mjs'
import { writeOpenApi } from './openapi.mjs'
import { writePageTemplate } from './page-template.mjs'

const only = process.argv.slice(2)
const wanted = (step) => !only.length || only.includes(step)

if (wanted('data')) writeDataWithoutNotes()

if (wanted('cli')) {
  await build({
    entryPoints: ['src/cli/main.ts'],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: 'build/cli.js',
    logLevel: 'warning',
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  })
}

if (wanted('bookmarklet')) {
  await buildBookmarklet()
  await buildHandoff()
}

// after the bookmarklet: the page's template carries both bookmarklets' URLs
if (wanted('page')) await writePageTemplate()

if (wanted('openapi')) await writeOpenApi()
