import { describe, it, expect } from 'vitest'
import { readHtml } from '../../src/input'
import type { Extracted } from '../../src/input'

// A news page as a CMS might serve it: cookie banner, site header and navigation, breadcrumbs,
// share buttons, an ad slot, related links, a comment section with its form, a sidebar, a site
// footer and scripts around one article.
const PAGE = `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Harbour bridge closure extended | The Coastal Ledger</title>
  <meta property="og:title" content="Harbour bridge closure extended until spring">
  <link rel="stylesheet" href="/site.css">
  <style>.promo { color: red } p > a { text-decoration: none }</style>
  <script>window.dataLayer = [{ page: "<p>not text</p>" }];</script>
  <script type="application/ld+json">{"headline": "Harbour bridge closure extended"}</script>
</head>
<body class="article-page has-sidebar">
  <div class="cookie-banner" role="dialog"><p>We use cookies to improve your experience.</p><button>Accept</button></div>
  <header class="site-header">
    <a href="/" class="logo">The Coastal Ledger</a>
    <nav aria-label="Main"><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>
    <form class="search" role="search"><input type="search" name="q"><button>Search</button></form>
  </header>
  <div class="breadcrumbs"><a href="/">Home</a> &rsaquo; <a href="/news">News</a></div>
  <main id="content">
    <article class="story">
      <header class="story-header">
        <h1>Harbour bridge closure extended until&nbsp;spring</h1>
        <p class="byline">By <a href="/staff/ines-moreau">In&egrave;s Moreau</a>, Transport correspondent</p>
        <time datetime="2025-11-03">3 November 2025</time>
      </header>
      <figure>
        <img src="/img/bridge.jpg" alt="Scaffolding on the bridge">
        <figcaption>Repair crews on the north span last week. Photo: Port Authority</figcaption>
      </figure>
      <div class="share-tools"><a href="#">Share on Facebook</a><a href="#">Share by email</a></div>
      <p>The Harbour Bridge will stay closed to cars until March, the Port Authority said on Monday,
         after engineers found corrosion in two of its main cables.</p>
      <p>&ldquo;We cannot reopen a structure we are not certain about,&rdquo; said chief engineer
         Tomasz Kowalski. &ldquo;Safety comes first.&rdquo;</p>
      <div class="ad-slot" data-slot="mid-article">Advertisement</div>
      <p>Commuters will face detours of up to 40&nbsp;minutes &mdash; the repairs are expected to cost &pound;12m.</p>
      <blockquote><p>The closure is a blow to businesses on the south shore.</p></blockquote>
      <p>The authority listed three options:</p>
      <ul>
        <li>Replacing both cables</li>
        <li>Reinforcing the existing cables<br>with steel sleeves</li>
        <li>Closing the bridge permanently</li>
      </ul>
      <aside class="related">
        <h2>Related stories</h2>
        <ul><li><a href="/a">Ferry fares to rise</a></li></ul>
      </aside>
      <p>Some residents say the authority <em>ignored</em> early warnings.</p>
      <footer class="story-footer"><a href="/tags/transport">Transport</a></footer>
    </article>
    <section id="comments" class="comments">
      <h2>12 comments</h2>
      <form action="/comment" method="post">
        <label>Your comment</label>
        <textarea name="body">Write something</textarea>
        <button type="submit">Post</button>
      </form>
      <article class="comment"><p>This bridge has been a mess for years.</p></article>
    </section>
  </main>
  <aside class="sidebar">
    <h2>Most read</h2>
    <ol><li><a href="/b">Council approves new budget</a></li></ol>
    <div class="newsletter-signup"><p>Get our morning briefing.</p></div>
  </aside>
  <footer class="site-footer"><p>&copy; 2025 The Coastal Ledger</p></footer>
  <script src="/app.js"></script>
  <script>document.write("<p>late</p>")</script>
</body>
</html>
`

/** The prose of each block, in order, as `kind: text`. */
function blockTexts(result: Extracted): string[] {
  return result.blocks.map((b) => `${b.kind}: ${result.text.slice(b.start, b.end)}`)
}

