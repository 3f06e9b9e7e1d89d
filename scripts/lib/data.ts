/// <reference types="node" />
// Where the measurement data lives, resolved from this file so the scripts run from any cwd.
// PolNeAR texts are copyrighted: read them here, never write them anywhere.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url))
export const sharedDir = fileURLToPath(new URL('../../../shared/', import.meta.url))

export interface PolnearSentence {
  start: number
  end: number
  label: 'attributed' | 'unattributed'
  label_speech: 'attributed' | 'unattributed'
  provenance: 'direct' | 'reported' | 'unattributed'
  is_title: boolean
  discard: boolean
}

export interface PolnearArticle {
  id: string
  split: string
  publisher: string
  date: string
  text: string
  sentences: PolnearSentence[]
}

/** Only the train and dev splits exist for this project; the test split stays apart. */
export type PolnearSplit = 'train' | 'dev'

export function polnearPath(split: PolnearSplit): string {
  return fileURLToPath(new URL(`../../../shared/data/polnear/${split}.jsonl`, import.meta.url))
}

export function loadPolnear(split: PolnearSplit, limit = Infinity): PolnearArticle[] {
  const out: PolnearArticle[] = []
  for (const line of readFileSync(polnearPath(split), 'utf8').split('\n')) {
    if (out.length >= limit) break
    if (line.trim()) out.push(JSON.parse(line) as PolnearArticle)
  }
  return out
}
