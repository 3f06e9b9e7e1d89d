/** Sizes of the built bookmarklet: bytes, and characters for the URLs. */
export interface BookmarkletSizes {
  raw: number
  minified: number
  gzipped: number
  url: number
  urlComponentEncoded: number
  parts: Record<string, number>
}
export function toJavascriptUrl(code: string): string
export function buildBookmarklet(options?: { quiet?: boolean }): Promise<BookmarkletSizes>
/** Stands for the page's origin in build/handoff.url.txt. */
export const ORIGIN_PLACEHOLDER: string
/** Builds build/handoff.url.txt, the hand-off bookmarklet with an origin placeholder. */
export function buildHandoff(options?: { quiet?: boolean }): Promise<{ minified: number; gzipped: number; url: number }>
