import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { cli, copyFixtures, ensureBuilt } from './helpers'

const writeJson = (path: string, data: unknown) => writeFileSync(path, JSON.stringify(data, null, 2))

beforeAll(ensureBuilt)

describe('.provenancerc.json', () => {
  it('is found upward from the working folder; its thresholds, format and files apply', () => {
    const dir = copyFixtures()
    writeJson(join(dir, '.provenancerc.json'), { files: ['drafts/**/*.md'], format: 'github', thresholds: { maxUnattributedShare: 0.3, failOnFlag: ['state-media'] } })
    mkdirSync(join(dir, 'desk', 'notes'), { recursive: true })
    const r = cli(['check'], { cwd: join(dir, 'desk', 'notes') })
    expect(r.code).toBe(1)
    // files from the configuration are relative to it; paths shown relative to where we run
    expect(r.stdout).toContain('::error file=../../drafts/harbour-fees.md,title=Provenance threshold exceeded::4 of 10 claims are unattributed (40%25, max 30%25)')
    expect(r.stdout).toContain('::error file=../../drafts/state-wire.md,title=Provenance threshold exceeded::state-media flag raised (4 findings)')
    expect(r.stdout).not.toContain('council-vote')
  })

  it('command-line options win over the configuration', () => {
    const dir = copyFixtures()
    writeJson(join(dir, '.provenancerc.json'), { format: 'json', thresholds: { maxUnattributed: 0 } })
    const r = cli(['check', 'drafts/clean-brief.md', 'drafts/harbour-fees.md', '--format', 'stylish', '--max-unattributed', '4'], { cwd: dir })
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/^drafts\/harbour-fees\.md$/m)
  })

  it('--config names the file to use; --no-config uses none', () => {
    const dir = copyFixtures()
    writeJson(join(dir, '.provenancerc.json'), { thresholds: { maxUnattributed: 0 } })
    writeJson(join(dir, 'lenient.json'), { thresholds: { maxUnattributed: 10 } })
    expect(cli(['check', 'drafts/harbour-fees.md'], { cwd: dir }).code).toBe(1)
    expect(cli(['check', 'drafts/harbour-fees.md', '--config', 'lenient.json'], { cwd: dir }).code).toBe(0)
    expect(cli(['check', 'drafts/harbour-fees.md', '--no-config'], { cwd: dir }).code).toBe(0)
    const missing = cli(['check', 'drafts/harbour-fees.md', '--config', 'strict.json'], { cwd: dir })
    expect(missing.code).toBe(2)
    expect(missing.stderr).toContain('cannot read the configuration')
    expect(missing.stderr).toContain('strict.json: no such file')
  })

  it('unknown keys are an error that names them, with a hint for a near miss', () => {
    const dir = copyFixtures()
    writeJson(join(dir, '.provenancerc.json'), { maxUnattributed: 2, colour: true, thresholds: { maxAnonymus: 1 } })
    const r = cli(['check', 'drafts/clean-brief.md'], { cwd: dir })
    expect(r.code).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).toContain('.provenancerc.json: unknown keys "maxUnattributed" (did you mean "thresholds.maxUnattributed"?), "colour", "thresholds.maxAnonymus"')
    expect(r.stderr).toContain('known keys: files, ignore, format, input, thresholds')
  })

  it('wrong values and broken JSON are errors that say what is wrong', () => {
    const dir = copyFixtures()
    const cases: Array<[string, string]> = [
      ['{ "format": "xml" }', '"format" must be one of stylish, text, json, github, sarif, rdjson'],
      ['{ "thresholds": { "maxUnattributedShare": 30 } }', '"thresholds.maxUnattributedShare" must be a number from 0 to 1'],
      ['{ "thresholds": { "failOnFlag": ["state-media", "gossip"] } }', '"thresholds.failOnFlag" names unknown flag "gossip"'],
      ['{ "files": "drafts/**/*.md", }', 'is not valid JSON'],
      ['[]', 'expected a JSON object'],
    ]
    for (const [text, message] of cases) {
      writeFileSync(join(dir, '.provenancerc.json'), text)
      const r = cli(['check', 'drafts/clean-brief.md'], { cwd: dir })
      expect(r.code, text).toBe(2)
      expect(r.stderr, text).toContain(message)
    }
  })
})

describe('ignoring files', () => {
  it('.provenanceignore (found upward) and the configuration\'s ignore patterns skip files that globs match', () => {
    const dir = copyFixtures()
    const all = cli(['check', 'drafts/**/*.md', '--format', 'json', '--no-config'], { cwd: dir })
    expect(JSON.parse(all.stdout).map((x: { path: string }) => x.path)).toEqual(['drafts/clean-brief.md', 'drafts/harbour-fees.md', 'drafts/state-wire.md'])
    writeJson(join(dir, '.provenancerc.json'), { ignore: ['state-*.md'] })
    const some = cli(['check', '**/*.md', '--format', 'json'], { cwd: join(dir, 'drafts') })
    expect(JSON.parse(some.stdout).map((x: { path: string }) => x.path)).toEqual(['clean-brief.md', 'harbour-fees.md'])
  })

  it('a file named on the command line but ignored is skipped, and says so', () => {
    const dir = copyFixtures()
    const r = cli(['check', 'drafts/archive/old-draft.md', 'drafts/clean-brief.md'], { cwd: dir })
    expect(r.code).toBe(0)
    expect(r.stderr).toContain('provenance: drafts/archive/old-draft.md: skipped, ignored by .provenanceignore')
    expect(r.stdout).not.toContain('old-draft')
  })

  it('a glob that matches no file is an error that names it', () => {
    const dir = copyFixtures()
    const r = cli(['check', 'drafts/**/*.md', 'desk/**/*.md'], { cwd: dir })
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('provenance: desk/**/*.md: no files match this pattern')
    expect(r.stdout).toMatch(/^drafts\/harbour-fees\.md$/m)
  })
})
