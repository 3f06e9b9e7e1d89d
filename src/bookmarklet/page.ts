// Runs in the Worker (no DOM): builds the HTML that offers the bookmarklet for installing.

/** Options of `bookmarkletInstallHtml`. */
export interface InstallOptions {
  /** Text of the link, which becomes the bookmark's name. */
  name?: string
  /** CSP nonce for the copy button's inline script; omit it and serve `INSTALL_SCRIPT` yourself to leave the script out. */
  nonce?: string
  /** Set false to leave the inline script out (serve `INSTALL_SCRIPT` as a file instead). */
  script?: boolean
}

/**
 * Script for the copy button: copies the link's URL, and stops a click on the link from
 * running the bookmarklet on the install page itself. Idempotent; plain ES2017.
 */
export const INSTALL_SCRIPT = `for(const b of document.querySelectorAll('[data-provenance-copy]')){if(b.dataset.ready)continue;b.dataset.ready='1';const box=b.closest('.provenance-install'),a=box.querySelector('a.provenance-bookmarklet'),say=box.querySelector('.provenance-copied');a.addEventListener('click',e=>{e.preventDefault();say.textContent='Drag the link to your bookmarks bar, then click it on a news article.'});b.addEventListener('click',async()=>{try{await navigator.clipboard.writeText(a.getAttribute('href'));say.textContent='Copied. Create a bookmark and paste this as its URL.'}catch(e){say.textContent='Copy failed: right-click the link and copy its address.'}})}`

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/**
 * HTML for installing the bookmarklet: a link to drag to the bookmarks bar (its href is the
 * `javascript:` URL from build/bookmarklet.url.txt), a copy button and one line of
 * instructions, followed by the copy button's script (see `InstallOptions`).
 */
export function bookmarkletInstallHtml(url: string, options: InstallOptions = {}): string {
  if (!url.startsWith('javascript:')) throw new Error('expected the javascript: URL of the bookmarklet')
  const name = escape(options.name ?? 'Provenance')
  const nonce = options.nonce ? ` nonce="${escape(options.nonce)}"` : ''
  const script = options.script === false ? '' : `<script${nonce}>${INSTALL_SCRIPT}</script>`
  return (
    `<div class="provenance-install">` +
    `<a class="provenance-bookmarklet" href="${escape(url)}" draggable="true" title="Drag me to your bookmarks bar">${name}</a> ` +
    `<button type="button" data-provenance-copy>Copy bookmarklet</button>` +
    `<p>Drag <b>${name}</b> to your bookmarks bar (or copy it and paste it as a new bookmark’s URL), then click it on any news article to see where each claim comes from.</p>` +
    `<p class="provenance-copied" role="status"></p>` +
    `</div>` +
    script
  )
}
