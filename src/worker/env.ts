/** The Worker's bindings and vars (wrangler.toml). */
export type Bindings = {
  /** Largest request body accepted, in bytes. */
  MAX_BODY_BYTES: string
  /** "true" lets GET /v1/check?url= fetch localhost and private addresses (tests, local demos). */
  ALLOW_PRIVATE_URLS?: string
  RATE_LIMITER: RateLimit
  /** Static files (build/assets): the bookmarklet's javascript: URL. */
  ASSETS: Fetcher
}

/** Hono's type parameter for this app. */
export type AppEnv = { Bindings: Bindings }
