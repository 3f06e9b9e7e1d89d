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
