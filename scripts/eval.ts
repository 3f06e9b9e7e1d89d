/// <reference types="node" />
// Measures the checker's output against three data sets: the gold example, our own
// labelled cases and PolNeAR (dev by default). `npm run eval -- --help` lists the flags.
// PolNeAR text is copyrighted: its errors go to stderr only and nothing here writes a file.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { check } from '../src/index'
import type { Label, Report, SentenceReport } from '../src/types'
import { labelledCases } from '../test/labelled/index'
import { loadPolnear, polnearPath, sharedDir, type PolnearSplit } from './lib/data'
import {
  addPRF,
  binaryScores,
  boundaryScores,
  classScores,
  emptyPRF,
  endScores,
  locateInOrder,
  mapByOverlap,
  mapExact,
  trimSpan,
  type ClassScores,
  type PRF,
  type Span,
} from './lib/metrics'
import { clip, f3, frac, ms, pct, table } from './lib/table'

const LABELS: Label[] = ['direct', 'reported', 'unattributed']
// stands for "no report sentence with these offsets": never equal to a gold label
const UNMATCHED = 'unmatched'
const SETS = ['gold', 'labelled', 'polnear'] as const
type SetName = (typeof SETS)[number]

interface Options {
  json: boolean
  errors: number
  split: PolnearSplit
  limit: number
  sets: SetName[]
}

const USAGE = `usage: npm run eval -- [--set gold,labelled,polnear] [--split dev|train] [--limit N] [--errors [N]] [--json]
  --set      data sets to run (default: all three)
  --split    PolNeAR split (default dev)
  --limit    first N PolNeAR articles only
  --errors   print up to N misclassified sentences per set (default 20); PolNeAR ones go to stderr
  --json     one JSON object with all figures on stdout`

function parseArgs(argv: string[]): Options {
  const o: Options = { json: false, errors: 0, split: 'dev', limit: Infinity, sets: [...SETS] }
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]
    const value = () => {
      const v = argv[++i]
      if (v === undefined) fail(`${a} needs a value`)
      return v
    }
    if (a === '--json') o.json = true
    else if (a === '--errors') o.errors = /^\d+$/.test(argv[i + 1] ?? '') ? Number(argv[++i]) : 20
    else if (a === '--split') {
      const v = value()
      // only train and dev are ours to use; the test split is the project's external check
      if (v !== 'dev' && v !== 'train') fail(`--split must be dev or train, not ${v}`)
      o.split = v
    } else if (a === '--limit') {
      const v = value()
      if (!/^\d+$/.test(v)) fail('--limit needs a whole number')
      o.limit = Number(v)
    } else if (a === '--set') {
      const names = value().split(',')
      for (const n of names) if (!(SETS as readonly string[]).includes(n)) fail(`unknown set ${n}`)
      o.sets = names as SetName[]
    } else if (a === '--help' || a === '-h') {
      console.log(USAGE)
      process.exit(0)
    } else fail(`unknown argument ${a}`)
  }
  return o
}

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`)
  process.exit(2)
}

const spansOf = (r: Report): Span[] => r.sentences.map((s) => [s.start, s.end])

function attributionsLine(s: SentenceReport | undefined): string {
  if (!s) return ''
  return s.attributions.map((a) => `${a.rule}:"${a.cue.text}"→${a.source.text ?? '(none)'}/${a.source.kind}${a.inherited ? '(inh)' : ''}`).join('; ')
}

function classTable(scores: ClassScores): string {
  return table(
    ['class', 'P', 'R', 'F1', 'support'],
    LABELS.map((l) => {
      const c = scores.perClass[l]
      return [l, f3(c.precision), f3(c.recall), f3(c.f1), c.support]
    }),
  )
}

const prfLine = (p: PRF) => `P ${f3(p.precision)}  R ${f3(p.recall)}  F1 ${f3(p.f1)}`

// ───────────────────────── gold example ─────────────────────────

interface GoldSentence {
  index: number
  start: number
  end: number
  text: string
  label: Label
  claim: boolean
  role: string
}

function evalGold(o: Options, log: (s: string) => void, errs: (s: string) => void) {
  const dir = join(sharedDir, 'examples')
  const text = readFileSync(join(dir, 'kcna-letter.txt'), 'utf8')
  const gold = (JSON.parse(readFileSync(join(dir, 'kcna-letter.gold.json'), 'utf8')) as { sentences: GoldSentence[] }).sentences
  const report = check(text)
  const goldSpans: Span[] = gold.map((g) => [g.start, g.end])
  const at = mapExact(goldSpans, spansOf(report))
  const got = at.map((k) => (k < 0 ? undefined : report.sentences[k]))
  const labels = classScores(gold.map((g, i) => [g.label, got[i]?.label ?? UNMATCHED] as const), LABELS)
  const roleOk = gold.filter((g, i) => got[i]?.role === g.role).length
  const claimOk = gold.filter((g, i) => got[i]?.claim === g.claim).length
  const boundaries = boundaryScores(goldSpans, spansOf(report))
  const ends = endScores(goldSpans, spansOf(report))
  const result = {
    command: 'npm run eval -- --set gold',
    sentences: { gold: gold.length, report: report.sentences.length },
    labels,
    role: { correct: roleOk, n: gold.length, accuracy: roleOk / gold.length },
    claim: { correct: claimOk, n: gold.length, accuracy: claimOk / gold.length },
    boundaries,
    ends,
  }
  log(`Gold example: shared/examples/kcna-letter          ${result.command}`)
  log(`  sentences ${gold.length} gold, ${report.sentences.length} in report; boundaries ${prfLine(boundaries)}; ends only F1 ${f3(ends.f1)}`)
  log(`  label ${frac(labels.correct, labels.n)} (${pct(labels.accuracy)})   role ${frac(roleOk, gold.length)}   claim ${frac(claimOk, gold.length)}   macro-F1 ${f3(labels.macroF1)}`)
  log(classTable(labels))
  if (o.errors) {
    let shown = 0
    gold.forEach((g, i) => {
      const s = got[i]
      if (shown >= o.errors || (s && s.label === g.label && s.role === g.role && s.claim === g.claim)) return
      shown++
      errs(`  ✗ gold #${g.index} want ${g.label}/${g.role}${g.claim ? '' : ' nc'} got ${s ? `${s.label}/${s.role}${s.claim ? '' : ' nc'}` : 'no sentence with these offsets'}: ${clip(g.text)}`)
      if (s?.attributions.length) errs(`      ${attributionsLine(s)}`)
    })
  }
  return result
}