const paragraphs = (html: string) => readHtml(html).text.split('\n\n')

describe('readHtml on a news page', () => {
  const result = readHtml(PAGE)

  it('keeps the article and drops the page furniture', () => {
    expect(blockTexts(result)).toEqual([
      'heading: Harbour bridge closure extended until spring',
      'caption: Repair crews on the north span last week. Photo: Port Authority',
      'paragraph: The Harbour Bridge will stay closed to cars until March, the Port Authority said on ' +
        'Monday, after engineers found corrosion in two of its main cables.',
      'paragraph: “We cannot reopen a structure we are not certain about,” said chief engineer ' +
        'Tomasz Kowalski. “Safety comes first.”',
      'paragraph: Commuters will face detours of up to 40 minutes — the repairs are expected to cost £12m.',
      'blockquote: The closure is a blow to businesses on the south shore.',
      'paragraph: The authority listed three options:',
      'list-text: Replacing both cables',
      'list-text: Reinforcing the existing cables\nwith steel sleeves',
      'list-text: Closing the bridge permanently',
      'paragraph: Some residents say the authority ignored early warnings.',
    ])
    for (const gone of [
      'cookies',
      'Coastal Ledger',
      'Sport',
      'Search',
      'Home',
      'Share',
      'Advertisement',
      'Related',
      'Ferry',
      'comment',
      'Write something',
      'Most read',
      'briefing',
      'Transport',
      'not text',
      'late',
      'Moreau',
      'headline',
    ]) {
      expect(result.text).not.toContain(gone)
    }
  })

  it('separates blocks with a blank line and keeps them in order without overlap', () => {
    const { text, blocks } = result
    expect(blocks[0].start).toBe(0)
    expect(blocks[blocks.length - 1].end).toBe(text.length)
    for (let k = 1; k < blocks.length; k++) {
      expect(text.slice(blocks[k - 1].end, blocks[k].start)).toBe('\n\n')
    }
  })

  it('prefers og:title for the title', () => {
    expect(result.title).toBe('Harbour bridge closure extended until spring')
    expect(readHtml('<title> Rates  &amp; rents | Paper </title><p>x').title).toBe('Rates & rents | Paper')
    expect(readHtml('<p>No title here.</p>').title).toBeUndefined()
  })

  it('maps every character of the text back to the source', () => {
    const { text, toSource } = result
    let previous = 0
    for (let i = 0; i < text.length; i++) {
      const at = toSource(i)
      expect(at).toBeGreaterThanOrEqual(previous)
      previous = at
      const c = text[i]
      if (c === '\n') continue
      if (PAGE[at] === '&') {
        const entity = PAGE.slice(at, PAGE.indexOf(';', at) + 1)
        expect(['&ldquo;', '&rdquo;', '&nbsp;', '&mdash;', '&pound;']).toContain(entity)
      } else if (c === ' ') expect(PAGE[at]).toMatch(/\s/)
      else expect(PAGE[at]).toBe(c)
    }
    expect(toSource(text.length)).toBe(PAGE.indexOf('early warnings.') + 'early warnings.'.length)
  })

  it('maps chosen offsets to the right places for line and column reporting', () => {
    const { text, toSource } = result
    const name = text.indexOf('Tomasz')
    expect(PAGE.slice(toSource(name), toSource(name) + 6)).toBe('Tomasz')
    const quote = text.indexOf('“We cannot')
    expect(PAGE.slice(toSource(quote), toSource(quote) + 7)).toBe('&ldquo;')
    expect(PAGE.slice(toSource(quote + 1), toSource(quote + 1) + 9)).toBe('We cannot')
    const pound = text.indexOf('£')
    expect(PAGE.slice(toSource(pound), toSource(pound + 1))).toBe('&pound;')
    // The line break inside the first paragraph collapsed to one space, mapped to the newline.
    const wrap = text.indexOf('Monday, after') + 'Monday,'.length
    expect(PAGE[toSource(wrap)]).toBe('\n')
    expect(PAGE.slice(toSource(wrap + 1), toSource(wrap + 1) + 5)).toBe('after')
  })
})

