import { describe, expect, it } from 'vitest'
import {
  addPRF,
  binaryScores,
  boundaryScores,
  classScores,
  endScores,
  locateInOrder,
  logLogSlope,
  mapByOverlap,
  mapExact,
  matchKeys,
  median,
  prf,
  quantile,
  trimSpan,
} from '../../scripts/lib/metrics'

describe('prf', () => {
  it('computes precision, recall and F1 from counts', () => {
    // P = 3/4, R = 3/5, F1 = 2·0.75·0.6 / 1.35 = 2/3
    const r = prf(3, 1, 2)
    expect(r.precision).toBe(0.75)
    expect(r.recall).toBe(0.6)
    expect(r.f1).toBeCloseTo(2 / 3, 12)
  })

  it('gives 0 instead of NaN when nothing was predicted or expected', () => {
    expect(prf(0, 0, 0)).toMatchObject({ precision: 0, recall: 0, f1: 0 })
    expect(prf(0, 0, 4)).toMatchObject({ precision: 0, recall: 0, f1: 0 })
    expect(prf(0, 2, 0)).toMatchObject({ precision: 0, recall: 0, f1: 0 })
  })

  it('pools counts with addPRF', () => {
    expect(addPRF(prf(1, 0, 1), prf(2, 2, 0))).toMatchObject({ tp: 3, fp: 2, fn: 1, precision: 0.6, recall: 0.75 })
  })
})

describe('classScores', () => {
  const labels = ['direct', 'reported', 'unattributed']

  it('scores each class and averages F1 over classes (macro)', () => {
    // gold → predicted
    const pairs = [
      ['direct', 'direct'],
      ['direct', 'reported'],
      ['reported', 'reported'],
      ['unattributed', 'unattributed'],
      ['unattributed', 'direct'],
      ['unattributed', 'unattributed'],
    ] as const
    const r = classScores(pairs, labels)
    expect(r.n).toBe(6)
    expect(r.correct).toBe(4)
    expect(r.accuracy).toBeCloseTo(4 / 6, 12)
    // direct: tp 1, fp 1 (unattributed→direct), fn 1 (direct→reported): P = R = F1 = 1/2
    expect(r.perClass.direct).toMatchObject({ tp: 1, fp: 1, fn: 1, precision: 0.5, recall: 0.5, f1: 0.5, support: 2 })
    // reported: tp 1, fp 1, fn 0: P 1/2, R 1, F1 2/3
    expect(r.perClass.reported).toMatchObject({ tp: 1, fp: 1, fn: 0, precision: 0.5, recall: 1, support: 1 })
    expect(r.perClass.reported.f1).toBeCloseTo(2 / 3, 12)
    // unattributed: tp 2, fp 0, fn 1: P 1, R 2/3, F1 0.8
    expect(r.perClass.unattributed.f1).toBeCloseTo(0.8, 12)
    // macro = (0.5 + 2/3 + 0.8) / 3 = 59/90
    expect(r.macroF1).toBeCloseTo(59 / 90, 12)
  })

  it('counts a prediction outside the labels (an unmatched sentence) as a miss only', () => {
    const r = classScores([['direct', 'direct'], ['direct', 'unmatched'], ['reported', 'reported']], labels)
    expect(r.accuracy).toBeCloseTo(2 / 3, 12)
    expect(r.perClass.direct).toMatchObject({ tp: 1, fp: 0, fn: 1 })
    // unattributed occurs nowhere: left out of the macro mean (direct 2/3, reported 1)
    expect(r.macroF1).toBeCloseTo((2 / 3 + 1) / 2, 12)
  })

  it('is all zero on no items', () => {
    expect(classScores([], labels)).toMatchObject({ n: 0, accuracy: 0, macroF1: 0 })
  })
})

describe('binaryScores', () => {
  it('scores the positive class and accuracy', () => {
    // tp 2, fp 1, fn 1, tn 1
    const r = binaryScores([[true, true], [true, true], [false, true], [true, false], [false, false]])
    expect(r).toMatchObject({ tp: 2, fp: 1, fn: 1, n: 5 })
    expect(r.precision).toBeCloseTo(2 / 3, 12)
    expect(r.recall).toBeCloseTo(2 / 3, 12)
    expect(r.f1).toBeCloseTo(2 / 3, 12)
    expect(r.accuracy).toBeCloseTo(3 / 5, 12)
  })
})

