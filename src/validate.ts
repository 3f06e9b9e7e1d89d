/** Why a text cannot be checked. */
export type InputErrorCode = 'not-text' | 'empty' | 'binary' | 'too-large'

/** A text the checker refuses, with a stable code and a human reason. */
export class InputError extends Error {
  constructor(
    readonly code: InputErrorCode,
    message: string,
  ) {
    super(message)
    this.name = 'InputError'
  }
}

const CONTROL = /[\u0001-\u0008\u000b\u000e-\u001f\ufffd]/
const CONTROL_ALL = /[\u0001-\u0008\u000b\u000e-\u001f\ufffd]/g

/** Characters of the largest text `check` accepts by default (16 Mi UTF-16 units). */
export const MAX_CHARS = 16 * 1024 * 1024

/**
 * Refuses what is not article text: not a string, empty or blank, binary (NUL bytes or
 * mostly control characters), or larger than `maxChars`.
 */
export function validateText(text: unknown, maxChars = MAX_CHARS): asserts text is string {
  if (typeof text !== 'string') throw new InputError('not-text', 'expected the article as a string of text')
  if (text.length > maxChars) throw new InputError('too-large', `the text has ${text.length} characters; the limit is ${maxChars}`)
  if (!/\S/.test(text)) throw new InputError('empty', 'the text is empty')
  const sample = text.length > 65536 ? text.slice(0, 65536) : text
  if (sample.includes('\u0000')) throw new InputError('binary', 'the input looks binary (it holds NUL bytes), not text')
  const control = CONTROL.test(sample) ? (sample.match(CONTROL_ALL) ?? []).length : 0
  if (control > 16 && control > sample.length * 0.05) throw new InputError('binary', 'the input looks binary (mostly control characters or undecodable bytes), not text')
}
