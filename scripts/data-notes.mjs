// An esbuild plugin that drops the notes from the word lists it bundles. Every list in
// src/data says why each entry is there ("why", "about"): the engine never reads those notes,
// so the bookmarklet, whose size is a URL's, ships the lists without them.
import { readFileSync, readdirSync, mkdirSync, writeFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'

/** Removes "why" and "about" fields at any depth. */
export function withoutNotes(value) {
  if (Array.isArray(value)) return value.map(withoutNotes)
  if (!value || typeof value !== 'object') return value
  return Object.fromEntries(Object.entries(value).filter(([k, v]) => !((k === 'why' || k === 'about') && typeof v === 'string')).map(([k, v]) => [k, withoutNotes(v)]))
}

export const dataNotes = {
  name: 'data-notes',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/]data[\\/][^\\/]+\.json$/ }, async ({ path }) => ({
      contents: JSON.stringify(withoutNotes(JSON.parse(await readFile(path, 'utf8')))),
      loader: 'json',
    }))
  },
}

/**
 * Writes the word lists without their notes to build/data, where the Worker's bundle takes them
 * from (package.json "imports": "#data/*" under the "workerd" condition): the notes would cost
 * it about 10 KB of its 200 KB.
 */
export function writeDataWithoutNotes(root = new URL('..', import.meta.url)) {
  const from = new URL('src/data/', root)
  const to = new URL('build/data/', root)
  mkdirSync(to, { recursive: true })
  for (const name of readdirSync(from).filter((f) => f.endsWith('.json'))) {
    writeFileSync(new URL(name, to), JSON.stringify(withoutNotes(JSON.parse(readFileSync(new URL(name, from), 'utf8')))))
  }
}
