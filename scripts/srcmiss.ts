import { check } from '/work/main/src/index'
import { labelledCases } from '/work/main/test/labelled/index'
let n = 0
for (const c of labelledCases) {
  const report = check(c.text)
  if (report.sentences.length !== c.expect.length) continue
  c.expect.forEach((e, i) => {
    const own = report.sentences[i].attributions.filter((a) => !a.inherited)
    for (const src of e.sources ?? []) if (!own.some((a) => a.source.text === src)) { n++; console.log(`${c.id} #${i}: want "${src}" got [${own.map((a) => a.source.text).join(' | ')}]`) }
    if (e.inherited && !report.sentences[i].attributions.every((a) => a.inherited)) console.log(`${c.id} #${i}: not inherited`)
  })
}
console.log(n)