describe('readHtml entities', () => {
  it('decodes named, decimal and hex references', () => {
    expect(readHtml('<p>&amp; &lt; &gt; &quot; &apos; &hellip; &ndash; &mdash;</p>').text).toBe(
      `& < > " ' … – —`,
    )
    expect(readHtml('<p>&lsquo;a&rsquo; &ldquo;b&rdquo; caf&eacute; &euro;5 &copy;</p>').text).toBe(
      '‘a’ “b” café €5 ©',
    )
    expect(readHtml('<p>&#8220;Hi&#x201D; &#X41; &#128512;</p>').text).toBe('“Hi” A 😀')
  })

  it('reads &nbsp; as a space and collapses it with its neighbours', () => {
    expect(readHtml('<p>40&nbsp;minutes &nbsp; later</p>').text).toBe('40 minutes later')
  })

  it('leaves invalid references as written', () => {
    expect(readHtml('<p>AT&T &bogus; &#; &#xZZ; &#0; &#1114112; 5 & 6</p>').text).toBe(
      'AT&T &bogus; &#; &#xZZ; &#0; &#1114112; 5 & 6',
    )
  })

  it('decodes what browsers decode without a semicolon', () => {
    expect(readHtml('<p>Fish &amp chips &#8212 &#146;</p>').text).toBe('Fish & chips — ’')
  })

  it('maps a decoded character to its reference', () => {
    const source = '<p>Caf&eacute; &#x1F600; ok</p>'
    const { text, toSource } = readHtml(source)
    expect(text).toBe('Café 😀 ok')
    expect(source.slice(toSource(3), toSource(4))).toBe('&eacute;')
    expect(toSource(5)).toBe(source.indexOf('&#x1F600;'))
    expect(toSource(6)).toBe(source.indexOf('&#x1F600;'))
    expect(source[toSource(8)]).toBe('o')
  })
})

describe('readHtml blocks and whitespace', () => {
  it('collapses whitespace runs inside a block', () => {
    expect(readHtml('<p>  The\n\t mayor   <b> said </b>  so.  </p>').text).toBe('The mayor said so.')
  })

  it('drops a footnote marker in a superscript, a link or a bracketed mark, and keeps an exponent', () => {
    expect(readHtml('<p>Gusts hit 70 mph, the weather service said<sup><a href="#fn1">1</a></sup>.</p>').text).toBe('Gusts hit 70 mph, the weather service said.')
    expect(readHtml('<p>Prices rose, the report said<sup class="reference"><a href="#cite_note-3">[3]</a></sup>.</p>').text).toBe('Prices rose, the report said.')
    expect(readHtml('<p>Turnout fell, the clerk said<sup>[a]</sup>.</p>').text).toBe('Turnout fell, the clerk said.')
    expect(readHtml('<p>The lake covers 40 km<sup>2</sup>.</p>').text).toBe('The lake covers 40 km2.')
  })

  it('turns <br> into a line break and two of them into a new block', () => {
    expect(readHtml('<p>One<br>two <br/> three</p>').text).toBe('One\ntwo\nthree')
    const loose = readHtml('<div>First point.<br><br>Second point.</div>')
    expect(blockTexts(loose)).toEqual(['paragraph: First point.', 'paragraph: Second point.'])
  })

  it('makes a table row one block, its cells a space apart: the header row (in thead, or of th cells only) a heading, the others data', () => {
    const result = readHtml(
      '<table><thead><tr><th>Dept</th><th>2025</th></tr></thead><tbody><tr><td>Police</td><td>$430m</td></tr><tr><th>Parks</th><td>$2m</td></tr></tbody></table>' +
        '<table><tr><th>Name</th><th>Votes</th></tr><tr><td>Lee</td><td>1,204</td></tr></table>',
    )
    expect(blockTexts(result)).toEqual(['heading: Dept 2025', 'table-row: Police $430m', 'table-row: Parks $2m', 'heading: Name Votes', 'table-row: Lee 1,204'])
  })

  it('gives each kind of block its kind', () => {
    const result = readHtml(
      '<h2>Sub</h2><p>Para</p><ul><li>Item</li><li><a href="/x">Linked</a> item</li></ul><dl><dt>Term</dt><dd>Meaning</dd></dl>' +
        '<table><caption>Votes</caption><tr><th>Name</th><td>12</td></tr></table>' +
        '<blockquote>Loose quote<p>Quoted para</p><ul><li>Quoted item</li></ul></blockquote>' +
        '<figure><figcaption>Cap</figcaption></figure><pre>line 1\nline 2</pre>' +
        '<div>Run of text <p>inner</p> tail text</div><section>Section text</section>',
    )
    expect(blockTexts(result)).toEqual([
      'heading: Sub',
      'paragraph: Para',
      'list-text: Item',
      'list-item: Linked item',
      'paragraph: Term',
      'paragraph: Meaning',
      'caption: Votes',
      'table-row: Name 12',
      'blockquote: Loose quote',
      'blockquote: Quoted para',
      'list-text: Quoted item',
      'caption: Cap',
      'paragraph: line 1\nline 2',
      'paragraph: Run of text',
      'paragraph: inner',
      'paragraph: tail text',
      'paragraph: Section text',
    ])
  })

  it('shows <q> quotations with quotation marks, as browsers do', () => {
    expect(readHtml('<p>He called it <q>a <q>fair</q> deal</q>.</p>').text).toBe('He called it “a ‘fair’ deal”.')
  })
})

