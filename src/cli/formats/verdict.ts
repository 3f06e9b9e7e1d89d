import type { FileResult } from '../check-file'
import type { Paint } from '../paint'
import { percent } from '../thresholds'

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`

/** The one-line verdict on a file, for the human formats. */
export function verdictLine(result: FileResult, paint: Paint): string {
  if (result.kind === 'error') return `${paint('red', '✖')} not checked: ${result.message}`
  if (result.kind === 'empty') return `${paint('dim', '–')} nothing to check: no prose in this file`
  const { verdict, findings } = result
  const found = findings.length ? plural(findings.length, 'finding', 'findings') : 'no findings'
  const attributed = verdict.claims - verdict.unattributed
  const measure = verdict.claims ? `${attributed} of ${plural(verdict.claims, 'claim', 'claims')} attributed (${percent(attributed / verdict.claims)})` : 'no claims'
  if (!verdict.passed) return `${paint('red', '✖ fails:')} ${verdict.failures.map((f) => f.message).join('; ')}`
  // without thresholds there is no standard to pass: say what was found, not that it is fine
  return `${paint('green', verdict.judged ? '✔ passes:' : '✔ checked:')} ${measure}, ${found}`
}

/** Counts over all files, for the total line and the exit code. */
export interface Totals {
  files: number
  passed: number
  failed: number
  unreadable: number
  empty: number
  findings: number
  errors: number
  warnings: number
  notices: number
}

/** Counts the results of a run. */
export function totalsOf(results: FileResult[]): Totals {
  const t: Totals = { files: results.length, passed: 0, failed: 0, unreadable: 0, empty: 0, findings: 0, errors: 0, warnings: 0, notices: 0 }
  for (const r of results) {
    if (r.kind === 'error') t.unreadable++
    else if (r.kind === 'empty') t.empty++
    else {
      if (r.verdict.passed) t.passed++
      else t.failed++
      for (const f of r.findings) {
        t.findings++
        if (f.severity === 'error') t.errors++
        else if (f.severity === 'warning') t.warnings++
        else t.notices++
      }
    }
  }
  return t
}

/** The line that closes a run of the human formats. */
export function totalLine(results: FileResult[], paint: Paint): string {
  const t = totalsOf(results)
  const ok = t.failed === 0 && t.unreadable === 0
  const parts = [`${plural(t.files, 'file', 'files')}: ${t.passed} passed`, `${t.failed} failed`]
  if (t.unreadable) parts.push(`${t.unreadable} not checked`)
  if (t.empty) parts.push(`${t.empty} empty`)
  const kinds = [t.errors && plural(t.errors, 'error', 'errors'), t.warnings && plural(t.warnings, 'warning', 'warnings'), t.notices && plural(t.notices, 'notice', 'notices')].filter(Boolean)
  const found = `${plural(t.findings, 'finding', 'findings')}${kinds.length ? ` (${kinds.join(', ')})` : ''}`
  return `${ok ? paint('green', '✔') : paint('red', '✖')} ${parts.join(', ')} · ${found}`
}
