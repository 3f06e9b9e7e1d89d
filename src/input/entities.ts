// Character references shared by the Markdown and HTML readers. The table holds the HTML 4
// set plus the HTML5 names common in news copy, not all 2,231 HTML5 names: a name it lacks
// stays as written, which costs far less than shipping the full table to every bundle.

// Names of U+00A0..U+00FF in order.
const LATIN1 =
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn ' +
  'sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave ' +
  'Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ' +
  'ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN ' +
  'szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave ' +
  'iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc ' +
  'uuml yacute thorn yuml'

// Greek capitals from U+0391 and small letters from U+03B1; '-' skips the unassigned U+03A2.
const GREEK_UPPER =
  'Alpha Beta Gamma Delta Epsilon Zeta Eta Theta Iota Kappa Lambda Mu Nu Xi Omicron Pi Rho - ' +
  'Sigma Tau Upsilon Phi Chi Psi Omega'
const GREEK_LOWER =
  'alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho ' +
  'sigmaf sigma tau upsilon phi chi psi omega'

// name:hex code point.
const OTHER =
  'quot:22 QUOT:22 amp:26 AMP:26 apos:27 lt:3c LT:3c gt:3e GT:3e Tab:9 NewLine:a excl:21 num:23 ' +
  'dollar:24 percnt:25 lpar:28 rpar:29 ast:2a plus:2b comma:2c period:2e sol:2f colon:3a semi:3b ' +
  'equals:3d quest:3f commat:40 lsqb:5b lbrack:5b bsol:5c rsqb:5d rbrack:5d Hat:5e lowbar:5f ' +
  'grave:60 lcub:7b lbrace:7b verbar:7c vert:7c rcub:7d rbrace:7d NonBreakingSpace:a0 COPY:a9 ' +
  'REG:ae half:bd pm:b1 div:f7 centerdot:b7 angst:c5 OElig:152 oelig:153 Scaron:160 scaron:161 ' +
  'Yuml:178 fnof:192 circ:2c6 tilde:2dc thetasym:3d1 upsih:3d2 piv:3d6 ensp:2002 emsp:2003 ' +
  'numsp:2007 puncsp:2008 thinsp:2009 hairsp:200a ZeroWidthSpace:200b zwnj:200c zwj:200d ' +
  'lrm:200e rlm:200f hyphen:2010 dash:2010 ndash:2013 mdash:2014 horbar:2015 lsquo:2018 ' +
  'OpenCurlyQuote:2018 rsquo:2019 rsquor:2019 CloseCurlyQuote:2019 sbquo:201a lsquor:201a ' +
  'ldquo:201c OpenCurlyDoubleQuote:201c rdquo:201d rdquor:201d CloseCurlyDoubleQuote:201d ' +
  'bdquo:201e ldquor:201e dagger:2020 Dagger:2021 bull:2022 bullet:2022 nldr:2025 hellip:2026 ' +
  'mldr:2026 permil:2030 prime:2032 Prime:2033 lsaquo:2039 rsaquo:203a oline:203e caret:2041 ' +
  'frasl:2044 euro:20ac image:2111 weierp:2118 real:211c trade:2122 TRADE:2122 copysr:2117 ' +
  'ohm:3a9 mho:2127 alefsym:2135 frac13:2153 frac23:2154 frac15:2155 frac18:215b frac38:215c ' +
  'frac58:215d frac78:215e larr:2190 uarr:2191 rarr:2192 darr:2193 harr:2194 crarr:21b5 ' +
  'lArr:21d0 uArr:21d1 rArr:21d2 dArr:21d3 hArr:21d4 forall:2200 part:2202 exist:2203 ' +
  'empty:2205 nabla:2207 isin:2208 notin:2209 ni:220b prod:220f sum:2211 minus:2212 ' +
  'lowast:2217 radic:221a prop:221d infin:221e ang:2220 and:2227 or:2228 cap:2229 cup:222a ' +
  'int:222b there4:2234 sim:223c cong:2245 asymp:2248 approx:2248 ne:2260 equiv:2261 le:2264 ' +
  'leq:2264 ge:2265 geq:2265 sub:2282 sup:2283 nsub:2284 sube:2286 supe:2287 oplus:2295 ' +
  'otimes:2297 perp:22a5 sdot:22c5 lceil:2308 rceil:2309 lfloor:230a rfloor:230b lang:27e8 ' +
  'rang:27e9 loz:25ca spades:2660 clubs:2663 hearts:2665 diams:2666 starf:2605 bigstar:2605 ' +
  'star:2606 phone:260e female:2640 male:2642 flat:266d natural:266e sharp:266f check:2713 ' +
  'cross:2717'

