// wrangler (and the workers test pool) import .txt files as text
declare module '*.txt' {
  const text: string
  export default text
}
