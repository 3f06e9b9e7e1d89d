// Builds what runs outside the TypeScript toolchain: the command-line tool (bin/provenance.js
// loads it). Other build steps (the bookmarklet) add themselves here.
import { build } from 'esbuild'

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
