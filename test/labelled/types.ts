/**
 * Hand-labelled test data for provenance, labelled from /work/shared/SPEC.md alone.
 */
export interface Expected {
  /** the exact sentence text, as the sentence splitter should cut it (no leading/trailing whitespace) */
  s: string
  label: 'direct' | 'reported' | 'unattributed'
  /** default 'body' */
  role?: 'body' | 'heading' | 'caption' | 'boilerplate' | 'question'
  /** default: role === 'body' */
  claim?: boolean
  /** exact text of the source span(s) of this sentence's own (non-inherited) attributions, when there are any and they have a source span; e.g. ['Kim'] or ['the ministry', 'KCNA'] */
  sources?: string[]
  /** true when the sentence's attribution is inherited from a neighbouring sentence of the same quotation (SPEC §3) */
  inherited?: boolean
}

export interface LabelledCase {
  /** short stable id, unique, e.g. 'according-to/3' */
  id: string
  /** which SPEC rule this exercises, a short slug, e.g. 'according-to', 'trailing-said', 'quote-carry-over', 'heading', ... */
  rule: string
  /** the passage exactly as given to the checker: sentences joined by a single space within a paragraph, paragraphs separated by a blank line ("\n\n"), standalone lines (headings, captions, boilerplate) as their own paragraph */
  text: string
  /** one entry per sentence of `text`, in order, covering all of it */
  expect: Expected[]
  /** optional: why the harder labels are what they are, citing the SPEC */
  note?: string
}
