// The lexicon forms the plurals of its listed nouns by a few endings (src/lexicon/index.ts pluralize) so that the Worker need not
// ship natural's NounInflector and its tables; natural stays the reference those plurals are held to.
import NounInflector from 'natural/lib/natural/inflectors/noun_inflector'
import { describe, expect, it } from 'vitest'
import { lexicon, pluralize } from '../../src/lexicon'

const natural = new NounInflector()
// every list the lexicon reads with its plurals (src/lexicon/index.ts withPlurals): singular and plural forms, mapped to the singular
const withPlurals = ['vagueNouns', 'vagueMedia', 'spokesNouns', 'personRoles', 'groupNouns', 'officeNouns', 'documentNouns', 'evidenceNouns', 'eventNouns', 'measuredRecords', 'statNouns', 'raisedQuantities', 'speechNouns'] as const

describe('plurals of the listed nouns', () => {
  it.each(withPlurals)('%s has the plural natural’s NounInflector gives each of its nouns', (name) => {
    const list: Map<string, string> = lexicon[name]
    expect(list.size).toBeGreaterThan(0)
    const missing = [...list]
      .filter(([form, singular]) => form === singular)
      .map(([singular]) => {
        const words = singular.split(' ')
        return [...words.slice(0, -1), natural.pluralize(words[words.length - 1])].join(' ')
      })
      .filter((plural) => !list.has(plural))
    expect(missing).toEqual([])
  })

  it('forms a word of its own, an ending’s plural, or an "s", as natural does', () => {
    const words = ['person', 'child', 'news', 'spokeswoman', 'midwife', 'half', 'analysis', 'index', 'agency', 'witness', 'box', 'speech', 'official', 'day']
    expect(words.map(pluralize)).toEqual(words.map((w) => natural.pluralize(w)))
    expect(words.map(pluralize)).toEqual(['people', 'children', 'news', 'spokeswomen', 'midwives', 'halves', 'analyses', 'indices', 'agencies', 'witnesses', 'boxes', 'speeches', 'officials', 'days'])
  })
})
