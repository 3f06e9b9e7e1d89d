import { existsSync, readFileSync } from 'node:fs'

/**
 * The project's worked example (SPEC §5), kept in the repository so that every checkout
 * tests it; `shared` is where the contract keeps the original, when that folder is there.
 */
export const example = {
  text: new URL('./fixtures/examples/kcna-letter.txt', import.meta.url),
  gold: new URL('./fixtures/examples/kcna-letter.gold.json', import.meta.url),
  shared: new URL('../../shared/examples/', import.meta.url),
}

export const exampleText = readFileSync(example.text, 'utf8')

export interface GoldSentence {
  index: number
  start: number
  end: number
  text: string
  label: string
  claim: boolean
  role: string
}

export const exampleGold = JSON.parse(readFileSync(example.gold, 'utf8')) as { sentences: GoldSentence[] }

/** The shared original, where this checkout sits beside the contract's folder. */
export const sharedExample = existsSync(new URL('kcna-letter.txt', example.shared))
  ? { text: readFileSync(new URL('kcna-letter.txt', example.shared), 'utf8'), gold: readFileSync(new URL('kcna-letter.gold.json', example.shared), 'utf8') }
  : undefined
