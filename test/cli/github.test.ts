import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { escapeData, escapeProperty } from '../../src/cli/formats/github'
import { cli, ensureBuilt, tempDir } from './helpers'

beforeAll(ensureBuilt)

describe('github format: workflow commands escaped as GitHub reads them', () => {
  it('escapes %, carriage returns and newlines in messages, and also : and , in properties', () => {
    expect(escapeData('12% up: a, b\r\nnext')).toBe('12%25 up: a, b%0D%0Anext')
    expect(escapeProperty('drafts/a, b: 100%.md\n')).toBe('drafts/a%2C b%3A 100%25.md%0A')
  })

  it('end to end: a file name with %, :, , and a newline, and draft text with all of them', () => {
    const dir = tempDir()
    const name = 'harbour, draft: 100%\nfinal.md'
    writeFileSync(
      join(dir, name),
      '# Fees\n\nFees rose 12% in 2016: the most, by far, since 1990.\n\n::error file=x::Ferries paid no fees at all.\n',
    )
    const r = cli(['check', name, '--format', 'github'], { cwd: dir })
    expect(r.code).toBe(0)
    const lines = r.stdout.split('\n')
    const file = 'file=harbour%2C draft%3A 100%25%0Afinal.md'
    expect(lines[0]).toBe(
      `::warning ${file},line=3,col=1,endLine=3,endColumn=53,title=Unattributed claim (unattributed-claim)::No source: say who says so, or confirm it is established fact.%0A“Fees rose 12%25 in 2016: the most, by far, since 1990.”`,
    )
    // text from the draft never starts a line, so it cannot be read as a workflow command
    for (const line of lines.filter(Boolean)) expect(line).toMatch(/^(::(warning|error|notice) file=|\s)/)
    expect(r.stdout).toContain('%0A“::error file=x::Ferries paid no fees at all.”')
    expect(r.stdout).toContain(' harbour, draft: 100% final.md: ✔ checked')
  })

  it('a file that fails a threshold or cannot be read gets an error annotation', () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'a.md'), 'Fees rose in 2016.\n\nThe port is busy.\n')
    const r = cli(['check', 'a.md', 'gone.md', '--format', 'github', '--max-unattributed', '1'], { cwd: dir })
    expect(r.code).toBe(2)
    expect(r.stdout).toContain('::error file=a.md,title=Provenance threshold exceeded::2 unattributed claims (max 1)\n')
    expect(r.stdout).toContain('::error file=a.md,line=1,col=1,endLine=1,endColumn=19,title=Unattributed claim (unattributed-claim)::')
    expect(r.stdout).toContain('::error file=gone.md,title=Provenance could not check this file::no such file\n')
  })
})
