import { describe, expect, it } from 'vitest'
import { check, InputError } from '../../src/index'

describe('bad input gets a clear error, never a crash or a silent partial report', () => {
  it.each([
    ['an empty string', '', 'empty'],
    ['only whitespace', ' \n\t\r\n  ', 'empty'],
    ['NUL bytes', 'PK\u0003\u0004\u0000\u0000binary', 'binary'],
    ['mostly control characters', '\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000e\u000f\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017 ab', 'binary'],
    ['undecodable bytes', '\ufffd'.repeat(40) + ' text', 'binary'],
  ])('%s is refused with code %s', (_name, text, code) => {
    expect(() => check(text)).toThrow(InputError)
    try {
      check(text)
    } catch (e) {
      expect((e as InputError).code).toBe(code)
      expect((e as InputError).message).toMatch(/\w/)
    }
  })

  it('refuses what is not a string', () => {
    for (const value of [undefined, null, 42, { text: 'x' }, ['a']]) {
      expect(() => check(value as unknown as string)).toThrow(expect.objectContaining({ code: 'not-text' }))
    }
  })

  it('refuses a text over the size limit, naming the limit', () => {
    expect(() => check('a'.repeat(16 * 1024 * 1024 + 1))).toThrow(/limit is 16777216/)
  })

  it('checks text with a few odd characters instead of refusing it', () => {
    const report = check('The ministry said the \u0007 figure was wrong. Officials\u0000 said it was late.'.replace('\u0000', ''))
    expect(report.sentences.map((s) => s.label)).toEqual(['direct', 'reported'])
  })

  it('keeps invisible white space (a byte-order mark, an ogham or em space) out of sentences', () => {
    for (const space of ['\ufeff', '\u2003', '\u1680', '\u205f']) {
      const text = `The port reopened on Monday.\n${space}This is a developing story, the agency said.${space}`
      const report = check(text)
      expect(report.sentences.map((s) => s.text)).toEqual(['The port reopened on Monday.', 'This is a developing story, the agency said.'])
      for (const s of report.sentences) expect(text.slice(s.start, s.end)).toBe(s.text)
    }
  })
})
