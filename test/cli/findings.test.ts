import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { locator, suppression } from '../../src/cli/findings'
import { CHECKED, EXPECTED, place } from './expected'
import { cli, ensureBuilt, FIXTURES, lineOf, spanOf } from './helpers'

const source = (path: string) => readFileSync(join(FIXTURES, path), 'utf8')
const check = (format: string, ...args: string[]) => cli(['check', 'drafts/**/*', '--format', format, ...args], { cwd: FIXTURES })

// The block of a human format's output about one file: its header line to the next blank line
function block(out: string, path: string): string {
  const start = out.indexOf(`${path}\n`)
  expect(start, `no block for ${path}`).toBeGreaterThanOrEqual(0)
  const end = out.indexOf('\n\n', start)
  return out.slice(start, end < 0 ? undefined : end)
}

beforeAll(ensureBuilt)

describe('findings at exact places, in every format', () => {
  it('the expectations point at the words they name in the fixture drafts', () => {
    for (const [path, findings] of Object.entries(EXPECTED)) {
      for (const f of findings) expect(spanOf(source(path), f), `${path} ${place(f)}`).toBe(f.text)
    }
  })

  it('json: every finding with rule, label, start and end line and column', () => {
    const r = check('json')
    expect(r.code).toBe(0)
    const list = JSON.parse(r.stdout) as Array<{ path: string; report: { findings: Array<Record<string, unknown>> } }>
    // drafts/archive is in .provenanceignore
    expect(list.map((x) => x.path)).toEqual(CHECKED)
    for (const { path, report } of list) {
      const got = report.findings.map((f) => ({ rule: f.rule, label: f.label, line: f.line, column: f.column, endLine: f.endLine, endColumn: f.endColumn }))
      expect(got, path).toEqual(EXPECTED[path].map(({ text, ...f }) => f))
      // offsets are UTF-16 offsets into the file as sent
      for (const f of report.findings) expect(source(path).slice(f.offset as number, f.endOffset as number)).toBe(EXPECTED[path].find((e) => e.line === f.line && e.column === f.column)!.text)
    }
  })

  it('stylish: one row per finding (line:col, label, message, rule id), the sentence quoted, a verdict per file and a total', () => {
    const r = check('stylish')
    expect(r.code).toBe(0)
    for (const path of CHECKED) {
      const rows = block(r.stdout, path)
        .split('\n')
        .filter((l) => /^\s+\d+:\d+\s/.test(l))
        .map((l) => l.trim().split(/\s{2,}/))
      expect(rows.map(([at, label, , rule]) => [at, label, rule]), path).toEqual(EXPECTED[path].map((f) => [`${f.line}:${f.column}`, f.label, f.rule]))
    }
    const harbour = block(r.stdout, 'drafts/harbour-fees.md')
    expect(harbour).toMatch(/^\s+11:1\s+unattributed\s+No source: say who says so, or confirm it is established fact\.\s+unattributed-claim\n\s+“The increase is the largest in a decade\.”$/m)
    expect(harbour).toMatch(/^\s+13:66\s+reported\s+Only unnamed sources \(officials\): name them, or say why they cannot be named\.\s+anonymous-source$/m)
    expect(harbour).toMatch(/^\s+33:25\s+reported\s+Only a hedge \(“reportedly”\), no source: say who reported it, or confirm it and drop the hedge\.\s+hedged-claim$/m)
    expect(harbour).toMatch(/\n  ✔ checked: 6 of 10 claims attributed \(60%\), 6 findings$/)
    expect(block(r.stdout, 'drafts/state-wire.md')).toMatch(/^\s+3:81\s+direct\s+KCNA supports 3 of 4 attributed claims: add independent sources\.\s+single-source$/m)
    expect(block(r.stdout, 'drafts/clean-brief.md')).toBe('drafts/clean-brief.md\n  ✔ checked: 3 of 3 claims attributed (100%), no findings')
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('✔ 5 files: 5 passed, 0 failed · 18 findings (17 warnings, 1 notice)')
  })

  it('github: one workflow command per finding at its place', () => {
    const r = check('github')
    const commands = r.stdout.split('\n').filter((l) => l.startsWith('::'))
    const expected = CHECKED.flatMap((path) =>
      EXPECTED[path].map((f) => `::${f.rule === 'single-source' ? 'notice' : 'warning'} file=${path},line=${f.line},col=${f.column},endLine=${f.endLine},endColumn=${f.endColumn},title=`),
    )
    expect(commands.map((c) => c.slice(0, c.indexOf('title=') + 6))).toEqual(expected)
    expect(commands[0]).toBe('::warning file=drafts/council-vote.txt,line=5,col=1,endLine=5,endColumn=52,title=Unattributed claim (unattributed-claim)::No source: say who says so, or confirm it is established fact.%0A“Work will start in May and take about eight months.”')
    expect(r.stdout).toContain(' drafts/harbour-fees.md: ✔ checked: 6 of 10 claims attributed (60%), 6 findings\n')
  })

  it('sarif: one result per finding, region in UTF-16 columns', () => {
    const log = JSON.parse(check('sarif').stdout)
    const results = log.runs[0].results as Array<{ ruleId: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: Record<string, number> } }> }>
    const got = results.map((x) => {
      const { artifactLocation, region } = x.locations[0].physicalLocation
      return `${artifactLocation.uri} ${x.ruleId} ${region.startLine}:${region.startColumn}-${region.endLine}:${region.endColumn}`
    })
    expect(got).toEqual(CHECKED.flatMap((path) => EXPECTED[path].map((f) => `${path} ${f.rule} ${place(f)}`)))
    expect(log.runs[0].columnKind).toBe('utf16CodeUnits')
  })

  it('rdjson: one diagnostic per finding, columns in UTF-8 bytes as reviewdog counts them', () => {
    const result = JSON.parse(check('rdjson').stdout)
    expect(result.source.name).toBe('provenance')
    const got = result.diagnostics.map((d: { location: { path: string; range: { start: { line: number; column: number }; end: { line: number; column: number } } }; code: { value: string }; severity: string }) => {
      const { start, end } = d.location.range
      return `${d.location.path} ${d.code.value} ${d.severity} ${start.line}:${start.column}-${end.line}:${end.column}`
    })
    const bytes = (path: string, line: number, column: number) => Buffer.byteLength(lineOf(source(path), line).slice(0, column - 1)) + 1
    const expected = CHECKED.flatMap((path) =>
      EXPECTED[path].map((f) => `${path} ${f.rule} ${f.rule === 'single-source' ? 'INFO' : 'WARNING'} ${f.line}:${bytes(path, f.line, f.column)}-${f.endLine}:${bytes(path, f.endLine, f.endColumn)}`),
    )
    expect(got).toEqual(expected)
    // "Gdańsk" comes before "officials": one column more in bytes than in UTF-16 units
    expect(got).toContain('drafts/harbour-fees.md anonymous-source WARNING 13:67-13:76')
  })

  it('thresholds turn the findings of the rule that failed into errors', () => {
    const r = check('json', '--max-unattributed-share', '0.3', '--fail-on-flag', 'state-media')
    expect(r.code).toBe(1)
    const list = JSON.parse(r.stdout) as Array<{ path: string; report: { findings: Array<{ rule: string; severity: string }>; verdict: { passed: boolean } } }>
    const severities = Object.fromEntries(list.map((x) => [x.path, [...new Set(x.report.findings.map((f) => `${f.rule}:${f.severity}`))].sort()]))
    expect(severities['drafts/harbour-fees.md']).toEqual(['anonymous-source:warning', 'hedged-claim:warning', 'unattributed-claim:error'])
    expect(severities['drafts/state-wire.md']).toEqual(['single-source:notice', 'state-media:error', 'unattributed-claim:warning'])
    expect(severities['drafts/council-vote.txt']).toEqual(['anonymous-source:warning', 'unattributed-claim:error'])
    expect(list.filter((x) => !x.report.verdict.passed).map((x) => x.path)).toEqual(['drafts/council-vote.txt', 'drafts/harbour-fees.md', 'drafts/state-wire.md'])
  })
})