describe('readHtml chooses the article', () => {
  it('keeps the largest article', () => {
    const html =
      '<body><article><p>Teaser.</p></article>' +
      '<article><h1>Story</h1><p>The long story text is here.</p></article>' +
      '<p>Outside text.</p></body>'
    expect(paragraphs(html)).toEqual(['Story', 'The long story text is here.'])
  })

  it('keeps the article inside main rather than the main around it', () => {
    const html =
      '<main><article><h1>Story</h1><p>The story text, long enough to matter here.</p></article>' +
      '<div class="more-stories"><p>Elsewhere today</p></div></main>'
    expect(paragraphs(html)).toEqual(['Story', 'The story text, long enough to matter here.'])
  })

  it('keeps main when its articles are only teasers', () => {
    const html =
      '<main><h1>Story</h1><p>The story is told straight in main, at some length.</p>' +
      '<article><p>Teaser one.</p></article></main>'
    expect(paragraphs(html)).toEqual([
      'Story',
      'The story is told straight in main, at some length.',
      'Teaser one.',
    ])
  })

  it('falls back to the body and still drops furniture', () => {
    const html =
      '<body><header><a>Logo</a><nav>Menu</nav></header><div class="content"><h1>Title</h1>' +
      '<p>Body text.</p></div><div id="sidebar">Side</div><footer>Foot</footer></body>'
    expect(paragraphs(html)).toEqual(['Title', 'Body text.'])
  })

  it('puts the headline set in a header before the article first, when the article has none', () => {
    const html =
      '<nav><a>Home</a></nav><header><span class="kicker">Climate</span><h1>Drought forces water limits</h1>' +
      '<div class="byline">By Marta García</div></header><article><p>The region declared an emergency.</p></article>' +
      '<aside><h1>Most read</h1></aside>'
    expect(paragraphs(html)).toEqual(['Drought forces water limits', 'The region declared an emergency.'])
    expect(readHtml(html).blocks[0].kind).toBe('heading')
    // (the article's own headline is the one kept)
    expect(paragraphs('<header><h1>Site name</h1></header><article><h1>Story</h1><p>The story text is here.</p></article>')).toEqual(['Story', 'The story text is here.'])
  })

  it('keeps the headline in a header outside any article', () => {
    const html =
      '<header class="masthead"><nav>Menu</nav></header><div><header><h1>Headline</h1>' +
      '<p class="dek">Dek</p></header><p>Text.</p></div>'
    expect(paragraphs(html)).toEqual(['Headline', 'Text.'])
  })

  it('drops elements by tag, role, class, id and hiddenness', () => {
    const html =
      '<p>Kept.</p><div role="navigation">r1</div><div role="complementary">r2</div>' +
      '<div role="contentinfo">r3</div><div role="banner">r4</div><div role="search">r5</div>' +
      '<noscript>n</noscript><template><p>t</p></template><svg><text>s</text></svg>' +
      '<math><mi>x</mi></math><iframe>i</iframe><object>o</object><canvas>c</canvas>' +
      '<select><option>opt</option></select><button>b</button><menu><li>m</li></menu>' +
      '<dialog>d</dialog><div class="social-links">c1</div><div class="newsletter">c2</div>' +
      '<div class="c-promo__box">c3</div><div id="cookieConsent">c4</div><ul class="main-menu">c5</ul>' +
      '<div class="popup">c6</div><div class="modal">c7</div><div class="subscribe-cta">c8</div>' +
      '<p hidden>h1</p><p style="display: none">h2</p><p>Also kept.</p>'
    expect(readHtml(html).text).toBe('Kept.\n\nAlso kept.')
  })

  it('drops most-read and trending boxes, recirculation widgets and the author’s bio', () => {
    const html =
      '<p>Kept.</p><div class="most-read"><h3>Most read</h3><ol><li><a href="/1">Man charged after crash</a></li></ol></div>' +
      '<div class="mostPopular">p1</div><aside class="trending-stories">p2</aside><div class="recirc-module">p3</div>' +
      '<div id="taboola-widget">p4</div><div class="author-bio"><p>Gareth Lewis is the Echo’s chief reporter.</p></div><p>Also kept.</p>'
    expect(readHtml(html).text).toBe('Kept.\n\nAlso kept.')
    // (a word of the story's own is no furniture: "biography", "most-recent-update")
    expect(paragraphs('<div class="biography"><p>Born in 1950.</p></div><div class="most-recent-update"><p>Update.</p></div>')).toEqual(['Born in 1950.', 'Update.'])
  })

  it('does not mistake lookalike class names for furniture', () => {
    const html =
      '<div class="commentary"><p>Opinion.</p></div><div class="comments-enabled"><p>Text.</p></div>' +
      '<div class="social-embed"><p>Embed.</p></div><div class="layout-with-sidebar"><p>More.</p></div>'
    expect(paragraphs(html)).toEqual(['Opinion.', 'Text.', 'Embed.', 'More.'])
  })

  it('keeps a page wrapped in one big form, as ASP.NET pages are', () => {
    const html =
      '<body><form id="aspnetForm"><h1>Story</h1><p>One.</p><p>Two.</p></form>' +
      '<form class="login"><p>Sign in</p><input></form></body>'
    expect(paragraphs(html)).toEqual(['Story', 'One.', 'Two.'])
  })

  it('keeps a wrapper whose class names furniture when it holds the story', () => {
    const html = '<div class="page-sidebar-right"><h1>Story</h1><p>Text.</p></div>'
    expect(paragraphs(html)).toEqual(['Story', 'Text.'])
  })
})

