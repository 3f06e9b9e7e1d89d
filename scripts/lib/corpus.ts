/// <reference types="node" />
// Builds benchmark inputs in memory: normal prose from PolNeAR train texts (copyrighted,
// so never written anywhere) and synthetic hostile inputs for the splitter, the quote
// pairer and the attribution finder.

export const KB = 1024
export const MB = 1024 * 1024

/** A seeded generator (mulberry32), so every run builds the same inputs. */
export function rng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const bytes = (s: string) => Buffer.byteLength(s)

/** The longest prefix of `s` of at most `n` UTF-8 bytes, not splitting a surrogate pair. */
export function cutToBytes(s: string, n: number): string {
  if (bytes(s) <= n) return s
  let lo = 0
  let hi = Math.min(s.length, n)
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (bytes(s.slice(0, mid)) <= n) lo = mid
    else hi = mid - 1
  }
  const c = s.charCodeAt(lo - 1)
  return s.slice(0, c >= 0xd800 && c <= 0xdbff ? lo - 1 : lo)
}

/** `unit` repeated to exactly `n` bytes (cut at the end). */
export function repeatTo(unit: string, n: number): string {
  return cutToBytes(unit.repeat(Math.ceil(n / bytes(unit)) + 1), n)
}

/** All texts as one stream of prose, articles separated by a blank line. */
export const joinProse = (texts: readonly string[]): string => texts.join('\n\n')

/**
 * Articles of `words` words (±5%) from consecutive paragraphs of the texts, as an editor
 * would paste them. A paragraph that would overshoot starts the next article, or is cut
 * at a word when the article is still short.
 */
export function articlesOfWords(texts: readonly string[], count: number, words = 1000): string[] {
  const lo = Math.round(words * 0.95)
  const hi = Math.round(words * 1.05)
  const out: string[] = []
  let paras: string[] = []
  let n = 0
  const flush = () => {
    out.push(paras.join('\n\n'))
    paras = []
    n = 0
  }
  for (const text of texts) {
    for (const p of text.split(/\n\s*\n/)) {
      if (out.length >= count) return out
      const w = wordCount(p)
      if (!w) continue
      if (n + w > hi) {
        if (n >= lo) flush()
        if (n + w > hi) {
          // still too long: the article is short of its target, or the paragraph is huge
          paras.push(p.trim().split(/\s+/).slice(0, words - n).join(' '))
          flush()
          continue
        }
      }
      paras.push(p.trim())
      n += w
      if (n >= words) flush()
    }
  }
  return out.slice(0, count)
}

export const wordCount = (s: string): number => s.match(/\S+/g)?.length ?? 0

export interface Hostile {
  name: string
  /** what makes it hard, for the table */
  what: string
  text: string
  /** read as Markdown by the Markdown reader before it is checked; else checked as plain text */
  format?: 'markdown'
}

const countOf = (s: string, re: RegExp) => s.match(re)?.length ?? 0

