// The bookmarklet: checks the article on the current page and highlights it in place.
// Everything runs inside the bookmarklet (engine included): no request, no script or
// <style> element, no style attribute, so a strict Content-Security-Policy lets it work.
import { check } from '../index'
import type { Report } from '../types'
import { extractArticle, MAX_ARTICLE_CHARS, type Article } from './extract'
import { paint, type Painter } from './highlight'
import { adoptSheet, createPanel } from './panel'
import { PAGE_CSS } from './styles'

/** What an open check keeps on `window[Symbol.for('provenance')]`. */
export interface State {
  close(): void
  article?: Article
  report?: Report
  mode?: Painter['mode']
}

const KEY = Symbol.for('provenance')
const slot = window as unknown as Record<symbol, State | undefined>

function start() {
  // A second click closes the first check: the bookmarklet toggles.
  const open = slot[KEY]
  if (open) return open.close()

  const before = document.activeElement as HTMLElement | null
  let painter: Painter | undefined
  let closed = false
  const dropSheet = adoptSheet(document, PAGE_CSS)
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape') close()
  }
  const close = () => {
    if (closed) return
    closed = true
    painter?.clear()
    panel.remove()
    dropSheet()
    window.removeEventListener('keydown', onKey, true)
    delete slot[KEY]
    if (before?.isConnected) before.focus({ preventScroll: true })
  }
  const state: State = { close }
  slot[KEY] = state
  const panel = createPanel(close)
  window.addEventListener('keydown', onKey, true)
  panel.message('checking', 'Checking the article\u2026')

  // Let the panel paint before the check holds the main thread.
  requestAnimationFrame(() =>
    setTimeout(() => {
      if (closed) return
      try {
        run(state, panel)
      } catch (e) {
        panel.message('error', `Provenance could not check this page: ${e instanceof Error ? e.message : String(e)}`)
      }
    }, 0),
  )

  function run(state: State, p: typeof panel) {
    const found = extractArticle(document, p.host)
    if ('reason' in found) {
      if (found.reason === 'too-long') {
        p.message('too-long', `This article is too long to check here: about ${found.length.toLocaleString('en')} characters, and the bookmarklet checks up to ${MAX_ARTICLE_CHARS.toLocaleString('en')}. Paste the part you need on the Provenance site instead.`)
      } else {
        p.message('no-article', 'No article found on this page. Open a single news story and click the bookmarklet again.')
      }
      return
    }
    const report = check(found.text, { blocks: found.blocks })
    state.article = found
    state.report = report
    painter = paint(found, report)
    state.mode = painter.mode
    p.report(report, found.title, (s) => painter?.focus(s))
  }
}

start()
