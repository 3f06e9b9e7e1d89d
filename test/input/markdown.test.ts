import { describe, it, expect } from 'vitest'
import { readMarkdown } from '../../src/input'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { gfmParts, plainList, readChunked } from '../../src/input/markdown'
import { fault } from '../../src/input/fault'

interface MdNode {
  type: string
  position?: { start: { offset?: number }; end: { offset?: number } }
  children?: MdNode[]
}

/** The prose of each block, in order, as `kind: text`. */
function blockTexts(source: string): string[] {
  const { text, blocks } = readMarkdown(source)
  return blocks.map((b) => `${b.kind}: ${text.slice(b.start, b.end)}`)
}

/** `source` with everything blanked but the `kept` pieces, found in order. */
function only(source: string, ...kept: string[]): string {
  let out = source.replace(/[^\r\n]/g, ' ')
  let from = 0
  for (const piece of kept) {
    const at = source.indexOf(piece, from)
    if (at < 0) throw new Error(`not in source: ${piece}`)
    out = out.slice(0, at) + piece + out.slice(at + piece.length)
    from = at + piece.length
  }
  return out
}

/** Words left in the text, so tests need not count the blanks. */
function words(source: string): string[] {
  return readMarkdown(source).text.split(/\s+/).filter(Boolean)
}

describe('readMarkdown keeps offsets', () => {
  const article = [
    '---',
    'title: "Council approves budget"',
    'tags: [local]',
    '---',
    '',
    '# Council *approves* budget',
    '',
    'The council voted **7 to 2** on Monday, [the clerk said](https://example.org/minutes "Minutes").',
    'Spending rises by 4% ![chart](chart.png "Chart"), the `budget.xlsx` file shows.',
    '',
    '> "We had no choice," said',
    '> Mayor Ann Lee.',
    '',
    '- Schools get ~~less~~ more.',
    '- [x] Roads are resurfaced.',
    '',
    '```js',
    'const secret = "not prose"',
    '```',
    '',
    '| Item | Cost |',
    '| ---- | ---- |',
    '| Parks | $2m |',
    '',
    'See the report.[^1]',
    '',
    '[^1]: Published by the treasury.',
    '',
  ].join('\n')

  it('returns a text exactly as long as the source, with line breaks where they were', () => {
    const { text } = readMarkdown(article)
    expect(text.length).toBe(article.length)
    for (let i = 0; i < article.length; i++) {
      if (article[i] === '\n') expect(text[i]).toBe('\n')
      else if (text[i] !== ' ') expect(text[i]).toBe(article[i])
    }
  })

  it('is the identity through toSource', () => {
    const result = readMarkdown(article)
    expect(result.toSource(0)).toBe(0)
    expect(result.toSource(42)).toBe(42)
    expect(result.toSource(article.length)).toBe(article.length)
    expect(result.toSource(article.length + 10)).toBe(article.length)
    expect(result.toSource(-3)).toBe(0)
  })

  it('keeps the prose of a realistic article and nothing else', () => {
    expect(words(article)).toEqual(
      (
        'Council approves budget The council voted 7 to 2 on Monday, the clerk said . ' +
        'Spending rises by 4% , the file shows. "We had no choice," said Mayor Ann Lee. ' +
        'Schools get less more. Roads are resurfaced. Item Cost Parks $2m See the report. ' +
        'Published by the treasury.'
      ).split(' '),
    )
  })

  it('gives blocks that slice back to their prose, in order and without overlap', () => {
    expect(blockTexts(article).map((b) => b.replace(/\s+/g, ' '))).toEqual([
      'heading: Council approves budget',
      'paragraph: The council voted 7 to 2 on Monday, the clerk said . ' +
        'Spending rises by 4% , the file shows.',
      'blockquote: "We had no choice," said Mayor Ann Lee.',
      'list-text: Schools get less more.',
      'list-text: Roads are resurfaced.',
      'heading: Item Cost',
      'table-row: Parks $2m',
      'paragraph: See the report.',
      'paragraph: Published by the treasury.',
    ])
    const { blocks } = readMarkdown(article)
    for (let k = 1; k < blocks.length; k++) expect(blocks[k].start).toBeGreaterThanOrEqual(blocks[k - 1].end)
  })

  it('reads the title from the front matter', () => {
    expect(readMarkdown(article).title).toBe('Council approves budget')
    expect(readMarkdown('+++\ntitle = "Storm hits coast"\n+++\n\nText.').title).toBe('Storm hits coast')
    expect(readMarkdown('Just text.').title).toBeUndefined()
  })
})

