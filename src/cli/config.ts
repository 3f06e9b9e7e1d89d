import { existsSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import type { InputFormat } from '../input/document'
import { FLAG_CHOICES, ruleForFlag, type RuleId } from './rules'
import type { Thresholds } from './thresholds'

/** Output formats of `provenance check`. */
export const FORMATS = ['stylish', 'text', 'json', 'github', 'sarif', 'rdjson'] as const
export type Format = (typeof FORMATS)[number]

export const INPUTS: readonly InputFormat[] = ['text', 'markdown', 'html']

/** `.provenancerc.json`: defaults for a desk's drafts. */
export interface Config {
  /** Files and globs checked when the command line names none. */
  files?: string[]
  /** .gitignore-style patterns of files never checked. */
  ignore?: string[]
  format?: Format
  input?: InputFormat
  thresholds?: Thresholds
}

/** A configuration and the folder its patterns are relative to. */
export interface LoadedConfig {
  path: string
  dir: string
  config: Config
}

/** A configuration file that cannot be used; the message names the file and what is wrong. */
export class ConfigError extends Error {}

export const CONFIG_NAME = '.provenancerc.json'

const TOP_KEYS = ['files', 'ignore', 'format', 'input', 'thresholds']
const THRESHOLD_KEYS = ['maxUnattributedShare', 'maxUnattributed', 'maxAnonymous', 'failOnFlag']

/** The nearest file called `name` in `from` or a folder above it. */
export function findUp(name: string, from: string): string | undefined {
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    const path = join(dir, name)
    if (existsSync(path) && statSync(path).isFile()) return path
    if (dirname(dir) === dir) return undefined
  }
}

/** Reads and validates a configuration file. Throws `ConfigError`. */
export function loadConfig(path: string): LoadedConfig {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (error) {
    throw new ConfigError(`cannot read the configuration ${path}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`)
  }
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    throw new ConfigError(`${path} is not valid JSON: ${(error as Error).message}`)
  }
  return { path, dir: dirname(resolve(path)), config: parseConfig(data, path) }
}

// "maxUnattributed" at the top level is meant for "thresholds": say so in the error
const normal = (key: string) => key.toLowerCase().replace(/[-_]/g, '')
function suggestion(key: string, inThresholds: boolean): string {
  const here = inThresholds ? THRESHOLD_KEYS : TOP_KEYS
  const there = inThresholds ? TOP_KEYS : THRESHOLD_KEYS.map((k) => `thresholds.${k}`)
  const match = [...here, ...there].find((k) => normal(k.replace(/^thresholds\./, '')) === normal(key))
  return match ? ` (did you mean "${match}"?)` : ''
}

/** Validates parsed configuration data. Unknown keys are an error that names them. */
export function parseConfig(data: unknown, path: string): Config {
  const fail = (message: string): never => {
    throw new ConfigError(`${path}: ${message}`)
  }
  if (!isObject(data)) fail('expected a JSON object')
  const raw = data as Record<string, unknown>
  const unknown = Object.keys(raw).filter((k) => !TOP_KEYS.includes(k))
  const nested = isObject(raw.thresholds) ? Object.keys(raw.thresholds as object).filter((k) => !THRESHOLD_KEYS.includes(k)) : []
  const named = [...unknown.map((k) => `"${k}"${suggestion(k, false)}`), ...nested.map((k) => `"thresholds.${k}"${suggestion(k, true)}`)]
  if (named.length) {
    fail(`unknown ${named.length === 1 ? 'key' : 'keys'} ${named.join(', ')}; known keys: ${TOP_KEYS.join(', ')}, and in "thresholds": ${THRESHOLD_KEYS.join(', ')}`)
  }
  const config: Config = {}
  if (raw.files !== undefined) config.files = strings(raw.files, 'files', fail)
  if (raw.ignore !== undefined) config.ignore = strings(raw.ignore, 'ignore', fail)
  if (raw.format !== undefined) config.format = choice(raw.format, FORMATS, 'format', fail)
  if (raw.input !== undefined) config.input = choice(raw.input, INPUTS, 'input', fail)
  if (raw.thresholds !== undefined) {
    if (!isObject(raw.thresholds)) fail('"thresholds" must be an object')
    config.thresholds = parseThresholds(raw.thresholds as Record<string, unknown>, (key, value) => {
      const message = thresholdProblem(key, value)
      return message ? fail(`"thresholds.${key}" ${message}`) : undefined
    })
  }
  return config
}

function parseThresholds(raw: Record<string, unknown>, check: (key: string, value: unknown) => void): Thresholds {
  const out: Thresholds = {}
  for (const key of THRESHOLD_KEYS) {
    const value = raw[key]
    if (value === undefined) continue
    check(key, value)
    if (key === 'failOnFlag') out.failOnFlag = flagList(value as string | string[])
    else out[key as 'maxUnattributedShare' | 'maxUnattributed' | 'maxAnonymous'] = value as number
  }
  return out
}

/** What is wrong with a threshold value, or undefined when it is fine. */
export function thresholdProblem(key: string, value: unknown): string | undefined {
  if (key === 'maxUnattributedShare') {
    return typeof value === 'number' && value >= 0 && value <= 1 ? undefined : 'must be a number from 0 to 1 (a share of the claims, e.g. 0.3)'
  }
  if (key === 'maxUnattributed' || key === 'maxAnonymous') {
    return Number.isInteger(value) && (value as number) >= 0 ? undefined : 'must be a whole number of claims, 0 or more'
  }
  const names = typeof value === 'string' ? value.split(',') : Array.isArray(value) && value.every((v) => typeof v === 'string') ? value.flatMap((v: string) => v.split(',')) : undefined
  if (!names) return `must be a list of flags (${FLAG_CHOICES.join(', ')})`
  const bad = names.filter((n) => n.trim() && !ruleForFlag(n))
  return bad.length ? `names unknown ${bad.length === 1 ? 'flag' : 'flags'} ${bad.map((b) => `"${b.trim()}"`).join(', ')}; known: ${FLAG_CHOICES.join(', ')}` : undefined
}

/** The rules named by a list of flag names ("state-media,single-source" or an array). */
export function flagList(value: string | string[]): RuleId[] {
  const names = (Array.isArray(value) ? value : [value]).flatMap((v) => v.split(','))
  return [...new Set(names.filter((n) => n.trim()).map((n) => ruleForFlag(n)!))]
}

function isObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function strings(value: unknown, key: string, fail: (m: string) => never): string[] {
  if (typeof value === 'string') return [value]
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value as string[]
  return fail(`"${key}" must be a list of strings`)
}

function choice<T extends string>(value: unknown, choices: readonly T[], key: string, fail: (m: string) => never): T {
  if (typeof value === 'string' && (choices as readonly string[]).includes(value)) return value as T
  return fail(`"${key}" must be one of ${choices.join(', ')}`)
}
