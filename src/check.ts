import type { CheckOptions, Label, Report, SentenceReport } from './types'
import { validateText } from './validate'
import { segment } from './segment/sentences'
import { findQuotations } from './segment/quotes'
import { analyseSentences } from './attribute/sentence'
import { assignRoles } from './roles/roles'
import { SourceResolver } from './carry-over/resolve'
import { carryQuotes } from './carry-over/quotes'
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
  const sentences = analyseSentences(text, units, findQuotations(text, paragraphs))
  const roles = assignRoles(text, sentences)
  const resolver = new SourceResolver(text)
  const own = sentences.map((s, i) => (roles[i] === 'boilerplate' || roles[i] === 'caption' ? [] : resolver.resolve(s, s.found)))
  const attributions = carryQuotes(text, sentences, roles, own)
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
