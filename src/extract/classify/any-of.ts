/**
 * A pattern that matches where any of `patterns` does. Each keeps its own case
 * rule (an `i` pattern becomes a case-insensitive group); all must be Unicode
 * patterns without back-references, which would not survive being joined.
 */
export function anyOf(patterns: RegExp[]): RegExp {
  const parts = patterns.map((p) => {
    if (!/^i?u$/.test(p.flags) || /\\[1-9k]|\(\?<[A-Za-z]/.test(p.source))
      throw new Error(`anyOf: cannot join /${p.source}/${p.flags}`);
    return p.flags === 'iu' ? `(?i:${p.source})` : `(?:${p.source})`;
  });
  return new RegExp(parts.join('|'), 'u');
}
