// The hand-off bookmarklet: sends the article's text to the Provenance page, which checks it.
// It carries neither the engine nor Readability, so that it fits Firefox's bookmark limit
// (65,536 characters). A visited page's Content-Security-Policy governs what that page loads
// and connects to, not window.open or postMessage, so this works on strict-CSP sites too.

// Filled in by the Worker that serves the install page: its own origin (see src/worker/page)
const PAGE_ORIGIN = '{{origin}}'
// As the in-place bookmarklet (MAX_ARTICLE_CHARS in extract.ts); the page refuses more too
const MAX_CHARS = 300_000
// Less than this is a caption or a teaser, not an article
const MIN_CHARS = 200
// Time the page has to load and answer; a slow line takes a few seconds for the page
const WAIT_MS = 30_000

// The selection, else the largest article or main element, else the whole page; innerText keeps paragraphs as blank lines
function pageText(): { text: string; selected: boolean } {
  const selected = String(getSelection() ?? '').trim()
  if (selected) return { text: selected, selected: true }
  let best = ''
  for (const el of document.querySelectorAll<HTMLElement>('article, main, [role=main]')) {
    const text = el.innerText.trim()
    if (text.length > best.length) best = text
  }
  return { text: best || (document.body?.innerText ?? '').trim(), selected: false }
}

function handOff() {
  const { text, selected } = pageText()
  if (text.length > MAX_CHARS) {
    return alert(`This article is too long to check: about ${text.length.toLocaleString('en')} characters, and Provenance checks up to ${MAX_CHARS.toLocaleString('en')}. Select the part you need and click the bookmarklet again.`)
  }
  if (text.length < MIN_CHARS) {
    return alert(
      selected
        ? 'The selected text is too short to check. Select the whole article, or nothing, and click the bookmarklet again.'
        : 'No article found on this page. Open a single news story and click the bookmarklet again.',
    )
  }
  const win = window.open(PAGE_ORIGIN + '/#handoff', '_blank')
  if (!win) return alert(`Provenance could not open ${PAGE_ORIGIN}: allow pop-ups for this site and click the bookmarklet again.`)
  // The page says when it is ready: only then can it receive the text
  const onMessage = (e: MessageEvent) => {
    if (e.origin !== PAGE_ORIGIN || e.source !== win || e.data?.type !== 'provenance-ready') return
    stop()
    // Sent to that origin only: should the window have gone elsewhere, the text stays here
    win.postMessage({ type: 'provenance-handoff', text, url: location.href, title: document.title }, PAGE_ORIGIN)
  }
  const timer = setTimeout(() => {
    stop()
    alert(`Provenance did not answer from ${PAGE_ORIGIN}. Check that the page opens, then click the bookmarklet again.`)
  }, WAIT_MS)
  const stop = () => {
    clearTimeout(timer)
    removeEventListener('message', onMessage)
  }
  addEventListener('message', onMessage)
}

handOff()
