/** Removes "why" and "about" fields at any depth. */
export function withoutNotes<T>(value: T): T
/** Packs each list of plain words, `{ "entries": ["a", "b"] }`, into one string, `"a,b"`, its words sorted. */
export function packed(data: object): Record<string, unknown>
/** Whether `value` is a list of plain words, which `packed` packs (sorted); throws on an entry holding the separator. */
export function isWordList(value: unknown): value is string[]