describe('Markdown drafts', () => {
  const text = () => cli(['check', 'drafts/harbour-fees.md', '--format', 'text'], { cwd: FIXTURES }).stdout

  it('front matter is not prose; its title names the draft', () => {
    const out = text()
    expect(out.split('\n')[0]).toBe('drafts/harbour-fees.md (markdown: Harbour fees to rise 12 percent)')
    expect(out).not.toContain('desk: business')
    expect(out).toMatch(/^\s+7:3\s+unattributed\s+\[heading, not a claim\] Harbour fees to rise 12 percent next year$/m)
  })

  it('code blocks and inline code are not prose', () => {
    const out = text()
    expect(out).not.toContain('The port is closing next week')
    expect(out).not.toContain('make fees')
    // the sentence around inline code is one sentence, found at its place
    expect(out).toMatch(/^\s+19:1\s+unattributed\s+Large vessels pay the `berth-L` rate, which rises fastest\.$/m)
  })

  it('a cue inside emphasis and across a hard wrap still attributes the sentence', () => {
    const out = text()
    expect(out).toMatch(/^\s+9:1\s+direct\s+The Port of Valdemar will raise berthing fees by 12 percent in January, \*according to the port authority's budget\* for next year\.\n\s+↳ “according to” → “the port authority's budget/m)
    expect(out).toMatch(/^\s+13:1\s+reported\s+Some container lines could move to rival ports such as Gdańsk, \*\*officials said\*\* on Tuesday\.\n\s+↳ “said” → “officials” \(vague anonymous\)/m)
  })

  it('a quotation in a blockquote keeps its speaker, on its next line too', () => {
    const out = text()
    expect(out).toMatch(/^\s+15:3\s+direct\s+"We cannot absorb another rise," said Marta Kowalski/m)
    expect(out).toMatch(/^\s+16:3\s+direct\s+"Our margins are already gone\."\n\s+↳ “said” → “Marta Kowalski” \(named person\) · quotation · carried over$/m)
  })

  it('ignore-next-line and disable/enable comments take their lines out of the check', () => {
    const out = text()
    expect(out).toMatch(/^\s+26:1\s+unattributed\s+\[ignored\] The harbour handled 4\.1 million containers last year\.$/m)
    expect(out).toMatch(/^\s+29:1\s+unattributed\s+\[ignored\] Valdemar is the third-busiest port on the coast\.$/m)
    expect(out).toMatch(/^\s+30:1\s+unattributed\s+\[ignored\] Its cranes are the oldest in the region\.$/m)
    // no finding on those lines, and the claims left out do not count towards the share
    const report = JSON.parse(cli(['check', 'drafts/harbour-fees.md', '--format', 'json'], { cwd: FIXTURES }).stdout)
    expect(report.findings.map((f: { line: number }) => f.line)).not.toEqual(expect.arrayContaining([26, 29, 30]))
    expect(report.summary.claims).toBe(13)
    expect(report.verdict).toMatchObject({ claims: 10, unattributed: 4 })
  })

  it('list items are prose, checked at their place', () => {
    expect(text()).toMatch(/^\s+35:3\s+direct\s+Mayor Ines Faria said the city would ask the port to phase the increase in\.$/m)
  })
})