describe('readMarkdown blanks markup', () => {
  it('blanks YAML and TOML front matter', () => {
    expect(readMarkdown('---\nauthor: Jo\n---\nBody.').text).toBe('   \n          \n   \nBody.')
    expect(readMarkdown('+++\nauthor = "Jo"\n+++\nBody.').text).toBe('   \n             \n   \nBody.')
  })

  it('reads a document opening with an unclosed --- as Markdown, not front matter', () => {
    expect(blockTexts('---\ntitle: x\n\n- Item.\n\n> Quote.\n')).toEqual([
      'paragraph: title: x',
      'list-text: Item.',
      'blockquote: Quote.',
    ])
    expect(readMarkdown('---\r\ntitle: CRLF matter\r\n---\r\nBody.').title).toBe('CRLF matter')
  })

  it('blanks heading markers, ATX and setext', () => {
    expect(readMarkdown('## Rates rise ##').text).toBe('   Rates rise   ')
    expect(readMarkdown('Rates rise\n===').text).toBe('Rates rise\n   ')
    expect(blockTexts('Rates rise\n===')).toEqual(['heading: Rates rise'])
  })

  it('blanks emphasis markers, including emphasis spanning several words', () => {
    expect(readMarkdown('She *did not* say __that__ or ~~this~~.').text).toBe(
      'She  did not  say   that   or   this  .',
    )
    expect(readMarkdown('***All of it***').text).toBe('   All of it   ')
  })

  it('keeps link text and blanks URLs and titles', () => {
    const inline = '[The report](https://x.org/r "Title") said so.'
    expect(readMarkdown(inline).text).toBe(only(inline, 'The report', ' said so.'))
    const reference = '[The report][r] said so.\n\n[r]: https://x.org/r'
    expect(readMarkdown(reference).text).toBe(only(reference, 'The report', ' said so.\n\n'))
  })

  it('blanks images, alt text included', () => {
    expect(readMarkdown('A ![photo of the mayor](m.jpg) here.').text).toBe(
      'A                              here.',
    )
  })

  it('blanks autolinks and keeps a bare address as text, as plain text input has it', () => {
    expect(readMarkdown('See <https://x.org> and www.example.com now.').text).toBe(
      'See                 and www.example.com now.',
    )
  })

  it('blanks inline code, fenced code and indented code', () => {
    expect(readMarkdown('Run `rm -rf` now.').text).toBe('Run          now.')
    expect(readMarkdown('Text.\n\n~~~\ncode here\n~~~\n').text).toBe('Text.\n\n   \n         \n   \n')
    expect(readMarkdown('Text.\n\n    code here\n').text).toBe('Text.\n\n             \n')
  })

  it('blanks HTML comments and tags but keeps the text between tags', () => {
    const inline = 'A <b>bold</b> claim <!-- note --> here.'
    expect(readMarkdown(inline).text).toBe(only(inline, 'A ', 'bold', ' claim ', ' here.'))
    const block = '<div class="box">\n<p>Inside a <em>raw</em> block.</p>\n<script>var x = 1</script>\n</div>'
    const { text } = readMarkdown(block)
    expect(text.length).toBe(block.length)
    expect(text.split(/\s+/).filter(Boolean)).toEqual(['Inside', 'a', 'raw', 'block.'])
    expect(blockTexts(block)).toEqual(['paragraph: Inside a     raw      block.'])
  })

  it('tells a list item that is a link alone from one of the writer’s own words', () => {
    expect(blockTexts('- [Bus fares to rise](https://example.com/a)\n- Rail fares are frozen, the mayor said\n- See [the plan](https://example.com/p) for details\n').map((b) => b.split(':')[0])).toEqual(['list-item', 'list-text', 'list-text'])
  })

  it('blanks list bullets, numbers and task boxes', () => {
    expect(readMarkdown('- one\n* two\n\n1. three\n2) four\n\n- [ ] five').text).toBe(
      '  one\n  two\n\n   three\n   four\n\n      five',
    )
    expect(blockTexts('1. First item.\n2. Second item.')).toEqual([
      'list-text: First item.',
      'list-text: Second item.',
    ])
  })

  it('blanks block-quote markers on every line, nested ones too', () => {
    expect(readMarkdown('> He said\n> it was fine.\n>\n> > Nested.').text).toBe(
      '  He said\n  it was fine.\n \n    Nested.',
    )
    expect(blockTexts('> He said\n> it was fine.\n>\n> > Nested.')).toEqual([
      'blockquote: He said\n  it was fine.',
      'blockquote: Nested.',
    ])
  })

  it('reads a table in raw HTML by rows too', () => {
    const md = 'Intro.\n\n<table><thead><tr><th>Dept</th><th>2025</th></tr></thead><tr><td>Police</td><td>$430m</td></tr></table>\n\nEnd.'
    expect(blockTexts(md).map((b) => b.replace(/\s+/g, ' '))).toEqual(['paragraph: Intro.', 'heading: Dept 2025', 'table-row: Police $430m', 'paragraph: End.'])
  })

  it('blanks table pipes and the delimiter row, one block per row: the header a heading, the others data rows', () => {
    const table = '| Name | Votes |\n|:-----|------:|\n| Lee  | 1,204 |\n| Ortiz | 988 |'
    expect(readMarkdown(table).text).toBe(only(table, 'Name', 'Votes', 'Lee', '1,204', 'Ortiz', '988'))
    expect(blockTexts(table)).toEqual(['heading: Name   Votes', 'table-row: Lee    1,204', 'table-row: Ortiz   988'])
  })

  it('blanks thematic breaks', () => {
    expect(readMarkdown('One.\n\n***\n\nTwo.').text).toBe('One.\n\n   \n\nTwo.')
  })

  it('blanks footnote labels and references but keeps footnote text', () => {
    expect(readMarkdown('Claim.[^a]\n\n[^a]: Source note.').text).toBe('Claim.    \n\n      Source note.')
  })

  it('notes where each footnote is cited and what its definition spans, by label as CommonMark matches it', () => {
    const source = 'Costs rose.[^Audit] Turnout fell.[^x]\n\nSee above.[^audit]\n\n[^audit]: Per the state auditor.\n[^audit]: A second definition is ignored.'
    const at = (piece: string) => source.indexOf(piece)
    const note = { start: at('[^audit]:'), end: at('[^audit]: A') - 1 }
    // (a reference with no definition cites nothing)
    expect(readMarkdown(source).notes).toEqual([
      { at: at('[^Audit]'), ...note },
      { at: at('See above.') + 10, ...note },
    ])
    expect(readMarkdown('No notes here.').notes).toBeUndefined()
  })

  it('decodes escapes and character references in place, padded with spaces', () => {
    expect(readMarkdown('\\*Not emphasis\\*').text).toBe(' *Not emphasis* ')
    expect(readMarkdown('&ldquo;We won,&rdquo; she said &mdash; twice.').text).toBe(
      '      “We won,”       she said       — twice.',
    )
    expect(readMarkdown('AT&amp;T').text).toBe('AT&    T')
    expect(readMarkdown('Keep &bogus; as is.').text).toBe('Keep &bogus; as is.')
  })
})

