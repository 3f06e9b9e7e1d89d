import type { Checked, FileResult } from '../check-file'
import type { Finding } from '../findings'

/** A finding as the JSON output gives it. */
function findingJson(f: Finding) {
  const { rule, severity, label, sentence, line, column, endLine, endColumn, offset, endOffset, message, excerpt } = f
  return { rule, severity, label, sentence, line, column, endLine, endColumn, offset, endOffset, message, excerpt }
}

/**
 * The report of a checked file, extended with what the CLI adds (nothing about its path):
 * the input format, the findings at their places in the file as sent, and the verdict.
 */
export function reportJson(r: Checked) {
  const extra: Record<string, unknown> = { input: r.format }
  if (r.title) extra.title = r.title
  // For HTML the report's offsets point into the extracted text: ship it so they can be used
  if (r.text !== undefined) extra.text = r.text
  return { ...r.report, ...extra, findings: r.findings.map(findingJson), verdict: r.verdict }
}

/** One report object for a single input; an array of `{ path, report }` for several. */
export function json(results: FileResult[], single: boolean): string {
  if (single && results.length === 1 && results[0].kind === 'checked') return `${JSON.stringify(reportJson(results[0]), null, 2)}\n`
  if (single && results.length === 1 && results[0].kind !== 'checked') return ''
  const items = results.map((r) => {
    if (r.kind === 'checked') return { path: r.display, report: reportJson(r) }
    if (r.kind === 'empty') return { path: r.display, skipped: 'no prose in this file' }
    return { path: r.display, error: r.message }
  })
  return `${JSON.stringify(items, null, 2)}\n`
}
