import { html, raw } from 'hono/html'
import type { HtmlEscapedString } from 'hono/utils/html'

// The docs page is rendered from the generated OpenAPI document at build time (scripts/openapi.mjs), so it cannot drift either.

type Json = Record<string, any>
type Html = HtmlEscapedString | Promise<HtmlEscapedString>

const STYLE = `
:root{font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1a1a1a}
body{margin:0 auto;max-width:960px;padding:16px}
a{color:#1d4ed8}
:focus-visible{outline:3px solid #1d4ed8;outline-offset:2px}
h1{font-size:1.6rem;margin:.4em 0}
h2{font-size:1.25rem;margin:2em 0 .5em;border-bottom:1px solid #cbd5e1;padding-bottom:4px}
h3{font-size:1.05rem;margin:1.4em 0 .4em}
.op{border:1px solid #cbd5e1;border-radius:10px;padding:4px 16px 12px;margin:16px 0}
.method{display:inline-block;min-width:4.2em;text-align:center;font:700 .85rem ui-monospace,monospace;border-radius:4px;padding:2px 6px;margin-right:8px;background:#1e3a8a;color:#fff}
.method.post{background:#166534}
code,pre{font-family:ui-monospace,SFMono-Regular,Menlo,monospace;font-size:.9em}
pre{background:#f6f8fb;border:1px solid #cbd5e1;border-radius:6px;padding:8px;overflow:auto;white-space:pre-wrap}
table{border-collapse:collapse;width:100%;font-size:.95rem;margin:6px 0}
th,td{text-align:left;padding:5px 8px;border-bottom:1px solid #e2e8f0;vertical-align:top}
th{background:#f6f8fb}
.muted{color:#4a5563}
.wrap{overflow-x:auto}
`

/** The readable API documentation page, generated from the OpenAPI document. */
export function docsPage(doc: Json, nonce: string): Html {
  const schemas: Json = doc.components?.schemas ?? {}
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${doc.info.title}: API</title>
<link rel="icon" href="data:,">
<style nonce="${nonce}">${raw(STYLE)}</style>
</head>
<body>
<p><a href="/">← Try it</a> · <a href="/openapi.json">OpenAPI document (JSON)</a></p>
<h1>${doc.info.title} <span class="muted">API ${doc.info.version}</span></h1>
${paragraphs(doc.info.description)}
<h2>Operations</h2>
${Object.entries(doc.paths as Json).flatMap(([path, methods]) => Object.entries(methods as Json).map(([method, op]) => operation(path, method, op)))}
<h2>Schemas</h2>
${Object.entries(schemas).map(([name, schema]) => html`<section id="schema-${name}"><h3>${name}</h3>${schema.description ? html`<p>${inlineCode(schema.description)}</p>` : ''}${schemaTable(schema)}</section>`)}
</body>
</html>`
}

function paragraphs(text = ''): Html[] {
  return text.split(/\n\n+/).map((p) => html`<p>${inlineCode(p)}</p>`)
}

// `code` in prose: escaped first, then wrapped
function inlineCode(text: string): HtmlEscapedString {
  const escaped = text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
  return raw(escaped.replace(/`([^`]+)`/g, '<code>$1</code>'))
}

function operation(path: string, method: string, op: Json): Html {
  const id = `${method}-${path.replace(/\W+/g, '-')}`
  return html`<section class="op" id="${id}">
<h3><span class="method ${method}">${method.toUpperCase()}</span><code>${path}</code></h3>
<p><strong>${op.summary}</strong></p>
${op.description ? paragraphs(op.description) : ''}
${op.parameters?.length ? parameters(op.parameters) : ''}
${op.requestBody ? requestBody(op.requestBody.content) : ''}
${responses(op.responses)}
</section>`
}

function table(head: string[], rows: Html[]): Html {
  return html`<div class="wrap"><table><thead><tr>${head.map((h) => html`<th>${h}</th>`)}</tr></thead><tbody>${rows}</tbody></table></div>`
}

function parameters(params: Json[]): Html {
  const rows = params.map(
    (p) => html`<tr><td><code>${p.name}</code></td><td>${typeOf(p.schema)}</td><td>${p.required ? 'yes' : 'no'}</td><td>${inlineCode(p.description ?? '')}</td></tr>`,
  )
  return html`<h4>Query parameters</h4>${table(['Name', 'Type', 'Required', 'Description'], rows)}`
}

function requestBody(content: Json): Html {
  const rows = Object.entries(content).map(([type, c]) => {
    const description = c.schema?.description ? html` <span class="muted">${inlineCode(c.schema.description)}</span>` : ''
    const example = c.example ? html`<pre>${c.example}</pre>` : ''
    return html`<tr><td><code>${type}</code></td><td>${typeOf(c.schema)}${description}${example}</td></tr>`
  })
  return html`<h4>Request body</h4>${table(['Content-Type', 'Body'], rows)}`
}

function responses(list: Json): Html {
  const rows = Object.entries(list).map(([status, r]) => {
    const body = r.content ? Object.entries(r.content as Json).map(([type, c]) => html`<code>${type}</code> ${c.schema ? typeOf(c.schema) : ''}`) : '—'
    const headers = r.headers ? html` <span class="muted">Headers: ${Object.keys(r.headers).join(', ')}</span>` : ''
    return html`<tr><td><code>${status}</code></td><td>${body}</td><td>${inlineCode(r.description)}${headers}</td></tr>`
  })
  return html`<h4>Responses</h4>${table(['Status', 'Body', 'Meaning'], rows)}`
}

function schemaTable(schema: Json): Html | string {
  if (schema.type !== 'object' || !schema.properties) return html`<p>${typeOf(schema)}</p>`
  const required = new Set<string>(schema.required ?? [])
  const rows = Object.entries(schema.properties as Json).map(([name, p]) => {
    const optional = required.has(name) ? '' : html` <span class="muted">optional</span>`
    const fallback = p.default !== undefined ? html` <span class="muted">Default: <code>${JSON.stringify(p.default)}</code></span>` : ''
    return html`<tr><td><code>${name}</code>${optional}</td><td>${typeOf(p)}</td><td>${inlineCode(p.description ?? '')}${fallback}</td></tr>`
  })
  return table(['Field', 'Type', 'Description'], rows)
}

/** A JSON Schema's type, with links to named schemas. */
function typeOf(schema: Json | undefined): Html | string {
  if (!schema) return 'any'
  if (schema.$ref) {
    const name = String(schema.$ref).split('/').pop()
    return html`<a href="#schema-${name}">${name}</a>`
  }
  if (schema.const !== undefined) return html`<code>${JSON.stringify(schema.const)}</code>`
  if (schema.enum) return html`one of ${schema.enum.map((v: unknown, i: number) => html`${i ? ', ' : ''}<code>${String(v)}</code>`)}`
  if (schema.anyOf) return html`${schema.anyOf.map((s: Json, i: number) => html`${i ? ' or ' : ''}${typeOf(s)}`)}`
  if (schema.type === 'array') return html`array of ${typeOf(schema.items)}`
  const extra = [schema.format, schema.minimum !== undefined ? `≥ ${schema.minimum}` : ''].filter(Boolean).join(', ')
  return html`${schema.type ?? 'any'}${extra ? html` <span class="muted">(${extra})</span>` : ''}`
}
