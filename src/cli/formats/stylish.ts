import type { FileResult } from '../check-file'
import type { Finding } from '../findings'
import { widest, type Paint, type Style } from '../paint'
import { totalLine, verdictLine } from './verdict'

const SEVERITY: Record<Finding['severity'], Style> = { error: 'red', warning: 'yellow', notice: 'cyan' }

/**
 * Findings per file, one row each (line:col, label, message, rule id) with the sentence
 * quoted under it, then the file's verdict; a total at the end.
 */
export function stylish(results: FileResult[], paint: Paint): string {
  const blocks = results.map((r) => fileBlock(r, paint))
  return `${blocks.join('\n\n')}\n\n${totalLine(results, paint)}\n`
}

function fileBlock(result: FileResult, paint: Paint): string {
  const lines = [paint('underline', result.display)]
  if (result.kind === 'checked' && result.findings.length) {
    const rows = result.findings.map((f) => ({ f, at: `${f.line}:${f.column}` }))
    const atWidth = widest(rows.map((r) => r.at))
    const labelWidth = widest(rows.map((r) => r.f.label))
    const messageWidth = widest(rows.map((r) => r.f.message))
    const indent = ' '.repeat(2 + atWidth + 2)
    for (const { f, at } of rows) {
      const label = paint(SEVERITY[f.severity], f.label.padEnd(labelWidth))
      lines.push(`  ${paint('dim', at.padStart(atWidth))}  ${label}  ${f.message.padEnd(messageWidth)}  ${paint('dim', f.rule)}`)
      lines.push(`${indent}${paint('dim', `“${f.excerpt}”`)}`)
    }
  }
  lines.push(`  ${verdictLine(result, paint)}`)
  return lines.join('\n')
}
