import { describe, expect, it } from 'vitest'
import { check } from '../../src/index'
import { labelledCases } from '../labelled/index'

type Row = { id: string; rule: string; s: string; want: { label: string; role: string; claim: boolean }; got?: { label: string; role: string; claim: boolean } }

// Every sentence of the hand-labelled set, checked in the passage it was written in.
const rows: Row[] = []
const cut: Array<{ id: string; got: string[]; want: string[] }> = []
for (const c of labelledCases) {
  const report = check(c.text)
  const got = report.sentences.map((s) => s.text)
  const want = c.expect.map((e) => e.s)
  cut.push({ id: c.id, got, want })
  c.expect.forEach((e, i) => {
    const role = e.role ?? 'body'
    const s = got.length === want.length ? report.sentences[i] : undefined
    rows.push({ id: c.id, rule: c.rule, s: e.s, want: { label: e.label, role, claim: e.claim ?? role === 'body' }, got: s && { label: s.label, role: s.role, claim: s.claim } })
  })
}

function f1(label: string): number {
  const tp = rows.filter((r) => r.got?.label === label && r.want.label === label).length
  const fp = rows.filter((r) => r.got?.label === label && r.want.label !== label).length
  const fn = rows.filter((r) => r.got?.label !== label && r.want.label === label).length
  return tp ? (2 * tp) / (2 * tp + fp + fn) : 0
}

describe('the hand-labelled set (test/labelled, written under SPEC)', () => {
  it('has at least 300 sentences and every label', () => {
    expect(rows.length).toBeGreaterThanOrEqual(300)
    for (const label of ['direct', 'reported', 'unattributed']) expect(rows.filter((r) => r.want.label === label).length).toBeGreaterThan(50)
  })

  it.each(cut.map((c) => [c.id, c] as const))('%s is cut into the expected sentences', (_id, c) => {
    expect(c.got).toEqual(c.want)
  })

  // every sentence: each case is a regression test of its own (a share would let a new case fail unseen)
  it('labels every sentence right', () => {
    const wrong = rows.filter((r) => r.got?.label !== r.want.label)
    expect(wrong.map((r) => `${r.id}: ${r.s} (want ${r.want.label}, got ${r.got?.label ?? 'a different cut'})`)).toEqual([])
    expect((f1('direct') + f1('reported') + f1('unattributed')) / 3).toBe(1)
  })

  it('gives every sentence the right role and claim flag', () => {
    const wrong = rows.filter((r) => r.got?.role !== r.want.role || r.got?.claim !== r.want.claim)
    expect(wrong.map((r) => `${r.id}: ${r.s} (want ${r.want.role}, got ${r.got?.role})`)).toEqual([])
  })

  it('gets every rule of SPEC at least 90% right, so no rule rests on one lucky sentence', () => {
    const rules = [...new Set(rows.map((r) => r.rule))]
    const weak = rules
      .map((rule) => {
        const of = rows.filter((r) => r.rule === rule)
        const right = of.filter((r) => r.got?.label === r.want.label && r.got?.role === r.want.role).length
        return { rule, accuracy: right / of.length }
      })
      .filter((r) => r.accuracy < 0.9)
    expect(weak).toEqual([])
  })

  it('names the sources the labels rest on, and marks inherited attributions', () => {
    const misses: string[] = []
    for (const c of labelledCases) {
      const report = check(c.text)
      if (report.sentences.length !== c.expect.length) continue
      c.expect.forEach((e, i) => {
        const own = report.sentences[i].attributions.filter((a) => !a.inherited)
        for (const src of e.sources ?? []) if (!own.some((a) => a.source.text === src)) misses.push(`${c.id} #${i}: no source "${src}" (got ${own.map((a) => a.source.text).join(', ')})`)
        if (e.inherited && !report.sentences[i].attributions.every((a) => a.inherited)) misses.push(`${c.id} #${i}: not inherited`)
      })
    }
    expect(misses).toEqual([])
  })
})
