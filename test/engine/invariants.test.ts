import { describe, it } from 'vitest'
import { check } from '../../src/index'
import { exampleText as example } from '../examples'
import { labelledCases } from '../labelled/index'
import { expectInvariants } from './invariants'

// Odd shapes a scraped page or a pasted draft really has.
const shapes: Record<string, string> = {
  'the gold example': example,
  'CRLF line endings': example.replace(/\n/g, '\r\n'),
  'one long line': example.replace(/\n+/g, ' '),
  'hard-wrapped at 60 columns': example.replace(/(.{1,60})(\s|$)/g, '$1\n'),
  'no punctuation at all': 'officials said the plant was safe and residents said they had not been told anything about the leak '.repeat(40),
  'only quotation marks': '“”"\'‘’«»„ '.repeat(200),
  'unbalanced quotes': '“We will respond, Kim said. Our enemies will pay.\n\n”And then,” he added. "Nothing more',
  'emoji and astral characters': 'The 🚀 launch failed, officials said. 𝒜 new study found 𝔁 was wrong. 👍',
  'lone surrogates': 'Broken \ud800 text, the agency said. More \udfff text.',
  'zero-width and bidi marks': 'The\u200b ministry\u200d said\u2066 it\u2069 would\u200f respond.',
  'tabs and form feeds': 'Kim\tsaid\fthe talks failed.\vOfficials said\u00a0otherwise.',
  'only a headline': 'Putin vows to expand relations with North Korea',
  'a headline ending on an object': 'Chelsea Clinton husband expecting second child',
  'a fragment opening with its cue': 'reported by MSNBC.',
  'a single character': 'x',
  'abbreviations everywhere': 'Mr. U.S. Jan. No. 3 a.m. J. R. R. Tolkien e.g. Sen. Gov. Lt. Col. '.repeat(30),
  'ellipses': 'He paused... Then he said, “We will…” and stopped. … The end',
  'a year glued to a sentence': 'June 27, 2014North Korea’s state media said the launch succeeded.',
  'brackets around stops': 'The vote passed (by 52 to 48.) Critics said it was rushed.) Oddly.',
  // rules that read a phrase back past "and" must not recurse through a long coordination
  'a long coordination before a verb': 'People close to the governor ' + 'and the mayor '.repeat(5000) + 'say the deal is dead.',
}

describe('report invariants', () => {
  it.each(Object.entries(shapes))('hold for %s', (_name, text) => {
    expectInvariants(text, check(text))
  })

  it('hold for every passage of the labelled set', () => {
    for (const c of labelledCases) expectInvariants(c.text, check(c.text))
  })

  // A headline or a pasted fragment ends anywhere: a rule that looks one word past a phrase must
  // not run off the end ("Chelsea Clinton husband expecting second child", "reported by MSNBC.").
  it('hold for every labelled sentence cut short, cut in front, or stripped of its end mark', () => {
    for (const c of labelledCases) {
      for (const e of c.expect) {
        const words = e.s.split(' ')
        const pieces = [e.s.replace(/[.!?"”’']+$/, '')]
        // every cut at the end; at the front, the first few words (rules look back a word or two)
        for (let k = 1; k < words.length; k++) pieces.push(words.slice(0, k).join(' '))
        for (let k = 1; k < Math.min(words.length, 4); k++) pieces.push(words.slice(k).join(' '))
        for (const piece of pieces) if (piece.trim()) expectInvariants(piece, check(piece))
      }
    }
  }, 30_000)
})
