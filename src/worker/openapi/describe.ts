import type { MiddlewareHandler } from 'hono'
import type * as v from 'valibot'

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

const operations = new WeakMap<object, Operation>()

/** A pass-through middleware that attaches an OpenAPI operation to the route it is on. */
export function describe(operation: Operation): MiddlewareHandler {
  const handler: MiddlewareHandler = (_c, next) => next()
  operations.set(handler, operation)
  return handler
}

/** The operation `describe` attached to a route handler, if any. */
export function operationOf(handler: object): Operation | undefined {
  return operations.get(handler)
}