describe('readMarkdown line structure', () => {
  it('keeps soft-wrapped lines as newlines inside one paragraph block', () => {
    const source = 'The minister\nresigned on\nTuesday.'
    expect(readMarkdown(source).text).toBe(source)
    expect(blockTexts(source)).toEqual(['paragraph: The minister\nresigned on\nTuesday.'])
  })

  it('keeps hard line breaks as newlines and blanks their markers', () => {
    expect(readMarkdown('First line  \nsecond line\\\nthird').text).toBe('First line  \nsecond line \nthird')
    expect(blockTexts('First line  \nsecond line\\\nthird')).toEqual([
      'paragraph: First line  \nsecond line \nthird',
    ])
  })

  it('handles CRLF line endings', () => {
    const source = '# Title\r\n\r\nFirst *line*\r\n> quoted\r\n> more\r\n\r\n- item\r\n'
    const { text, blocks } = readMarkdown(source)
    expect(text.length).toBe(source.length)
    expect(text).toBe('  Title\r\n\r\nFirst  line \r\n  quoted\r\n  more\r\n\r\n  item\r\n')
    expect(blocks.map((b) => text.slice(b.start, b.end))).toEqual([
      'Title',
      'First  line',
      'quoted\r\n  more',
      'item',
    ])
  })

  it('counts offsets in UTF-16 code units, like JavaScript strings', () => {
    const source = '# 东京 🗼 news\n\nThe *mayor* 😀 said 漢字 **rose** 👍🏽 today.'
    const { text, blocks } = readMarkdown(source)
    expect(text.length).toBe(source.length)
    expect(blocks.map((b) => text.slice(b.start, b.end))).toEqual([
      '东京 🗼 news',
      'The  mayor  😀 said 漢字   rose   👍🏽 today.',
    ])
    const at = text.indexOf('漢字')
    expect(source.slice(at, at + 2)).toBe('漢字')
    const thumbs = text.indexOf('👍🏽')
    expect(source.slice(thumbs, thumbs + 4)).toBe('👍🏽')
  })
})