// ───────────────────────── own labelled set ─────────────────────────

function evalLabelled(o: Options, log: (s: string) => void, errs: (s: string) => void) {
  const pairs: Array<[string, string]> = []
  let matched = 0
  let total = 0
  let notFound = 0
  let roleOk = 0
  let claimOk = 0
  let sourcesOk = 0
  let sourcesN = 0
  const inherited: Array<[boolean, boolean]> = []
  let boundaries = emptyPRF()
  let ends = emptyPRF()
  const rules = new Map<string, { cases: number; sentences: number; matched: number; correct: number }>()
  const errors: string[] = []
  const t0 = performance.now()
  for (const c of labelledCases) {
    const report = check(c.text)
    const located = locateInOrder(c.text, c.expect.map((e) => e.s))
    // an expected sentence missing from its own text is a mistake in the case, not the engine
    notFound += located.filter((l) => !l).length
    const goldSpans = located.filter((l): l is [number, number] => !!l)
    boundaries = addPRF(boundaries, boundaryScores(goldSpans, spansOf(report)))
    ends = addPRF(ends, endScores(goldSpans, spansOf(report)))
    const at = mapExact(located.map((l) => l ?? [-1, -1]), spansOf(report))
    const rule = rules.get(c.rule) ?? { cases: 0, sentences: 0, matched: 0, correct: 0 }
    rules.set(c.rule, rule)
    rule.cases++
    c.expect.forEach((e, i) => {
      total++
      rule.sentences++
      const s = at[i] < 0 ? undefined : report.sentences[at[i]]
      pairs.push([e.label, s?.label ?? UNMATCHED])
      if (!s) {
        if (errors.length < o.errors) {
          const near = located[i] ? report.sentences[mapByOverlap([located[i]!], spansOf(report))[0]] : undefined
          errors.push(`  ✗ ${c.id} [${c.rule}] boundary: want ${JSON.stringify(e.s)}\n      got ${near ? JSON.stringify(near.text) : '(expected text not found in case)'}`)
        }
        return
      }
      matched++
      rule.matched++
      const role = e.role ?? 'body'
      const claim = e.claim ?? role === 'body'
      if (s.label === e.label) rule.correct++
      if (s.role === role) roleOk++
      if (s.claim === claim) claimOk++
      if (e.sources) {
        sourcesN++
        const own = [...new Set(s.attributions.filter((a) => !a.inherited && a.source.text !== undefined).map((a) => a.source.text!))].sort()
        const want = [...new Set(e.sources)].sort()
        if (JSON.stringify(own) === JSON.stringify(want)) sourcesOk++
        else if (errors.length < o.errors) errors.push(`  ✗ ${c.id} [${c.rule}] source spans want ${JSON.stringify(want)} got ${JSON.stringify(own)}: ${clip(e.s)}`)
      }
      inherited.push([!!e.inherited, s.attributions.some((a) => a.inherited)])
      if ((s.label !== e.label || s.role !== role) && errors.length < o.errors) {
        errors.push(`  ✗ ${c.id} [${c.rule}] want ${e.label}/${role} got ${s.label}/${s.role}: ${clip(e.s)}${s.attributions.length ? `\n      ${attributionsLine(s)}` : ''}`)
      }
    })
  }
  const seconds = (performance.now() - t0) / 1000
  const relaxed = classScores(pairs.filter(([, p]) => p !== UNMATCHED), LABELS)
  const strict = classScores(pairs, LABELS)
  const ruleRows = [...rules.entries()]
    .map(([rule, r]) => ({ rule, ...r, accuracy: r.correct / r.sentences }))
    .sort((a, b) => a.accuracy - b.accuracy || b.sentences - a.sentences || a.rule.localeCompare(b.rule))
  const inh = binaryScores(inherited)
  const result = {
    command: 'npm run eval -- --set labelled',
    cases: labelledCases.length,
    sentences: total,
    matched,
    unmatched: total - matched,
    notFoundInText: notFound,
    labels: relaxed,
    strict,
    role: { correct: roleOk, n: matched, accuracy: matched ? roleOk / matched : 0 },
    claim: { correct: claimOk, n: matched, accuracy: matched ? claimOk / matched : 0 },
    sources: { correct: sourcesOk, n: sourcesN, accuracy: sourcesN ? sourcesOk / sourcesN : 0 },
    inherited: inh,
    boundaries,
    ends,
    rules: ruleRows,
    seconds,
  }
  log(`Own labelled set: test/labelled (${labelledCases.length} cases, ${total} sentences)          ${result.command}`)
  log(`  boundaries ${prfLine(boundaries)}; ends only F1 ${f3(ends.f1)}; ${total - matched} of ${total} expected sentences not cut as expected${notFound ? ` (${notFound} not found in their own text: fix the case)` : ''}`)
  log(`  on the ${matched} matched sentences: label ${frac(relaxed.correct, relaxed.n)} (${pct(relaxed.accuracy)}), macro-F1 ${f3(relaxed.macroF1)}; role ${pct(result.role.accuracy)}; claim ${pct(result.claim.accuracy)}; own source spans ${frac(sourcesOk, sourcesN)}; inherited ${prfLine(inh)}`)
  log(`  strict (an unmatched sentence is an error): label ${frac(strict.correct, strict.n)} (${pct(strict.accuracy)}), macro-F1 ${f3(strict.macroF1)}`)
  log(
    table(
      ['class', 'P', 'R', 'F1', 'support', 'strict P', 'strict R', 'strict F1'],
      LABELS.map((l) => {
        const c = relaxed.perClass[l]
        const s = strict.perClass[l]
        return [l, f3(c.precision), f3(c.recall), f3(c.f1), c.support, f3(s.precision), f3(s.recall), f3(s.f1)]
      }),
    ),
  )
  // only the rules with errors: a long run of 100% rows hides the ones that matter
  const failing = ruleRows.filter((r) => r.correct < r.sentences)
  if (failing.length) {
    log('  per rule, worst first (right = label right and boundaries matched):')
    log(table(['rule', 'cases', 'sentences', 'matched', 'right', 'accuracy'], failing.map((r) => [r.rule, r.cases, r.sentences, r.matched, r.correct, pct(r.accuracy)])))
  }
  log(`  ${failing.length ? `the other ${ruleRows.length - failing.length} rules` : `all ${ruleRows.length} rules`}: every sentence right (--json lists every rule)`)
  for (const e of errors) errs(e)
  return result
}

