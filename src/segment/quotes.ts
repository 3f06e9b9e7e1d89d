/** An outermost quotation: from its opening mark to just after its closing mark. */
export interface Quotation {
  start: number
  end: number
  /** false when the paragraph ended before a closing mark: the quotation goes on in the next one */
  closed: boolean
  /** one number for all the paragraphs of one multi-paragraph quotation */
  group: number
}

const OPEN_CLOSE: Record<string, string> = { '“': '”', '«': '»', '„': '“', '‘': '’', '‹': '›' }
const LETTER = /[\p{L}\p{N}]/u
const OPENERS = '“"«„‘\'`'
/** every character that may open or close a quotation */
const MARKS = /["'`“”‘’«»„‹›]/g

/**
 * Pairs quotation marks by type inside each paragraph, in one pass. A mark left open
 * ends its quotation at the paragraph's end, so a stray mark never swallows the rest of
 * the article; apostrophes (’ and ' inside or after a word) are told from closing marks.
 */
export function findQuotations(text: string, paragraphs: Array<[number, number]>): Quotation[] {
  const out: Quotation[] = []
  // the group of a quotation left open at the end of the previous paragraph, or -1
  let continues = -1
  for (let pi = 0; pi < paragraphs.length; pi++) {
    const [ps, pe] = paragraphs[pi]
    const push = (start: number, end: number, closed: boolean) => {
      // the paragraph's opening quotation goes on with the one left open before it
      const group = continues >= 0 && start === ps ? continues : out.length
      continues = -1
      out.push({ start, end, closed, group })
    }
    const carried = continues
    const stack: string[] = []
    let outerStart = -1
    MARKS.lastIndex = ps
    // the search ends with the paragraph: one with no mark must not scan the rest of the article
    const upto = pe < text.length ? text.slice(0, pe) : text
    // test, not exec: every match is one character, so no match array is needed
    while (MARKS.test(upto)) {
      let i = MARKS.lastIndex - 1
      if (i >= pe) break
      let c = text[i]
      // typewriter doubles: ``quoted'' and ''quoted'' stand for "quoted"
      if ((c === "'" || c === '`') && text[i + 1] === c) {
        const next2 = i + 2 < pe ? text[i + 2] : ' '
        const prev0 = i > ps ? text[i - 1] : ' '
        c = c === '`' ? '“' : stack.includes('"') || stack.includes('“') || (LETTER.test(prev0) || /[.,!?;:]/.test(prev0)) && !LETTER.test(next2) ? '”' : '“'
        if (c === '”' && stack.includes('"') && !stack.includes('“')) c = '"'
        const at = i
        i++
        MARKS.lastIndex = i + 1
        if (c === '“') {
          if (!stack.length) outerStart = at
          if (stack.length < 8) stack.push('“')
        } else {
          let k = stack.lastIndexOf(c === '"' ? '"' : '“')
          if (k < 0) k = stack.lastIndexOf('"')
          if (k < 0) continue
          stack.length = k
          if (k === 0) push(outerStart, i + 1, true)
        }
        continue
      }
      const prev = i > ps ? text[i - 1] : ' '
      const next = i + 1 < pe ? text[i + 1] : ' '
      const prevWord = LETTER.test(prev)
      const nextWord = LETTER.test(next)
      let opens = false
      let closes = false
      if (c === '"') {
        if (stack.includes('"')) closes = true
        // a curly quotation closed by a straight mark after its last word: “…," she said
        else if (stack.includes('“') && !nextWord && !/\s/.test(prev)) closes = true
        else opens = !/\s/.test(next) && next !== ' '
      } else if (c === "'" || c === '’') {
        if (prevWord && nextWord) continue // apostrophe inside a word: don't, Korea’s
        const openSingle = stack.includes(c === "'" ? "'" : '‘')
        if (openSingle && !nextWord) closes = true
        else if (c === "'" && !prevWord && nextWord && !/\d/.test(next)) opens = true
      } else if (c === '”' || c === '»' || c === '›') {
        closes = true
      } else {
        // “ « „ ‘ ‹ open; but “ also closes a „ quotation
        if (c === '“' && stack[stack.length - 1] === '„') closes = true
        // a straight quotation closed by an opening curly mark after its last word: "…,“ said Kim
        else if (c === '“' && stack.includes('"') && !nextWord && !/\s/.test(prev)) closes = true
        // a curly quotation mistyped shut with its opening mark: “It's unusual,“ said Kim
        else if (c === '“' && stack[stack.length - 1] === '“' && !nextWord && /[.,!?;:]/.test(prev)) closes = true
        else if (c === '‘' && prevWord) continue
        else opens = true
      }
      if (opens) {
        if (!stack.length) outerStart = i
        if (stack.length < 8) stack.push(c)
      } else if (closes) {
        const want = c === '"' ? '"' : c === "'" ? "'" : c === '’' ? '‘' : c === '”' ? '“' : c === '»' ? '«' : c === '›' ? '‹' : '„'
        let k = stack.lastIndexOf(want)
        if (k < 0 && c === '”') k = stack.lastIndexOf('"') // mixed straight/curly pairs
        if (k < 0 && c === '“') k = stack.lastIndexOf('„')
        if (k < 0 && (c === '"' || c === '“')) k = stack.lastIndexOf(c === '"' ? '“' : '"')
        if (k < 0 && c === '“') k = stack.lastIndexOf('“')
        if (k < 0) continue
        stack.length = k
        if (k === 0) push(outerStart, i + 1, true)
      }
    }
    // a quotation left open is one that goes on in the next paragraph ("each paragraph opens a
    // quote, only the last closes it"); otherwise its mark was stray and quotes nothing
    // (a paragraph ending on a mistyped closing mark, “…’, still closes its quotation)
    const next = paragraphs[pi + 1]
    const last = text[pe - 1]
    if (stack.length && ((next && OPENERS.includes(text[next[0]])) || '’\'"”»'.includes(last))) {
      push(outerStart, pe, false)
      continues = out[out.length - 1].group
    } else if (continues === carried) continues = -1
  }
  return out
}
