// natural's Porter stemmer is built on this base (its `./stemmer`), which brings a stop-word list and a tokenizer for
// `tokenizeAndStem` and `attach`; the engine calls `stem` alone, which the Porter module sets on the instance itself.
// The Worker's bundle takes this empty base instead (wrangler.toml [alias]).
module.exports = function Stemmer() {}
