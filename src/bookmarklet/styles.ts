// Colours: blue / amber / pink backgrounds stay apart for the common colour-vision
// deficiencies, and the underline style tells them apart again in greyscale.
const DIRECT = 'rgba(37,99,235,.2)'
const REPORTED = 'rgba(245,158,11,.38)'
const UNATTRIBUTED = 'rgba(236,72,153,.26)'

/** Page-level rules: the highlights, and the marks used where the Highlight API is missing. */
export const PAGE_CSS = `
::highlight(provenance-direct){background-color:${DIRECT}}
::highlight(provenance-reported){background-color:${REPORTED};text-decoration:underline dotted #92400e}
::highlight(provenance-unattributed){background-color:${UNATTRIBUTED};text-decoration:underline wavy #be185d}
::highlight(provenance-other){text-decoration:underline dotted #64748b}
::highlight(provenance-focus){background-color:#fde047;color:#111}
::highlight(provenance-cue){text-decoration:underline solid #1e3a8a;text-decoration-thickness:2px}
::highlight(provenance-source){text-decoration:underline double #1e3a8a}
mark[data-provenance]{all:unset!important;background-color:transparent!important}
mark[data-provenance=direct]{background-color:${DIRECT}!important}
mark[data-provenance=reported]{background-color:${REPORTED}!important;text-decoration:underline dotted #92400e!important}
mark[data-provenance=unattributed]{background-color:${UNATTRIBUTED}!important;text-decoration:underline wavy #be185d!important}
mark[data-provenance=other]{text-decoration:underline dotted #64748b!important}
mark[data-provenance][data-provenance-focus]{background-color:#fde047!important;color:#111!important}
`

/** Panel rules, inside its shadow root: the page's CSS cannot reach in, `:host` holds it in place. */
export const PANEL_CSS = `
:host{all:initial!important;position:fixed!important;top:12px!important;right:12px!important;z-index:2147483647!important;display:block!important;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif!important;color:#1a1a1a!important}
*{box-sizing:border-box}
.panel{width:min(400px,calc(100vw - 24px));max-height:calc(100vh - 24px);overflow:auto;background:#fff;color:#1a1a1a;border:1px solid #94a3b8;border-radius:10px;box-shadow:0 8px 28px rgba(0,0,0,.28);padding:14px 16px 16px}
.panel:focus{outline:none}
header{display:flex;align-items:flex-start;gap:8px;position:sticky;top:-14px;margin:-14px -16px 0;padding:14px 16px 8px;background:#fff;border-radius:10px 10px 0 0;z-index:1}
h2{font-size:16px;margin:0;flex:1;line-height:1.3}
h3{font-size:13px;margin:14px 0 6px;text-transform:uppercase;letter-spacing:.04em;color:#334155}
.title{display:block;font-weight:400;font-size:13px;color:#475569;margin-top:2px;overflow-wrap:anywhere}
button{font:inherit;color:inherit;cursor:pointer}
button:focus-visible{outline:3px solid #1d4ed8;outline-offset:2px}
.close,.fold{background:#f1f5f9;border:1px solid #94a3b8;border-radius:6px;width:32px;height:32px;font-size:20px;line-height:1;padding:0;flex:none}
.close:hover,.fold:hover{background:#e2e8f0}
[hidden]{display:none!important}
p{margin:8px 0}
.counts{display:grid;grid-template-columns:repeat(3,1fr);gap:6px;margin:10px 0 4px;padding:0;list-style:none}
.counts li{border-radius:6px;padding:6px 8px;border:1px solid #cbd5e1}
.counts b{display:block;font-size:20px;line-height:1.1}
.counts span{font-size:12px}
.sw-direct{background:#dbeafe}
.sw-reported{background:#fde9bf;text-decoration:underline dotted #92400e}
.sw-unattributed{background:#fbd5e8;text-decoration:underline wavy #be185d}
.counts .sw-reported,.counts .sw-unattributed{text-decoration:none}
.counts .sw-reported span{text-decoration:underline dotted #92400e}
.counts .sw-unattributed span{text-decoration:underline wavy #be185d}
.summary{color:#334155;font-size:13px}
ul{margin:0;padding:0;list-style:none}
.flags li{padding:6px 8px;margin:4px 0;background:#fff7ed;border-left:4px solid #c2410c;border-radius:4px;font-size:13px}
table{border-collapse:collapse;width:100%;font-size:13px}
th,td{text-align:left;padding:4px 6px;border-bottom:1px solid #e2e8f0;vertical-align:top}
th{color:#334155;font-weight:600}
td.n{text-align:right;font-variant-numeric:tabular-nums}
.claims li{margin:4px 0}
.claim{display:block;width:100%;text-align:left;background:#f8fafc;border:1px solid #cbd5e1;border-radius:6px;padding:6px 8px}
.claim:hover{background:#eef2f7}
.claim[aria-expanded=true]{border-color:#1d4ed8;background:#eff6ff}
.tag{display:inline-block;font-size:11px;font-weight:700;text-transform:uppercase;letter-spacing:.03em;border-radius:4px;padding:0 5px;margin-right:6px;color:#1a1a1a}
.text{display:-webkit-box;-webkit-line-clamp:3;-webkit-box-orient:vertical;overflow:hidden}
.claim[aria-expanded=true] .text{display:block}
.detail{margin:4px 0 0;padding:6px 8px;font-size:13px;background:#f1f5f9;border-radius:6px}
.detail q{font-style:italic}
.muted{color:#475569;font-size:12px}
.message{font-size:15px}
@media (max-width:520px){
:host{top:auto!important;left:8px!important;right:8px!important;bottom:8px!important}
.panel{width:100%;max-height:60vh}
}
@media (prefers-reduced-motion:no-preference){.claim{transition:background-color .15s}}
`
