/** The provenance of one sentence (SPEC §1). */
export type Label = 'direct' | 'reported' | 'unattributed'

/** What a sentence is on the page (SPEC §2); only `body` sentences can be claims. */
export type Role = 'body' | 'heading' | 'caption' | 'boilerplate' | 'question'

/** How identifiable an attribution's source is (SPEC §1 step 2). */
export type SourceKind = 'named' | 'vague' | 'none'

/** What kind of thing a source is (SPEC §4). */
export type SourceType =
  | 'person'
  | 'organization'
  | 'government'
  | 'media'
  | 'state-media'
  | 'document'
  | 'anonymous'
  | 'unknown'

/** A stretch of the checked text: `text === checked.slice(start, end)` (UTF-16 offsets). */
export interface Span {
  text: string
  start: number
  end: number
}

/** The source an attribution hands its content to. Hedges have no span. */
export interface Source extends Partial<Span> {
  kind: SourceKind
  type: SourceType
  /** The source this mention stands for ("Vladimir Putin" for "he" or "the Russian leader"). */
  resolved?: string
  /** Country of a state-controlled outlet, from the state-media data. */
  country?: string
}

/** One cue handing (part of) a sentence's content to a source. */
export interface Attribution {
  cue: Span
  source: Source
  /** The channel the speaker's words reached the article through ("KCNA"). */
  via?: string
  /** True when the attributed content is a direct quotation. */
  quote: boolean
  /** True when taken from a neighbouring sentence of the same quotation (SPEC §3). */
  inherited: boolean
  /** Stable id of the rule that found this attribution. */
  rule: string
}

/** One sentence of the report. */
export interface SentenceReport extends Span {
  index: number
  label: Label
  claim: boolean
  role: Role
  attributions: Attribution[]
}

/** One row of the sources table: every mention that resolves to one source. */
export interface SourceSummary {
  name: string
  type: SourceType
  kind: 'named' | 'vague'
  country?: string
  /** Claim sentences this source supports, as speaker or as channel. */
  sentences: number
  mentions: string[]
}

/** Stable codes of the editor-facing flags (SPEC §4). */
export type FlagCode =
  | 'unattributed-claims'
  | 'anonymous-sources'
  | 'single-source'
  | 'state-media'
  | 'hedged-claims'

export interface Flag {
  code: FlagCode
  message: string
  /** Indexes of the sentences the flag is about. */
  sentences: number[]
}

export interface Summary {
  sentences: number
  claims: number
  direct: number
  reported: number
  unattributed: number
  /** (direct + reported) / claims, over claims only; null when there are no claims. */
  attributedShare: number | null
  sources: SourceSummary[]
  flags: Flag[]
}

/** The provenance report (SPEC §4). */
export interface Report {
  version: 1
  summary: Summary
  sentences: SentenceReport[]
}

/**
 * A block of the checked text known from its markup (Markdown or HTML). Blocks are hard
 * boundaries: no sentence crosses one, and their kind decides the role of what is inside.
 * `list-text` is a list's item of the writer's own words, never a related story's teaser: in Markdown one that is not a link alone,
 * in HTML one with no link in it.
 */
export interface Block {
  start: number
  end: number
  kind: 'paragraph' | 'heading' | 'blockquote' | 'list-item' | 'list-text' | 'caption' | 'table-row'
}

/** A footnote of the checked text: cited at offset `at`, its definition's text at `[start, end)`. */
export interface Note {
  at: number
  start: number
  end: number
}

/** Options of `check`. */
export interface CheckOptions {
  /** Block structure of the text, from a Markdown or HTML reader; plain text needs none. */
  blocks?: Block[]
  /** Footnotes cited in the text, from a Markdown reader: a sentence citing one is on the word of the sources its note names. */
  notes?: Note[]
}