describe('readMarkdown directives', () => {
  it('reports provenance comments with their offset and line', () => {
    const source = [
      'Intro.',
      '',
      '<!-- provenance-ignore-next-line -->',
      'Ignored claim.',
      '',
      '<!-- provenance-disable -->',
      '',
      'Quoted press release.',
      '',
      'Inline <!-- provenance-enable --> back on.',
      '',
      '```',
      '<!-- provenance-disable -->',
      '```',
      '<!-- an ordinary comment -->',
    ].join('\n')
    const { directives, text } = readMarkdown(source)
    expect(directives).toEqual([
      { kind: 'ignore-next-line', offset: source.indexOf('<!-- provenance-ignore'), line: 3 },
      { kind: 'disable', offset: source.indexOf('<!-- provenance-disable'), line: 6 },
      { kind: 'enable', offset: source.indexOf('<!-- provenance-enable'), line: 10 },
    ])
    expect(text).not.toContain('provenance')
    expect(text).not.toContain('<!--')
  })

  it('counts lines across CRLF endings', () => {
    const source = 'One.\r\n\r\n<!-- provenance-disable -->\r\nTwo.'
    expect(readMarkdown(source).directives).toEqual([{ kind: 'disable', offset: 8, line: 3 }])
  })
})

describe('readMarkdown edge cases', () => {
  it('reads empty and blank input', () => {
    expect(readMarkdown('')).toMatchObject({ text: '', blocks: [], directives: [] })
    expect(readMarkdown('  \n\n ')).toMatchObject({ text: '  \n\n ', blocks: [] })
  })

  it('keeps list items and quotes nested in each other apart', () => {
    const source = '- Outer item.\n  > Quote in item.\n  - Inner item.\n\n> - Item in quote.'
    expect(blockTexts(source)).toEqual([
      'list-text: Outer item.',
      'blockquote: Quote in item.',
      'list-text: Inner item.',
      'list-text: Item in quote.',
    ])
  })

  it('reads a line nesting thousands of quotes or list items as its words, the markers kept as text', () => {
    // (micromark's time grows with the square of such nesting: past ten levels on a line, which no article reaches, it is not read)
    for (const [markers, words] of [['> '.repeat(2000), 'Deep.'], ['- '.repeat(3000), 'Kim said it.'], ['> - 1. '.repeat(500), 'The board agreed.'], ['>'.repeat(12), ' Twelve deep.']]) {
      const { text, blocks } = readMarkdown(markers + words)
      expect(text).toBe(markers + words)
      expect(blocks).toHaveLength(1)
    }
    // (up to nine levels a line reads as ever)
    expect(readMarkdown('> '.repeat(9) + 'Nine deep.').text.trim()).toBe('Nine deep.')
    expect(blockTexts('- - - - Four items deep.')).toEqual(['list-text: Four items deep.'])
  })

  it('reads a list nested by hundreds of indents as its words', () => {
    for (const gap of ['\n', '\n\n']) {
      const source = Array.from({ length: 400 }, (_, i) => `${'  '.repeat(i)}- Item ${i} said.`).join(gap)
      const { text } = readMarkdown(source)
      for (let i = 0; i < 400; i += 57) expect(text).toContain(`Item ${i} said.`)
    }
    // (a list a few levels deep reads as ever: its markers blanked)
    expect(blockTexts('- One.\n  - Two.\n    - Three.')).toEqual(['list-text: One.', 'list-text: Two.', 'list-text: Three.'])
  })

  it('keeps the marks of a paragraph holding over a thousand emphasis or link marks as text, and reads the rest of the document as ever', () => {
    const lead = Array.from({ length: 30 }, (_, i) => `**Paragraph ${i}** has [a link](https://example.com/${i}).`).join('\n\n')
    for (const marks of ['*_'.repeat(600), '[a]('.repeat(600), '_'.repeat(1200)]) {
      const source = `${lead}\n\n${marks} Kim said it.\n\n**After** it, [links](https://example.com) read as ever.`
      const { text } = readMarkdown(source)
      expect(text).toContain(`${marks} Kim said it.`)
      expect(text).toContain('  Paragraph 0   has  a link ')
      expect(text).toContain('  After   it,  links ')
    }
    // (a paragraph with a thousand marks or fewer reads them as Markdown)
    const emphasis = '*a* '.repeat(250).trim()
    expect(readMarkdown(emphasis).text).toBe(emphasis.replace(/\*/g, ' '))
  })
})

