export { readMarkdown } from './markdown'
export { readHtml } from './html'
export { lineIndex } from './lines'
export type { Extracted, Directive } from './types'
