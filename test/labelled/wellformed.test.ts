import { describe, it, expect } from 'vitest'
import { labelledCases } from './index'
import type { Expected } from './types'

const LABELS = ['direct', 'reported', 'unattributed'] as const
const ROLES = ['body', 'heading', 'caption', 'boilerplate', 'question']

const roleOf = (e: Expected) => e.role ?? 'body'
const claimOf = (e: Expected) => e.claim ?? roleOf(e) === 'body'

describe('labelled test set is well formed', () => {
  it('has unique, non-empty ids and rules', () => {
    const seen = new Set<string>()
    for (const c of labelledCases) {
      expect(c.id, 'id').toMatch(/\S/)
      expect(c.rule, `rule of ${c.id}`).toMatch(/^[a-z0-9-]+$/)
      expect(seen.has(c.id), `duplicate id ${c.id}`).toBe(false)
      seen.add(c.id)
    }
  })

  for (const c of labelledCases) {
    describe(c.id, () => {
      it('sentences occur in order, without overlap, and cover all non-whitespace of the text', () => {
        expect(c.expect.length).toBeGreaterThan(0)
        let at = 0
        for (const e of c.expect) {
          expect(e.s, 'no surrounding whitespace').toBe(e.s.trim())
          expect(e.s.length).toBeGreaterThan(0)
          expect(e.s.includes('\n'), `sentence spans a line break: ${e.s}`).toBe(false)
          const i = c.text.indexOf(e.s, at)
          expect(i, `not found (in order) in text: ${e.s}`).toBeGreaterThanOrEqual(0)
          const gap = c.text.slice(at, i)
          expect(gap, `uncovered text before: ${e.s}`).toMatch(/^\s*$/)
          if (at > 0) expect([' ', '\n\n'], `separator before: ${e.s}`).toContain(gap)
          else expect(gap).toBe('')
          at = i + e.s.length
        }
        expect(c.text.slice(at), 'uncovered text at the end').toBe('')
      })

      it('labels, roles, claims, sources and inheritance are consistent', () => {
        for (const e of c.expect) {
          expect(LABELS as readonly string[]).toContain(e.label)
          expect(ROLES).toContain(roleOf(e))
          // SPEC §2: a non-claim carries a role saying why; body sentences are claims.
          expect(claimOf(e), `claim/role mismatch: ${e.s}`).toBe(roleOf(e) === 'body')
          if (e.sources) {
            expect(e.sources.length).toBeGreaterThan(0)
            expect(e.label, `sources on an unattributed sentence: ${e.s}`).not.toBe('unattributed')
            expect(e.inherited, `inherited sentence lists own sources: ${e.s}`).not.toBe(true)
            for (const src of e.sources) {
              expect(src).toBe(src.trim())
              expect(e.s.includes(src), `source "${src}" not in sentence: ${e.s}`).toBe(true)
            }
          }
          if (e.inherited) expect(e.label, `inherited but unattributed: ${e.s}`).not.toBe('unattributed')
        }
      })
    })
  }

  it('is large enough and balanced across labels', () => {
    const all = labelledCases.flatMap((c) => c.expect)
    expect(all.length).toBeGreaterThanOrEqual(350)
    const count = (l: string) => all.filter((e) => e.label === l).length
    for (const l of LABELS) expect(count(l), `sentences labelled ${l}`).toBeGreaterThanOrEqual(60)
    expect(count('unattributed') * 3).toBeGreaterThanOrEqual(all.length)
  })
})
