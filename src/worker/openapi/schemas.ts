import * as v from 'valibot'
import type { Report } from '../../types'
import { CheckRequest, format } from '../check/schemas'

// The schemas of what the API answers, for /openapi.json only: the Worker never validates a response,
// so it does not import them (they would cost its 200 KB). The tests check real reports against them.

const doc = v.description

/** What GET /healthz answers. */
export const Health = v.pipe(v.object({ status: v.literal('ok') }), v.title('Health'))

/** The body of every error response (../errors `errorResponse`). */
export const ErrorBody = v.pipe(
  v.object({
    error: v.object({
      code: v.pipe(v.string(), v.description('Stable, machine-readable reason, e.g. `empty`, `rate-limited`.')),
      message: v.pipe(v.string(), v.description('What went wrong, for a person.')),
    }),
  }),
  v.title('Error'),
  v.description('Every error: a JSON object, never a stack trace or an HTML page.'),
)

const offset = v.pipe(v.number(), v.integer(), v.minValue(0))

const Span = v.pipe(
  v.object({
    text: v.string(),
    start: v.pipe(offset, doc('UTF-16 offset into the checked text (what JavaScript `slice` uses).')),
    end: offset,
  }),
  v.title('Span'),
  doc('A stretch of the checked text: `text === checked.slice(start, end)`.'),
)

const sourceType = v.pipe(
  v.picklist(['person', 'organization', 'government', 'media', 'state-media', 'document', 'anonymous', 'unknown']),
  doc('What kind of thing the source is.'),
)

const Source = v.pipe(
  v.object({
    text: v.optional(v.string()),
    start: v.optional(offset),
    end: v.optional(offset),
    kind: v.pipe(v.picklist(['named', 'vague', 'none']), doc('named: identifiable and on record; vague: anonymous or indefinite; none: a hedge with no source (then no span).')),
    type: sourceType,
    resolved: v.pipe(v.optional(v.string()), doc('The source this mention stands for ("Vladimir Putin" for "he").')),
    country: v.pipe(v.optional(v.string()), doc('Country of a state-controlled outlet.')),
  }),
  v.title('Source'),
)

const Attribution = v.pipe(
  v.object({
    cue: Span,
    source: Source,
    via: v.pipe(v.optional(v.string()), doc('The channel the speaker\'s words reached the article through ("KCNA").')),
    quote: v.pipe(v.boolean(), doc('True when the attributed content is a direct quotation.')),
    inherited: v.pipe(v.boolean(), doc('True when carried over from a neighbouring sentence of the same quotation.')),
    rule: v.pipe(v.string(), doc('Stable id of the rule that found the attribution.')),
  }),
  v.title('Attribution'),
  doc('One cue handing (part of) a sentence to a source.'),
)

const label = v.pipe(v.picklist(['direct', 'reported', 'unattributed']), doc('direct: a named source; reported: only vague sources or hedges; unattributed: no attribution.'))

const Sentence = v.pipe(
  v.object({
    index: offset,
    start: offset,
    end: offset,
    text: v.string(),
    label,
    claim: v.pipe(v.boolean(), doc('True when the sentence asserts something checkable; only body sentences are claims.')),
    role: v.pipe(v.picklist(['body', 'heading', 'caption', 'boilerplate', 'question']), doc('What the sentence is on the page.')),
    attributions: v.array(Attribution),
  }),
  v.title('Sentence'),
)

const SourceRow = v.pipe(
  v.object({
    name: v.string(),
    type: sourceType,
    kind: v.picklist(['named', 'vague']),
    country: v.optional(v.string()),
    sentences: v.pipe(offset, doc('Claim sentences the source supports, as speaker or as channel.')),
    mentions: v.array(v.string()),
  }),
  v.title('SourceRow'),
  doc('Every mention that resolves to one source.'),
)

const Flag = v.pipe(
  v.object({
    code: v.pipe(v.picklist(['unattributed-claims', 'anonymous-sources', 'single-source', 'state-media', 'hedged-claims']), doc('Stable code.')),
    message: v.string(),
    sentences: v.pipe(v.array(offset), doc('Indexes of the sentences the flag is about.')),
  }),
  v.title('Flag'),
)

const Summary = v.pipe(
  v.object({
    sentences: offset,
    claims: offset,
    direct: v.pipe(offset, doc('Claims only, as are reported and unattributed.')),
    reported: offset,
    unattributed: offset,
    attributedShare: v.pipe(v.nullable(v.number()), doc('(direct + reported) / claims; null when there are no claims.')),
    sources: v.pipe(v.array(SourceRow), doc('Most-cited first.')),
    flags: v.array(Flag),
  }),
  v.title('Summary'),
)

const Input = v.pipe(
  v.object({
    format,
    characters: v.pipe(offset, doc('Length of the checked text in UTF-16 units.')),
    bytes: v.pipe(v.optional(offset), doc('Size of the fetched page (URL checks).')),
    url: v.pipe(v.optional(v.string()), doc('The URL that was asked for (URL checks).')),
    finalUrl: v.pipe(v.optional(v.string()), doc('Where the URL led after redirects, when elsewhere.')),
    title: v.pipe(v.optional(v.string()), doc('The document title, when the input names one.')),
    text: v.pipe(v.optional(v.string()), doc('The text extracted from HTML, which the offsets point into. Absent for text and Markdown: offsets point into the body as sent.')),
  }),
  v.title('Input'),
  doc('What was checked.'),
)

/** The 200 answer of /v1/check: the report of SPEC §4 plus `input`. */
export const CheckResponse = v.pipe(
  v.object({
    version: v.literal(1),
    summary: Summary,
    sentences: v.pipe(v.array(Sentence), doc('In order, not overlapping, covering every non-blank part of the text.')),
    input: Input,
  }),
  v.title('CheckResponse'),
  doc('The provenance report, plus what was checked.'),
)

/** Named schemas, published under `components.schemas`. */
export const components = { CheckRequest, CheckResponse, Summary, Sentence, Attribution, Span, Source, SourceRow, Flag, Input, Health, Error: ErrorBody }

// The schema must describe the engine's Report: this fails to compile when they part
type Mutual<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
const reportMatches: Mutual<Omit<v.InferOutput<typeof CheckResponse>, 'input'>, Report> = true
void reportMatches
