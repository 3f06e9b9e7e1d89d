/** A word list's group as the build may ship it (scripts/data-notes.mjs `packed`). */
type Packed = string | { entries?: unknown } | unknown[]

/**
 * Unpacks the word lists the build packed: a group shipped as one comma-joined (front-coded) string becomes
 * `{ entries: [...] }` again, and a packed `entries` string becomes its list. Lists read from
 * src/data as they are (tests, the CLI) pass through unchanged.
 */
export function unpack(data: object): void {
  const groups = data as Record<string, Packed>
  for (const [name, group] of Object.entries(groups)) {
    if (typeof group === 'string') groups[name] = { entries: words(group) }
    else if (!Array.isArray(group) && typeof group?.entries === 'string') group.entries = words(group.entries)
  }
}

/** A packed list's words: front-coded when it opens with the separator, each word's leading digit the letters it shares with the one before. */
function words(packed: string): string[] {
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
