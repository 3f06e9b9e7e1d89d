// One capitalised word in quotation marks inside a name: 'Marcia "Cia" Price', 'Robert C. “Bobby” Scott'. The splitter
// does not end a sentence at the initial before one, the tokenizer keeps it a word of the name, and carry-over reads
// past it in the aside that holds the name.

const NICKNAME = String.raw`["“'‘]\p{Lu}[\p{L}'’.-]*["”'’](?= \p{Lu})`
const AT = new RegExp(NICKNAME, 'uy')
const ALL = new RegExp(NICKNAME, 'gu')

/** Where a nickname opening at `i` ends (its closing mark included), or `i`. */
export function nicknameEnd(text: string, i: number): number {
  AT.lastIndex = i
  return AT.test(text) ? AT.lastIndex : i
}

/** The text with its nicknames taken out. */
export const withoutNicknames = (s: string): string => s.replace(ALL, '')