// Names that browsers also decode without the semicolon, when no letter or digit follows.
const LEGACY = new Set(['amp', 'lt', 'gt', 'quot', 'nbsp', 'copy', 'reg', 'AMP', 'LT', 'GT', 'QUOT'])

// Windows-1252 meanings of &#128;..&#159;, which old pages use for curly quotes and dashes.
const CP1252 = [
  0x20ac, 0, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152,
  0, 0x17d, 0, 0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161,
  0x203a, 0x153, 0, 0x17e, 0x178,
]

let table: Map<string, string> | undefined

function names(): Map<string, string> {
  if (table) return table
  table = new Map()
  const add = (list: string, first: number) =>
    list.split(' ').forEach((name, i) => {
      if (name !== '-') table!.set(name, String.fromCharCode(first + i))
    })
  add(LATIN1, 0xa0)
  add(GREEK_UPPER, 0x391)
  add(GREEK_LOWER, 0x3b1)
  for (const pair of OTHER.split(' ')) {
    const colon = pair.indexOf(':')
    table.set(pair.slice(0, colon), String.fromCodePoint(parseInt(pair.slice(colon + 1), 16)))
  }
  return table
}

/** A decoded character reference: its value and how many source characters it spans. */
export interface Reference {
  value: string
  length: number
}

function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
}

/**
 * Decodes the character reference starting with the `&` at `at` and ending before `end`, or
 * returns undefined when there is none there, so the `&` stays as written. `strict` follows
 * CommonMark (a `;` is required); otherwise browsers' leniency is copied for the legacy names
 * and for numeric references without `;`.
 */
export function decodeReference(
  source: string,
  at: number,
  end: number,
  strict: boolean,
): Reference | undefined {
  let i = at + 1
  if (source.charCodeAt(i) === 35) {
    // '#'
    i++
    const hex = (source.charCodeAt(i) | 32) === 120
    if (hex) i++
    const digitsStart = i
    let code = 0
    for (; i < end; i++) {
      const c = source.charCodeAt(i)
      let d: number
      if (c >= 48 && c <= 57) d = c - 48
      else if (hex && (c | 32) >= 97 && (c | 32) <= 102) d = (c | 32) - 87
      else break
      // Keep consuming digits as browsers do, but stop the value from growing without bound.
      if (code <= 0x10ffff) code = code * (hex ? 16 : 10) + d
    }
    const digits = i - digitsStart
    if (digits === 0 || (strict && digits > (hex ? 6 : 7))) return undefined
    const semi = source.charCodeAt(i) === 59 && i < end
    if (semi) i++
    else if (strict) return undefined
    if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return undefined
    if (code >= 0x80 && code <= 0x9f && !strict) {
      code = CP1252[code - 0x80]
      if (!code) return undefined
    }
    return { value: String.fromCodePoint(code), length: i - at }
  }
  const nameStart = i
  while (i < end && i - nameStart < 32 && isAlnum(source.charCodeAt(i))) i++
  if (i === nameStart) return undefined
  const name = source.slice(nameStart, i)
  if (i < end && source.charCodeAt(i) === 59) {
    const value = names().get(name)
    return value === undefined ? undefined : { value, length: i + 1 - at }
  }
  if (strict || !LEGACY.has(name) || (i < end && source.charCodeAt(i) === 61)) return undefined
  return { value: names().get(name)!, length: i - at }
}

/** Decodes every character reference in `text` (for attribute values and titles). */
export function decodeAll(text: string): string {
  if (text.indexOf('&') < 0) return text
  let out = ''
  let last = 0
  for (let i = text.indexOf('&'); i >= 0; i = text.indexOf('&', i + 1)) {
    const ref = decodeReference(text, i, text.length, false)
    if (!ref) continue
    out += text.slice(last, i) + ref.value
    last = i + ref.length
    i = last - 1
  }
  return out + text.slice(last)
}

/**
 * The value of a named character reference ("amp" → "&"), or false: the Worker bundle stands this in for the
 * decode-named-character-reference package the Markdown parser imports (wrangler.toml alias), which carries all 2,231
 * HTML5 names; Markdown read there knows the names this table knows, as the HTML reader does.
 */
export const decodeNamedCharacterReference = (value: string): string | false => names().get(value) ?? false
