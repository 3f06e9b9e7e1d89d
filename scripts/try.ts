import { readFileSync } from 'node:fs'
import { check } from '../src/index'
const text = process.argv[2] === '-' ? readFileSync(0, 'utf8') : readFileSync(process.argv[2], 'utf8')
const r = check(text)
for (const s of r.sentences) {
  console.log(`${s.index} [${s.label}/${s.role}${s.claim ? '' : ' nc'}] ${s.text.slice(0, 90)}`)
  for (const a of s.attributions) console.log(`     ${a.rule}: cue="${a.cue.text}" src="${a.source.text ?? ''}" ${a.source.kind}/${a.source.type}${a.source.resolved ? ' =' + a.source.resolved : ''}${a.via ? ' via ' + a.via : ''}${a.inherited ? ' (inh)' : ''}`)
}
console.log(JSON.stringify(r.summary, null, 1))
