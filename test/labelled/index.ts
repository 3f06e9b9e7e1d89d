import type { LabelledCase } from './types'
import { cases as cues } from './cues'
import { cases as sources } from './sources'
import { cases as notAttributions } from './not-attributions'
import { cases as carryOver } from './carry-over'
import { cases as roles } from './roles'
import { cases as segmentation } from './segmentation'
import { cases as articles } from './articles'

export type { Expected, LabelledCase } from './types'

export const labelledCases: LabelledCase[] = [
  ...cues,
  ...sources,
  ...notAttributions,
  ...carryOver,
  ...roles,
  ...segmentation,
  ...articles,
]
