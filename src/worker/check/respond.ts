import type { CheckedDocument } from '../../input/document'

/** Where a checked article came from, when it was fetched. */
export interface Fetched {
  url: string
  finalUrl: string
  bytes: number
}

/** The response of /v1/check: the report as is, plus `input` describing what was checked. */
export function checkResponse(doc: CheckedDocument, fetched?: Fetched) {
  const input = {
    format: doc.format,
    characters: doc.text.length,
    ...(fetched && { bytes: fetched.bytes, url: fetched.url }),
    ...(fetched && fetched.finalUrl !== fetched.url && { finalUrl: fetched.finalUrl }),
    ...(doc.title && { title: doc.title }),
    // Offsets into HTML point into the extracted text, which the caller does not have
    ...(doc.format === 'html' && { text: doc.text }),
  }
  return { ...doc.report, input }
}