describe('readHtml on broken HTML', () => {
  it('reads unclosed and misnested tags as browsers do', () => {
    const html = '<p>One<p>Two<ul><li>Three<li>Four</ul><b>bold <i>both</b> italic</i><div>Five'
    expect(paragraphs(html)).toEqual(['One', 'Two', 'Three', 'Four', 'bold both italic', 'Five'])
  })

  it('reads uppercase tags, unquoted attributes, stray < and doctype', () => {
    const html = '<!DOCTYPE html><HTML><BODY><P CLASS=lead ID=x>3 < 4 and 5 <> 6 </ 7</P><DIV CLASS=nav>x</DIV>'
    expect(readHtml(html).text).toBe('3 < 4 and 5 <> 6')
  })

  it('skips comments, CDATA and processing instructions', () => {
    const html = '<p>A<!-- hidden --> B<![CDATA[ raw ]]> C<?php echo 1 ?> D<!--> E<!---> F</p>'
    expect(readHtml(html).text).toBe('A B C D E F')
  })

  it('survives an attribute quote that never closes', () => {
    const html = '<p>Before.</p><a href="broken>Link text</a><p>After.</p>'
    expect(readHtml(html).text).toBe('Before.\n\nLink text\n\nAfter.')
  })

  it('lets an unclosed <svg> icon end where HTML resumes', () => {
    expect(readHtml('<p><svg><path d="M0">Icon</p><p>Story.</p>').text).toBe('Story.')
    expect(readHtml('<p>A<svg/>B</p><p>C</p>').text).toBe('AB\n\nC')
  })

  it('treats script and style content as raw text', () => {
    expect(readHtml('<p>A</p><script>if (a < b) { x("</p><p>no") }</script><style>p{}</style><p>B</p>').text).toBe(
      'A\n\nB',
    )
    expect(readHtml('<p>Text</p><script>never closed <p>lost').text).toBe('Text')
  })

  it('drops a tag cut off by the end of input', () => {
    expect(readHtml('<p>Last words</p><div class="x').text).toBe('Last words')
  })

  it('never throws on junk and keeps its promises', () => {
    const pieces = [
      '<div>', '</div>', '<p>', '</p>', '<li>', '<table>', '<td>', '</tr>', '<svg>', '<br/>',
      '<!--', '-->', '<![CDATA[', ']]>', '<a href="', '"', "'", '>', '<', '&amp;', '&#x', ';',
      'text ', '\n', ' ', '<script>', '</script>', '<q>', '</q>', '<h1>', '<article>', '<main>',
      '<header>', '<form>', '&nbsp;', '😀', '</', '<pre>', '<blockquote>', 'é',
    ]
    let seed = 7
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648
    for (let run = 0; run < 300; run++) {
      let html = ''
      const count = Math.floor(random() * 60)
      for (let k = 0; k < count; k++) html += pieces[Math.floor(random() * pieces.length)]
      const { text, blocks, toSource } = readHtml(html)
      let end = 0
      for (const b of blocks) {
        expect(b.start).toBeGreaterThanOrEqual(end)
        expect(b.end).toBeGreaterThan(b.start)
        end = b.end
      }
      expect(end).toBeLessThanOrEqual(text.length)
      let previous = 0
      for (let i = 0; i <= text.length; i++) {
        const at = toSource(i)
        expect(at).toBeGreaterThanOrEqual(previous)
        expect(at).toBeLessThanOrEqual(html.length)
        previous = at
      }
    }
  })
})

