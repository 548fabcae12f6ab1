/**
 * Stage 1b: one canonical text. NFC, `Ð/ð` look-alikes to `Đ/đ`, NBSP and
 * zero-width characters, HTML entities left by scrapers, CRLF.
 */

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  laquo: '«',
  raquo: '»',
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  bull: '•',
  middot: '·',
  deg: '°',
  copy: '©',
  reg: '®',
  times: '×',
  frac12: '½',
};

/** Decodes `&amp;`, `&#273;` and `&#x111;`; unknown names are left as written. */
export function decodeHtmlEntities(text: string): string {
  return text.replace(
    /&(#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,7});/gi,
    (whole, body: string) => {
      if (body[0] === '#') {
        const code =
          body[1] === 'x' || body[1] === 'X'
            ? parseInt(body.slice(2), 16)
            : parseInt(body.slice(1), 10);
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
      }
      return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
    },
  );
}

/**
 * Characters rewritten one for one: Icelandic eth and African D look like Vietnamese đ but fold differently;
 * NBSP and its kin are spaces; zero-width characters and the soft hyphen are dropped. One pass for them all.
 */
const LOOK_ALIKES: Record<string, string> = {
  '\u00D0': 'Đ',
  '\u0189': 'Đ',
  '\u00F0': 'đ',
  '\u0256': 'đ',
  '\u00A0': ' ',
  '\u2007': ' ',
  '\u202F': ' ',
  '\u3000': ' ',
  '\u200B': '',
  '\u200C': '',
  '\u200D': '',
  '\u2060': '',
  '\uFEFF': '',
  '\u00AD': '',
};
const LOOK_ALIKE =
  /[\u00D0\u0189\u00F0\u0256\u00A0\u2007\u202F\u3000\u200B-\u200D\u2060\uFEFF\u00AD]/g;
/** Spaces and tabs before a line break are dropped, and any other run of two or more is one space. */
const SPACE_RUN = /[ \t]+(?=\n)|[ \t]{2,}/g;

/** The canonical form every later stage reads. */
export function normaliseText(raw: string): string {
  return decodeHtmlEntities(raw.replace(/^\uFEFF/, ''))
    .replace(/\r\n?/g, '\n')
    .normalize('NFC')
    .replace(LOOK_ALIKE, (c) => LOOK_ALIKES[c]!)
    .replace(SPACE_RUN, (run, at: number, text: string) =>
      text[at + run.length] === '\n' ? '' : ' ',
    );
}
