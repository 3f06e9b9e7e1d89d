import type { Finding } from './findings'
import { ruleOf, type RuleId } from './rules'

/** The desk's standard for one file; an unset threshold is not checked. */
export interface Thresholds {
  /** Largest share of unattributed claims among the claims checked (0–1). */
  maxUnattributedShare?: number
  maxUnattributed?: number
  /** Most claims resting on unnamed sources only. */
  maxAnonymous?: number
  /** Rules (or report flags) of which a single finding fails the file. */
  failOnFlag?: RuleId[]
}

/** One threshold a file exceeded. */
export interface Failure {
  rule: RuleId
  message: string
}

/** How a file measures against the thresholds. */
export interface Verdict {
  passed: boolean
  /** Whether any threshold was set: without one every file passes. */
  judged: boolean
  /** Claims checked: the report's claims less those the directives take out. */
  claims: number
  unattributed: number
  anonymous: number
  /** unattributed / claims; null when there are no claims. */
  unattributedShare: number | null
  failures: Failure[]
}

const count = (findings: Finding[], rule: RuleId) => findings.filter((f) => f.rule === rule).length
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`

/** Measures the findings of one file (with `claims` claims checked) against the thresholds. */
export function judge(findings: Finding[], claims: number, thresholds: Thresholds): Verdict {
  const unattributed = count(findings, 'unattributed-claim')
  const anonymous = count(findings, 'anonymous-source')
  const share = claims ? unattributed / claims : null
  const failures: Failure[] = []
  const { maxUnattributedShare: maxShare, maxUnattributed, maxAnonymous, failOnFlag = [] } = thresholds
  if (maxShare !== undefined && share !== null && share > maxShare) {
    failures.push({ rule: 'unattributed-claim', message: `${unattributed} of ${plural(claims, 'claim is', 'claims are')} unattributed (${percent(share)}, max ${percent(maxShare)})` })
  }
  if (maxUnattributed !== undefined && unattributed > maxUnattributed) {
    failures.push({ rule: 'unattributed-claim', message: `${plural(unattributed, 'unattributed claim', 'unattributed claims')} (max ${maxUnattributed})` })
  }
  if (maxAnonymous !== undefined && anonymous > maxAnonymous) {
    failures.push({ rule: 'anonymous-source', message: `${plural(anonymous, 'claim rests', 'claims rest')} on unnamed sources only (max ${maxAnonymous})` })
  }
  for (const rule of failOnFlag) {
    const n = count(findings, rule)
    if (n) failures.push({ rule, message: `${ruleOf(rule).flag} flag raised (${plural(n, 'finding', 'findings')})` })
  }
  const judged = [maxShare, maxUnattributed, maxAnonymous].some((t) => t !== undefined) || failOnFlag.length > 0
  return { passed: failures.length === 0, judged, claims, unattributed, anonymous, unattributedShare: share === null ? null : Math.round(share * 1000) / 1000, failures }
}

/** The findings with the severity the verdict gives them: errors where their rule failed the file. */
export function withSeverity(findings: Finding[], verdict: Verdict): Finding[] {
  const failed = new Set(verdict.failures.map((f) => f.rule))
  return findings.map((f) => (failed.has(f.rule) ? { ...f, severity: 'error' } : f))
}

/** A share as a percentage, to one decimal at most ("30%", "42.9%"). */
export function percent(share: number): string {
  return `${Math.round(share * 1000) / 10}%`
}
