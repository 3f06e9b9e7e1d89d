// Plain-text tables and number formats for the scripts' human output.

/** Columns padded to their widest cell; numbers-looking cells right-aligned. */
export function table(header: string[], rows: Array<Array<string | number>>, indent = '  '): string {
  const cells = [header, ...rows.map((r) => r.map(String))]
  const widths = header.map((_, c) => Math.max(...cells.map((r) => (r[c] ?? '').length)))
  const numeric = header.map((_, c) => rows.length > 0 && rows.every((r) => /^[-+<>≥≤~]?[\d.,]+[%×x]?$|^[-–]$|^n\/a$/.test(String(r[c] ?? '')) || String(r[c]).includes('/')))
  const line = (r: string[]) =>
    indent +
    r
      .map((cell, c) => (c === 0 || !numeric[c] ? cell.padEnd(widths[c]) : cell.padStart(widths[c])))
      .join('  ')
      .trimEnd()
  return [line(header), indent + widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n')
}

export const f3 = (x: number): string => (Number.isFinite(x) ? x.toFixed(3) : 'n/a')
export const pct = (x: number): string => (Number.isFinite(x) ? `${(x * 100).toFixed(1)}%` : 'n/a')
export const frac = (a: number, b: number): string => `${a}/${b}`

/** Milliseconds with precision that suits their size. */
export function ms(x: number): string {
  if (!Number.isFinite(x)) return 'n/a'
  if (x < 1) return x.toFixed(3)
  if (x < 100) return x.toFixed(2)
  return x.toFixed(0)
}

/** One line of text, cut to `n` characters, for debugging output. */
export function clip(s: string, n = 160): string {
  const one = s.replace(/\s+/g, ' ')
  return one.length > n ? `${one.slice(0, n - 1)}…` : one
}