// ───────────────────────── PolNeAR ─────────────────────────

/** How many sentences a sentence whose attributions are all inherited lies from the nearest one with its own; 0 otherwise. */
function quotationDistance(report: Report, i: number): number {
  const own = (k: number) => report.sentences[k]?.attributions.some((a) => !a.inherited)
  const s = report.sentences[i]
  if (!s.attributions.length || !s.attributions.every((a) => a.inherited)) return 0
  for (let d = 1; d < report.sentences.length; d++) if (own(i - d) || own(i + d)) return d
  return Infinity
}

function evalPolnear(o: Options, log: (s: string) => void) {
  const t0 = performance.now()
  const articles = loadPolnear(o.split, o.limit)
  const loadSeconds = (performance.now() - t0) / 1000
  const speech: Array<[boolean, boolean]> = []
  const broad: Array<[boolean, boolean]> = []
  const speechNoTitle: Array<[boolean, boolean]> = []
  // sentences of a quotation two or more sentences away from the sentence that tags it: SPEC §3
  // carries the speaker through the quotation, while PolNeAR's sentence labels count only the
  // sentences next to the cue; scoring without them shows the agreement where the two rules meet
  const speechInScope: Array<[boolean, boolean]> = []
  let farQuotation = 0
  const provenance: Array<[string, string]> = []
  let ends = emptyPRF()
  let checkMs = 0
  let chars = 0
  let bytes = 0
  const threw: string[] = []
  const errors: string[] = []
  for (const a of articles) {
    chars += a.text.length
    bytes += Buffer.byteLength(a.text)
    let report: Report | undefined
    const c0 = performance.now()
    try {
      report = check(a.text)
    } catch (err) {
      threw.push(`${a.id}: ${(err as Error).message}`)
    }
    checkMs += performance.now() - c0
    const predSpans = report ? spansOf(report) : []
    // PolNeAR ends can carry trailing spaces ours don't: compare trimmed spans
    ends = addPRF(ends, endScores(a.sentences.map((s) => trimSpan(a.text, [s.start, s.end])), predSpans.map((s) => trimSpan(a.text, s))))
    const kept = a.sentences.filter((s) => !s.discard)
    const at = mapByOverlap(kept.map((s) => [s.start, s.end]), predSpans)
    kept.forEach((g, i) => {
      const s = at[i] < 0 || !report ? undefined : report.sentences[at[i]]
      const pred = !!s && s.label !== 'unattributed'
      const gold = g.label_speech === 'attributed'
      speech.push([gold, pred])
      broad.push([g.label === 'attributed', pred])
      if (!g.is_title) speechNoTitle.push([gold, pred])
      if (s && report && quotationDistance(report, s.index) >= 2) farQuotation++
      else speechInScope.push([gold, pred])
      provenance.push([g.provenance, s?.label ?? 'unattributed'])
      if (gold !== pred && errors.length < o.errors) {
        errors.push(`  ✗ ${a.id} ${gold ? 'FN' : 'FP'} gold ${g.label_speech}${g.is_title ? ' (title)' : ''} got ${s?.label ?? 'none'}: ${clip(a.text.slice(g.start, g.end))}${s?.attributions.length ? `\n      ${attributionsLine(s)}` : ''}`)
      }
    })
  }
  const seconds = (performance.now() - t0) / 1000
  const result = {
    command: `npm run eval -- --set polnear --split ${o.split}${Number.isFinite(o.limit) ? ` --limit ${o.limit}` : ''}`,
    split: o.split,
    articles: articles.length,
    sentences: speech.length,
    discarded: articles.reduce((n, a) => n + a.sentences.filter((s) => s.discard).length, 0),
    labelSpeech: binaryScores(speech),
    labelSpeechNoTitles: binaryScores(speechNoTitle),
    labelSpeechInScope: binaryScores(speechInScope),
    farQuotation,
    label: binaryScores(broad),
    provenance: classScores(provenance, LABELS),
    ends,
    threw,
    seconds,
    loadSeconds,
    checkSeconds: checkMs / 1000,
    chars,
    mbPerSecond: bytes / 1e6 / (checkMs / 1000),
  }
  log(`PolNeAR ${o.split}: ${articles.length} articles, ${speech.length} sentences (${result.discarded} discard left out)          ${result.command}`)
  const row = (name: string, b: ReturnType<typeof binaryScores>) => [name, b.n, f3(b.precision), f3(b.recall), f3(b.f1), pct(b.accuracy)]
  log(
    table(
      ['attributed vs not', 'n', 'P', 'R', 'F1', 'accuracy'],
      [
        row('label_speech', result.labelSpeech),
        row('label_speech, no titles', result.labelSpeechNoTitles),
        row('label_speech, within PolNeAR\'s reach*', result.labelSpeechInScope),
        row('label (broader, reference)', result.label),
      ],
    ),
  )
  log(`  * leaves out the ${result.farQuotation} sentences of quotations two or more sentences from their tag, which SPEC §3 attributes`)
  log(`    and PolNeAR's sentence labels, by how they are derived (cue in the sentence or the next or previous one), cannot`)
  log(`  3-class vs heuristic provenance (reference only): accuracy ${pct(result.provenance.accuracy)}, macro-F1 ${f3(result.provenance.macroF1)}`)
  log(`  sentence ends vs PolNeAR splits (whitespace trimmed): ${prfLine(ends)}`)
  log(`  time: ${result.seconds.toFixed(2)} s in all, ${ms(checkMs)} ms of it in check (${result.mbPerSecond.toFixed(2)} MB/s with a cold JIT; npm run bench measures speed)`)
  if (threw.length) log(`  check threw on ${threw.length} article(s): ${threw.slice(0, 5).join('; ')}`)
  // copyrighted text: stderr only, never stdout that might be redirected into the repository
  for (const e of errors) console.error(e)
  return result
}

