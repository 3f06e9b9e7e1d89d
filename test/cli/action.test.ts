import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { cli, ensureBuilt, FIXTURES, ROOT, tempDir } from './helpers'

interface Step {
  id?: string
  name?: string
  uses?: string
  with?: Record<string, string | number>
  run?: string
  env?: Record<string, string>
  shell?: string
  'working-directory'?: string
}

const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { default?: string }>
  runs: { using: string; steps: Step[] }
}
// The workflow the README shows, kept as a file so that this test runs exactly what it says
const workflow = parse(readFileSync(join(ROOT, 'examples', 'provenance-workflow.yml'), 'utf8')) as {
  jobs: Record<string, { steps: Step[] }>
}
const ourStep = Object.values(workflow.jobs)
  .flatMap((job) => job.steps)
  .find((s) => /\/provenance@/.test(s.uses ?? ''))!

// What GitHub does for a composite action's step: fill in ${{ inputs.* }} from the `with:`
// of the workflow (or the input's default), then run the step's shell command.
function runActionStep(step: Step, inputs: Record<string, string>, cwd: string) {
  const fill = (value: string) =>
    value.replace(/\$\{\{\s*inputs\.([\w-]+)\s*\}\}/g, (_, name: string) => {
      if (!(name in action.inputs)) throw new Error(`action.yml uses an undeclared input ${name}`)
      return inputs[name] ?? action.inputs[name].default ?? ''
    })
  const env = Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, fill(v)]))
  expect(step.shell).toBe('bash')
  return spawnSync('bash', ['-c', step.run!], { cwd: join(cwd, fill(step['working-directory'] ?? '.')), env: { ...process.env, ...env, GITHUB_ACTION_PATH: ROOT }, encoding: 'utf8' })
}

beforeAll(ensureBuilt)

describe('the GitHub Action and the README\'s CI example', () => {
  it('is a composite action that sets up Node, installs in its own folder, and builds the CLI', () => {
    expect(action.runs.using).toBe('composite')
    const [setup, install] = action.runs.steps
    expect(setup.uses).toMatch(/^actions\/setup-node@v\d+$/)
    expect(Number(action.inputs['node-version'].default)).toBeGreaterThanOrEqual(20)
    expect(install['working-directory']).toBe('${{ github.action_path }}')
    expect(install.run).toContain('npm ci')
    expect(install.run).toContain('npm run build')
  })

  it('the example workflow only uses inputs the action declares', () => {
    expect(ourStep.with).toBeDefined()
    for (const key of Object.keys(ourStep.with!)) expect(Object.keys(action.inputs)).toContain(key)
  })

  it('runs the example on the fixture drafts: annotations on their lines, and a failed build', () => {
    const check = action.runs.steps.find((s) => s.id === 'check')!
    const inputs = Object.fromEntries(Object.entries(ourStep.with!).map(([k, v]) => [k, String(v)]))
    // the fixtures folder plays the newsroom's repository: drafts/ at its root
    const r = runActionStep(check, inputs, FIXTURES)
    expect(r.status).toBe(1)
    const annotations = r.stdout.split('\n').filter((l) => l.startsWith('::'))
    expect(annotations).toContain('::error file=drafts/harbour-fees.md,line=11,col=1,endLine=11,endColumn=41,title=Unattributed claim (unattributed-claim)::No source: say who says so, or confirm it is established fact.%0A“The increase is the largest in a decade.”')
    expect(annotations).toContain('::warning file=drafts/harbour-fees.md,line=13,col=66,endLine=13,endColumn=75,title=Anonymous source (anonymous-source)::Only unnamed sources (officials): name them, or say why they cannot be named.%0A“Some container lines could move to rival ports such as Gdańsk, **officials…”')
    expect(annotations).toContain('::error file=drafts/harbour-fees.md,title=Provenance threshold exceeded::4 of 10 claims are unattributed (40%25, max 30%25)')
    expect(annotations).toContain('::error file=drafts/state-wire.md,line=5,col=64,endLine=5,endColumn=68,title=State media (state-media)::Rests on state media (KCNA of North Korea): confirm it independently, or make clear it is the state’s account.%0A“The first trains will carry fertiliser and building materials, KCNA said.”')
    expect(annotations).toContain('::error file=drafts/state-wire.md,title=Provenance threshold exceeded::state-media flag raised (4 findings)')
    expect(annotations.filter((a) => a.includes('clean-brief'))).toEqual([])
    // the glob is drafts/**/*.md: no HTML or text, nothing from the ignored archive
    expect(r.stdout).not.toMatch(/ferry-strike|council-vote|archive/)
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe(' ✖ 3 files: 1 passed, 2 failed · 12 findings (8 errors, 3 warnings, 1 notice)')
  })

  it('the command line the README gives for other CI systems prints the same', () => {
    const check = action.runs.steps.find((s) => s.id === 'check')!
    const inputs = Object.fromEntries(Object.entries(ourStep.with!).map(([k, v]) => [k, String(v)]))
    const viaAction = runActionStep(check, inputs, FIXTURES)
    const direct = cli(['check', 'drafts/**/*.md', '--format', 'github', '--max-unattributed-share', '0.3', '--fail-on-flag', 'state-media'], { cwd: FIXTURES })
    expect(direct.code).toBe(1)
    expect(direct.stdout).toBe(viaAction.stdout)
  })

  it('writes to the output file when one is given, and passes when the drafts are within the thresholds', () => {
    const check = action.runs.steps.find((s) => s.id === 'check')!
    const out = join(tempDir(), 'provenance.sarif')
    const r = runActionStep(check, { files: 'drafts/clean-brief.md\ndrafts/council-vote.txt', format: 'sarif', output: out, 'max-unattributed': '2' }, FIXTURES)
    expect(r.status).toBe(0)
    expect(r.stdout).toBe('')
    const log = JSON.parse(readFileSync(out, 'utf8'))
    expect(log.runs[0].results.map((x: { ruleId: string }) => x.ruleId)).toEqual(['unattributed-claim', 'anonymous-source', 'unattributed-claim'])
  })
})
