import type { Block } from '../types'
import { BLOCK_ELEMENTS, BLOCK_KINDS, endTagAt, noteMarker, rowKind, TABLE_CELLS } from './elements'
import { decodeAll, decodeReference } from './entities'
import { lastAtMost, lineIndex } from './lines'
import type { Directive, Extracted } from './types'

type Kind = Block['kind']

/** Character data in the source, entities still encoded. */
interface Text {
  s: number
  e: number
}

interface El {
  name: string
  parent: El | undefined
  children: Array<El | Text>
  /** Source offset of the start tag's `<`, and of the tag that closed the element. */
  at: number
  close: number
  flags: number
  /** Non-space characters of kept text below, to find the largest article. */
  len: number
  /** Kept `<p>` elements below, to tell a page-wrapping form from a comment form. */
  paras: number
  /** Holds an `<h1>` or a main element: then a soft drop is a false alarm. */
  big: boolean
  dropped: boolean
}

interface Attrs {
  class?: string
  id?: string
  role?: string
  hidden?: string
  style?: string
  property?: string
  name?: string
  content?: string
}

// Element flags.
const HARD = 1 // always dropped
const SOFT = 2 // dropped unless it wraps the page (class/id furniture)
const FORM = 4 // dropped unless it wraps the page (ASP.NET-style page forms)
const HEADER = 8 // page header: dropped unless it holds the h1
const HEADINGS_ONLY = 16 // article header: keep its headings only
const MAIN = 32
const ARTICLE = 64

const words = (list: string) => new Set(list.split(' '))

const VOID = words(
  'area base basefont bgsound br col embed frame hr image img input keygen link meta param source track wbr',
)
const RAW = words('script style xmp iframe noembed noframes noscript')
const RCDATA = words('title textarea')
const DROP = words(
  'script style noscript template svg math iframe object canvas select button input textarea nav ' +
    'footer aside menu dialog head title video audio frameset noembed noframes',
)
const DROP_ROLES = words('navigation banner contentinfo complementary search dialog alertdialog')
const HEAD_OK = words('base basefont bgsound link meta noframes script style template title noscript')
const HEADINGS = words('h1 h2 h3 h4 h5 h6')
const CLOSES_P = words(
  'address article aside blockquote center details dialog dir div dl fieldset figcaption figure ' +
    'footer form h1 h2 h3 h4 h5 h6 header hgroup hr main menu nav ol p pre listing plaintext search ' +
    'section summary table ul li dd dt xmp',
)
// Elements that bound the reach of an end tag ("scope" in the HTML parsing algorithm).
const SCOPE = words('#root applet caption html table td th marquee object template svg math')
// Elements an unmatched inline end tag cannot close past.
const SPECIAL = words(
  '#root address applet article aside blockquote body button caption center dd details dialog dir ' +
    'div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 head header hgroup html ' +
    'iframe li listing main marquee menu nav noembed noframes noscript object ol p plaintext pre ' +
    'script search section select style summary table tbody td template textarea tfoot th thead ' +
    'title tr ul xmp svg math',
)
const BREAKOUT = words(
  'b big blockquote body br center code dd div dl dt em embed h1 h2 h3 h4 h5 h6 head hr i img li ' +
    'listing menu meta nobr ol p pre ruby s small span strong strike sub sup table tt u ul var',
)
const TABLE_SECTIONS = words('caption colgroup thead tbody tfoot')
// Class and id words that mark site furniture, and the words that may follow one in the
// same class name ("related-links", "c-share__buttons") without changing what it names.
const FURNITURE = words(
  'comment comments related share sharing sharebar social newsletter newsletters subscribe ' +
    'subscription promo promos promotion promoted sidebar cookie cookies consent advert adverts ' +
    'advertisement advertising ad ads adslot breadcrumb breadcrumbs footer nav navbar navigation ' +
    'menu popup modal most popular trending recirc recirculation outbrain taboola bio',
)
const GENERIC = words(
  'bar box block btn button buttons container wrapper wrap section area list links link slot ' +
    'unit banner panel form tools toolbar icons icon items item module widget region zone inner ' +
    'outer holder content count left right top bottom overlay dialog signup cta placeholder label ' +
    'title heading header tray strip rail js read',
)
const KEEP_ATTRIBUTES = words('class id role hidden style property name content')
const NEGATORS = words('has with no without hide show')
const EXEMPT = words('#root html body article main')