// ───────────────────────── main ─────────────────────────

const o = parseArgs(process.argv.slice(2))
const started = performance.now()
const out: string[] = []
const log = (s: string) => {
  if (!o.json) out.push(s)
}
// in --json mode stdout holds only the JSON object
const errs = (s: string) => (o.json ? console.error(s) : out.push(s))
const flush = () => {
  if (out.length) console.log(out.splice(0).join('\n'))
}

let gold: ReturnType<typeof evalGold> | undefined
let labelled: ReturnType<typeof evalLabelled> | undefined
let polnear: ReturnType<typeof evalPolnear> | undefined
if (o.sets.includes('gold')) {
  gold = evalGold(o, log, errs)
  log('')
  flush()
}
if (o.sets.includes('labelled')) {
  labelled = evalLabelled(o, log, errs)
  log('')
  flush()
}
if (o.sets.includes('polnear')) {
  polnear = evalPolnear(o, log)
  log('')
  flush()
}
const summary = {
  goldLabels: gold ? `${gold.labels.correct}/${gold.labels.n}` : undefined,
  labelledMacroF1: labelled?.labels.macroF1,
  labelledStrictMacroF1: labelled?.strict.macroF1,
  polnearF1: polnear?.labelSpeech.f1,
  polnearSplit: polnear?.split,
  seconds: (performance.now() - started) / 1000,
}
if (o.json) {
  const polnearFile = polnear ? polnearPath(o.split).replace(/.*\/shared\//, 'shared/') : undefined
  console.log(JSON.stringify({ node: process.version, polnearFile, gold, labelled, polnear, summary }, null, 2))
} else {
  log('Summary')
  const rows: string[][] = []
  if (gold) rows.push(['gold labels matched', `${gold.labels.correct}/${gold.labels.n}`, `boundaries F1 ${f3(gold.boundaries.f1)}`])
  if (labelled) rows.push(['labelled macro-F1', f3(labelled.labels.macroF1), `strict ${f3(labelled.strict.macroF1)}; ${labelled.unmatched} sentences cut differently`])
  if (polnear) rows.push([`PolNeAR ${polnear.split} F1`, f3(polnear.labelSpeech.f1), `attributed vs label_speech; P ${f3(polnear.labelSpeech.precision)} R ${f3(polnear.labelSpeech.recall)}`])
  rows.push(['run time', `${summary.seconds.toFixed(1)} s`, `node ${process.version}`])
  log(table(['figure', 'value', 'note'], rows))
  flush()
}
