import type { FileResult } from '../check-file'
import { ruleOf } from '../rules'
import { painter } from '../paint'
import { totalLine, verdictLine } from './verdict'

/** Escapes the message of a workflow command (after `::`). */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

/** Escapes a property value of a workflow command (`file=…,title=…`). */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

const COMMAND = { error: 'error', warning: 'warning', notice: 'notice' } as const

/**
 * GitHub Actions workflow commands: one annotation per finding, with the sentence quoted on
 * its second line, an error annotation on each file that fails a threshold or cannot be
 * read, and plain verdict lines for the log. Plain lines start with a space so that nothing
 * taken from a draft can be read as a command.
 */
export function github(results: FileResult[]): string {
  const plain = painter(false)
  const out: string[] = []
  for (const r of results) {
    const file = escapeProperty(r.display)
    if (r.kind === 'checked') {
      for (const f of r.findings) {
        const props = `file=${file},line=${f.line},col=${f.column},endLine=${f.endLine},endColumn=${f.endColumn},title=${escapeProperty(`${ruleOf(f.rule).title} (${f.rule})`)}`
        out.push(`::${COMMAND[f.severity]} ${props}::${escapeData(`${f.message}\n“${f.excerpt}”`)}`)
      }
      if (!r.verdict.passed) out.push(`::error file=${file},title=${escapeProperty('Provenance threshold exceeded')}::${escapeData(r.verdict.failures.map((f) => f.message).join('\n'))}`)
    } else if (r.kind === 'error') {
      out.push(`::error file=${file},title=${escapeProperty('Provenance could not check this file')}::${escapeData(r.message)}`)
    }
    out.push(` ${r.display}: ${verdictLine(r, plain)}`.replace(/[\r\n]+/g, ' '))
  }
  out.push(` ${totalLine(results, plain)}`)
  return `${out.join('\n')}\n`
}