const COMMENT_END = /--!?>/g
const DIRECTIVE = /^\s*provenance-(ignore-next-line|disable|enable)(?=[\s:]|$)/

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13 || c === 12
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
}

function furniture(value: string | undefined): boolean {
  if (!value) return false
  for (const token of value.split(/\s+/)) {
    const parts = token
      .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
      .toLowerCase()
      .split(/[\s_-]+/)
      .filter(Boolean)
    for (let i = 0; i < parts.length; i++) {
      if (!FURNITURE.has(parts[i]) || (i > 0 && NEGATORS.has(parts[i - 1]))) continue
      let rest = i + 1
      while (rest < parts.length && (GENERIC.has(parts[rest]) || /^\d/.test(parts[rest]))) rest++
      if (rest === parts.length) return true
    }
  }
  return false
}

/** Whether a superscript holds only a footnote's marker (see noteMarker). */
function supMarker(el: El, src: string): boolean {
  const link = el.children.find((c): c is El => 'name' in c && c.name === 'a')
  const text = (link ? link.children : el.children).map((c) => ('s' in c ? src.slice(c.s, c.e) : '')).join('').trim()
  return noteMarker(text, !!link)
}

/** The first kept `<h1>` before `article` and outside it, when the article holds none: a headline set in the page's header. */
function headlineBefore(root: El, article: El): El | undefined {
  let inside: El | undefined
  let first: El | undefined
  const walk: El[] = [root]
  while (walk.length) {
    const el = walk.pop()!
    if (el.name === 'h1') {
      if (el.at >= article.at && el.at < article.close) inside = el
      // (closed before the article opens: broken HTML may leave the article inside an unclosed <h1>)
      else if (el.close <= article.at && (!first || el.at < first.at)) first = el
      continue
    }
    for (const child of el.children) if ('name' in child && !child.dropped) walk.push(child)
  }
  return inside ? undefined : first
}

function collapse(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim()
}

/**
 * Reads an HTML page and returns the article's text: tags gone, entities decoded, whitespace
 * collapsed, page furniture (navigation, headers, footers, sidebars, related links, comments,
 * forms, scripts…) dropped, and only the largest `<article>`/`<main>` kept when the page has
 * one. Blocks are separated by a blank line. `toSource` maps text offsets back to the HTML.
 * Tolerates any input, broken or not, in time linear in its length.
 */
