import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { isWordList, packed, withoutNotes } from '../../scripts/data-notes.mjs'
import { unpack } from '../../src/lexicon/packing'

const dir = new URL('../../src/data/', import.meta.url)
const files = readdirSync(dir).filter((f) => f.endsWith('.json'))

/** Keys written twice in one object, which JSON.parse keeps only the last of, silently. */
function repeatedKeys(json: string): string[] {
  const repeated: string[] = []
  const objects: (Set<string> | null)[] = []
  const tokens = json.match(/"(?:[^"\\]|\\.)*"|[{}[\]:]/g) ?? []
  tokens.forEach((token, i) => {
    if (token === '{') objects.push(new Set())
    else if (token === '[') objects.push(null)
    else if (token === '}' || token === ']') objects.pop()
    else if (tokens[i + 1] === ':') {
      const keys = objects.at(-1)
      if (keys?.has(token)) repeated.push(token)
      keys?.add(token)
    }
  })
  return repeated
}

/** Strings a list of the value holds more than once, at any depth: an entry written twice is dead weight in the Worker. */
function repeatedEntries(value: unknown): string[] {
  if (Array.isArray(value)) {
    const seen = new Set<string>()
    const repeated = value.filter((x) => typeof x === 'string' && (seen.has(x) || !seen.add(x))) as string[]
    return [...repeated, ...value.flatMap(repeatedEntries)]
  }
  return value && typeof value === 'object' ? Object.values(value).flatMap(repeatedEntries) : []
}

describe('word lists (src/data)', () => {
  it.each(files)('%s holds no entry twice in one list', (file) => {
    expect(repeatedEntries(JSON.parse(readFileSync(new URL(file, dir), 'utf8')))).toEqual([])
  })

  it('finds an entry written twice in a list at any depth, and not the same entry in two lists', () => {
    expect(repeatedEntries({ a: { entries: ['x', 'y', 'x'] }, b: [{ words: ['z', 'z'] }] })).toEqual(['x', 'z'])
    expect(repeatedEntries({ a: { entries: ['x'] }, b: { entries: ['x'] } })).toEqual([])
  })

  it.each(files)('%s parses, says what it is for, and writes no key twice in an object', (file) => {
    const text = readFileSync(new URL(file, dir), 'utf8')
    expect(typeof JSON.parse(text).about).toBe('string')
    expect(repeatedKeys(text)).toEqual([])
  })

  it('finds a key written twice, at any depth, and not the same key in two objects', () => {
    expect(repeatedKeys('{"a": {"why": "x", "why": "y"}, "b": [{"c": 1}, {"c": 2}]}')).toEqual(['"why"'])
    expect(repeatedKeys('{"a": 1, "b": {"a": 2}, "c": "a:", "d": ["a", "a"]}')).toEqual([])
  })
})

describe('word lists as the Worker ships them (build/data, scripts/data-notes.mjs)', () => {
  it.each(files)('%s keeps every entry once its packed lists are split at their commas (each list of words sorted)', (file) => {
    const lists = withoutNotes(JSON.parse(readFileSync(new URL(file, dir), 'utf8'))) as Record<string, unknown>
    const shipped = JSON.parse(JSON.stringify(packed(lists))) as Record<string, unknown>
    unpack(shipped)
    const sorted = Object.fromEntries(Object.entries(lists).map(([name, group]) => {
      const entries = (group as { entries?: unknown } | null)?.entries
      return [name, isWordList(entries) ? { ...(group as object), entries: [...entries].sort() } : group]
    }))
    expect(shipped).toEqual(sorted)
  })

  it('packs lists of words and long lists of records, not empty lists, and refuses an entry holding a comma, a null field or a string at the top', () => {
    expect(packed({ a: { entries: ['y z', 'x'] }, b: { entries: [] }, c: { entries: [{ name: 'x' }] }, d: { verbs: ['v'], entries: ['q', 'p'] }, e: [1] })).toEqual({
      a: ',x,y z',
      b: { entries: [] },
      c: { entries: [{ name: 'x' }] },
      d: { verbs: ['v'], entries: ',p,q' },
      e: [1],
    })
    // front-coded: each word after the first as the letters it shares with the word before (2 to 9) and the rest; a list with an
    // entry that opens with a digit goes plain, and either way unpacks to its words
    const lists = { a: { entries: ['analyzed', 'analysed', 'acquainted', 'affiliated', 'counterterrorism', 'counterterrorist'] }, b: { entries: ['9/11', 'nine'] } }
    const shipped = packed(lists)
    expect(shipped).toEqual({ a: ',acquainted,affiliated,analysed,5zed,counterterrorism,9rrorist', b: '9/11,nine' })
    unpack(shipped)
    expect(shipped).toEqual({ a: { entries: ['acquainted', 'affiliated', 'analysed', 'analyzed', 'counterterrorism', 'counterterrorist'] }, b: { entries: ['9/11', 'nine'] } })
    // a list whose words a longer list holds is written as that list's name, a mask of the words it holds (six to a base-64 digit)
    // and its other words, when that is shorter than its own words front-coded; it unpacks to its words, sorted
    const letters = 'abcdefghijklmn'.split('')
    const held = packed({ all: { entries: letters }, most: { entries: ['zeta', ...letters.slice(1, 13)] }, few: { entries: letters.slice(0, 7) }, two: { entries: ['a', 'zebra'] } })
    expect(held.most).toBe('@all:f/g;,zeta')
    expect(held.few).toBe('@all:/gA')
    expect(held.two).toBe(',a,zebra')
    unpack(held)
    expect(held).toEqual({ all: { entries: letters }, most: { entries: [...letters.slice(1, 13), 'zeta'] }, few: { entries: letters.slice(0, 7) }, two: { entries: ['a', 'zebra'] } })
    // a list of eight records or more ships as its fields' names once and a row of values each, null for a field a record lacks
    const rows = Array.from({ length: 8 }, (_, k) => (k % 2 ? { base: `v${k}`, forms: ['past'] } : { base: `v${k}`, inverts: true, forms: ['base'] }))
    const table = packed({ verbs: rows, few: rows.slice(0, 7) }) as Record<string, unknown>
    expect(table.verbs).toEqual({ '@keys': ['base', 'inverts', 'forms'], '@rows': rows.map((r, k) => (k % 2 ? [r.base, null, r.forms] : [r.base, true, r.forms])) })
    expect(table.few).toEqual(rows.slice(0, 7))
    unpack(table)
    expect(table).toEqual({ verbs: rows, few: rows.slice(0, 7) })
    expect(() => packed({ verbs: rows.map((r) => ({ ...r, inverts: null })) })).toThrow(/null/)
    expect(() => packed({ a: { entries: ['Washington, D.C.'] } })).toThrow(/Washington, D\.C\./)
    expect(() => packed({ a: 'text' })).toThrow(/"a" is a string/)
  })
})
