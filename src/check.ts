import type { Attribution, CheckOptions, Label, Report, SentenceReport } from './types'
import { validateText } from './validate'
import { lineBelow, listBlock, plainListItem, segment } from './segment/sentences'
import { findQuotations } from './segment/quotes'
import { sentenceAnalyser, type Sentence } from './attribute/sentence'
import { OPEN_QUOTES } from './attribute/words'
import { assignRoles, roleFacts, type RoleFacts } from './roles/roles'
import { SourceResolver } from './carry-over/resolve'
import { carryQuotes } from './carry-over/quotes'
import { carryNotes, noteLeads } from './carry-over/notes'
import { summarize } from './report/summary'
import { forgetStems } from './lexicon'

/**
 * Checks an article and returns its provenance report (SPEC): every sentence labelled
 * direct, reported or unattributed, with the spans of its cues and sources.
 * Throws `InputError` for text that cannot be checked.
 */
export function check(text: string, options: CheckOptions = {}): Report {
  validateText(text)
  try {
    return run(text, options)
  } finally {
    forgetStems()
  }
}

function run(text: string, options: CheckOptions): Report {
  // segment → find attributions → roles → resolve sources → carry over → report
  const { units, paragraphs } = segment(text, options.blocks)
  const analyse = sentenceAnalyser(text, findQuotations(text, paragraphs))
  const resolver = new SourceResolver(text)
  const sentences: Sentence[] = []
  const facts: RoleFacts[] = []
  const own: Attribution[][] = []
  const noteStarts = options.notes ? noteLeads(units, options.notes) : undefined
  // one sentence at a time: its tokens are gone before the next is read
  for (let i = 0; i < units.length; i++) {
    const a = analyse(units[i], i, noteStarts?.has(i))
    const next = units[i + 1]
    // (a table's header row is a heading block, a data row after it; a list may be plain text, "1. The Fed held…", its bullets
    // lost in scraping too: lines of their own right under the label's, "Key points\nMet Office amber warning…")
    const leadsList = listBlock(next?.block) || next?.block === 'table-row' || (next?.block === 'heading' && units[i + 2]?.block === 'table-row') || (!!next && (plainListItem(text, next.start) || (a.line && next.line && lineBelow(text, a.end, next.start))))
    // (a topic's label over a quotation's paragraph: "On the title race:" then "“It's a long season…”")
    const leadsQuote = !!next && next.para !== a.para && OPEN_QUOTES.has(text[next.start])
    const f = roleFacts(text, a, next?.para !== a.para, leadsList, leadsQuote)
    facts.push(f)
    // furniture and captions are no one's claims; a title that turns out to be furniture loses its own below
    own.push(f.shape === 'furniture' || f.shape === 'related' || f.shape === 'caption' ? [] : resolver.resolve(a, a.found))
    sentences.push({ start: a.start, end: a.end, para: a.para, line: a.line, block: a.block, index: a.index, quote: a.quote, terminal: a.terminal, authorQuote: a.authorQuote })
  }
  resolver.settle()
  const roles = assignRoles(text, sentences, facts)
  // (a credit line keeps its source, which the table above it takes)
  for (let i = 0; i < roles.length; i++) if (roles[i] === 'boilerplate' || (roles[i] === 'caption' && facts[i].shape !== 'credit')) own[i] = []
  const attributions = carryQuotes(text, sentences, roles, own)
  if (options.notes) carryNotes(text, sentences, roles, attributions, options.notes)
  const reports: SentenceReport[] = sentences.map((s, i) => ({
    index: i,
    start: s.start,
    end: s.end,
    text: text.slice(s.start, s.end),
    label: labelOf(attributions[i]),
    claim: roles[i] === 'body',
    role: roles[i],
    attributions: attributions[i],
  }))
  return { version: 1, summary: summarize(reports), sentences: reports }
}

/** SPEC §1 step 3: direct when any source is named, reported when any attribution, else unattributed. */
function labelOf(attributions: SentenceReport['attributions']): Label {
  if (attributions.some((a) => a.source.kind === 'named')) return 'direct'
  return attributions.length ? 'reported' : 'unattributed'
}
