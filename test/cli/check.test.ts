import { execFileSync, spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { BIN, cli, DRAFTS, ensureBuilt, ROOT, tempDir } from './helpers'

const draft = (name: string) => join(DRAFTS, name)
const read = (name: string) => readFileSync(draft(name), 'utf8')

beforeAll(ensureBuilt)

describe('provenance check: the two report formats', () => {
  it('text: every sentence with its place, label, cue and source, then summary, sources, flags and verdict', () => {
    const r = cli(['check', draft('clean-brief.md'), '--format', 'text'])
    expect(r.code).toBe(0)
    const out = r.stdout
    expect(out).toMatch(/^test\/fixtures\/drafts\/clean-brief\.md \(markdown\)$/m)
    expect(out).toMatch(/^\s+1:3\s+unattributed\s+\[heading, not a claim\] Library to open on Sundays$/m)
    expect(out).toMatch(/^\s+3:1\s+direct\s+The city library will open on Sundays from March, library director Ana Reyes said on Monday\.$/m)
    expect(out).toContain('↳ “said” → “library director Ana Reyes” = Ana Reyes (named person)')
    expect(out).toMatch(/^\s+7:1\s+direct\s+The extra hours will cost about 40,000 euros a year, according to the council's budget papers\.$/m)
    expect(out).toContain('↳ “according to” → “the council\'s budget papers”')
    expect(out).toMatch(/Summary\s+4 sentences, 3 claims: 3 direct, 0 reported, 0 unattributed · 100% of claims attributed/)
    expect(out).toMatch(/Sources\n\s+2 claims\s+Ana Reyes \(person, named\) — “library director Ana Reyes”, “Reyes”/)
    expect(out).toMatch(/Flags\s+none/)
    expect(out).toContain('✔ checked: 3 of 3 claims attributed (100%), no findings')
    expect(out.trimEnd().split('\n').at(-1)).toBe('✔ 1 file: 1 passed, 0 failed · 0 findings')
  })

  it('text: shows the flags of the report and the findings under their sentence', () => {
    const r = cli(['check', draft('state-wire.md'), '--format', 'text'])
    expect(r.stdout).toMatch(/Flags\n\s+state-media\s+4 of 4 attributed claims rest on state media of North Korea and Russia \(KCNA, TASS\)/)
    expect(r.stdout).toMatch(/single-source\s+KCNA supports 3 of 4 attributed claims/)
    expect(r.stdout).toMatch(/^\s+11:1\s+unattributed\s+The two countries signed a transport agreement in 2023\.\n\s+! unattributed-claim: No source: say who says so/m)
  })

  it('no colour when the output is not a terminal', () => {
    for (const format of ['text', 'stylish']) {
      const r = cli(['check', draft('harbour-fees.md'), '--format', format])
      expect(r.stdout).not.toMatch(/\u001b\[/)
    }
  })

  it('json for one file is the report of SPEC §4, with findings and verdict added', () => {
    const r = cli(['check', draft('harbour-fees.md'), '--format', 'json'])
    expect(r.code).toBe(0)
    const report = JSON.parse(r.stdout)
    expect(report.version).toBe(1)
    expect(Object.keys(report.summary)).toEqual(expect.arrayContaining(['sentences', 'claims', 'direct', 'reported', 'unattributed', 'attributedShare', 'sources', 'flags']))
    expect(report.path).toBeUndefined()
    expect(report.input).toBe('markdown')
    expect(report.title).toBe('Harbour fees to rise 12 percent')
    // Markdown offsets point into the file as sent
    const source = read('harbour-fees.md')
    for (const s of report.sentences) expect(source.slice(s.start, s.end)).toBe(s.text)
    expect(report.findings).toHaveLength(6)
    expect(report.verdict).toMatchObject({ passed: true, claims: 10, unattributed: 4, unattributedShare: 0.4, failures: [] })
  })

  it('json for several files is an array of { path, report }', () => {
    const r = cli(['check', 'test/fixtures/drafts/clean-brief.md', 'test/fixtures/drafts/council-vote.txt', '--format', 'json'])
    expect(r.code).toBe(0)
    const list = JSON.parse(r.stdout)
    expect(list.map((x: { path: string }) => x.path)).toEqual(['test/fixtures/drafts/clean-brief.md', 'test/fixtures/drafts/council-vote.txt'])
    expect(list[1].report.input).toBe('text')
    expect(list[1].report.summary).toMatchObject({ claims: 4, direct: 1, reported: 1, unattributed: 2 })
  })

  it('reads standard input when no file is named, and for "-"', () => {
    const input = read('council-vote.txt')
    const direct = JSON.parse(cli(['check', '--format', 'json'], { input }).stdout)
    const dash = JSON.parse(cli(['check', '-', '--format', 'json'], { input }).stdout)
    const file = JSON.parse(cli(['check', draft('council-vote.txt'), '--format', 'json']).stdout)
    expect(direct).toEqual(file)
    expect(dash).toEqual(file)
    const stylish = cli(['check'], { input })
    expect(stylish.stdout.split('\n')[0]).toBe('<stdin>')
    expect(stylish.stdout).toMatch(/^\s+5:1\s+unattributed\s+No source/m)
  })

  it('standard input is read as the type its --stdin-filename names', () => {
    const r = cli(['check', '--stdin-filename', 'drafts/harbour-fees.md', '--format', 'json'], { input: read('harbour-fees.md') })
    const report = JSON.parse(r.stdout)
    expect(report.input).toBe('markdown')
    expect(report.findings[0]).toMatchObject({ rule: 'unattributed-claim', line: 11, column: 1 })
    expect(cli(['check', '--stdin-filename', 'drafts/harbour-fees.md'], { input: read('harbour-fees.md') }).stdout.split('\n')[0]).toBe('drafts/harbour-fees.md')
  })

  it('several files and a stdin in one run', () => {
    const r = cli(['check', draft('clean-brief.md'), '-', draft('state-wire.md')], { input: read('council-vote.txt') })
    expect(r.code).toBe(0)
    const heads = r.stdout.split('\n').filter((l) => /^\S/.test(l))
    expect(heads.slice(0, 3)).toEqual(['test/fixtures/drafts/clean-brief.md', '<stdin>', 'test/fixtures/drafts/state-wire.md'])
    expect(heads[3]).toBe('✔ 3 files: 3 passed, 0 failed · 9 findings (8 warnings, 1 notice)')
  })
})

describe('provenance check: exit codes', () => {
  it('0 when every file was checked and no threshold is set, findings or not', () => {
    const r = cli(['check', draft('harbour-fees.md'), draft('state-wire.md')])
    expect(r.code).toBe(0)
    // with no standard set, the verdict reports what it found rather than a pass
    expect(r.stdout).toContain('  ✔ checked: 6 of 10 claims attributed (60%), 6 findings')
  })

  it('1 when a file exceeds a threshold; the verdict says which', () => {
    const r = cli(['check', draft('harbour-fees.md'), draft('clean-brief.md'), '--max-unattributed', '3'])
    expect(r.code).toBe(1)
    expect(r.stdout).toContain('✖ fails: 4 unattributed claims (max 3)')
    expect(r.stdout).toContain('✔ passes: 3 of 3 claims attributed (100%), no findings')
    expect(r.stdout).toContain('✖ 2 files: 1 passed, 1 failed')
  })

  it('0 when every file is within the thresholds', () => {
    const r = cli(['check', draft('harbour-fees.md'), '--max-unattributed-share', '0.4', '--max-unattributed', '4', '--max-anonymous', '1', '--fail-on-flag', 'state-media'])
    expect(r.code).toBe(0)
  })

  it('each threshold fails a file on its own', () => {
    const harbour = draft('harbour-fees.md')
    expect(cli(['check', harbour, '--max-unattributed-share', '0.39']).stdout).toContain('✖ fails: 4 of 10 claims are unattributed (40%, max 39%)')
    expect(cli(['check', harbour, '--max-anonymous', '0']).stdout).toContain('✖ fails: 1 claim rests on unnamed sources only (max 0)')
    expect(cli(['check', harbour, '--fail-on-flag', 'hedged-claims']).stdout).toContain('✖ fails: hedged-claims flag raised (1 finding)')
    const wire = cli(['check', draft('state-wire.md'), '--fail-on-flag', 'state-media,single-source'])
    expect(wire.code).toBe(1)
    expect(wire.stdout).toContain('✖ fails: state-media flag raised (4 findings); single-source flag raised (1 finding)')
  })

  it('2 on a usage error, with a hint', () => {
    const cases = [
      [['check', '--format', 'xml'], '--format must be one of stylish, text, json, github, sarif, rdjson, not "xml"'],
      [['check', '--max-unattributed-share', '30%'], '--max-unattributed-share must be a number from 0 to 1'],
      [['check', '--max-unattributed=-1'], '--max-unattributed must be a whole number'],
      [['check', '--max-anonymous', 'two'], '--max-anonymous must be a whole number'],
      [['check', '--fail-on-flag', 'state-media,rumours'], 'names unknown flag "rumours"'],
      [['check', '--frobnicate'], "Unknown option '--frobnicate'"],
      [['lint', 'a.md'], 'unknown command "lint"'],
      [[], 'no command given'],
    ] as const
    for (const [args, message] of cases) {
      const r = cli([...args])
      expect(r.code, args.join(' ')).toBe(2)
      expect(r.stderr).toContain(message)
      expect(r.stderr).toContain('provenance --help')
      expect(r.stdout).toBe('')
    }
  })

  it('2 for files that cannot be read: names each one, and still checks the others', () => {
    const dir = tempDir()
    mkdirSync(join(dir, 'drafts'))
    cpSync(draft('clean-brief.md'), join(dir, 'a.md'))
    cpSync(draft('council-vote.txt'), join(dir, 'b.txt'))
    const r = cli(['check', 'a.md', 'missing.md', 'drafts', 'b.txt'], { cwd: dir })
    expect(r.code).toBe(2)
    expect(r.stdout).toMatch(/^missing\.md\n  ✖ not checked: no such file$/m)
    expect(r.stdout).toMatch(/^drafts\n  ✖ not checked: is a folder, not a file: name its drafts, or a glob such as "folder\/\*\*\/\*\.md"$/m)
    expect(r.stdout).toMatch(/^a\.md\n  ✔ checked/m)
    expect(r.stdout).toMatch(/^b\.txt\n(.+\n)+  ✔ checked: 2 of 4 claims attributed/m)
    expect(r.stdout).toContain('✖ 4 files: 2 passed, 0 failed, 2 not checked')
    // machine formats keep stdout parseable and name the files on stderr
    const json = cli(['check', 'a.md', 'missing.md', 'drafts', 'b.txt', '--format', 'json'], { cwd: dir })
    expect(json.code).toBe(2)
    expect(json.stderr).toContain('provenance: missing.md: no such file')
    expect(json.stderr).toContain('provenance: drafts: is a folder')
    const list = JSON.parse(json.stdout)
    expect(list.map((x: { path: string }) => x.path)).toEqual(['a.md', 'missing.md', 'drafts', 'b.txt'])
    expect(list[1]).toEqual({ path: 'missing.md', error: 'no such file' })
    expect(list[3].report.summary.claims).toBe(4)
  })

  it('2 wins over 1: an unreadable file and a failed threshold', () => {
    expect(cli(['check', draft('harbour-fees.md'), 'nowhere.md', '--max-unattributed', '0']).code).toBe(2)
  })

  it('2 for a binary file; an empty file is nothing to check and no error', () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'photo.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]))
    writeFileSync(join(dir, 'empty.md'), '---\ntitle: Nothing yet\n---\n')
    const binary = cli(['check', 'photo.txt'], { cwd: dir })
    expect(binary.code).toBe(2)
    expect(binary.stdout).toContain('✖ not checked: cannot be checked: the input looks binary')
    const empty = cli(['check', 'empty.md'], { cwd: dir })
    expect(empty.code).toBe(0)
    expect(empty.stdout).toContain('– nothing to check: no prose in this file')
  })

  it('reads a draft saved as UTF-16 with its byte-order mark, as Windows editors save “Unicode” text', () => {
    const dir = tempDir()
    const text = 'Ms. Ødegård said the ferry would resume on Monday. The fare rises 5%.\n'
    const le = Buffer.from('\ufeff' + text, 'utf16le')
    writeFileSync(join(dir, 'utf8.txt'), text)
    writeFileSync(join(dir, 'le.txt'), le)
    writeFileSync(join(dir, 'be.txt'), Buffer.from(le).swap16())
    // (with no mark to say so, the NUL bytes still read as binary)
    writeFileSync(join(dir, 'bare.txt'), Buffer.from(text, 'utf16le'))
    const reports = ['utf8.txt', 'le.txt', 'be.txt'].map((f) => JSON.parse(cli(['check', f, '--format', 'json'], { cwd: dir }).stdout))
    expect(reports[0].sentences.map((s: { label: string }) => s.label)).toEqual(['direct', 'unattributed'])
    expect(reports[1]).toEqual(reports[0])
    expect(reports[2]).toEqual(reports[0])
    expect(cli(['check', 'bare.txt'], { cwd: dir }).stdout).toContain('the input looks binary')
  })

  it('2 when standard input is empty', () => {
    const r = cli(['check'], { input: '' })
    expect(r.code).toBe(2)
    expect(r.stdout).toContain('✖ not checked: nothing on standard input')
  })
})

describe('provenance: help, version, install', () => {
  it('prints help and version', () => {
    const help = cli(['--help'])
    expect(help.code).toBe(0)
    expect(help.stdout).toContain('Usage: provenance check [options] [FILE|GLOB|-]...')
    expect(help.stdout).toContain('Exit codes: 0')
    const version = cli(['--version'])
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version)
  })

  it('bin/provenance.js says to run npm run build when the CLI is not built', () => {
    const dir = tempDir()
    mkdirSync(join(dir, 'bin'))
    cpSync(BIN, join(dir, 'bin', 'provenance.js'))
    const r = spawnSync(process.execPath, [join(dir, 'bin', 'provenance.js'), 'check', 'x.md'], { encoding: 'utf8' })
    expect(r.status).toBe(2)
    expect(r.stderr).toContain('build/cli.js is missing')
    expect(r.stderr).toContain('npm run build')
  })

  // the worked example of shared/examples, kept in the repository (test/examples.ts checks the copy)
  it('`npx provenance check kcna-letter.txt --format json` gives the gold label, claim and role of every sentence', () => {
    const out = execFileSync('npx', ['provenance', 'check', 'test/fixtures/examples/kcna-letter.txt', '--format', 'json'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
    const report = JSON.parse(out)
    const gold = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/examples/kcna-letter.gold.json'), 'utf8'))
    const pick = (s: { index: number; label: string; claim: boolean; role: string }) => ({ index: s.index, label: s.label, claim: s.claim, role: s.role })
    expect(report.sentences.map(pick)).toEqual(gold.sentences.map(pick))
  })
})
