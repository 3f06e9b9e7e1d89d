import { check } from '/work/main/src/index'
const r = check(process.argv[2])
for (const s of r.sentences) { console.log(`[${s.label}/${s.role}] ${s.text}`); for (const a of s.attributions) console.log('   ', a.rule, JSON.stringify(a.cue.text), JSON.stringify(a.source.text), a.source.kind, a.source.type, a.source.resolved ?? '', a.via ?? '') }
