/**
 * An Error whose message is `format` with each `%s`, `%d` or `%j` replaced by the next value: the Worker bundle stands this in for
 * the `fault` package (wrangler.toml alias), which the front-matter extension of the Markdown parser calls only for a bad
 * configuration of its own and which brings a printf-like formatter (with an `eval`) of about 1.5 KB; our configuration is fixed.
 */
export function fault(format: string, ...values: unknown[]): Error {
  return new Error(format.replace(/%([sdj])/g, (_, kind: string) => {
    const value = values.shift()
    return kind === 'j' ? String(JSON.stringify(value)) : String(kind === 'd' ? Number(value) : value)
  }))
}
