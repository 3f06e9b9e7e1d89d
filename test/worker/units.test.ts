import { describe, expect, it } from 'vitest'
import { parseContentType } from '../../src/worker/check/body'
import { checkPageUrl, fetchPage, isPrivateHost, sniffCharset } from '../../src/worker/check/fetch-page'
import { ApiError } from '../../src/worker/errors'

describe('isPrivateHost', () => {
  it.each(['localhost', 'LOCALHOST.', 'api.localhost', 'printer.local', 'db.internal', '127.0.0.1', '127.8.9.10', '10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '[::1]', '[::]', '[fe80::1]', '[fd00::1]', '[::ffff:7f00:1]'])(
    '%s is private',
    (host) => expect(isPrivateHost(host)).toBe(true),
  )
  it.each(['example.com', 'news.example', '8.8.8.8', '172.32.0.1', '100.128.0.1', '[2001:db8::1]', '1.2.3.4', 'local.example.com'])('%s is public', (host) =>
    expect(isPrivateHost(host)).toBe(false),
  )
  it('sees through the forms the URL parser normalises', () => {
    for (const raw of ['http://2130706433/', 'http://0x7f.1/', 'http://127.1/', 'http://[0:0:0:0:0:0:0:1]/']) {
      expect(() => checkPageUrl(raw)).toThrow(ApiError)
    }
    expect(checkPageUrl('http://127.0.0.1/', true).href).toBe('http://127.0.0.1/')
  })
})

describe('parseContentType', () => {
  it.each([
    [null, { type: '' }],
    ['text/plain', { type: 'text/plain' }],
    ['Text/HTML; Charset="UTF-8"', { type: 'text/html', charset: 'utf-8' }],
    ['application/json;charset=utf-16le; foo=bar', { type: 'application/json', charset: 'utf-16le' }],
  ])('%s', (header, parsed) => expect(parseContentType(header)).toEqual(parsed))
})

describe('sniffCharset', () => {
  it('reads <meta charset> and <meta http-equiv> from the first kilobyte', () => {
    const bytes = (s: string) => new TextEncoder().encode(s).buffer as ArrayBuffer
    expect(sniffCharset(bytes('<meta charset="windows-1252">'))).toBe('windows-1252')
    expect(sniffCharset(bytes('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">'))).toBe('iso-8859-1')
    expect(sniffCharset(bytes('<p>no charset</p>'))).toBeUndefined()
    expect(sniffCharset(bytes(' '.repeat(2000) + '<meta charset="utf-16le">'))).toBeUndefined()
  })
})

describe('fetchPage', () => {
  it('gives up after its timeout', async () => {
    const never: typeof fetch = (_, init) => new Promise((_, reject) => init!.signal!.addEventListener('abort', () => reject(new Error('aborted'))))
    await expect(fetchPage(new URL('https://slow.example/'), { fetcher: never, timeoutMs: 50 })).rejects.toMatchObject({ status: 502, code: 'fetch-timeout' })
  })

  it('gives up when the body stalls after the headers', async () => {
    const stalls: typeof fetch = async (_, init) =>
      new Response(new ReadableStream({ start: (c) => { c.enqueue(new TextEncoder().encode('<p>Kim')); init!.signal!.addEventListener('abort', () => c.error(new Error('aborted'))) } }), { headers: { 'content-type': 'text/html' } })
    await expect(fetchPage(new URL('https://slow.example/'), { fetcher: stalls, timeoutMs: 50 })).rejects.toMatchObject({ status: 502, code: 'fetch-timeout' })
  })

  it('stops reading at the cap', async () => {
    let pulled = 0
    const endless: typeof fetch = async () =>
      new Response(new ReadableStream({ pull: (c) => { pulled++; c.enqueue(new Uint8Array(1024)) } }), { headers: { 'content-type': 'text/html' } })
    await expect(fetchPage(new URL('https://big.example/'), { fetcher: endless, maxBytes: 10 * 1024 })).rejects.toMatchObject({ status: 502, code: 'page-too-large' })
    expect(pulled).toBeLessThan(20)
  })
})
