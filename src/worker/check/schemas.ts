import * as v from 'valibot'

// The schemas requests are validated with; /openapi.json is generated from them too. What the API
// answers is described in ../openapi/schemas.ts, which the Worker does not import: only the build's document needs it.

const doc = v.description

/** How an article is written: JSON requests name it, reports repeat it. */
export const format = v.pipe(v.picklist(['text', 'markdown', 'html']), doc('How `text` is written.'))

/** POST /v1/check with `Content-Type: application/json`. */
export const CheckRequest = v.pipe(
  v.object({
    text: v.pipe(v.string(), doc('The article: plain text, Markdown or HTML. Must hold non-blank text.')),
    format: v.optional(format, 'text'),
  }),
  v.title('CheckRequest'),
  doc('An article to check, as JSON.'),
)

/** The query of GET /v1/check. */
export const CheckUrlQuery = v.object({
  url: v.pipe(
    v.string(),
    v.url('`url` must be an absolute URL'),
    doc('The article page to fetch and check: http or https, HTML, at most 2 MiB, answered within 5 s.'),
    v.examples(['https://example.com/']),
  ),
})
