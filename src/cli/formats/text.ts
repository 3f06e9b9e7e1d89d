import type { Attribution, SentenceReport } from '../../types'
import type { Checked, FileResult } from '../check-file'
import { collapse, type Finding } from '../findings'
import { widest, type Paint, type Style } from '../paint'
import { percent } from '../thresholds'
import { totalLine, verdictLine } from './verdict'

const LABEL: Record<SentenceReport['label'], Style> = { direct: 'green', reported: 'yellow', unattributed: 'red' }
const LABEL_WIDTH = 'unattributed'.length

/**
 * The full report, for reading in a terminal: every sentence with its place, label, cues and
 * sources, the findings on it, then the summary with sources and flags, and the verdict.
 */
export function text(results: FileResult[], paint: Paint): string {
  const blocks = results.map((r) => (r.kind === 'checked' ? checkedBlock(r, paint) : `${paint('bold', r.display)}\n  ${verdictLine(r, paint)}`))
  return `${blocks.join('\n\n')}\n\n${totalLine(results, paint)}\n`
}

function checkedBlock(r: Checked, paint: Paint): string {
  const head = `${paint('bold', r.display)} ${paint('dim', `(${r.format}${r.title ? `: ${collapse(r.title)}` : ''})`)}`
  const atWidth = widest(r.places.map((p) => `${p.line}:${p.column}`), 3)
  const indent = ' '.repeat(2 + atWidth + 2 + LABEL_WIDTH + 2)
  const out = [head, '']
  // each sentence's findings, gathered once (a draft may have a finding on each of its sentences)
  const findings = new Map<number, Finding[]>()
  for (const f of r.findings) {
    const list = findings.get(f.sentence)
    if (list) list.push(f)
    else findings.set(f.sentence, [f])
  }
  for (const s of r.report.sentences) {
    const place = r.places[s.index]
    const at = paint('dim', `${place.line}:${place.column}`.padStart(atWidth))
    const label = paint(LABEL[s.label], s.label.padEnd(LABEL_WIDTH))
    const role = s.claim ? '' : paint('dim', `[${s.role}, not a claim] `)
    const ignored = r.suppressed.has(s.index) ? paint('dim', '[ignored] ') : ''
    out.push(`  ${at}  ${label}  ${role}${ignored}${collapse(s.text)}`)
    for (const a of s.attributions) out.push(`${indent}${paint('dim', '↳')} ${attribution(a)}`)
    for (const f of findings.get(s.index) ?? []) out.push(`${indent}${paint(f.severity === 'error' ? 'red' : 'yellow', '!')} ${f.rule}: ${f.message}`)
  }
  // (spread into an array, not into push: a sources table as long as a draft's sentences overflows a call's arguments)
  return [...out, '', ...summary(r, paint), '', `  ${verdictLine(r, paint)}`].join('\n')
}

/** One attribution: cue, source (kind and type, what it resolves to), channel, carry-over. */
export function attribution(a: Attribution): string {
  const cue = `“${collapse(a.cue.text)}”`
  const src = a.source
  if (src.kind === 'none') return `${cue} — hedge, no source${a.inherited ? ' (carried over)' : ''}`
  const written = src.text !== undefined ? `“${collapse(src.text)}”` : 'source'
  const resolved = src.resolved && src.resolved !== src.text ? ` = ${collapse(src.resolved)}` : ''
  const country = src.country ? `, ${src.country}` : ''
  const extras = [a.via ? `via ${a.via}` : '', a.quote ? 'quotation' : '', a.inherited ? 'carried over' : ''].filter(Boolean)
  return `${cue} → ${written}${resolved} (${src.kind} ${src.type}${country})${extras.length ? ` · ${extras.join(' · ')}` : ''}`
}

function summary(r: Checked, paint: Paint): string[] {
  const s = r.report.summary
  const share = s.attributedShare === null ? 'no claims' : `${percent(s.attributedShare)} of claims attributed`
  const lines = [`  ${paint('bold', 'Summary')}  ${s.sentences} sentences, ${s.claims} claims: ${s.direct} direct, ${s.reported} reported, ${s.unattributed} unattributed · ${share}`]
  lines.push(`  ${paint('bold', 'Sources')}${s.sources.length ? '' : '  none'}`)
  for (const src of s.sources) {
    const what = [src.type, src.kind, src.country].filter(Boolean).join(', ')
    const mentions = src.mentions.length ? ` — ${src.mentions.map((m) => `“${collapse(m)}”`).join(', ')}` : ''
    lines.push(`    ${String(src.sentences).padStart(3)} ${src.sentences === 1 ? 'claim ' : 'claims'}  ${collapse(src.name)} (${what})${mentions}`)
  }
  lines.push(`  ${paint('bold', 'Flags')}${s.flags.length ? '' : '  none'}`)
  const width = widest(s.flags.map((f) => f.code))
  for (const f of s.flags) lines.push(`    ${paint('yellow', f.code.padEnd(width))}  ${f.message}`)
  return lines
}
