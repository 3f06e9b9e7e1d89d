import { execFileSync, spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { vi } from 'vitest'

// Every test starts the CLI as a child process, some many times: on a busy machine that
// takes longer than vitest's 5 s default (a limit on hanging, not a timing assertion)
vi.setConfig({ testTimeout: 120_000, hookTimeout: 180_000 })

export const ROOT = fileURLToPath(new URL('../../', import.meta.url))
export const BIN = join(ROOT, 'bin', 'provenance.js')
export const CLI = join(ROOT, 'build', 'cli.js')
export const FIXTURES = join(ROOT, 'test', 'fixtures')
export const DRAFTS = join(FIXTURES, 'drafts')

function newest(path: string): number {
  const info = statSync(path)
  if (!info.isDirectory()) return info.mtimeMs
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))))
}

const fresh = () => existsSync(CLI) && statSync(CLI).mtimeMs >= Math.max(newest(join(ROOT, 'src')), newest(join(ROOT, 'package.json')))

const pause = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms)

/**
 * Builds the CLI (npm run build) when build/cli.js is missing or older than the sources, so
 * the tests run what they read. Test files run in parallel: a lock folder lets one build.
 */
export function ensureBuilt(): void {
  if (fresh()) return
  const lock = join(ROOT, 'node_modules', '.cache', 'provenance-cli-build.lock')
  mkdirSync(join(lock, '..'), { recursive: true })
  for (const deadline = Date.now() + 120_000; ; pause(100)) {
    try {
      mkdirSync(lock)
      break
    } catch {
      // a lock left by a killed run goes stale after a minute
      if (existsSync(lock) && Date.now() - statSync(lock).mtimeMs > 60_000) rmSync(lock, { recursive: true, force: true })
      if (Date.now() > deadline) throw new Error('timed out waiting for another test file to build the CLI')
    }
  }
  try {
    if (!fresh()) execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, stdio: 'pipe' })
  } finally {
    rmSync(lock, { recursive: true, force: true })
  }
}

export interface Result {
  code: number | null
  stdout: string
  stderr: string
}

/** Runs `provenance ARGS` as a child process, the way a user or CI does. */
export function cli(args: string[], options: { cwd?: string; input?: string; env?: Record<string, string | undefined> } = {}): Result {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, ...options.env }
  for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key]
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: options.cwd ?? ROOT, input: options.input ?? '', env: env as NodeJS.ProcessEnv, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

/** A fresh temporary folder, removed when the test process ends. */
export function tempDir(prefix = 'provenance-cli-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }))
  return dir
}

/** A temporary copy of the fixture drafts (and their .provenanceignore), as `dir/drafts`. */
export function copyFixtures(): string {
  const dir = tempDir()
  cpSync(DRAFTS, join(dir, 'drafts'), { recursive: true })
  cpSync(join(FIXTURES, '.provenanceignore'), join(dir, '.provenanceignore'))
  return dir
}

/** The text of 1-based line `line` of `text`. */
export function lineOf(text: string, line: number): string {
  return text.split(/\r\n|\r|\n/)[line - 1]
}

/** The source text a finding points at (single-line findings, 1-based exclusive columns). */
export function spanOf(text: string, f: { line: number; column: number; endLine: number; endColumn: number }): string {
  const lines = text.split(/\r\n|\r|\n/)
  if (f.line === f.endLine) return lines[f.line - 1].slice(f.column - 1, f.endColumn - 1)
  return [lines[f.line - 1].slice(f.column - 1), ...lines.slice(f.line, f.endLine - 1), lines[f.endLine - 1].slice(0, f.endColumn - 1)].join('\n')
}
