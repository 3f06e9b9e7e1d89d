/** A word of a sentence as phrase matching sees it. */
export interface Word {
  text: string
  lower: string
  /** lowercase without a possessive ending ("korea" for "Korea’s") */
  norm: string
}

interface Entry<T> {
  words: string[]
  value: T
  caseSensitive: boolean
}

/** Multi-word entries of a word list, found at a position of a word sequence (longest first). */
export class PhraseIndex<T> {
  private byFirst = new Map<string, Entry<T>[]>()

  /** An index of plain phrases whose value is the phrase itself, lowercase. */
  static of(phrases: string[]): PhraseIndex<string> {
    const index = new PhraseIndex<string>()
    // (an acronym written in capitals matches only so written: "UN" is no "Un" of "Kim Jong Un", "WHO" no question's "Who")
    for (const p of phrases) index.add(p, p.toLowerCase(), /^[A-Z]{2,}$/.test(p))
    return index
  }

  /** The lowercase first words of the entries. */
  firstWords(): string[] {
    return [...this.byFirst.keys()]
  }

  add(phrase: string, value: T, caseSensitive: boolean): void {
    const words = phrase.split(/\s+/).filter(Boolean)
    if (!words.length) return
    const lower = words.map((w) => w.toLowerCase().replace(/’/g, "'"))
    this.put(lower[0], { words: caseSensitive ? words : lower, value, caseSensitive })
    // (an acronym spelt like a word is its own lowercase: "WHO", see the tokenizer's acronymsOfWords)
    if (caseSensitive && words[0] !== lower[0]) this.put(words[0], { words, value, caseSensitive })
    // (a word's lowercase has one apostrophe, its text either: "Moody's" and "Moody’s" are one entry matched as written)
    if (caseSensitive && words.some((w) => w.includes("'"))) this.put(lower[0], { words: words.map((w) => w.replace(/'/g, '’')), value, caseSensitive })
  }

  private put(key: string, entry: Entry<T>): void {
    const list = this.byFirst.get(key) ?? []
    list.push(entry)
    list.sort((a, b) => b.words.length - a.words.length)
    this.byFirst.set(key, list)
  }

  /** The longest entry starting at `words[i]` and ending before `end`, with its length in words. */
  match(words: ArrayLike<Word>, i: number, end = words.length): { value: T; length: number } | undefined {
    const first = words[i]
    // most words have no possessive ending: their norm is their lowercase, looked up once
    const list = this.byFirst.get(first.lower) ?? (first.norm === first.lower ? undefined : this.byFirst.get(first.norm))
    if (!list) return undefined
    for (const e of list) {
      if (i + e.words.length > end) continue
      let ok = true
      for (let k = 0; k < e.words.length && ok; k++) {
        const w = words[i + k]
        const last = k === e.words.length - 1
        ok = e.caseSensitive ? w.text === e.words[k] || (last && possessiveOf(w.text, e.words[k])) : w.lower === e.words[k] || (last && w.norm === e.words[k])
      }
      if (ok) return { value: e.value, length: e.words.length }
    }
    return undefined
  }

  /** Where an entry begun at most `back` words before `i` ends, when it runs on past `i` ("the House of | Commons"); else `i`. */
  endInto(words: ArrayLike<Word>, i: number, end: number, back = 3): number {
    for (let m = i - 1; m >= 0 && m >= i - back; m--) {
      const e = this.match(words, m, end)
      if (e && m + e.length > i) return m + e.length
    }
    return i
  }

  /** The first entry found anywhere in `words[from, to)`, with where it starts. */
  find(words: ArrayLike<Word>, from: number, to: number): { value: T; start: number; length: number } | undefined {
    for (let i = from; i < to; i++) {
      const m = this.match(words, i, to)
      if (m) return { value: m.value, length: m.length, start: i }
    }
    return undefined
  }
}

/** Whether `text` is `word` with a possessive ending ("Reuters'", "CNN's"), read without making a string: phrases are matched at every run. */
function possessiveOf(text: string, word: string): boolean {
  const extra = text.length - word.length
  if ((extra !== 1 && extra !== 2) || !text.startsWith(word)) return false
  const mark = text[word.length]
  return (mark === "'" || mark === '’') && (extra === 1 || text[word.length + 1] === 's')
}
