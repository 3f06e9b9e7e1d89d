import type { Attribution, Role } from '../types'
import type { Analysed } from '../attribute/sentence'

/**
 * Quotations carry their speaker (SPEC §3): a sentence that is a direct quotation, or the
 * continuation of one, with no cue of its own takes the attributions of the neighbouring
 * sentence that tags the same quotation or speaker, before or after it, across paragraph
 * breaks, as long as no other speaker comes between. A block after a lead-in line
 * ("From the statement:") takes the lead-in's. A bare sentence never inherits.
 */
export function carryQuotes(text: string, sentences: Analysed[], roles: Role[], own: Attribution[][]): Attribution[][] {
  const result = own.map((a) => a.slice())
  const open = (i: number) => result[i].length === 0 && (roles[i] === 'body' || roles[i] === 'question') && isQuotation(sentences[i])
  const inherit = (i: number, from: number) => {
    result[i] = result[from].map((a) => ({ ...a, quote: true, inherited: true }))
  }
  // backwards: “We fought the good fight. We lost,” he said.
  for (let i = sentences.length - 2; i >= 0; i--) {
    if (open(i) && result[i + 1].length && sharesQuotation(sentences[i], sentences[i + 1])) inherit(i, i + 1)
  }
  // forwards: a tagged quotation, or indirect speech, then the quotation goes on
  for (let i = 1; i < sentences.length; i++) {
    if (!open(i)) continue
    const prev = sentences[i - 1]
    const donor = result[i - 1]
    if (!donor.some((a) => a.source.kind !== 'none') && !sharesQuotation(prev, sentences[i])) continue
    if (donor.length && (roles[i - 1] === 'body' || roles[i - 1] === 'question')) inherit(i, i - 1)
  }
  // a lead-in line ending with a colon hands its attribution to the block that follows
  for (let i = 0; i < sentences.length - 1; i++) {
    const s = sentences[i]
    if (!result[i].length || !text.slice(s.start, s.end).trimEnd().endsWith(':')) continue
    const para = sentences[i + 1].para
    if (para === s.para) continue
    for (let k = i + 1; k < sentences.length && sentences[k].para === para; k++) {
      if (!result[k].length && roles[k] === 'body') result[k] = result[i].map((a) => ({ ...a, quote: true, inherited: true }))
    }
  }
  return result
}

/** Mostly inside a quotation of speech, from its first character. */
function isQuotation(s: Analysed): boolean {
  return s.quote.speech && s.quote.startsQuoted && s.quote.share >= 0.5
}

function sharesQuotation(a: Analysed, b: Analysed): boolean {
  return a.quote.spans.some((k) => b.quote.spans.includes(k))
}
