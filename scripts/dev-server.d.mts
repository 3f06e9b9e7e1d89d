/** A TCP port on 127.0.0.1 that nothing listens on right now. */
export function freePort(): Promise<number>

/** Starts the Worker under `wrangler dev` on 127.0.0.1 and waits until /healthz answers. */
export function startDevServer(options?: { port?: number; env?: string; vars?: Record<string, string>; timeoutMs?: number }): Promise<{
  /** wrangler's dev server, as `npm start` serves it. */
  url: string
  /** The workerd runtime behind wrangler's dev proxy, serving the same Worker. */
  runtimeUrl: string
  stop: () => Promise<void>
  output: () => string
  /** Times wrangler restarted the runtime since it started (a source file changed). */
  restarts: () => number
}>