export function readHtml(source: string): Extracted {
  const src = typeof source === 'string' ? source : String(source ?? '')
  const n = src.length
  const lastDouble = src.lastIndexOf('"')
  const lastSingle = src.lastIndexOf("'")

  // ---- Tree building: a forgiving subset of the HTML parsing algorithm. ----
  const root: El = newEl('#root', undefined, 0, 0)
  const stack: El[] = [root]
  const where = new Map<string, number[]>()
  const scopes: number[] = [0]
  const specials: number[] = [0]
  where.set('#root', [0])
  let body: El | undefined
  let headSeen = false
  let cursor = 0
  let pageTitle: string | undefined
  let ogTitle: string | undefined
  const comments: Array<{ kind: Directive['kind']; at: number }> = []

  function newEl(name: string, parent: El | undefined, at: number, flags: number): El {
    return {
      name,
      parent,
      children: [],
      at,
      close: at,
      flags,
      len: 0,
      paras: 0,
      big: false,
      dropped: false,
    }
  }
  const top = () => stack[stack.length - 1]
  const last = (name: string) => {
    const list = where.get(name)
    return list?.length ? list[list.length - 1] : -1
  }
  const inScope = (name: string) => {
    const k = last(name)
    return k >= 0 && k >= scopes[scopes.length - 1]
  }
  const foreign = () => last('svg') >= 0 || last('math') >= 0

  const push = (el: El) => {
    const k = stack.length
    stack.push(el)
    let list = where.get(el.name)
    if (!list) where.set(el.name, (list = []))
    list.push(k)
    if (SCOPE.has(el.name)) scopes.push(k)
    if (SPECIAL.has(el.name)) specials.push(k)
  }

  // Settles whether a closed element is dropped and passes its counts up.
  const finish = (el: El) => {
    const f = el.flags
    let dropped = (f & HARD) !== 0
    if (!dropped && f & SOFT) dropped = !el.big
    if (!dropped && f & FORM) dropped = !el.big && el.paras < 5
    if (!dropped && f & HEADER) {
      dropped = !el.big
      el.flags |= HEADINGS_ONLY
    }
    // (a footnote's marker is no prose)
    if (!dropped && el.name === 'sup' && el.len <= 6) dropped = supMarker(el, src)
    el.dropped = dropped
    const parent = el.parent
    if (dropped || !parent) return
    parent.len += el.len
    parent.paras += el.paras + (el.name === 'p' && el.len > 0 ? 1 : 0)
    if (el.big || el.name === 'h1' || f & MAIN) parent.big = true
  }

  const pop = () => {
    const k = stack.length - 1
    const el = stack.pop()!
    where.get(el.name)!.pop()
    if (scopes[scopes.length - 1] === k) scopes.pop()
    if (specials[specials.length - 1] === k) specials.pop()
    el.close = cursor
    finish(el)
  }
  const popTo = (k: number) => {
    while (stack.length > k && stack.length > 1) pop()
  }

  const ensureBody = () => {
    if (body) return
    popTo(1)
    body = newEl('body', root, cursor, 0)
    root.children.push(body)
    push(body)
  }

  const characters = (s: number, e: number) => {
    if (s >= e) return
    let letters = 0
    for (let k = s; k < e; k++) if (!isSpace(src.charCodeAt(k))) letters++
    if (!body) {
      // Whitespace before the body is formatting; anything else starts the body.
      if (letters === 0) return
      ensureBody()
    }
    const el = top()
    const prev = el.children[el.children.length - 1]
    if (prev && 's' in prev && prev.e === s) prev.e = e
    else el.children.push({ s, e })
    el.len += letters
  }

  const start = (name: string, attrs: Attrs, at: number, selfClosing: boolean) => {
    if (foreign() && BREAKOUT.has(name)) {
      // HTML that cannot be inside SVG or MathML ends it, as in browsers: an unclosed <svg>
      // icon must not swallow the article.
      const outer = [where.get('svg')?.[0] ?? -1, where.get('math')?.[0] ?? -1].filter((k) => k >= 0)
      popTo(Math.min(...outer))
    }
    if (foreign()) {
      const el = newEl(name, top(), at, HARD)
      top().children.push(el)
      if (!selfClosing) push(el)
      return
    }
    if (name === 'image') name = 'img'
    if (name === 'html' || name === 'frameset') return
    if (name === 'head') {
      if (!body && !headSeen) {
        headSeen = true
        const head = newEl('head', top(), at, HARD)
        top().children.push(head)
        push(head)
      }
      return
    }
    if (name === 'body') {
      ensureBody()
      return
    }
    if (!body && !HEAD_OK.has(name)) ensureBody()

    // End tags the page left out, as browsers imply them.
    if (CLOSES_P.has(name) && inScope('p')) popTo(last('p'))
    if (HEADINGS.has(name) && HEADINGS.has(top().name)) pop()
    const table = last('table')
    if (name === 'li') {
      const k = last('li')
      if (k >= 0 && k > Math.max(last('ul'), last('ol'), scopes[scopes.length - 1])) popTo(k)
    } else if (name === 'dd' || name === 'dt') {
      const k = Math.max(last('dd'), last('dt'))
      if (k >= 0 && k > Math.max(last('dl'), scopes[scopes.length - 1])) popTo(k)
    } else if (TABLE_SECTIONS.has(name)) {
      if (table < 0) return
      popTo(table + 1)
    } else if (name === 'tr') {
      if (table < 0) return
      popTo(Math.max(table, last('thead'), last('tbody'), last('tfoot')) + 1)
    } else if (name === 'td' || name === 'th') {
      if (table < 0) return
      popTo(Math.max(table, last('tr')) + 1)
    } else if (name === 'option' || name === 'optgroup') {
      if (top().name === 'option') pop()
    } else if (name === 'a') {
      const k = last('a')
      if (k >= 0 && k > specials[specials.length - 1]) popTo(k)
    } else if (name === 'button') {
      if (inScope('button')) popTo(last('button'))
    } else if (name === 'form') {
      if (last('form') >= 0) return
    }

    let flags = 0
    if (DROP.has(name) || attrs.hidden !== undefined) flags |= HARD
    if (attrs.style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(attrs.style)) flags |= HARD
    const roles = attrs.role ? attrs.role.toLowerCase().split(/\s+/) : []
    if (roles.some((role) => DROP_ROLES.has(role))) flags |= HARD
    if (name === 'main' || roles.includes('main')) flags |= MAIN
    if (name === 'article') flags |= ARTICLE
    if (!EXEMPT.has(name) && !(flags & MAIN) && (furniture(attrs.class) || furniture(attrs.id))) {
      flags |= SOFT
    }
    if (name === 'form') flags |= FORM
    if (name === 'header' && !(flags & HARD)) {
      flags |= last('article') >= 0 || last('main') >= 0 ? HEADINGS_ONLY : HEADER
    }
    if (name === 'meta') {
      const property = (attrs.property ?? attrs.name ?? '').toLowerCase()
      if (property === 'og:title' && attrs.content && ogTitle === undefined) {
        ogTitle = collapse(decodeAll(attrs.content))
      }
    }

    const el = newEl(name, top(), at, flags)
    top().children.push(el)
    if (VOID.has(name) || (selfClosing && (name === 'svg' || name === 'math'))) finish(el)
    else push(el)
  }

  const end = (name: string) => {
    if (foreign()) {
      const k = last(name)
      if (k >= 0 && k >= Math.max(last('svg'), last('math'))) popTo(k)
      return
    }
    if (name === 'html' || name === 'body') return
    if (name === 'br') {
      start('br', {}, cursor, false)
      return
    }
    if (name === 'head') {
      if (last('head') >= 0) popTo(last('head'))
      return
    }
    if (name === 'p' && !inScope('p')) {
      // A stray </p> makes an empty paragraph in browsers: a block break.
      start('p', {}, cursor, false)
    }
    const k = last(name)
    if (k < 0) return
    if (name === 'table') popTo(k)
    else if (TABLE_SECTIONS.has(name) || name === 'tr' || name === 'td' || name === 'th') {
      if (k > last('table')) popTo(k)
    } else if (SPECIAL.has(name)) {
      if (k >= scopes[scopes.length - 1]) popTo(k)
    } else if (k > specials[specials.length - 1]) popTo(k)
  }

  // ---- Tokenizer. ----
  // Reads a tag's attributes from `i`; returns where the tag ends, or -1 at the end of input
  // (browsers drop a tag the input cuts off).
  let selfClosing = false
  const readAttributes = (i: number, attrs: Attrs | undefined): number => {
    selfClosing = false
    for (;;) {
      while (i < n && isSpace(src.charCodeAt(i))) i++
      if (i >= n) return -1
      const c = src.charCodeAt(i)
      if (c === 62) return i + 1
      if (c === 47) {
        if (src.charCodeAt(i + 1) === 62) {
          selfClosing = true
          return i + 2
        }
        i++
        continue
      }
      const nameStart = i++
      while (i < n) {
        const d = src.charCodeAt(i)
        if (isSpace(d) || d === 47 || d === 62 || d === 61) break
        i++
      }
      const name = attrs ? src.slice(nameStart, i).toLowerCase() : ''
      while (i < n && isSpace(src.charCodeAt(i))) i++
      let value = ''
      let stop = -1
      if (src.charCodeAt(i) === 61) {
        i++
        while (i < n && isSpace(src.charCodeAt(i))) i++
        const q = src.charCodeAt(i)
        if (q === 34 || q === 39) {
          // With no closing quote left in the page, end the tag at its next '>' rather than
          // swallowing the rest of the page; lastIndexOf keeps this check constant-time.
          const closing = i < (q === 34 ? lastDouble : lastSingle) ? src.indexOf(src[i], i + 1) : -1
          if (closing < 0) {
            stop = src.indexOf('>', i + 1)
            if (stop < 0) return -1
            value = src.slice(i + 1, stop)
          } else {
            value = src.slice(i + 1, closing)
            i = closing + 1
          }
        } else {
          const valueStart = i
          while (i < n && !isSpace(src.charCodeAt(i)) && src.charCodeAt(i) !== 62) i++
          value = src.slice(valueStart, i)
        }
      }
      if (attrs && KEEP_ATTRIBUTES.has(name) && attrs[name as keyof Attrs] === undefined) {
        attrs[name as keyof Attrs] = value
      }
      if (stop >= 0) return stop + 1
    }
  }

  // Reads the markup at the '<' at `lt`; returns where reading goes on.
  const markup = (lt: number): number => {
    cursor = lt
    const c = src.charCodeAt(lt + 1)
    if (c === 33) {
      // '!'
      if (src.startsWith('<!--', lt)) {
        if (src.startsWith('>', lt + 4)) return lt + 5
        if (src.startsWith('->', lt + 4)) return lt + 6
        COMMENT_END.lastIndex = lt + 4
        const found = COMMENT_END.exec(src)
        const close = found ? found.index : n
        const match = DIRECTIVE.exec(src.slice(lt + 4, Math.min(close, lt + 68)))
        if (match) comments.push({ kind: match[1] as Directive['kind'], at: lt })
        return found ? close + found[0].length : n
      }
      const close = src.startsWith('<![CDATA[', lt) ? src.indexOf(']]>', lt + 9) : -1
      if (close >= 0) return close + 3
      const gt = src.indexOf('>', lt + 2)
      return gt < 0 ? n : gt + 1
    }
    if (c === 63) {
      // '?'
      const gt = src.indexOf('>', lt + 2)
      return gt < 0 ? n : gt + 1
    }
    if (c === 47) {
      // '/'
      const d = src.charCodeAt(lt + 2)
      if (d === 62) return lt + 3
      if (!isLetter(d)) {
        const gt = src.indexOf('>', lt + 2)
        return gt < 0 ? n : gt + 1
      }
      let i = lt + 3
      while (i < n && !isSpace(src.charCodeAt(i)) && src.charCodeAt(i) !== 47 && src.charCodeAt(i) !== 62) i++
      const name = src.slice(lt + 2, i).toLowerCase()
      const close = readAttributes(i, undefined)
      if (close < 0) return n
      end(name)
      return close
    }
    if (!isLetter(c)) {
      characters(lt, lt + 1)
      return lt + 1
    }
    let i = lt + 2
    while (i < n && !isSpace(src.charCodeAt(i)) && src.charCodeAt(i) !== 47 && src.charCodeAt(i) !== 62) i++
    const name = src.slice(lt + 1, i).toLowerCase()
    const attrs: Attrs = {}
    const close = readAttributes(i, attrs)
    if (close < 0) return n
    const inForeign = foreign()
    start(name, attrs, lt, selfClosing)
    if ((RAW.has(name) || RCDATA.has(name)) && !(inForeign && selfClosing)) {
      // Raw text runs to the matching end tag, which is then read as a tag.
      const at = endTagAt(src, name, close)
      const stop = at >= 0 ? at : n
      if (name === 'title' && !inForeign && pageTitle === undefined) {
        pageTitle = collapse(decodeAll(src.slice(close, stop)))
      }
      return stop
    }
    return close
  }

  let i = 0
  while (i < n) {
    const lt = src.indexOf('<', i)
    if (lt < 0) {
      characters(i, n)
      break
    }
    characters(i, lt)
    i = markup(lt)
  }
  cursor = n
  popTo(1)
  finish(root)

  // ---- Choosing the article. ----
  let best: El | undefined
  {
    const found: Array<{ el: El; main: El | undefined }> = []
    const walk: Array<{ el: El; main: El | undefined }> = [{ el: root, main: undefined }]
    while (walk.length) {
      const { el, main } = walk.pop()!
      if (el.flags & (MAIN | ARTICLE)) found.push({ el, main })
      const inner = el.flags & MAIN ? el : main
      for (const child of el.children) {
        if ('name' in child && !child.dropped) walk.push({ el: child, main: inner })
      }
    }
    for (const { el } of found) if (!best || el.len > best.len) best = el
    // A main that wraps its story's article yields to that article.
    if (best && best.flags & MAIN) {
      let story: El | undefined
      for (const { el, main } of found) {
        if (main === best && el.flags & ARTICLE && (!story || el.len > story.len)) story = el
      }
      if (story && story.len * 2 >= best.len) best = story
    }
    if (!best || best.len === 0) best = body ?? root
  }
  // The story's headline set outside its article, in a header before it, is the story's first line.
  const headline = best !== root && best !== body ? headlineBefore(root, best) : undefined

  // ---- Writing the text. ----
  const parts: string[] = []
  let length = 0
  // Run table: text offset runT[k] starts a run; runS[k] >= 0 maps it char by char from that
  // source offset, runS[k] < 0 (~source) maps every char of the run to one source offset.
  const runT: number[] = []
  const runS: number[] = []
  let endSource = 0
  const blocks: Block[] = []
  const kinds: Kind[] = ['paragraph']
  let blockStart = -1
  let blockKind: Kind = 'paragraph'
  // (a list's item with no link in it is the writer's own, 'list-text'; one with a link may be a related story's teaser)
  let links = 0
  let linked = false
  let pendingSpace = -1
  let pendingBreak = -1

  const put = (str: string, s: number, point: boolean) => {
    const k = runT.length - 1
    if (point || k < 0 || runS[k] < 0 || runS[k] + (length - runT[k]) !== s) {
      runT.push(length)
      runS.push(point ? ~s : s)
    }
    parts.push(str)
    length += str.length
  }
  const content = (str: string, s: number, sEnd: number, point: boolean) => {
    if (blockStart < 0) {
      if (length > 0) put('\n\n', s, true)
      blockStart = length
      blockKind = kinds[kinds.length - 1]
      linked = false
    } else if (pendingBreak >= 0) put('\n', pendingBreak, false)
    else if (pendingSpace >= 0) put(' ', pendingSpace, false)
    pendingBreak = pendingSpace = -1
    put(str, s, point)
    if (links > 0) linked = true
    endSource = sEnd
  }
  const endBlock = () => {
    if (blockStart >= 0) blocks.push({ start: blockStart, end: length, kind: blockKind === 'list-item' && !linked ? 'list-text' : blockKind })
    blockStart = pendingBreak = pendingSpace = -1
  }
  const space = (s: number) => {
    if (blockStart >= 0 && pendingBreak < 0 && pendingSpace < 0) pendingSpace = s
  }
  const lineBreak = (s: number) => {
    if (blockStart < 0) return
    // Two breaks in a row separate paragraphs on pages built without <p>.
    if (pendingBreak >= 0) endBlock()
    else {
      pendingBreak = s
      pendingSpace = -1
    }
  }

  let pre = 0
  let quotes = 0
  let headingsOnly = 0
  let headings = 0
  const active = () => headingsOnly === 0 || headings > 0

  const emit = (s: number, e: number) => {
    let i = s
    while (i < e) {
      const c = src.charCodeAt(i)
      if (isSpace(c) || c === 0xa0) {
        if (pre > 0 && (c === 10 || (c === 13 && src.charCodeAt(i + 1) !== 10))) lineBreak(i)
        else space(i)
        i++
        continue
      }
      if (c === 38) {
        const ref = decodeReference(src, i, e, false)
        if (ref) {
          const v = ref.value
          if (v === '\u00a0') space(i)
          else if (v !== '\u00ad' && v !== '\u200b') content(v, i, i + ref.length, v.length > 1)
          i += ref.length
          continue
        }
      }
      if (c === 0xad || c === 0x200b || c === 0xfeff || c === 0) {
        i++
        continue
      }
      let j = i + 1
      for (; j < e; j++) {
        const d = src.charCodeAt(j)
        if (d <= 32 || d === 38 || d === 0xa0 || d === 0xad || d === 0x200b || d === 0xfeff) break
      }
      content(src.slice(i, j), i, j, false)
      i = j
    }
  }

  const isBlock = (el: El) => BLOCK_ELEMENTS.has(el.name) || el.name.includes('-')
  const cells = (row: El) => row.children.flatMap((c) => ('name' in c && TABLE_CELLS.has(c.name) ? [c.name] : []))
  const enter = (el: El) => {
    if (isBlock(el)) {
      endBlock()
      kinds.push(el.name === 'tr' ? rowKind(kinds[kinds.length - 1] === 'heading', cells(el)) : (BLOCK_KINDS[el.name] ?? kinds[kinds.length - 1]))
    } else if (TABLE_CELLS.has(el.name)) space(el.at)
    if (el.flags & HEADINGS_ONLY) headingsOnly++
    if (HEADINGS.has(el.name)) headings++
    if (el.name === 'pre') pre++
    if (el.name === 'a') links++
    if (el.name === 'br' && active()) lineBreak(el.at)
    if (el.name === 'q' && active()) content(quotes++ % 2 ? '\u2018' : '\u201c', el.at, el.at, false)
  }
  const exit = (el: El) => {
    if (el.name === 'q' && active()) content(--quotes % 2 ? '\u2019' : '\u201d', el.close, el.close, false)
    if (el.name === 'pre') pre--
    if (el.name === 'a') links--
    if (HEADINGS.has(el.name)) headings--
    if (el.flags & HEADINGS_ONLY) headingsOnly--
    if (isBlock(el)) {
      endBlock()
      kinds.pop()
    } else if (TABLE_CELLS.has(el.name)) space(el.close)
  }

  // Iterative walk: a page of 100,000 unclosed <div>s nests that deep.
  const write = (top: El) => {
    const frames: El[] = [top]
    const next: number[] = [0]
    enter(top)
    while (frames.length) {
      const k = frames.length - 1
      const el = frames[k]
      const index = next[k]
      if (index >= el.children.length) {
        exit(el)
        frames.pop()
        next.pop()
        continue
      }
      next[k] = index + 1
      const child = el.children[index]
      if (!('name' in child)) {
        if (active()) emit(child.s, child.e)
      } else if (!child.dropped) {
        enter(child)
        frames.push(child)
        next.push(0)
      }
    }
    endBlock()
  }
  if (headline) write(headline)
  write(best)

  const text = parts.join('')
  const starts = Int32Array.from(runT)
  const sources = Int32Array.from(runS)
  const toSource = (offset: number): number => {
    const t = Math.max(0, Math.floor(offset) || 0)
    if (t >= length) return length === 0 ? 0 : endSource
    const lo = lastAtMost(starts, t)
    const s = sources[lo]
    return s >= 0 ? s + (t - starts[lo]) : ~s
  }

  const directives: Directive[] = []
  if (comments.length) {
    const locate = lineIndex(src)
    let k = 0
    for (const { kind, at } of comments) {
      // The directive sits before the first text that follows it in the source.
      while (k < sources.length && (sources[k] < 0 ? ~sources[k] : sources[k]) < at) k++
      directives.push({ kind, offset: k < starts.length ? starts[k] : length, line: locate(at).line })
    }
  }

  const result: Extracted = { text, blocks, toSource, directives }
  const title = ogTitle || pageTitle
  if (title) result.title = title
  return result
}
