import type { Attribution, Report, SentenceReport, SourceSummary, SourceType } from '../types'
import { PANEL_CSS } from './styles'

type Child = Node | string | null | undefined | false
type Props = Record<string, string | boolean | ((e: Event) => void)>

/** Builds an element without innerHTML, so Trusted Types pages accept it. */
function h(tag: string, props: Props = {}, ...children: Array<Child | Child[]>): HTMLElement {
  const el = document.createElement(tag)
  for (const [k, v] of Object.entries(props)) {
    if (typeof v === 'function') el.addEventListener(k, v)
    else if (v === true) el.setAttribute(k, '')
    else if (v !== false) el.setAttribute(k, v)
  }
  for (const c of children.flat()) if (c || c === '') el.append(c)
  return el
}

const TYPE: Record<SourceType, string> = {
  person: 'person',
  organization: 'organisation',
  government: 'government',
  media: 'media',
  'state-media': 'state media',
  document: 'document',
  anonymous: 'unnamed',
  unknown: 'unknown',
}

/** Adopts a constructed sheet, which a strict CSP allows where it blocks `<style>`. */
export function adoptSheet(root: Document | ShadowRoot, css: string): () => void {
  if ('adoptedStyleSheets' in root && typeof CSSStyleSheet.prototype.replaceSync === 'function') {
    const sheet = new CSSStyleSheet()
    sheet.replaceSync(css)
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet]
    return () => {
      root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet)
    }
  }
  // Browsers without constructable sheets predate strict-CSP-everywhere; a <style> will do.
  const style = document.createElement('style')
  style.textContent = css
  const parent = root instanceof Document ? root.head ?? root.documentElement : root
  parent.appendChild(style)
  return () => style.remove()
}

/** The panel on the page: a fixed box in a shadow root, out of reach of the page's CSS. */
export interface Panel {
  host: HTMLElement
  message(state: 'checking' | 'no-article' | 'too-long' | 'error', text: string): void
  report(report: Report, title: string, onPick: (s: SentenceReport) => void): void
  remove(): void
}

