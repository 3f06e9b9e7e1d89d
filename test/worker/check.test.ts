import { describe, expect, it } from 'vitest'
import { call, kcna, post } from './helpers'
import { expectSpansSlice, reportOf, sentenceWith } from './report'

const MARKDOWN = `---
title: Putin vows to expand ties
---

# Putin vows to expand ties

**Russian President Vladimir Putin** has told [Kim Jong-un](https://example.com/kim) that the two countries will expand relations, *Pyongyang state media* reported on Monday.

> "We will respond," Kim said. "Our enemies will pay."

- North Korean officials have raised the possibility of workers being sent to Ukraine.
- Largely isolated, North Korea has declared support for Moscow 😀.
`

const HTML = `<!doctype html><html><head><title>Putin vows to expand ties</title>
<script>var teaser = "Officials said the script must not be checked."</script>
<style>p { color: red }</style></head>
<body><nav><a href="/">Home</a> <a href="/world">World News</a></nav>
<article><h1>Putin vows to expand ties</h1>
<p>Russian President Vladimir Putin has told North Korean leader Kim Jong&#8209;un that the two countries will expand relations &amp; trade, Pyongyang state media reported on Monday.</p>
<aside>Related: Sidebar teaser that must be dropped.</aside>
<p>😀 North Korean officials have raised the possibility of workers being sent to eastern Ukraine.</p>
<p>Largely isolated, North Korea has declared support for Moscow since Russia invaded Ukraine in February.</p>
</article>
<footer>Copyright footer that must be dropped.</footer></body></html>`

describe('POST /v1/check', () => {
  it('checks plain text: the example article gives the figures of the spec', async () => {
    const body = await reportOf(await post(kcna, 'text/plain'))
    const { sentences, claims, direct, reported, unattributed, attributedShare } = body.summary
    expect({ sentences, claims, direct, reported, unattributed, attributedShare }).toEqual({
      sentences: 23,
      claims: 11,
      direct: 6,
      reported: 1,
      unattributed: 4,
      attributedShare: 0.636,
    })
    expect(body.input).toEqual({ format: 'text', characters: kcna.length })
    expectSpansSlice(body, kcna)
    expect(body.summary.flags.map((f) => f.code)).toContain('state-media')
    const letter = sentenceWith(body, 'In a letter sent to Kim')
    expect(letter.attributions.some((a) => a.via === 'KCNA')).toBe(true)
  })

  it('keeps UTF-16 offsets in plain text with characters outside the BMP', async () => {
    const text = '😀😀 Kim said the talks went well. 🎉 Officials said the bridge would reopen.'
    const body = await reportOf(await post(text, 'text/plain; charset=utf-8'))
    expectSpansSlice(body, text)
    expect(sentenceWith(body, 'Officials said').label).toBe('reported')
  })

  it('decodes Markdown character references with the readers\' own table, inside the Worker', async () => {
    const md = '&ldquo;We will rebuild,&rdquo; the mayor said &mdash; and soon.\n\nThe budget is &euro;4 million, officials said.'
    const body = await reportOf(await post(md, 'text/markdown'))
    expectSpansSlice(body, md)
    expect(body.sentences.map((s) => s.label)).toEqual(['direct', 'reported'])
    // (the decoded curly marks make the mayor's words a quotation)
    expect(body.sentences[0].attributions.map((a) => [a.source.text, a.quote])).toEqual([['the mayor', true]])
  })

  it('reads Markdown: offsets point into the Markdown as sent', async () => {
    const body = await reportOf(await post(MARKDOWN, 'text/markdown'))
    expect(body.input.format).toBe('markdown')
    expect(body.input.text).toBeUndefined()
    expectSpansSlice(body, MARKDOWN)
    const putin = sentenceWith(body, 'Vladimir Putin')
    expect(putin.label).toBe('direct')
    const channel = putin.attributions.flatMap((a) => [a.source]).find((s) => s.text?.includes('Pyongyang state media'))
    expect(channel && MARKDOWN.slice(channel.start, channel.end)).toContain('Pyongyang state media')
    expect(sentenceWith(body, 'Putin vows').role).toBe('heading')
    expect(sentenceWith(body, 'Our enemies will pay').label).toBe('direct')
    expect(sentenceWith(body, 'officials have raised').label).toBe('reported')
    expect(sentenceWith(body, 'Largely isolated').label).toBe('unattributed')
    // the front matter is not prose
    expect(body.sentences.some((s) => s.text.includes('title:'))).toBe(false)
  })

  it('reads HTML: returns the extracted text, which the offsets point into', async () => {
    const body = await reportOf(await post(HTML, 'text/html; charset=utf-8'))
    const text = body.input.text!
    expect(body.input).toMatchObject({ format: 'html', title: 'Putin vows to expand ties', characters: text.length })
    expectSpansSlice(body, text)
    for (const dropped of ['teaser', 'color: red', 'Home', 'Sidebar', 'Copyright']) expect(text).not.toContain(dropped)
    expect(text).toContain('relations & trade')
    expect(sentenceWith(body, 'Vladimir Putin').label).toBe('direct')
    expect(sentenceWith(body, 'officials have raised').label).toBe('reported')
    expect(sentenceWith(body, 'Largely isolated').label).toBe('unattributed')
  })

  it('reads application/xhtml+xml as HTML', async () => {
    const body = await reportOf(await post(HTML, 'application/xhtml+xml'))
    expect(body.input.format).toBe('html')
  })

  it.each([
    ['text', kcna],
    ['markdown', MARKDOWN],
    ['html', HTML],
  ] as const)('reads JSON { text, format: %s } like the same body sent as is', async (format, text) => {
    const asJson = await reportOf(await post(JSON.stringify({ text, format }), 'application/json'))
    const type = { text: 'text/plain', markdown: 'text/markdown', html: 'text/html' }[format]
    const asIs = await reportOf(await post(text, type))
    expect(asJson).toEqual(asIs)
  })

  it('defaults JSON bodies to plain text', async () => {
    const body = await reportOf(await post(JSON.stringify({ text: 'Kim said the talks went well.' }), 'application/json; charset=utf-8'))
    expect(body.input.format).toBe('text')
    expect(body.sentences[0].label).toBe('direct')
  })

  it('decodes the charset the Content-Type names', async () => {
    const text = 'Kim said the talks went well — très bien.'
    const bytes = new Uint8Array(text.length * 2)
    for (let i = 0; i < text.length; i++) {
      bytes[2 * i] = text.charCodeAt(i) & 0xff
      bytes[2 * i + 1] = text.charCodeAt(i) >> 8
    }
    const body = await reportOf(await post(bytes, 'text/plain; charset=UTF-16LE'))
    expect(body.sentences[0].text).toBe(text)
  })

  it('accepts a body right at the size limit', async () => {
    // ASCII, so that characters are bytes
    const paragraph = (kcna.split('\n\n').slice(1, 4).join('\n\n') + '\n\n').replace(/[^\x00-\x7f]/g, "'")
    const text = paragraph.repeat(Math.ceil(1048576 / paragraph.length)).slice(0, 1048575) + '.'
    expect(new TextEncoder().encode(text).length).toBe(1048576)
    const body = await reportOf(await post(text, 'text/plain'))
    expect(body.summary.sentences).toBeGreaterThan(1000)
  })

  it('answers HEAD on /healthz and GET-only routes without a body', async () => {
    const res = await call('/healthz', { method: 'HEAD' })
    expect(res.status).toBe(200)
    expect(await res.text()).toBe('')
  })
})
