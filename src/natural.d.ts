// natural is imported by module path (its package root pulls databases and a 19 MB
// bundle); these are the few modules the lexicon uses.
declare module 'natural/lib/natural/stemmers/porter_stemmer' {
  const PorterStemmer: { stem(token: string): string }
  export default PorterStemmer
}
declare module 'natural/lib/natural/inflectors/noun_inflector' {
  export default class NounInflector {
    pluralize(token: string): string
    singularize(token: string): string
  }
}
declare module 'natural/lib/natural/inflectors/present_verb_inflector' {
  export default class PresentVerbInflector {
    /** base → third person singular ("say" → "says") */
    singularize(token: string): string
  }
}
declare module 'natural/lib/natural/util/abbreviations_en' {
  export const knownAbbreviations: string[]
}
