/** Removes "why" and "about" fields at any depth. */
export function withoutNotes<T>(value: T): T
/** Packs each list of plain words, `{ "entries": ["a", "b"] }`, into one string, `"a,b"`. */
export function packed(data: object): Record<string, unknown>
