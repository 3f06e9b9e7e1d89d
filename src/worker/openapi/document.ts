import { toJsonSchema, type JsonSchema } from '@valibot/to-json-schema'
import type * as v from 'valibot'

/** A route as Hono lists it in `app.routes`. */
export interface Route {
  method: string
  path: string
}

type Schema = v.GenericSchema

/** One response of an operation. */
export interface ResponseSpec {
  description: string
  /** Media type of the body; `application/json` when a schema is given. */
  type?: string
  schema?: Schema
  headers?: Record<string, string>
}

/** What /openapi.json says of one route: its schemas are the ones its handler validates with. */
export interface Operation {
  summary: string
  description?: string
  tags?: string[]
  /** An object schema whose entries are the query parameters. */
  query?: v.ObjectSchema<v.ObjectEntries, undefined>
  /** Request body schemas by media type. */
  body?: Record<string, { schema: Schema; example?: string }>
  responses: Record<number, ResponseSpec>
}

/** Title, version and prose of the API. */
export interface ApiInfo {
  title: string
  version: string
  description: string
}

type Components = Record<string, v.GenericSchema>

/**
 * Generates the OpenAPI 3.1 document from the app's routes and the schemas their
 * handlers validate with: every route with an operation, keyed `${method} ${path}`, is listed.
 */
export function openApiDocument(routes: Route[], operations: Record<string, Operation>, info: ApiInfo, components: Components) {
  const keys = new Set(routes.map((route) => `${route.method} ${route.path}`))
  // An operation of a route the app no longer registers would silently drop out of the document
  const stale = Object.keys(operations).filter((key) => !keys.has(key))
  if (stale.length) throw new Error(`OpenAPI operations for routes the app does not register: ${stale.join(', ')}`)
  const convert = (schema: v.GenericSchema): JsonSchema => jsonSchema(schema, components)
  const paths: Record<string, Record<string, unknown>> = {}
  for (const route of routes) {
    const op = operations[`${route.method} ${route.path}`]
    if (!op) continue
    const path = route.path.replace(/:(\w+)/g, '{$1}')
    paths[path] ??= {}
    paths[path][route.method.toLowerCase()] = operation(op, convert)
  }
  const schemas: Record<string, JsonSchema> = {}
  for (const [name, schema] of Object.entries(components)) schemas[name] = jsonSchema(schema, components, name)
  return { openapi: '3.1.0', info, paths, components: { schemas } }
}

function operation(op: Operation, convert: (s: v.GenericSchema) => JsonSchema) {
  const parameters = Object.entries(op.query?.entries ?? {}).map(([name, schema]) => {
    const json = convert(schema)
    return { name, in: 'query', required: schema.type !== 'optional', description: json.description, schema: json }
  })
  const responses = Object.fromEntries(
    Object.entries(op.responses).map(([status, r]) => [
      status,
      {
        description: r.description,
        ...(r.headers && { headers: Object.fromEntries(Object.entries(r.headers).map(([h, d]) => [h, { description: d, schema: { type: 'string' } }])) }),
        ...((r.schema || r.type) && { content: { [r.type ?? 'application/json']: r.schema ? { schema: convert(r.schema) } : {} } }),
      },
    ]),
  )
  return {
    summary: op.summary,
    ...(op.description && { description: op.description }),
    ...(op.tags && { tags: op.tags }),
    ...(parameters.length && { parameters }),
    ...(op.body && {
      requestBody: {
        required: true,
        content: Object.fromEntries(
          Object.entries(op.body).map(([type, b]) => [type, { schema: convert(b.schema), ...(b.example !== undefined && { example: b.example }) }]),
        ),
      },
    }),
    responses,
  }
}

/** A schema as JSON Schema 2020-12, named components replaced by `$ref`s (but `self`). */
function jsonSchema(schema: v.GenericSchema, components: Components, self?: string): JsonSchema {
  // A component is converted in full under its own name; elsewhere it is a reference
  const definitions = self ? Object.fromEntries(Object.entries(components).filter(([name]) => name !== self)) : components
  const json = toJsonSchema(schema, {
    target: 'draft-2020-12',
    definitions,
    overrideRef: ({ referenceId }) => `#/components/schemas/${referenceId}`,
  }) as JsonSchema & { $schema?: string; $defs?: unknown }
  delete json.$schema
  delete json.$defs
  return json
}
