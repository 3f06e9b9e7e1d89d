import { parseArgs } from 'node:util'
import type { InputFormat } from '../input/document'
import { flagList, FORMATS, INPUTS, thresholdProblem, type Format } from './config'
import type { Thresholds } from './thresholds'

/** A command line that cannot be run; the message says what to change. */
export class UsageError extends Error {}

/** What the command line asks for. */
export interface Args {
  command: 'check' | 'help' | 'version'
  files: string[]
  format?: Format
  input?: InputFormat
  config?: string
  noConfig: boolean
  thresholds: Thresholds
  stdinName?: string
  noColor: boolean
}

export const HELP = `Usage: provenance check [options] [FILE|GLOB|-]...

Checks where the claims of news drafts come from, and points at those without a source.
Reads standard input when no file is named (or for "-"). Quote globs: "drafts/**/*.md".
Markdown (.md), HTML (.html) and plain text (anything else) are told apart by extension.

Options:
  -f, --format FORMAT             stylish (default), text, json, github, sarif, rdjson
      --input TYPE                read every input as text, markdown or html
  -c, --config FILE               use this configuration, not the nearest .provenancerc.json
      --no-config                 use no configuration file
      --max-unattributed-share S  fail a file when more than this share of its claims
                                  (0 to 1) are unattributed
      --max-unattributed N        fail a file with more than N unattributed claims
      --max-anonymous N           fail a file with more than N claims resting on unnamed
                                  sources only
      --fail-on-flag FLAGS        fail a file with any of these flags (comma-separated):
                                  unattributed-claims, anonymous-sources, hedged-claims,
                                  state-media, single-source
      --stdin-filename NAME       the name of standard input in the output (its extension
                                  sets the input type)
      --no-color                  no colours, even on a terminal
  -h, --help                      show this help
  -v, --version                   show the version

Exit codes: 0 every file checked and within the thresholds, 1 a threshold exceeded,
2 a usage or configuration error, or a file that could not be read.
`

const OPTIONS = {
  format: { type: 'string', short: 'f' },
  input: { type: 'string' },
  config: { type: 'string', short: 'c' },
  'no-config': { type: 'boolean' },
  'max-unattributed-share': { type: 'string' },
  'max-unattributed': { type: 'string' },
  'max-anonymous': { type: 'string' },
  'fail-on-flag': { type: 'string', multiple: true },
  'stdin-filename': { type: 'string' },
  'no-color': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const

/** Parses the arguments after the program name. Throws `UsageError`. */
export function parse(argv: string[]): Args {
  let parsed
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true })
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/\. To specify a positional argument.*$/s, ''))
  }
  const { values, positionals } = parsed
  const base = { files: [], noConfig: Boolean(values['no-config']), thresholds: {}, noColor: Boolean(values['no-color']) }
  if (values.help) return { ...base, command: 'help' }
  if (values.version) return { ...base, command: 'version' }
  const [command, ...files] = positionals
  if (command === 'help') return { ...base, command: 'help' }
  if (command === undefined) throw new UsageError('no command given: try "provenance check draft.md"')
  if (command !== 'check') throw new UsageError(`unknown command "${command}": the command is "check", as in "provenance check draft.md"`)
  const args: Args = { ...base, command: 'check', files, thresholds: thresholds(values) }
  if (values.format !== undefined) args.format = oneOf(values.format, FORMATS, '--format')
  if (values.input !== undefined) args.input = oneOf(values.input, INPUTS, '--input')
  if (values.config !== undefined) args.config = values.config
  if (values['stdin-filename'] !== undefined) args.stdinName = values['stdin-filename']
  if (args.config && args.noConfig) throw new UsageError('--config and --no-config cannot be used together')
  return args
}

function oneOf<T extends string>(value: string, choices: readonly T[], option: string): T {
  if ((choices as readonly string[]).includes(value)) return value as T
  throw new UsageError(`${option} must be one of ${choices.join(', ')}, not "${value}"`)
}

function thresholds(values: Record<string, string | string[] | boolean | undefined>): Thresholds {
  const out: Thresholds = {}
  const numeric = [
    ['max-unattributed-share', 'maxUnattributedShare'],
    ['max-unattributed', 'maxUnattributed'],
    ['max-anonymous', 'maxAnonymous'],
  ] as const
  for (const [option, key] of numeric) {
    const raw = values[option] as string | undefined
    if (raw === undefined) continue
    const value = raw.trim() === '' ? NaN : Number(raw)
    const problem = thresholdProblem(key, value)
    if (problem) throw new UsageError(`--${option} ${problem}, not "${raw}"`)
    out[key] = value
  }
  const flags = values['fail-on-flag'] as string[] | undefined
  if (flags) {
    const problem = thresholdProblem('failOnFlag', flags)
    if (problem) throw new UsageError(`--fail-on-flag ${problem}`)
    out.failOnFlag = flagList(flags)
  }
  return out
}
