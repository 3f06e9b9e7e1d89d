import type { FileResult } from '../check-file'

const SEVERITY = { error: 'ERROR', warning: 'WARNING', notice: 'INFO' } as const

/**
 * reviewdog's rdjson (DiagnosticResult): one diagnostic per finding. reviewdog counts
 * columns in UTF-8 bytes, and its range end is exclusive.
 */
export function rdjson(results: FileResult[]): string {
  const diagnostics = results.flatMap((r) =>
    r.kind !== 'checked'
      ? []
      : r.findings.map((f) => ({
          message: `${f.message}\n“${f.excerpt}”`,
          location: {
            path: r.display,
            range: { start: { line: f.line, column: f.byteColumn }, end: { line: f.endLine, column: f.endByteColumn } },
          },
          severity: SEVERITY[f.severity],
          code: { value: f.rule },
        })),
  )
  return `${JSON.stringify({ source: { name: 'provenance' }, severity: 'WARNING', diagnostics }, null, 2)}\n`
}
