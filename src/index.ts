export { check } from './check'
export { InputError, validateText, MAX_CHARS } from './validate'
export type { InputErrorCode } from './validate'
export type * from './types'