describe('readMarkdown on long documents', () => {
  // Long documents are parsed in chunks; the result must not depend on where they are cut.
  const pieces = [
    '# Heading *one*\n', 'Setext\n===\n', 'Para with [link](http://x) and `code`.\n', 'Lazy para\ncontinues\n',
    '> quote line\n', '> quote\nlazy continuation\n', '> > nested\n', '- bullet\n', '* star item\n',
    '  - nested bullet\n', '1. one\n', '```\n', '~~~js\n', 'code inside\n', '    indented code\n', '<div>\n',
    '</div>\n', '<!-- comment\n', 'still comment -->\n', '<script>\n', '</script>\n', '| a | b |\n', '|---|---|\n',
    '[ref]: http://example.org\n', 'Uses [ref] and [text][REF].\n', '[^1]: Footnote text.\n', 'Claim[^1] here.\n',
    '---\n', '- - -\n', '\n', '\n', '\n', 'Text &amp; \\*escaped\\*.\n', '<!-- provenance-disable -->\n',
    '- [ ] task\n', '<?php\n', '?>\n', '> ```\n', '- item\n\n  para\n', '<span>\n', '+++\n', '[^note]:\n    note\n',
    '2. two\n', '1) paren\n', '2) paren two\n', '1) 1) nested\n', '3. three\n   more\n',
    '> - quoted item\n', '> 1. quoted one\n', '> 2. quoted two\n', '> > - deep item\n', '> <div>\n', '> ~~~\n',
    '  - indented item\n', '   1. indented one\n', '    - deeper item\n', '  - - nested on its line\n', '  ```\n', '  <div>\n',
  ]

  it('reads a label the same whole or cut, when a line that looks like its definition is none', () => {
    // (the definition-looking line sits in fenced code, and in the next chunk "[ref]" is plain text, not a link)
    const doc = ['Intro para.', '```\n[ref]: http://example.org\n[^n]: not a note\n```', 'Uses [ref] and a note[^n] here.', 'Last para.'].join('\n\n') + '\n'
    const whole = readChunked(doc, Infinity)
    expect(whole.text).toContain('Uses [ref] and a note[^n] here.')
    for (const size of [1, 20]) {
      const cut = readChunked(doc, size)
      expect(cut.text).toBe(whole.text)
      expect(cut.notes).toEqual(whole.notes)
    }
  })

  it('reads the same whole or cut into chunks', () => {
    let seed = 3
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648
    for (let run = 0; run < 60; run++) {
      let doc = run % 5 === 0 ? '---\ntitle: x\n\nkey: value\n---\n' : ''
      const count = 10 + Math.floor(random() * 50)
      for (let k = 0; k < count; k++) doc += pieces[Math.floor(random() * pieces.length)]
      if (run % 4 === 0) doc = doc.replace(/\n/g, '\r\n')
      const whole = readChunked(doc, Infinity)
      for (const size of [1, 60]) {
        const cut = readChunked(doc, size)
        expect(cut.text).toBe(whole.text)
        expect(cut.blocks).toEqual(whole.blocks)
        expect(cut.directives).toEqual(whole.directives)
        expect(cut.notes).toEqual(whole.notes)
        expect(cut.title).toBe(whole.title)
      }
    }
  }, 60000)
})

