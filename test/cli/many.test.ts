import { spawnSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { checkSource } from '../../src/cli/check-file'
import { stylish } from '../../src/cli/formats/stylish'
import { text } from '../../src/cli/formats/text'
import { painter } from '../../src/cli/paint'
import { BIN, cli, ensureBuilt, tempDir } from './helpers'

// 200 short drafts of four kinds, each kind with its own names and numbers
const towns = ['Arlen', 'Brask', 'Corvo', 'Dunmere', 'Elsby', 'Farrow', 'Gilden', 'Hollin', 'Ivesby', 'Jutland']
const people = ['Ana Ruiz', 'Tom Becker', 'Priya Nair', 'Jonas Holm', 'Leila Haddad', 'Sam Okoro', 'Mei Tanaka', 'Ivo Petrov']

function draft(i: number): string {
  const town = towns[i % towns.length]
  const who = people[i % people.length]
  const n = 10 + (i % 37)
  const kind = i % 4
  const lead = `# ${town} budget, draft ${i}\n\n`
  if (kind === 0) return `${lead}${town} will spend ${n} million on roads next year, mayor ${who} said on Monday.\n\n"We have waited long enough," ${who.split(' ')[1]} said.\n`
  if (kind === 1) return `${lead}${town} will close ${n % 5 + 1} libraries in spring.\n\nThe council has not published the list.\n\nRents rose ${n} percent last year.\n`
  if (kind === 2) return `${lead}The ${town} plan will cost ${n} million, officials said.\n\nThe ${town} council approved it on Tuesday, according to the minutes of the meeting.\n`
  return `${lead}---\n\n${town} reportedly lost ${n} jobs at the port, ${who} told the Courier.\n\nSome ${town} shops have closed.\n`
}

function drafts(count: number): string {
  const dir = tempDir()
  for (let i = 0; i < count; i++) {
    const sub = join(dir, 'drafts', `week-${String(Math.floor(i / 50)).padStart(2, '0')}`)
    mkdirSync(sub, { recursive: true })
    writeFileSync(join(sub, `story-${String(i).padStart(3, '0')}.md`), draft(i))
  }
  return dir
}

beforeAll(ensureBuilt)

describe('many drafts in one run', () => {
  it('checks 200 drafts from one glob: a report each, verdicts and a total', () => {
    const dir = drafts(200)
    const json = cli(['check', 'drafts/**/*.md', '--format', 'json', '--max-unattributed-share', '0.5'], { cwd: dir })
    const list = JSON.parse(json.stdout) as Array<{ path: string; report: { summary: { claims: number }; verdict: { passed: boolean } } }>
    expect(list).toHaveLength(200)
    expect(list[0].path).toBe('drafts/week-00/story-000.md')
    expect(list[199].path).toBe('drafts/week-03/story-199.md')
    for (const item of list) expect(item.report.summary.claims).toBeGreaterThan(0)
    // the drafts of kind 1 (every fourth, from 1) have no attribution at all
    const failed = list.filter((x) => !x.report.verdict.passed).map((x) => Number(/story-(\d+)/.exec(x.path)![1]))
    expect(failed).toEqual(Array.from({ length: 50 }, (_, k) => 4 * k + 1))
    expect(json.code).toBe(1)

    const stylish = cli(['check', 'drafts/**/*.md', '--max-unattributed-share', '0.5'], { cwd: dir })
    expect(stylish.code).toBe(1)
    expect(stylish.stdout.match(/^  (✔ passes|✖ fails)/gm)).toHaveLength(200)
    expect(stylish.stdout.trimEnd().split('\n').at(-1)).toMatch(/^✖ 200 files: 150 passed, 50 failed · \d+ findings/)
    // no progress line when stderr is not a terminal
    expect(stylish.stderr).toBe('')
  })
})

// (more rows than a call takes arguments: the widths of the columns were once spread into Math.max, and a long draft stopped the
// tool with "Maximum call stack size exceeded")
describe('one very long draft', () => {
  const plain = painter(false)
  const target = { display: 'long.txt', format: 'text' as const }

  it('lists a finding on each of 160,000 sentences, in both human formats', () => {
    const result = checkSource('Costs rose. '.repeat(160_000), target, {})
    if (result.kind !== 'checked') throw new Error(result.kind)
    expect(result.findings).toHaveLength(160_000)
    const last = `1:${12 * 159_999 + 1}`
    for (const out of [stylish([result], plain), text([result], plain)]) {
      expect(out).toContain(last)
      expect(out).toContain('160000 findings')
    }
  }, 60_000)

  it('lists 150,000 sources in the full report', () => {
    const draft = Array.from({ length: 150_000 }, (_, i) => `Zq${String(i).padStart(6, '0')} said so.`).join('\n')
    const result = checkSource(draft, target, {})
    if (result.kind !== 'checked') throw new Error(result.kind)
    expect(result.report.summary.sources).toHaveLength(150_000)
    const out = text([result], plain)
    expect(out).toContain('150000:1')
    expect(out).toContain('Zq149999 (')
  }, 60_000)
})

describe('on a terminal', () => {
  // `script` runs the CLI on a pseudo-terminal, as a person at a terminal would
  const onTerminal = (command: string, env: Record<string, string> = {}) => {
    const r = spawnSync('script', ['-qec', command, '/dev/null'], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '', ...env, TERM: 'xterm' } })
    expect(r.error).toBeUndefined()
    return r.stdout
  }
  const colour = /\u001b\[\d+m/

  it('shows a progress line when many files are checked, and colours the output', () => {
    const dir = drafts(12)
    const out = onTerminal(`cd '${dir}' && '${process.execPath}' '${BIN}' check 'drafts/**/*.md'`)
    expect(out).toContain('\r\u001b[Kchecking 1/12 drafts/week-00/story-000.md')
    expect(out).toContain('\r\u001b[Kchecking 12/12 drafts/week-00/story-011.md')
    expect(out).toMatch(colour)
  })

  it('no progress line for a few files', () => {
    const dir = drafts(3)
    expect(onTerminal(`cd '${dir}' && '${process.execPath}' '${BIN}' check 'drafts/**/*.md'`)).not.toContain('checking')
  })

  it('never colours with NO_COLOR or --no-color', () => {
    const dir = drafts(2)
    const run = `cd '${dir}' && '${process.execPath}' '${BIN}' check 'drafts/**/*.md' --format text`
    expect(onTerminal(run)).toMatch(colour)
    expect(onTerminal(run, { NO_COLOR: '1' })).not.toMatch(colour)
    expect(onTerminal(`${run} --no-color`)).not.toMatch(colour)
  })
})
