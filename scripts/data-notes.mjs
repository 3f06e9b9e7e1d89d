// An esbuild plugin that drops the notes from the word lists it bundles. Every list in
// src/data says why each entry is there ("why", "about"): the engine never reads those notes,
// so the bookmarklet, whose size is a URL's, ships the lists without them.
import { readFile } from 'node:fs/promises'

/** Removes "why" and "about" fields at any depth. */
function withoutNotes(value) {
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