describe('boundary matching', () => {
  const gold: Array<[number, number]> = [[0, 10], [11, 20], [21, 30]]

  it('matches exact [start, end) pairs', () => {
    // [11, 20] is split in two: one boundary right, two wrong
    const r = boundaryScores(gold, [[0, 10], [11, 15], [16, 20], [21, 30]])
    expect(r).toMatchObject({ tp: 2, fp: 2, fn: 1, precision: 0.5 })
    expect(r.recall).toBeCloseTo(2 / 3, 12)
  })

  it('on end offsets only, forgives a different start', () => {
    // ends 10, 20, 30 against 10, 15, 20, 30: three right, one extra
    expect(endScores(gold, [[0, 10], [11, 15], [16, 20], [21, 30]])).toMatchObject({ tp: 3, fp: 1, fn: 0, precision: 0.75, recall: 1 })
    // a start moved by a stray character still matches on ends, not on pairs
    expect(endScores(gold, [[1, 10], [11, 20], [21, 30]]).f1).toBe(1)
    expect(boundaryScores(gold, [[1, 10], [11, 20], [21, 30]]).tp).toBe(2)
  })

  it('treats keys as a multiset: a duplicate prediction is a false positive', () => {
    expect(matchKeys([1, 2], [1, 1, 2])).toMatchObject({ tp: 2, fp: 1, fn: 0 })
    expect(matchKeys([1, 1], [1])).toMatchObject({ tp: 1, fp: 0, fn: 1 })
  })

  it('trims whitespace from a span', () => {
    const text = '  Hello world. \n Next.'
    expect(trimSpan(text, [0, 15])).toEqual([2, 14])
    expect(trimSpan(text, [15, 22])).toEqual([17, 22])
    expect(trimSpan(text, [14, 16])).toEqual([16, 16])
  })
})

describe('overlap mapping', () => {
  it('takes the predicted span with the largest character overlap', () => {
    const predicted: Array<[number, number]> = [[0, 8], [9, 30], [31, 40]]
    // [0, 12]: 8 chars with the first, 3 with the second → 0
    // [13, 35]: 17 with the second, 4 with the third → 1
    // [36, 40]: 4 with the third → 2
    expect(mapByOverlap([[0, 12], [13, 35], [36, 40]], predicted)).toEqual([0, 1, 2])
  })

  it('gives the earliest on a tie and -1 when nothing overlaps', () => {
    // [6, 12] overlaps [0, 9] by 3 and [9, 20] by 3
    expect(mapByOverlap([[6, 12]], [[0, 9], [9, 20]])).toEqual([0])
    // [9, 10] falls in a gap between predicted spans; touching ends do not overlap
    expect(mapByOverlap([[9, 10], [20, 25]], [[0, 9], [10, 20]])).toEqual([-1, -1])
  })

  it('lets several gold spans map to one long predicted span', () => {
    expect(mapByOverlap([[0, 5], [6, 10], [11, 15]], [[0, 15]])).toEqual([0, 0, 0])
  })

  it('maps exact spans', () => {
    expect(mapExact([[0, 5], [6, 10], [11, 15]], [[0, 5], [6, 11], [11, 15]])).toEqual([0, -1, 2])
  })
})

describe('locateInOrder', () => {
  it('finds repeated sentences in order, not the first occurrence twice', () => {
    const text = 'Yes. No. Yes.'
    expect(locateInOrder(text, ['Yes.', 'No.', 'Yes.'])).toEqual([[0, 4], [5, 8], [9, 13]])
  })

  it('gives null for a part that is missing and goes on', () => {
    expect(locateInOrder('Alpha. Beta.', ['Alpha.', 'Gamma.', 'Beta.'])).toEqual([[0, 6], null, [7, 12]])
  })
})

describe('statistics', () => {
  it('takes medians and interpolated quantiles', () => {
    expect(median([5, 1, 3])).toBe(3)
    expect(median([4, 1, 3, 2])).toBe(2.5)
    // 1..101: p99 sits at rank 99 of 0..100 → value 100
    const xs = Array.from({ length: 101 }, (_, i) => i + 1)
    expect(quantile(xs, 0.99)).toBe(100)
    expect(quantile([10, 20], 0.25)).toBe(12.5)
    expect(median([])).toBeNaN()
  })

  it('reads growth from a log-log slope', () => {
    expect(logLogSlope([[1, 3], [10, 30], [100, 300]])).toBeCloseTo(1, 12)
    expect(logLogSlope([[1, 1], [10, 100], [100, 10000]])).toBeCloseTo(2, 12)
  })
})