describe('readHtml on empty and textless pages', () => {
  it('reads empty input', () => {
    const result = readHtml('')
    expect(result).toMatchObject({ text: '', blocks: [], directives: [] })
    expect(result.toSource(0)).toBe(0)
    expect(result.title).toBeUndefined()
  })

  it('reads plain text without tags as one paragraph', () => {
    expect(blockTexts(readHtml('  Just   some text.\n'))).toEqual(['paragraph: Just some text.'])
  })

  it('returns no text for a page that has no article text', () => {
    const html =
      '<html><head><title>Home</title></head><body><header><nav><a>News</a></nav></header>' +
      '<aside>Ads</aside><footer>Contact us</footer><script>x()</script></body></html>'
    const result = readHtml(html)
    expect(result.text).toBe('')
    expect(result.blocks).toEqual([])
    expect(result.title).toBe('Home')
  })
})

describe('readHtml directives', () => {
  it('reports provenance comments with a text offset and a source line', () => {
    const html = '<p>One.</p>\n<!-- provenance-ignore-next-line -->\n<p>Two.</p>\n<!-- provenance-enable -->'
    const { text, directives } = readHtml(html)
    expect(text).toBe('One.\n\nTwo.')
    expect(directives).toEqual([
      { kind: 'ignore-next-line', offset: 4, line: 2 },
      { kind: 'enable', offset: text.length, line: 4 },
    ])
  })
})
