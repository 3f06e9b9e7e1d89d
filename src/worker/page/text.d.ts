// wrangler (and the workers test pool) import .html and .txt files as text
declare module '*.html' {
  const text: string
  export default text
}
declare module '*.txt' {
  const text: string
  export default text
}
