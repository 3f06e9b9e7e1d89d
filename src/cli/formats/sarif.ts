import { createHash } from 'node:crypto'
import type { FileResult } from '../check-file'
import type { Finding } from '../findings'
import { RULES, type Severity } from '../rules'

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', notice: 'note' }
const LANGUAGE = { text: 'plaintext', markdown: 'markdown', html: 'html' } as const

/** A relative path as a URI reference: each segment percent-encoded, `/` kept. */
export function pathUri(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/')
}

// Code scanning matches results across commits by fingerprint: use the rule and the
// sentence's words, not its line, so an edit above it does not open a new alert.
function fingerprint(f: Finding, seen: Map<string, number>): string {
  const key = `${f.rule}\u0000${f.excerpt.toLowerCase()}`
  const n = (seen.get(key) ?? 0) + 1
  seen.set(key, n)
  return `${createHash('sha256').update(key).digest('hex').slice(0, 32)}:${n}`
}

/** SARIF 2.1.0: one run, the five rules, one result per finding, read errors as notifications. */
export function sarif(results: FileResult[], version: string): string {
  const files = results.filter((r) => r.kind !== 'error' || r.display !== '<stdin>')
  const artifacts = files.map((r) => ({
    location: { uri: pathUri(r.display) },
    ...(r.kind === 'error' ? {} : { sourceLanguage: LANGUAGE[r.format] }),
  }))
  const out = []
  for (const r of results) {
    if (r.kind !== 'checked') continue
    const index = files.indexOf(r)
    const seen = new Map<string, number>()
    for (const f of r.findings) {
      out.push({
        ruleId: f.rule,
        ruleIndex: RULES.findIndex((x) => x.id === f.rule),
        level: LEVEL[f.severity],
        message: { text: `${f.message}\n“${f.excerpt}”` },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: pathUri(r.display), index },
              region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn, charOffset: f.offset, charLength: f.endOffset - f.offset },
            },
          },
        ],
        partialFingerprints: { 'provenanceSentence/v1': fingerprint(f, seen) },
        properties: { label: f.label },
      })
    }
  }
  const errors = results.filter((r) => r.kind === 'error')
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'provenance',
            version,
            semanticVersion: version,
            rules: RULES.map((rule) => ({
              id: rule.id,
              name: rule.title.replace(/(?:^|\s)(\w)/g, (_, c: string) => c.toUpperCase()),
              shortDescription: { text: rule.title },
              fullDescription: { text: rule.description },
              help: { text: rule.help },
              defaultConfiguration: { level: LEVEL[rule.severity] },
              properties: { tags: ['provenance', 'sourcing', rule.flag] },
            })),
          },
        },
        invocations: [
          {
            executionSuccessful: errors.length === 0,
            toolExecutionNotifications: errors.map((r) => ({
              level: 'error',
              message: { text: `${r.display}: ${r.message}` },
              ...(r.display === '<stdin>' ? {} : { locations: [{ physicalLocation: { artifactLocation: { uri: pathUri(r.display) } } }] }),
            })),
            properties: {
              verdicts: results.flatMap((r) => (r.kind === 'checked' ? [{ path: r.display, passed: r.verdict.passed, failures: r.verdict.failures.map((f) => f.message) }] : [])),
            },
          },
        ],
        artifacts,
        results: out,
        columnKind: 'utf16CodeUnits',
      },
    ],
  }
  return `${JSON.stringify(log, null, 2)}\n`
}
