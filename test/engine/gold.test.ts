import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { check } from '../../src/index'
import { example, exampleGold as gold, exampleText as text, sharedExample } from '../examples'

describe('the gold example (shared/examples/kcna-letter)', () => {
  const report = check(text)

  it('is the shared example, unchanged, where the shared folder is beside this checkout', () => {
    const copy = { text, gold: readFileSync(example.gold, 'utf8') }
    expect(sharedExample ?? copy).toEqual(copy)
  })

  it('cuts the same sentences', () => {
    expect(report.sentences.map((s) => [s.start, s.end, s.text])).toEqual(gold.sentences.map((s) => [s.start, s.end, s.text]))
  })

  it.each(gold.sentences.map((g) => [g.index, g] as const))('sentence %i has the gold label, claim flag and role', (i, g) => {
    const s = report.sentences[i]
    expect({ label: s.label, claim: s.claim, role: s.role }).toEqual({ label: g.label, claim: g.claim, role: g.role })
  })

  it('has the summary counts of SPEC §4', () => {
    const { sentences, claims, direct, reported, unattributed, attributedShare } = report.summary
    expect({ sentences, claims, direct, reported, unattributed, attributedShare }).toEqual({ sentences: 23, claims: 11, direct: 6, reported: 1, unattributed: 4, attributedShare: 0.636 })
  })

  it('lists Putin and KCNA with their mentions merged, and the spans of SPEC §4', () => {
    const putin = report.summary.sources.find((s) => s.name === 'Vladimir Putin')
    expect(putin).toMatchObject({ type: 'person', sentences: 3, mentions: ['Russian President Vladimir Putin', 'Putin', 'The Russian leader'] })
    const kcna = report.summary.sources.find((s) => s.name === 'KCNA')
    expect(kcna).toMatchObject({ type: 'state-media', country: 'North Korea', sentences: 3, mentions: ['North Korean news agency KCNA', 'KCNA'] })
    const according = report.sentences[2].attributions.find((a) => a.cue.text === 'according to')
    expect(according).toMatchObject({ cue: { start: 496, end: 508 }, source: { text: 'North Korean news agency KCNA', start: 509, end: 538, kind: 'named', type: 'state-media', resolved: 'KCNA' } })
    const putinCue = report.sentences[2].attributions.find((a) => a.source.resolved === 'Vladimir Putin')
    expect(putinCue).toMatchObject({ cue: { text: 'stressed that' }, source: { text: 'Putin', kind: 'named', type: 'person' }, via: 'KCNA', inherited: false })
  })

  it('resolves "he" to Kim and "The Russian leader" to Putin', () => {
    expect(report.sentences[9].attributions.map((a) => a.source.resolved ?? a.source.text)).toContain('Kim Jong-un')
    expect(report.sentences[3].attributions[0].source).toMatchObject({ text: 'The Russian leader', resolved: 'Vladimir Putin' })
  })

  it('raises the three flags of the example and not single-source', () => {
    const flags = Object.fromEntries(report.summary.flags.map((f) => [f.code, f.message]))
    expect(flags['state-media']).toBe('4 of 7 attributed claims rest on state media of North Korea (KCNA, Pyongyang state media)')
    expect(flags['anonymous-sources']).toBe('1 claim rests on unnamed sources (North Korean officials)')
    expect(flags['unattributed-claims']).toBe('4 of 11 claims carry no attribution')
    expect(flags['single-source']).toBeUndefined()
  })
})
