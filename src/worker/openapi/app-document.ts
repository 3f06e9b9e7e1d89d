import app from '../index'
import { openApiDocument } from './document'
import { operations } from './operations'
import { components } from './schemas'

const INFO = {
  title: 'Provenance',
  version: '1.0.0',
  description: [
    'Checks where each claim of a news article comes from, according to the text itself: every sentence is labelled `direct` (a named, on-record source), `reported` (vague or anonymous sources, hedges) or `unattributed`, with the spans of its cues and sources.',
    'Any origin may call the API (CORS, without credentials). Errors are JSON `{ "error": { "code", "message" } }`. Checks are rate limited per client; bodies are limited to 1 MiB by default.',
    'Privacy: nothing of an article is logged or stored, and reports are sent with `Cache-Control: no-store`.',
  ].join('\n\n'),
}

/**
 * The app's OpenAPI document, from the routes it registers, their operations and the schemas
 * they validate with. The build (scripts/openapi.mjs) writes it to build/assets/openapi.json,
 * where the Worker reads it: this module, the operations, the response schemas and the JSON
 * Schema converter never ship in the Worker.
 */
export function appDocument() {
  return openApiDocument(app.routes, operations, INFO, components)
}
