import { expect } from 'vitest'
import type { Report } from '../../src/index'

/**
 * What every report must satisfy (SPEC §4): spans slice back to the text, sentences are in
 * order, do not overlap and cover every non-blank character, and the summary adds up.
 */
export function expectInvariants(text: string, report: Report): void {
  let at = 0
  for (const [i, s] of report.sentences.entries()) {
    expect(s.index).toBe(i)
    expect(text.slice(s.start, s.end)).toBe(s.text)
    expect(s.start).toBeGreaterThanOrEqual(at)
    expect(text.slice(at, s.start).trim()).toBe('')
    expect(s.text.trim()).toBe(s.text)
    expect(s.text.length).toBeGreaterThan(0)
    at = s.end
    for (const a of s.attributions) {
      expect(text.slice(a.cue.start, a.cue.end)).toBe(a.cue.text)
      if (a.source.kind !== 'none') expect(text.slice(a.source.start!, a.source.end!)).toBe(a.source.text)
      if (!a.inherited) {
        expect(a.cue.start).toBeGreaterThanOrEqual(s.start)
        expect(a.cue.end).toBeLessThanOrEqual(s.end)
      }
    }
    const named = s.attributions.some((a) => a.source.kind === 'named')
    expect(s.label).toBe(named ? 'direct' : s.attributions.length ? 'reported' : 'unattributed')
    expect(s.claim).toBe(s.role === 'body')
  }
  expect(text.slice(at).trim()).toBe('')
  const claims = report.sentences.filter((s) => s.claim)
  const { summary } = report
  expect(summary.sentences).toBe(report.sentences.length)
  expect(summary.claims).toBe(claims.length)
  expect(summary.direct + summary.reported + summary.unattributed).toBe(claims.length)
  expect(summary.attributedShare).toBe(claims.length ? Math.round(((summary.direct + summary.reported) / claims.length) * 1000) / 1000 : null)
  for (const row of summary.sources) expect(row.sentences).toBeLessThanOrEqual(claims.length)
}
