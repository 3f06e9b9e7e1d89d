// Runs in Node at build time (no DOM): builds the HTML that offers the bookmarklet for installing, which
// scripts/page-template.mjs puts in the page's template

/** Options of `bookmarkletInstallHtml`. */
export interface InstallOptions {
  /** Text of the link, which becomes the bookmark's name. */
  name?: string
  /** CSP nonce for the copy button's inline script; omit it and serve `INSTALL_SCRIPT` yourself to leave the script out. */
  nonce?: string
  /** Set false to leave the inline script out (serve `INSTALL_SCRIPT` as a file instead). */
  script?: boolean
  /**
   * `javascript:` URL of the hand-off bookmarklet (build/handoff.url.txt with the page's
   * origin filled in): adds a second link, with its own copy button, for Firefox.
   */
  handoff?: string
  /** Text of the hand-off link. */
  handoffName?: string
}

/**
 * Script for the copy buttons: each copies the URL of the link just before it, and stops a
 * click on that link from running the bookmarklet on the install page itself. Idempotent;
 * plain ES2017.
 */
export const INSTALL_SCRIPT = `for(const b of document.querySelectorAll('[data-provenance-copy]')){if(b.dataset.ready)continue;b.dataset.ready='1';const box=b.closest('.provenance-install'),a=b.previousElementSibling,say=box.querySelector('.provenance-copied');a.addEventListener('click',e=>{e.preventDefault();say.textContent='Drag the link to your bookmarks bar, then click it on a news article.'});b.addEventListener('click',async()=>{try{await navigator.clipboard.writeText(a.getAttribute('href'));say.textContent='Copied. Create a bookmark and paste this as its URL.'}catch(e){say.textContent='Copy failed: right-click the link and copy its address.'}})}`

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/**
 * HTML for installing the bookmarklet: a link to drag to the bookmarks bar (its href is the
 * `javascript:` URL from build/assets/bookmarklet.url.txt), a copy button and one line of
 * instructions, followed by the copy button's script (see `InstallOptions`). With
 * `handoff`, a second link and copy button for Firefox, and a line saying which to use.
 */
export function bookmarkletInstallHtml(url: string, options: InstallOptions = {}): string {
  if (!url.startsWith('javascript:')) throw new Error('expected the javascript: URL of the bookmarklet')
  if (options.handoff !== undefined && !options.handoff.startsWith('javascript:')) throw new Error('expected the javascript: URL of the hand-off bookmarklet')
  const name = escape(options.name ?? 'Provenance')
  const nonce = options.nonce ? ` nonce="${escape(options.nonce)}"` : ''
  const script = options.script === false ? '' : `<script${nonce}>${INSTALL_SCRIPT}</script>`
  return (
    `<div class="provenance-install">` +
    `<a class="provenance-bookmarklet" href="${escape(url)}" draggable="true" title="Drag me to your bookmarks bar">${name}</a> ` +
    `<button type="button" data-provenance-copy>Copy bookmarklet</button>` +
    `<p>Drag <b>${name}</b> to your bookmarks bar (or copy it and paste it as a new bookmark’s URL), then click it on any news article to see where each claim comes from.</p>` +
    (options.handoff === undefined ? '' : handoffHtml(options.handoff, name, escape(options.handoffName ?? 'Provenance (Firefox, opens this page)'))) +
    `<p class="provenance-copied" role="status"></p>` +
    `</div>` +
    script
  )
}

// The second link: Firefox refuses the first (over 65,536 characters), this one fits anywhere
function handoffHtml(url: string, name: string, handoffName: string): string {
  return (
    `<p class="provenance-handoff-row"><a class="provenance-bookmarklet provenance-handoff" href="${escape(url)}" draggable="true" title="Drag me to your bookmarks bar">${handoffName}</a> ` +
    `<button type="button" data-provenance-copy="handoff">Copy Firefox bookmarklet</button></p>` +
    `<p>Use <b>${name}</b> in Chrome, Edge and other Chromium browsers: it checks the article in place. In Firefox, whose bookmarks cannot hold it, use <b>${handoffName}</b>: it sends the article (or the text you select) to this page, which checks it.</p>`
  )
}
