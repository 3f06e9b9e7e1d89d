import { existsSync, readFileSync } from 'node:fs'
import { dirname, extname, isAbsolute, relative, resolve, sep } from 'node:path'
import ignore from 'ignore'
import { globSync, isDynamicPattern } from 'tinyglobby'
import type { InputFormat } from '../input/document'
import { findUp } from './config'

/** One input to check: a file, or standard input. */
export interface Target {
  /** Absolute path; undefined for standard input. */
  path?: string
  /** The name shown in the output: relative to the working folder, with `/`. */
  display: string
  format: InputFormat
}

/** A command-line argument that named nothing to check. */
export interface Problem {
  display: string
  message: string
}

export const IGNORE_NAME = '.provenanceignore'

// Never drafts, and slow to walk
const ALWAYS_SKIPPED = ['**/node_modules/**', '**/.git/**']

/** The input format a file name implies. */
export function formatOf(name: string): InputFormat {
  const ext = extname(name).toLowerCase()
  if (['.md', '.markdown', '.mdown', '.mkd', '.mdx'].includes(ext)) return 'markdown'
  if (['.html', '.htm', '.xhtml'].includes(ext)) return 'html'
  return 'text'
}

/** How a path is shown: relative to `cwd`, with forward slashes. */
export function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, path)
  return (rel === '' ? '.' : isAbsolute(rel) ? path : rel).split(sep).join('/')
}

/**
 * The test of ignored files: `.provenanceignore` (the nearest one in `cwd` or above, its
 * patterns relative to its folder) and the configuration's `ignore` patterns (relative to
 * the configuration's folder). Both use .gitignore syntax.
 */
export function ignorer(cwd: string, config?: { dir: string; patterns: string[] }): (path: string) => string | undefined {
  const rules: Array<{ dir: string; test: ReturnType<typeof ignore>; name: string }> = []
  const file = findUp(IGNORE_NAME, cwd)
  if (file) rules.push({ dir: dirname(file), test: ignore().add(readFileSync(file, 'utf8')), name: displayPath(file, cwd) })
  if (config?.patterns.length) rules.push({ dir: config.dir, test: ignore().add(config.patterns), name: 'the configuration' })
  return (path) => {
    for (const rule of rules) {
      const rel = relative(rule.dir, path)
      if (rel && !rel.startsWith('..') && !isAbsolute(rel) && rule.test.ignores(rel.split(sep).join('/'))) return rule.name
    }
    return undefined
  }
}

export interface Expansion {
  targets: Target[]
  problems: Problem[]
  /** Named files skipped because an ignore pattern matches them. */
  skipped: Array<{ display: string; by: string }>
  /** Whether any argument was a glob: then the inputs are a list, however many matched. */
  globbed: boolean
}

/**
 * Turns arguments into targets: `-` is standard input, an existing path is a file (a folder
 * is reported when read), anything else with glob characters is a glob relative to `base`.
 * Globs skip ignored files silently; a glob that matches nothing is a problem. Each file is
 * checked once, in the order named, globs' matches sorted.
 */
export function expand(args: string[], options: { cwd: string; base: string; input?: InputFormat; stdinName?: string; ignored: (path: string) => string | undefined }): Expansion {
  const { cwd, base, input, stdinName, ignored } = options
  const out: Expansion = { targets: [], problems: [], skipped: [], globbed: false }
  const seen = new Set<string>()
  const add = (path: string) => {
    if (seen.has(path)) return
    seen.add(path)
    out.targets.push({ path, display: displayPath(path, cwd), format: input ?? formatOf(path) })
  }
  for (const arg of args) {
    if (arg === '-') {
      if (seen.has('-')) continue
      seen.add('-')
      out.targets.push({ display: stdinName ?? '<stdin>', format: input ?? (stdinName ? formatOf(stdinName) : 'text') })
      continue
    }
    const path = resolve(base, arg)
    if (!existsSync(path) && isDynamicPattern(arg)) {
      out.globbed = true
      const matches = globSync(arg, { cwd: base, absolute: true, onlyFiles: true, dot: false, expandDirectories: false, ignore: ALWAYS_SKIPPED })
        .map((m) => resolve(m))
        .sort()
      if (!matches.length) out.problems.push({ display: arg, message: 'no files match this pattern' })
      for (const match of matches) if (!ignored(match)) add(match)
      continue
    }
    const by = ignored(path)
    if (by) out.skipped.push({ display: displayPath(path, cwd), by })
    else add(path)
  }
  return out
}
