import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { CHECKED, EXPECTED } from './expected'
import { cli, ensureBuilt, FIXTURES } from './helpers'

// The SARIF 2.1.0 schema is draft-04: ajv needs its draft-04 class. The schema's own
// patterns are ECMAScript regular expressions without the u flag.
const require = createRequire(import.meta.url)
const Ajv = require('ajv-draft-04') as typeof import('ajv-draft-04').default
const addFormats = require('ajv-formats') as typeof import('ajv-formats').default
const schema = JSON.parse(readFileSync(join(FIXTURES, 'sarif', 'sarif-2.1.0-rtm.5.json'), 'utf8'))
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false })
addFormats(ajv)
const validate = ajv.compile(schema)

beforeAll(ensureBuilt)

describe('sarif format', () => {
  it('is valid SARIF 2.1.0', () => {
    const r = cli(['check', 'drafts/**/*', '--format', 'sarif', '--max-unattributed-share', '0.3'], { cwd: FIXTURES })
    expect(r.code).toBe(1)
    const log = JSON.parse(r.stdout)
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true)
    expect(log.version).toBe('2.1.0')
  })

  it('the validator does catch a broken log', () => {
    const log = JSON.parse(cli(['check', 'drafts/harbour-fees.md', '--format', 'sarif'], { cwd: FIXTURES }).stdout)
    log.runs[0].results[0].locations[0].physicalLocation.region.startLine = 0
    expect(validate(log)).toBe(false)
  })

  it('lists the five rules, and each result names its rule, level and file', () => {
    const log = JSON.parse(cli(['check', 'drafts/**/*', '--format', 'sarif', '--fail-on-flag', 'state-media'], { cwd: FIXTURES }).stdout)
    const run = log.runs[0]
    expect(run.tool.driver.name).toBe('provenance')
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(['unattributed-claim', 'anonymous-source', 'hedged-claim', 'state-media', 'single-source'])
    expect(run.results).toHaveLength(CHECKED.reduce((n, p) => n + EXPECTED[p].length, 0))
    const levels = new Set(run.results.map((r: { ruleId: string; level: string }) => `${r.ruleId}:${r.level}`))
    expect([...levels].sort()).toEqual(['anonymous-source:warning', 'hedged-claim:warning', 'single-source:note', 'state-media:error', 'unattributed-claim:warning'])
    for (const result of run.results) {
      expect(run.tool.driver.rules[result.ruleIndex].id).toBe(result.ruleId)
      expect(run.artifacts[result.locations[0].physicalLocation.artifactLocation.index].location.uri).toBe(result.locations[0].physicalLocation.artifactLocation.uri)
    }
    // the same sentence keeps its fingerprint when lines move
    expect(run.results[0].partialFingerprints['provenanceSentence/v1']).toMatch(/^[0-9a-f]{32}:1$/)
  })

  it('a file that cannot be read is an error notification; the log stays valid', () => {
    const r = cli(['check', 'drafts/clean-brief.md', 'drafts/nothing here.md', '--format', 'sarif'], { cwd: FIXTURES })
    expect(r.code).toBe(2)
    const log = JSON.parse(r.stdout)
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true)
    const invocation = log.runs[0].invocations[0]
    expect(invocation.executionSuccessful).toBe(false)
    expect(invocation.toolExecutionNotifications[0]).toMatchObject({ level: 'error', message: { text: 'drafts/nothing here.md: no such file' } })
    expect(invocation.toolExecutionNotifications[0].locations[0].physicalLocation.artifactLocation.uri).toBe('drafts/nothing%20here.md')
  })
})
