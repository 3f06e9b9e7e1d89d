/** Removes "why" and "about" fields at any depth. */
export function withoutNotes<T>(value: T): T
/** Packs each list of plain words, `{ "entries": ["b", "a"] }`, into one string, `",a,b"`: its words sorted and front-coded. */
export function packed(data: object): Record<string, unknown>
/** Whether `value` is a list of plain words, which `packed` packs (sorted); throws on an entry holding the separator. */
export function isWordList(value: unknown): value is string[]
