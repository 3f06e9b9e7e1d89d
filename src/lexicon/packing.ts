/** A word list's group as the build may ship it (scripts/data-notes.mjs `packed`). */
type Packed = string | { entries?: unknown; '@keys'?: string[]; '@rows'?: unknown[][] } | unknown[]

/**
 * Unpacks the word lists the build packed: a group shipped as one string (front-coded, or held mostly by a longer list,
 * which the build writes first) becomes `{ entries: [...] }` again, a packed `entries` string becomes its list, and a table
 * its records. Lists read from src/data as they are (tests, the CLI) pass through unchanged.
 */
export function unpack(data: object): void {
  const groups = data as Record<string, Packed>
  for (const [name, group] of Object.entries(groups)) {
    if (typeof group === 'string') groups[name] = { entries: words(group, groups) }
    else if (Array.isArray(group)) continue
    else if (group?.['@keys'] && group['@rows']) groups[name] = records(group['@keys'], group['@rows'])
    else if (typeof group?.entries === 'string') group.entries = words(group.entries, groups)
  }
}

/** A table's rows as the records they were, a field for each value that is not null (scripts/data-notes.mjs `table`). */
const records = (keys: string[], rows: unknown[][]) => rows.map((row) => Object.fromEntries(row.flatMap((value, k) => (value === null ? [] : [[keys[k], value]]))))

/** The digits of a held list's mask, six bits each (scripts/data-notes.mjs `heldOf`). */
const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

/**
 * A packed list's words, sorted: "@name:mask;rest" holds the words of the list `name` (unpacked before it) that its mask marks and the rest;
 * a front-coded list opens with the separator, each word's leading digit the letters it shares with the one before.
 */
function words(packed: string, groups: Record<string, Packed>): string[] {
  if (packed[0] === '@') {
    const colon = packed.indexOf(':')
    const semi = packed.indexOf(';', colon)
    const mask = packed.slice(colon + 1, semi < 0 ? packed.length : semi)
    const held = (groups[packed.slice(1, colon)] as { entries: string[] }).entries.filter((_, k) => (BASE64.indexOf(mask[(k / 6) | 0]) >> (5 - (k % 6))) & 1)
    return semi < 0 ? held : [...held, ...words(packed.slice(semi + 1), groups)].sort()
  }
  if (packed[0] !== ',') return packed.split(',')
  let before = ''
  return packed
    .slice(1)
    .split(',')
    .map((coded) => {
      const shared = coded.charCodeAt(0) - 48
      before = shared >= 0 && shared <= 9 ? before.slice(0, shared) + coded.slice(1) : coded
      return before
    })
}