describe('readMarkdown on a list of plain items', () => {
  // micromark spends some 50 µs an item, so a run of bullet items of plain words is read without it; the tree must be the one it builds.
  const shape = (node: MdNode): unknown[] => (node.children ?? []).flatMap((list) => (list.children ?? []).map(function project(n: MdNode): unknown {
    return [n.type, n.position?.start.offset, n.position?.end.offset, (n.children ?? []).map(project)]
  }))
  const phrases = ['item', 'The council said: yes.', 'x > y', 'a # b', '2024 budget', 'Q: why?', '“quoted”', 'naïve café', '100%', 'a - b', '(aside)', 'ok!', '"straight"', "it's", '👍 emoji']

  it('builds the items micromark builds, blank lines between them or not', () => {
    let seed = 5
    const random = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n
    let read = 0
    for (let run = 0; run < 300; run++) {
      const lines: string[] = []
      for (let k = 0, n = 1 + random(8); k < n; k++) {
        if (random(5) === 0) lines.push('')
        lines.push('-*+'[random(3)] + ' '.repeat(1 + random(4)) + phrases[random(phrases.length)])
      }
      const text = lines.join('\n') + (random(2) ? '\n' : '')
      const tree = plainList(text)
      expect(tree).toBeDefined()
      expect(shape(tree!)).toEqual(shape(fromMarkdown(text, gfmParts()) as MdNode))
      read++
    }
    expect(read).toBe(300)
  })

  it('leaves items with any inline syntax or block of their own to micromark', () => {
    for (const text of ['- *em*', '- a [link](x)', '- `code`', '- www.example.com', '- mail a@b.co', '- # heading', '- 1. nested', '- > quote', '-     code', '- a  ', '- a\tb', 'Para\n- item', '- a &amp; b', '- ~~gone~~', '- a | b'])
      expect(plainList(text)).toBeUndefined()
  })

  it('reads a long list of one-word items as the chunked parse would', () => {
    const doc = Array.from({ length: 3000 }, (_, k) => `- item${k}`).join('\n') + '\n'
    const read = readMarkdown(doc)
    expect(read.blocks).toHaveLength(3000)
    expect(read.blocks.every((b) => b.kind === 'list-text')).toBe(true)
    expect(read.blocks.map((b) => read.text.slice(b.start, b.end)).slice(0, 2)).toEqual(['item0', 'item1'])
  })
})

describe('the front-matter extension’s error maker in the Worker (src/input/fault.ts)', () => {
  it('fills in each value of its message, as the package it stands in for does', () => {
    expect(fault('Missing matter definition for `%s`', 'toml').message).toBe('Missing matter definition for `toml`')
    expect(fault('Missing `type` in matter `%j`', { marker: '-' }).message).toBe('Missing `type` in matter `{"marker":"-"}`')
    expect(fault('%d matters', '2').message).toBe('2 matters')
    expect(fault('Expected matter to be an object')).toBeInstanceOf(Error)
  })
})
