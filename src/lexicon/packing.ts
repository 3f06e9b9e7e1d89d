/** A word list's group as the build may ship it (scripts/data-notes.mjs `packed`). */
type Packed = string | { entries?: unknown } | unknown[]

/**
 * Unpacks the word lists the build packed: a group shipped as one comma-joined string becomes
 * `{ entries: [...] }` again, and a packed `entries` string becomes its list. Lists read from
 * src/data as they are (tests, the CLI) pass through unchanged.
 */
export function unpack(data: object): void {
  const groups = data as Record<string, Packed>
  for (const [name, group] of Object.entries(groups)) {
    if (typeof group === 'string') groups[name] = { entries: group.split(',') }
    else if (!Array.isArray(group) && typeof group?.entries === 'string') group.entries = group.entries.split(',')
  }
}