/** Creates the panel; `onClose` runs on its close button. */
export function createPanel(onClose: () => void): Panel {
  const host = document.createElement('provenance-panel')
  const root = host.attachShadow({ mode: 'open' })
  adoptSheet(root, PANEL_CSS)
  const box = h('div', { class: 'panel', role: 'dialog', 'aria-modal': 'false', 'aria-labelledby': 'pv-h', tabindex: '-1' })
  root.append(box)
  document.documentElement.appendChild(host)

  const header = (title?: string, body?: HTMLElement) => {
    // Folding leaves the page readable on a phone while the highlights stay.
    const fold =
      body &&
      h('button', { type: 'button', class: 'fold', 'aria-expanded': 'true', 'aria-controls': 'pv-body', 'aria-label': 'Fold the panel', title: 'Fold' }, '\u2212')
    fold?.addEventListener('click', () => {
      const open = body!.hidden
      body!.hidden = !open
      fold.setAttribute('aria-expanded', String(open))
      fold.setAttribute('aria-label', open ? 'Fold the panel' : 'Unfold the panel')
      fold.textContent = open ? '\u2212' : '+'
    })
    return h(
      'header',
      {},
      h('h2', { id: 'pv-h' }, 'Provenance', title ? h('span', { class: 'title' }, title) : null),
      fold,
      h('button', { type: 'button', class: 'close', 'aria-label': 'Close the provenance check', title: 'Close (Esc)', click: onClose }, '\u00d7'),
    )
  }
  const show = (state: string, ...children: Child[]) => {
    box.setAttribute('data-state', state)
    box.replaceChildren(...(children.filter(Boolean) as Node[]))
  }

  return {
    host,
    message(state, text) {
      show(state, header(), h('p', { class: 'message', role: state === 'checking' ? 'status' : 'alert' }, text))
      box.focus({ preventScroll: true })
    },
    report(report, title, onPick) {
      const s = report.summary
      const share = s.attributedShare === null ? '' : ` \u00b7 ${Math.round(s.attributedShare * 100)}% attributed`
      const count = (key: 'direct' | 'reported' | 'unattributed', n: number) =>
        h('li', { class: `sw-${key}` }, h('b', { 'data-count': key }, String(n)), h('span', {}, key))
      const toCheck = report.sentences.filter((x) => x.claim && x.label !== 'direct')
      const items: HTMLElement[] = []
      const list = toCheck.map((x) => {
        const detail = h('div', { class: 'detail', hidden: true }, ...explain(x))
        const button = h(
          'button',
          { type: 'button', class: 'claim', 'aria-expanded': 'false', 'data-sentence': String(x.index) },
          h('span', { class: `tag sw-${x.label}` }, x.label),
          h('span', { class: 'text' }, x.text),
        )
        button.addEventListener('click', () => {
          const open = button.getAttribute('aria-expanded') !== 'true'
          for (const b of items) {
            b.setAttribute('aria-expanded', 'false')
            ;(b.nextElementSibling as HTMLElement).hidden = true
          }
          button.setAttribute('aria-expanded', String(open))
          detail.hidden = !open
          onPick(x)
        })
        items.push(button)
        return h('li', {}, button, detail)
      })
      const body = h(
        'div',
        { id: 'pv-body' },
        h(
          'p',
          { class: 'summary' },
          h('span', { 'data-count': 'claims' }, String(s.claims)),
          ' claims in ',
          h('span', { 'data-count': 'sentences' }, String(s.sentences)),
          ' sentences',
          share,
        ),
        h('ul', { class: 'counts', 'aria-label': 'Claims by provenance' }, count('direct', s.direct), count('reported', s.reported), count('unattributed', s.unattributed)),
        h('p', { class: 'muted' }, 'Highlighted on the page in these colours; a dotted grey underline marks headings, captions and page furniture, which are not claims.'),
        s.flags.length ? h('h3', {}, 'Flags') : null,
        s.flags.length ? h('ul', { class: 'flags' }, s.flags.map((f) => h('li', { 'data-flag': f.code }, f.message))) : null,
        h('h3', {}, 'Sources'),
        s.sources.length ? sources(s.sources) : h('p', { class: 'muted' }, 'No sources named or cited.'),
        h('h3', {}, 'Claims to check'),
        list.length
          ? h('ul', { class: 'claims' }, list)
          : h('p', { class: 'muted' }, 'Every claim names its source.'),
      )
      show('done', header(title, body), body)
      box.focus({ preventScroll: true })
    },
    remove() {
      host.remove()
    },
  }
}

function sources(list: SourceSummary[]): HTMLElement {
  return h(
    'table',
    {},
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Source'), h('th', { scope: 'col' }, 'Type'), h('th', { scope: 'col', class: 'n' }, 'Claims'))),
    h(
      'tbody',
      {},
      list.map((x) =>
        h(
          'tr',
          {},
          h('td', {}, x.name),
          h('td', {}, TYPE[x.type] + (x.type === 'state-media' && x.country ? ` (${x.country})` : '') + (x.kind === 'vague' && x.type !== 'anonymous' ? ', unnamed' : '')),
          h('td', { class: 'n' }, String(x.sentences)),
        ),
      ),
    ),
  )
}

/** What the reader needs to judge a claim: its cue and source, or that it has none. */
function explain(s: SentenceReport): Child[] {
  if (!s.attributions.length) return ['No attribution: the text gives no source for this claim.']
  return s.attributions.map((a) => h('p', {}, ...attribution(a)))
}

function attribution(a: Attribution): Child[] {
  const out: Child[] = [a.source.text ? 'Cue ' : 'Hedge ', h('q', {}, a.cue.text)]
  if (a.source.text) {
    out.push(' \u00b7 source ', h('q', {}, a.source.text))
    if (a.source.resolved && a.source.resolved !== a.source.text) out.push(` (${a.source.resolved})`)
    out.push(a.source.kind === 'named' ? `, ${TYPE[a.source.type]}` : ', unnamed')
  } else {
    out.push(' \u00b7 no source')
  }
  if (a.via) out.push(`, via ${a.via}`)
  if (a.inherited) out.push(' (carried over from the same quotation)')
  return out
}
