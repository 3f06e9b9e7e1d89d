/** A static asset's text, from build/assets (a deployment without it is broken: say so). */
export async function asset(assets: Fetcher, path: string): Promise<string> {
  const res = await assets.fetch(`https://assets.invalid/${path}`)
  if (!res.ok) throw new Error(`the asset ${path} is missing (HTTP ${res.status}): run npm run build before deploying`)
  return (await res.text()).trim()
}

/** `load` run once per isolate and its result kept; a failure is not kept, so the next call tries again. */
export function once<A, T>(load: (arg: A) => Promise<T>): (arg: A) => Promise<T> {
  let kept: Promise<T> | undefined
  return (arg) => {
    if (!kept) {
      kept = load(arg)
      kept.catch(() => (kept = undefined))
    }
    return kept
  }
}
