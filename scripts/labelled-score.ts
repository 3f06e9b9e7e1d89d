import { check } from '../src/index'
import { labelledCases } from '../test/labelled/index'
let total = 0, seg = 0, lab = 0, role = 0
const fails: string[] = []
for (const c of labelledCases) {
  const r = check(c.text)
  const got = r.sentences.map((s) => s.text)
  const want = c.expect.map((e) => e.s)
  if (JSON.stringify(got) !== JSON.stringify(want)) { seg++; fails.push(`SEG ${c.id}\n   got: ${JSON.stringify(got)}\n  want: ${JSON.stringify(want)}`); continue }
  c.expect.forEach((e, i) => {
    total++
    const s = r.sentences[i]
    const er = e.role ?? 'body'
    if (s.label !== e.label) { lab++; fails.push(`LABEL ${c.id} [${c.rule}] want ${e.label} got ${s.label}: ${e.s}\n     ${s.attributions.map((a) => `${a.rule}:${a.cue.text}|${a.source.text}|${a.source.kind}`).join('; ')}`) }
    if (s.role !== er) { role++; fails.push(`ROLE ${c.id} want ${er} got ${s.role}: ${e.s}`) }
  })
}
console.log(fails.join('\n'))
console.log({ cases: labelledCases.length, segFailCases: seg, sentences: total, labelErr: lab, roleErr: role })
