// What the fixture drafts (test/fixtures/drafts) must produce: every finding, at its exact
// place in the file as sent (1-based lines and columns, end column exclusive), with the
// text of the file it points at.

export interface Expected {
  rule: string
  label: string
  line: number
  column: number
  endLine: number
  endColumn: number
  /** The file's text between start and end. */
  text: string
}

export const EXPECTED: Record<string, Expected[]> = {
  'drafts/clean-brief.md': [],
  'drafts/council-vote.txt': [
    { rule: 'unattributed-claim', label: 'unattributed', line: 5, column: 1, endLine: 5, endColumn: 52, text: 'Work will start in May and take about eight months.' },
    { rule: 'anonymous-source', label: 'reported', line: 7, column: 1, endLine: 7, endColumn: 20, text: 'Several shop owners' },
    { rule: 'unattributed-claim', label: 'unattributed', line: 9, column: 1, endLine: 9, endColumn: 44, text: 'Traffic on the road has doubled since 2015.' },
  ],
  'drafts/ferry-strike.html': [
    // entity references count as written: "&amp;" is five columns of the file
    { rule: 'unattributed-claim', label: 'unattributed', line: 14, column: 6, endLine: 14, endColumn: 85, text: 'About 6,000 passengers a day use the routes &amp; most sailings were cancelled.' },
    { rule: 'anonymous-source', label: 'reported', line: 18, column: 53, endLine: 18, endColumn: 79, text: 'sources close to the talks' },
    { rule: 'hedged-claim', label: 'reported', line: 19, column: 19, endLine: 19, endColumn: 28, text: 'allegedly' },
  ],
  'drafts/harbour-fees.md': [
    { rule: 'unattributed-claim', label: 'unattributed', line: 11, column: 1, endLine: 11, endColumn: 41, text: 'The increase is the largest in a decade.' },
    // inside **bold**, after a non-ASCII letter (ń: one UTF-16 unit, two UTF-8 bytes)
    { rule: 'anonymous-source', label: 'reported', line: 13, column: 66, endLine: 13, endColumn: 75, text: 'officials' },
    { rule: 'unattributed-claim', label: 'unattributed', line: 18, column: 1, endLine: 18, endColumn: 81, text: 'Fees were last raised in 2016, when the port finished dredging its main channel.' },
    { rule: 'unattributed-claim', label: 'unattributed', line: 19, column: 1, endLine: 19, endColumn: 59, text: 'Large vessels pay the `berth-L` rate, which rises fastest.' },
    { rule: 'hedged-claim', label: 'reported', line: 33, column: 25, endLine: 33, endColumn: 35, text: 'reportedly' },
    { rule: 'unattributed-claim', label: 'unattributed', line: 36, column: 3, endLine: 36, endColumn: 47, text: 'Dock workers plan a protest march on Friday.' },
  ],
  'drafts/state-wire.md': [
    { rule: 'state-media', label: 'direct', line: 3, column: 81, endLine: 3, endColumn: 103, text: 'state news agency KCNA' },
    { rule: 'single-source', label: 'direct', line: 3, column: 81, endLine: 3, endColumn: 103, text: 'state news agency KCNA' },
    { rule: 'state-media', label: 'direct', line: 5, column: 64, endLine: 5, endColumn: 68, text: 'KCNA' },
    { rule: 'state-media', label: 'direct', line: 7, column: 113, endLine: 7, endColumn: 117, text: 'TASS' },
    { rule: 'state-media', label: 'direct', line: 9, column: 1, endLine: 9, endColumn: 11, text: 'The agency' },
    { rule: 'unattributed-claim', label: 'unattributed', line: 11, column: 1, endLine: 11, endColumn: 56, text: 'The two countries signed a transport agreement in 2023.' },
  ],
}

/** The fixture drafts checked by a glob over drafts/, in the order the output lists them. */
export const CHECKED = Object.keys(EXPECTED)

/** Where a finding is, as the positions of the expectations are written. */
export const place = (f: { line: number; column: number; endLine: number; endColumn: number }) => `${f.line}:${f.column}-${f.endLine}:${f.endColumn}`
