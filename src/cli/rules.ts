import type { FlagCode } from '../types'

/** Stable ids of the findings the CLI reports, one per editor action. */
export type RuleId = 'unattributed-claim' | 'anonymous-source' | 'hedged-claim' | 'state-media' | 'single-source'

/** How loud a finding is: `error` once a threshold on its rule fails the file. */
export type Severity = 'error' | 'warning' | 'notice'

/** What a rule finds and what the editor should do about it. */
export interface Rule {
  id: RuleId
  title: string
  /** The report flag whose claims the rule points at. */
  flag: FlagCode
  description: string
  help: string
  severity: Severity
}

/** Every rule, in the order findings of one sentence are listed. */
export const RULES: readonly Rule[] = [
  {
    id: 'unattributed-claim',
    title: 'Unattributed claim',
    flag: 'unattributed-claims',
    description: 'A claim that carries no attribution at all: the text does not say where it comes from.',
    help: 'Say who says so (a named, on-record source), or confirm it is established fact the desk stands behind.',
    severity: 'warning',
  },
  {
    id: 'anonymous-source',
    title: 'Anonymous source',
    flag: 'anonymous-sources',
    description: 'A claim that rests only on unnamed or vague sources (officials, experts, sources familiar with the matter).',
    help: 'Name the source, or tell readers why it cannot be named and how it knows.',
    severity: 'warning',
  },
  {
    id: 'hedged-claim',
    title: 'Hedged claim',
    flag: 'hedged-claims',
    description: 'A claim that rests only on a hedge with no source at all (reportedly, allegedly, it is believed).',
    help: 'Say who reported it, or confirm it and drop the hedge.',
    severity: 'warning',
  },
  {
    id: 'state-media',
    title: 'State media',
    flag: 'state-media',
    description: 'A claim that rests on a state-controlled outlet (KCNA, TASS, Xinhua, …).',
    help: 'Confirm it with an independent source, or make clear to readers that it is the state’s account.',
    severity: 'warning',
  },
  {
    id: 'single-source',
    title: 'Single source',
    flag: 'single-source',
    description: 'One source supports more than half of the attributed claims of the article (at least 3 of them).',
    help: 'Add independent sources, so the story does not rest on one voice.',
    severity: 'notice',
  },
]

/** The rule with id `id`. */
export function ruleOf(id: RuleId): Rule {
  return RULES.find((r) => r.id === id)!
}

// Names accepted by --fail-on-flag: rule ids and the report's flag codes
const FLAG_NAMES = new Map<string, RuleId>(RULES.flatMap((r) => [[r.id, r.id], [r.flag, r.id]]))

/** The rule a --fail-on-flag name stands for, or undefined for an unknown name. */
export function ruleForFlag(name: string): RuleId | undefined {
  return FLAG_NAMES.get(name.trim().toLowerCase())
}

/** The names --fail-on-flag accepts, for error messages. */
export const FLAG_CHOICES = RULES.map((r) => r.flag)