describe('HTML drafts', () => {
  it('page furniture is left out, findings map back to the HTML source, entities included', () => {
    const out = cli(['check', 'drafts/ferry-strike.html', '--format', 'text'], { cwd: FIXTURES }).stdout
    expect(out.split('\n')[0]).toBe('drafts/ferry-strike.html (html: Ferry crews walk out over rosters | The Coastal Courier)')
    expect(out).not.toMatch(/Home|All rights reserved/)
    expect(out).toMatch(/^\s+10:7\s+unattributed\s+\[heading, not a claim\] Ferry crews walk out over rosters$/m)
    expect(out).toMatch(/^\s+17:6\s+unattributed\s+\[ignored\] The company made a profit of 31 million euros last year\.$/m)
    // the sentence starts at the character reference that opens its quotation
    expect(out).toMatch(/^\s+15:18\s+direct\s+“The rosters leave crews with less than eight hours’ rest,” union secretary Paul Brandt told reporters\.$/m)
  })

  it('json of HTML carries the extracted text its offsets point into', () => {
    const report = JSON.parse(cli(['check', 'drafts/ferry-strike.html', '--format', 'json'], { cwd: FIXTURES }).stdout)
    expect(report.input).toBe('html')
    for (const s of report.sentences) expect(report.text.slice(s.start, s.end)).toBe(s.text)
    expect(report.findings[0].excerpt).toBe('About 6,000 passengers a day use the routes & most sailings were cancelled.')
  })

  it('--input reads a file as the type it names, whatever its extension', () => {
    const asText = JSON.parse(cli(['check', 'drafts/ferry-strike.html', '--input', 'text', '--format', 'json'], { cwd: FIXTURES }).stdout)
    expect(asText.input).toBe('text')
    expect(asText.sentences.some((s: { text: string }) => s.text.includes('<p>'))).toBe(true)
  })
})