/** Hostile inputs of `size` bytes each, built from `prose` (at least 2× `size` long) or synthetic. */
export function hostileInputs(prose: string, size: number): Hostile[] {
  const random = rng(42)
  const words = prose.split(/\s+/).filter(Boolean)
  const out: Hostile[] = []
  // `what` may describe the final (cut) text, e.g. how many marks it holds
  const add = (name: string, what: string | ((text: string) => string), text: string, format?: 'markdown') => {
    const cut = cutToBytes(text, size)
    out.push({ name, what: typeof what === 'string' ? what : what(cut), text: cut, format })
  }
  const n = (x: number) => x.toLocaleString('en')

  add('no punctuation', 'prose words and single spaces only: one 1 MB sentence', prose.replace(/[^\p{L}\p{N}]+/gu, ' '))

  // ~100,000 marks of every kind, opening before a word or closing after one, unbalanced
  const marks = ['“', '”', '"', "'", '‘', '’']
  const sprinkle = (p: number) => {
    const parts: string[] = []
    let size0 = 0
    for (const w of words) {
      let x = w
      if (random() < p) {
        const m = marks[Math.floor(random() * marks.length)]
        x = random() < 0.5 ? m + x : x + m
      }
      parts.push(x)
      size0 += bytes(x) + 1
      if (size0 >= size) break
    }
    return parts.join(' ')
  }
  // calibrate the rate on a first pass so the cut text holds about 100,000 marks
  const first = sprinkle(0.6)
  const quotes = sprinkle(Math.min(1, (0.6 * 100_000) / countOf(cutToBytes(first, size), /[“”"'‘’]/g)))
  add('100k quotation marks', (t) => `${n(countOf(t, /[“”"'‘’]/g))} mixed “ ” " ' ‘ ’ in prose (its apostrophes included)`, quotes)

  const abbr = 'Mr. U.S. Jan. No. 3 a.m. J. R. R.'
  const withAbbr: string[] = []
  for (let i = 0; i < words.length && withAbbr.length < size / 4; i++) {
    withAbbr.push(words[i])
    if (i % 20 === 19) withAbbr.push(abbr)
  }
  add('abbreviations', (t) => `“${abbr}” after every 20 words (${n(t.split(abbr).length - 1)} times)`, withAbbr.join(' '))

  add('one line', 'normal prose with every newline removed', prose.replace(/\s*\n\s*/g, ' '))
  add('hard-wrapped', 'normal prose re-wrapped at 72 columns, no blank lines: one paragraph', wrap(prose.replace(/\s+/g, ' '), 72))
  add('cue phrase', '“said Kim, ” repeated: one sentence, a cue every 10 bytes', repeatTo('said Kim, ', size))
  add('participles', '“saying it ” repeated: one sentence, a participle cue every 10 bytes', repeatTo('saying it ', size))
  add('second verbs', '“When ” then “Lee came and said it ” repeated: one sentence, a second verb every 21 bytes', 'When ' + repeatTo('Lee came and said it ', size - 5))
  add('headlines', '“Port strike enters second week” as its own paragraph, repeated: no stop or mark anywhere', repeatTo('Port strike enters second week\n\n', size))
  add('purposes', '“Lee flew to Ohio to say it and ” repeated: one sentence, a purpose infinitive every 31 bytes', repeatTo('Lee flew to Ohio to say it and ', size))
  add('outlet mentions', '“said CNN, ” repeated: one sentence, an outlet named every 10 bytes', repeatTo('said CNN, ', size))
  add('that clauses', '“a woman who said it told ABC that ” repeated: one sentence, a relative clause and a clause every 35 bytes', repeatTo('a woman who said it told ABC that ', size))
  add('role subjects', '“the guards and the boys said, ” repeated: one sentence, a definite subject after every comma', repeatTo('the guards and the boys said, ', size))
  add('leading marks', '“- ” 100,000 times, then “saying it ” repeated: one sentence that opens with marks', repeatTo('- ', 200_000) + repeatTo('saying it ', size - 200_000))

  // 12 levels of alternating “ and ‘ (the pairer keeps 8), a sentence inside, tagged outside
  const depth = 12
  let nested = ''
  for (let d = 0; d < depth; d++) nested += `${d % 2 ? '‘' : '“'}Speaker ${d} said `
  nested += 'we will win.'
  for (let d = depth - 1; d >= 0; d--) nested += d % 2 ? '’' : '”'
  nested += ' Kim said. '
  add('nested quotes', `quotations nested ${depth} deep, repeated in one paragraph`, repeatTo(nested, size))

  add('one-word paragraphs', (t) => `one word a paragraph, blank lines between (${n(countOf(t, /\n\n/g) + 1)} paragraphs)`, words.join('\n\n'))
  add('one 1 MB word', 'letters only, no space or punctuation', prose.replace(/[^\p{L}]+/gu, ''))
  add('glued sentences', 'normal prose with all whitespace removed ("end.The next")', prose.replace(/\s+/g, ''))
  add('dotted chain', '“Ab.” repeated: one long dotted word', repeatTo('Ab.', size))
  add('tiny sentences', (t) => `“Yes. ” repeated (${n(countOf(t, /Yes\./g))} sentences)`, repeatTo('Yes. ', size))
  add('speakerless quotes', '“We will win.” repeated, no speaker anywhere', repeatTo('“We will win.” ', size))
  add('pronoun sources', '“He said so.” repeated, no antecedent', repeatTo('He said so. ', size))

  const name = () => {
    let s = String.fromCharCode(65 + Math.floor(random() * 26))
    for (let i = 0; i < 6; i++) s += String.fromCharCode(97 + Math.floor(random() * 26))
    return s
  }
  const people: string[] = []
  for (let n = 0; n < size; n += 24) people.push(`${name()} ${name()} said it.`)
  add('distinct names', '“Xxxx Yyyy said it.” with a new person each sentence', people.join(' '))
  // (one given name many people share: the look-up of a known person by a word must not read all of them each time)
  const namesakes: string[] = []
  for (let n = 0; n < size; n += 24) namesakes.push(`Maria ${name()} said it.`)
  add('shared given name', '“Maria Xxxxxx said it.” with a new surname each sentence', namesakes.join(' '))

  // Markdown, whose parser (micromark) takes time that grows faster than the text with nesting and with unmatched marks
  add('Markdown: nested items', 'Markdown: “- ” 2,000 times, then “Kim said it.”, a paragraph each', repeatTo(`${'- '.repeat(2000)}Kim said it.\n\n`, size), 'markdown')
  add('Markdown: nested quotes', 'Markdown: “> ” 1,000 times, then “Kim said it.”, a paragraph each', repeatTo(`${'> '.repeat(1000)}Kim said it.\n\n`, size), 'markdown')
  const indented: string[] = []
  for (let length = 0; length < size; length += indented[indented.length - 1].length + 1) indented.push(`${'  '.repeat(indented.length)}- Kim said it.`)
  add('Markdown: indented list', (t) => `Markdown: a list nested ${n(countOf(t, /\n/g) + 1)} deep, two more spaces each line`, indented.join('\n'), 'markdown')
  add('Markdown: emphasis marks', 'Markdown: “*_” repeated, then “Kim said it.”: one paragraph of unmatched marks', `${repeatTo('*_', size - 13)} Kim said it.`, 'markdown')
  add('Markdown: link openers', 'Markdown: “[a](” repeated: one paragraph of links never closed', repeatTo('[a](', size), 'markdown')
  return out
}

function wrap(s: string, width: number): string {
  const lines: string[] = []
  let line = ''
  for (const w of s.split(' ')) {
    if (line && line.length + 1 + w.length > width) {
      lines.push(line)
      line = w
    } else line = line ? `${line} ${w}` : w
  }
  if (line) lines.push(line)
  return lines.join('\n')
}
