/** Styles the human formats use. */
export type Style = 'red' | 'green' | 'yellow' | 'cyan' | 'magenta' | 'dim' | 'bold' | 'underline'

/** Wraps text in a style, or leaves it as it is when colour is off. */
export type Paint = (style: Style, text: string) => string

const CODES: Record<Style, [number, number]> = {
  red: [31, 39],
  green: [32, 39],
  yellow: [33, 39],
  cyan: [36, 39],
  magenta: [35, 39],
  dim: [2, 22],
  bold: [1, 22],
  underline: [4, 24],
}

/** The length of the longest string, at least `least`: a column's width (a loop, as a spread of a long draft's rows overflows the stack). */
export function widest(values: Iterable<string>, least = 0): number {
  let width = least
  for (const v of values) if (v.length > width) width = v.length
  return width
}

/** A painter: ANSI styles when `on`, plain text otherwise. */
export function painter(on: boolean): Paint {
  return on ? (style, text) => `\u001b[${CODES[style][0]}m${text}\u001b[${CODES[style][1]}m` : (_, text) => text
}

/**
 * Whether to colour output written to a stream: only on a terminal, and never when the
 * NO_COLOR variable is set to anything but an empty string (no-color.org) or `--no-color` is given.
 */
export function wantsColor(stream: { isTTY?: boolean }, env: Record<string, string | undefined>, noColor = false): boolean {
  return Boolean(stream.isTTY) && !noColor && !env.NO_COLOR
}