describe('plain-text drafts', () => {
  it('are checked line by line as written', () => {
    const out = cli(['check', 'drafts/council-vote.txt', '--format', 'text'], { cwd: FIXTURES }).stdout
    expect(out.split('\n')[0]).toBe('drafts/council-vote.txt (text)')
    expect(out).toMatch(/^\s+3:1\s+direct\s+The city council voted 27 to 12 on Thursday/m)
    expect(out).toMatch(/^\s+5:1\s+unattributed\s+Work will start in May and take about eight months\.\n\s+! unattributed-claim: No source/m)
  })
})

describe('byte columns', () => {
  it('count the UTF-8 bytes before each place on its line, whatever the characters and however long the line', () => {
    // (two bytes for é and ń, three for € and “, four for an emoji's surrogate pair, three for a lone surrogate, written as U+FFFD)
    const line = Array.from({ length: 300 }, (_, i) => ['Gdańsk said it. ', '“€5,” Lee said. ', 'Kim 😀 said so. ', 'Odd \ud800 mark. ', 'Café rose. '][i % 5]).join('')
    const source = `Heading é\r\n${line}\nLast 😀 line.`
    const locate = locator('text', (offset) => offset, source)
    const expected = (offset: number) => {
      const start = offset <= 9 ? 0 : offset <= 11 + line.length ? 11 : 12 + line.length
      return Buffer.byteLength(source.slice(start, offset)) + 1
    }
    for (let start = 0; start < source.length; start += 7) {
      const end = Math.min(source.length, start + 40)
      const place = locate(start, end)
      expect([place.byteColumn, place.endByteColumn]).toEqual([expected(place.offset), expected(place.endOffset)])
    }
  })
})

describe('directives', () => {
  it('take out the places inside any of many disable ranges, those overlapping one, and all after one left open', () => {
    const directives = [
      { kind: 'disable' as const, offset: 0, line: 10 },
      { kind: 'enable' as const, offset: 0, line: 20 },
      { kind: 'disable' as const, offset: 0, line: 30 },
      { kind: 'disable' as const, offset: 0, line: 32 },
      { kind: 'enable' as const, offset: 0, line: 40 },
      { kind: 'ignore-next-line' as const, offset: 0, line: 50 },
      { kind: 'disable' as const, offset: 0, line: 60 },
    ]
    const isSuppressed = suppression(directives, 'x\n'.repeat(100))
    const out = (first: number, last: number) => isSuppressed(first, last)
    // (before the first range, inside each, across an edge, between two, the line after an ignore comment, and past an open disable)
    expect([out(1, 9), out(10, 10), out(12, 15), out(8, 11), out(19, 22), out(21, 29), out(29, 31), out(35, 35), out(41, 49)]).toEqual([false, true, true, true, true, false, true, true, false])
    expect([out(51, 51), out(52, 59), out(61, 61), out(99, 100)]).toEqual([true, false, true, true])
    // (a thousand ranges: each place is told by its own)
    const many = Array.from({ length: 1000 }, (_, i) => [
      { kind: 'disable' as const, offset: 0, line: 10 * i + 1 },
      { kind: 'enable' as const, offset: 0, line: 10 * i + 5 },
    ]).flat()
    const inMany = suppression(many, 'x\n'.repeat(10_000))
    for (const i of [0, 1, 499, 998, 999]) expect([inMany(10 * i + 3, 10 * i + 3), inMany(10 * i + 7, 10 * i + 9), inMany(10 * i + 4, 10 * i + 7)]).toEqual([true, false, true])
  })
})
