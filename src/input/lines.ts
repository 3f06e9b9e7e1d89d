/** A 1-based line and column; the column counts UTF-16 code units, as offsets do. */
export interface LineColumn {
  line: number
  column: number
}

/**
 * Indexes the line starts of `source` (after `\n`, `\r\n` or a lone `\r`) and returns a
 * function mapping a source offset to its line and column. Build it once per input.
 */
export function lineIndex(source: string): (offset: number) => LineColumn {
  const starts = [0]
  for (let i = source.indexOf('\n'), r = source.indexOf('\r'); i >= 0 || r >= 0; ) {
    // Walk both kinds of line ending in order; a '\r' right before '\n' is one ending.
    if (r >= 0 && (i < 0 || r < i)) {
      if (r + 1 !== i) starts.push(r + 1)
      r = source.indexOf('\r', r + 1)
    } else {
      starts.push(i + 1)
      i = source.indexOf('\n', i + 1)
    }
  }
  return (offset) => {
    const at = Math.max(0, Math.min(source.length, Math.floor(offset) || 0))
    const lo = lastAtMost(starts, at)
    return { line: lo + 1, column: at - starts[lo] + 1 }
  }
}

/** Index of the last item of an ascending list that is at most `value` (0 when none is). */
export function lastAtMost(sorted: ArrayLike<number>, value: number): number {
  let lo = 0
  let hi = sorted.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (sorted[mid] <= value) lo = mid
    else hi = mid - 1
  }
  return lo
}
