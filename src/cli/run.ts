import { resolve } from 'node:path'
import { HELP, parse, UsageError, type Args } from './args'
import { checkSource, readSource, readStream, ReadError, type FileResult } from './check-file'
import { CONFIG_NAME, ConfigError, findUp, loadConfig, type Format, type LoadedConfig } from './config'
import { expand, ignorer, type Expansion } from './files'
import { github } from './formats/github'
import { json } from './formats/json'
import { rdjson } from './formats/rdjson'
import { sarif } from './formats/sarif'
import { stylish } from './formats/stylish'
import { text } from './formats/text'
import { painter, wantsColor } from './paint'
import type { Thresholds } from './thresholds'

/** A stream the CLI writes to. */
export interface Out {
  write(text: string): unknown
  isTTY?: boolean
  columns?: number
}

/** What the CLI touches of its process, so tests and the entry point can hand it in. */
export interface Io {
  cwd: string
  env: Record<string, string | undefined>
  stdin: AsyncIterable<Uint8Array | string> & { isTTY?: boolean }
  stdout: Out
  stderr: Out
  version: string
}

/** Exit codes: every file within the thresholds, a threshold exceeded, usage or read error. */
export const EXIT = { ok: 0, failed: 1, error: 2 } as const

// More inputs than this show a progress line on a terminal
const PROGRESS_FROM = 10

/** Runs the command line `argv` (without the program name) and returns the exit code. */
export async function run(argv: string[], io: Io): Promise<number> {
  const say = (message: string) => io.stderr.write(`provenance: ${message}\n`)
  let args: Args
  let loaded: LoadedConfig | undefined
  try {
    args = parse(argv)
    if (args.command !== 'check') {
      io.stdout.write(args.command === 'help' ? HELP : `${io.version}\n`)
      return EXIT.ok
    }
    if (args.config) loaded = loadConfig(resolve(io.cwd, args.config))
    else if (!args.noConfig) {
      const found = findUp(CONFIG_NAME, io.cwd)
      if (found) loaded = loadConfig(found)
    }
  } catch (error) {
    if (!(error instanceof UsageError || error instanceof ConfigError)) throw error
    say(error.message)
    if (error instanceof UsageError) io.stderr.write('Run "provenance --help" for the options.\n')
    return EXIT.error
  }
  const config = loaded?.config ?? {}
  const format: Format = args.format ?? config.format ?? 'stylish'
  const thresholds: Thresholds = { ...config.thresholds, ...args.thresholds }
  const input = args.input ?? config.input

  const expansion = targetsOf(args, loaded, input, io)
  for (const s of expansion.skipped) say(`${s.display}: skipped, ignored by ${s.by}`)
  for (const p of expansion.problems) say(`${p.display}: ${p.message}`)
  if (expansion.targets.length === 0 && expansion.problems.length === 0 && expansion.skipped.length === 0) {
    say('nothing to check: name files or globs, pipe a draft to standard input, or list "files" in .provenancerc.json')
    return EXIT.error
  }

  const results = await checkAll(expansion, thresholds, io)
  const machine = format === 'json' || format === 'sarif' || format === 'rdjson'
  // Human formats show unreadable files in their flow; machine formats keep stdout parseable
  if (machine) for (const r of results) if (r.kind === 'error') say(`${r.display}: ${r.message}`)
  const single = results.length === 1 && !expansion.globbed
  io.stdout.write(render(format, results, single, io, args.noColor))

  if (expansion.problems.length || results.some((r) => r.kind === 'error')) return EXIT.error
  return results.some((r) => r.kind === 'checked' && !r.verdict.passed) ? EXIT.failed : EXIT.ok
}

function targetsOf(args: Args, loaded: LoadedConfig | undefined, input: Args['input'], io: Io): Expansion {
  const ignored = ignorer(io.cwd, loaded?.config.ignore ? { dir: loaded.dir, patterns: loaded.config.ignore } : undefined)
  const options = { cwd: io.cwd, input, stdinName: args.stdinName, ignored }
  if (args.files.length) return expand(args.files, { ...options, base: io.cwd })
  if (loaded?.config.files?.length) return expand(loaded.config.files, { ...options, base: loaded.dir })
  // No file named: read the draft from standard input, unless a person is at the keyboard
  if (io.stdin.isTTY) return { targets: [], problems: [], skipped: [], globbed: false }
  return expand(['-'], { ...options, base: io.cwd })
}

async function checkAll(expansion: Expansion, thresholds: Thresholds, io: Io): Promise<FileResult[]> {
  const { targets } = expansion
  const progress = io.stderr.isTTY && targets.length > PROGRESS_FROM
  const results: FileResult[] = []
  for (const [i, target] of targets.entries()) {
    if (progress) io.stderr.write(progressLine(i + 1, targets.length, target.display, io.stderr.columns))
    let source: string
    try {
      source = target.path === undefined ? await readStream(io.stdin) : await readSource(target.path)
    } catch (error) {
      if (!(error instanceof ReadError)) throw error
      results.push({ kind: 'error', display: target.display, message: error.message })
      continue
    }
    if (target.path === undefined && !/\S/.test(source)) {
      results.push({ kind: 'error', display: target.display, message: 'nothing on standard input: pipe a draft, or name files' })
      continue
    }
    results.push(checkSource(source, target, thresholds))
  }
  if (progress) io.stderr.write('\r\u001b[K')
  return results
}

/** The progress line on a terminal: rewritten in place, cut to the terminal's width. */
export function progressLine(n: number, of: number, display: string, columns?: number): string {
  const line = `checking ${n}/${of} ${display}`
  // a terminal that does not tell its size reports 0 columns
  if (!columns || columns < 20) columns = 80
  return `\r\u001b[K${line.length >= columns ? `${line.slice(0, Math.max(0, columns - 2))}…` : line}`
}

function render(format: Format, results: FileResult[], single: boolean, io: Io, noColor: boolean): string {
  const paint = painter(wantsColor(io.stdout, io.env, noColor))
  switch (format) {
    case 'text':
      return text(results, paint)
    case 'json':
      return json(results, single)
    case 'github':
      return github(results)
    case 'sarif':
      return sarif(results, io.version)
    case 'rdjson':
      return rdjson(results)
    default:
      return stylish(results, paint)
  }
}
