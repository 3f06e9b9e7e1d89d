// Metric helpers shared by scripts/eval.ts and scripts/bench.ts. Pure functions, unit-tested
// in test/scripts/metrics.test.ts, so the figures the scripts print can be trusted.

export interface PRF {
  tp: number
  fp: number
  fn: number
  precision: number
  recall: number
  f1: number
}

export type Span = readonly [number, number]

/** Precision, recall and F1 from counts; an empty denominator gives 0, never NaN. */
export function prf(tp: number, fp: number, fn: number): PRF {
  const precision = tp + fp ? tp / (tp + fp) : 0
  const recall = tp + fn ? tp / (tp + fn) : 0
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0
  return { tp, fp, fn, precision, recall, f1 }
}

export interface ClassScores {
  /** items scored */
  n: number
  correct: number
  accuracy: number
  /** per label; `support` is how many gold items carry it */
  perClass: Record<string, PRF & { support: number }>
  /** mean F1 over the labels present in gold or predictions */
  macroF1: number
}

/**
 * Multi-class scores from [gold, predicted] pairs. A predicted value outside `labels`
 * (e.g. 'unmatched' for a sentence the splitter cut differently) is simply wrong: a
 * false negative for its gold class and a false positive for no class.
 */
export function classScores(pairs: ReadonlyArray<readonly [string, string]>, labels: readonly string[]): ClassScores {
  const perClass: ClassScores['perClass'] = {}
  let correct = 0
  for (const [g, p] of pairs) if (g === p) correct++
  const present: number[] = []
  for (const label of labels) {
    let tp = 0
    let fp = 0
    let fn = 0
    let support = 0
    for (const [g, p] of pairs) {
      if (g === label) support++
      if (g === label && p === label) tp++
      else if (p === label) fp++
      else if (g === label) fn++
    }
    perClass[label] = { ...prf(tp, fp, fn), support }
    // a label nobody used, in gold or output, says nothing: keep it out of the mean
    if (tp + fp + fn) present.push(perClass[label].f1)
  }
  return {
    n: pairs.length,
    correct,
    accuracy: pairs.length ? correct / pairs.length : 0,
    perClass,
    macroF1: present.length ? present.reduce((a, b) => a + b, 0) / present.length : 0,
  }
}

/** Binary scores with `positive` as the positive class, from [gold, predicted] booleans. */
export function binaryScores(pairs: ReadonlyArray<readonly [boolean, boolean]>): PRF & { n: number; accuracy: number } {
  let tp = 0
  let fp = 0
  let fn = 0
  let tn = 0
  for (const [g, p] of pairs) {
    if (g && p) tp++
    else if (p) fp++
    else if (g) fn++
    else tn++
  }
  return { ...prf(tp, fp, fn), n: pairs.length, accuracy: pairs.length ? (tp + tn) / pairs.length : 0 }
}

/**
 * Matches two lists of keys as multisets (each gold key consumes at most one equal
 * predicted key): tp = matched, fp = predicted left over, fn = gold left over.
 */
export function matchKeys<K>(gold: readonly K[], predicted: readonly K[]): PRF {
  const left = new Map<K, number>()
  for (const k of predicted) left.set(k, (left.get(k) ?? 0) + 1)
  let tp = 0
  for (const k of gold) {
    const n = left.get(k) ?? 0
    if (n > 0) {
      tp++
      left.set(k, n - 1)
    }
  }
  return prf(tp, predicted.length - tp, gold.length - tp)
}

/** Sentence boundaries as exact [start, end) pairs. */
export function boundaryScores(gold: readonly Span[], predicted: readonly Span[]): PRF {
  return matchKeys(
    gold.map(([s, e]) => `${s}:${e}`),
    predicted.map(([s, e]) => `${s}:${e}`),
  )
}

/** Sentence boundaries on end offsets only (a split in the right place, whatever the start). */
export function endScores(gold: readonly Span[], predicted: readonly Span[]): PRF {
  return matchKeys(
    gold.map(([, e]) => e),
    predicted.map(([, e]) => e),
  )
}

/** Adds PRF counts (to pool boundary scores over many documents), recomputing the ratios. */
export function addPRF(a: PRF, b: PRF): PRF {
  return prf(a.tp + b.tp, a.fp + b.fp, a.fn + b.fn)
}

export const emptyPRF = (): PRF => prf(0, 0, 0)

const SPACE = /\s/

/** The span without leading and trailing whitespace, so splits that differ only by it match. */
export function trimSpan(text: string, [s, e]: Span): [number, number] {
  while (s < e && SPACE.test(text[s])) s++
  while (e > s && SPACE.test(text[e - 1])) e--
  return [s, e]
}

/**
 * For each gold span, the index of the predicted span overlapping it by the most
 * characters (the earliest on a tie), or -1 when none overlaps. Both lists must be sorted
 * by start and predicted spans must not overlap one another (true of report sentences);
 * one linear sweep then suffices.
 */
export function mapByOverlap(gold: readonly Span[], predicted: readonly Span[]): number[] {
  const out: number[] = []
  let k = 0
  for (const [gs, ge] of gold) {
    // predicted spans ending before this gold span can't overlap it or any later one
    while (k < predicted.length && predicted[k][1] <= gs) k++
    let best = -1
    let bestOverlap = 0
    for (let j = k; j < predicted.length && predicted[j][0] < ge; j++) {
      const overlap = Math.min(ge, predicted[j][1]) - Math.max(gs, predicted[j][0])
      if (overlap > bestOverlap) {
        best = j
        bestOverlap = overlap
      }
    }
    out.push(best)
  }
  return out
}

/** For each gold span, the index of the predicted span with exactly its offsets, or -1. */
export function mapExact(gold: readonly Span[], predicted: readonly Span[]): number[] {
  const at = new Map<string, number>()
  predicted.forEach(([s, e], i) => at.set(`${s}:${e}`, i))
  return gold.map(([s, e]) => at.get(`${s}:${e}`) ?? -1)
}

/**
 * Offsets of `parts` found in order in `text` (each searched from the end of the one
 * before); a part not found gets null and the search goes on from where it was.
 */
export function locateInOrder(text: string, parts: readonly string[]): Array<[number, number] | null> {
  let from = 0
  return parts.map((p) => {
    const at = p ? text.indexOf(p, from) : -1
    if (at < 0) return null
    from = at + p.length
    return [at, at + p.length]
  })
}

/** The q-quantile (0..1) of numbers, by linear interpolation between closest ranks. */
export function quantile(values: readonly number[], q: number): number {
  if (!values.length) return NaN
  const sorted = [...values].sort((a, b) => a - b)
  const pos = (sorted.length - 1) * q
  const lo = Math.floor(pos)
  const hi = Math.ceil(pos)
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo)
}

export const median = (values: readonly number[]): number => quantile(values, 0.5)

/** Slope of log(y) against log(x) by least squares: 1 is linear growth, 2 quadratic. */
export function logLogSlope(points: ReadonlyArray<readonly [number, number]>): number {
  const xs = points.map(([x]) => Math.log(x))
  const ys = points.map(([, y]) => Math.log(y))
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length
  const my = ys.reduce((a, b) => a + b, 0) / ys.length
  let num = 0
  let den = 0
  for (let i = 0; i < xs.length; i++) {
    num += (xs[i] - mx) * (ys[i] - my)
    den += (xs[i] - mx) ** 2
  }
  return den ? num / den : NaN
}
