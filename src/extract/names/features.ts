/**
 * The features of each token, in one place: the word, its lower-case and
 * folded forms, its shape, its neighbours two either side, where it stands
 * (in brackets, after a comma, first in the sentence) and the gazetteer
 * lists it belongs to. A feature is a string; the model weighs each by tag.
 */
import { gazetteerMarks } from './gazetteer-marks.ts';
import { lexiconMarks } from './name-lexicon.ts';
import { knownNameMarks, type KnownNames } from './known-names.ts';
import type { Token } from './tokens.ts';
import { syllableBond } from './syllable-bonds.ts';
import { wordForms } from './word-forms.ts';
import { withWordClassFeatures } from './word-classes.ts';

export { shapeOf } from './word-forms.ts';

const OPENING = new Set(['(', '[', '“', '"']);
const CLOSING = new Set([')', ']', '”']);

/**
 * The features that fire at each token of a sentence; with `known`, the marks
 * of the institutions already seen as names too (knownNameFeatures).
 */
export function tokenFeatures(tokens: readonly Token[], known?: KnownNames): string[][] {
  const features = withWordClassFeatures(tokens, baseFeatures(tokens));
  if (!known) return features;
  const marks = knownNameFeatures(tokens, known);
  return features.map((f, i) => [...f, ...marks[i]!]);
}

/** The features of the institutions already seen as names, at each token, with the token's shape. */
export function knownNameFeatures(tokens: readonly Token[], known: KnownNames): string[][] {
  return knownNameMarks(tokens, known).map((marks, i) =>
    marks.flatMap((m) => [m, `${m}|sh=${wordForms(tokens[i]!.text).shape}`]),
  );
}

function baseFeatures(tokens: readonly Token[]): string[][] {
  const words = tokens.map((t) => t.text);
  const forms = words.map(wordForms);
  const lower = forms.map((f) => f.lower);
  const folded = forms.map((f) => f.folded);
  const shapes = forms.map((f) => f.shape);
  const marks = gazetteerMarks(tokens);
  const lexicon = lexiconMarks(tokens);
  let depth = 0;
  const inBrackets = words.map((w) => {
    if (CLOSING.has(w)) depth = Math.max(0, depth - 1);
    const inside = depth > 0;
    if (OPENING.has(w)) depth++;
    return inside;
  });
  const sinceHead = distanceSince(marks, 'head:B');
  const sinceTitle = distanceSince(marks, 'title:', 'honorific:');
  const run = capitalisedRuns(shapes);
  // bond[i]: how strongly token i and token i + 1 form one word (0 when they are apart or no word).
  const bond = tokens.map((t, i) => {
    const next = tokens[i + 1];
    return next && next.start === t.end + 1 ? syllableBond(forms[i]!.key, forms[i + 1]!.key) : 0;
  });
  const at = <T>(list: readonly T[], i: number, outside: T) =>
    i < 0 || i >= list.length ? outside : list[i]!;
  return tokens.map((_, i) => {
    const w = lower[i]!;
    const f = [
      'bias',
      `w=${words[i]}`,
      `l=${w}`,
      `f=${folded[i]}`,
      `sh=${shapes[i]}`,
      `p3=${w.slice(0, 3)}`,
      `s3=${w.slice(-3)}`,
      `sh-1|sh|sh+1=${at(shapes, i - 1, '^')}|${shapes[i]}|${at(shapes, i + 1, '$')}`,
      `l-1|l=${at(lower, i - 1, '^')}|${w}`,
      `l|l+1=${w}|${at(lower, i + 1, '$')}`,
      `l-2|l-1=${at(lower, i - 2, '^')}|${at(lower, i - 1, '^')}`,
      `l+1|l+2=${at(lower, i + 1, '$')}|${at(lower, i + 2, '$')}`,
      `w-1=${at(words, i - 1, '^')}`,
      `w+1=${at(words, i + 1, '$')}`,
    ];
    for (const o of [-2, -1, 1, 2]) {
      f.push(`l${o}=${at(lower, i + o, o < 0 ? '^' : '$')}`);
      f.push(`sh${o}=${at(shapes, i + o, o < 0 ? '^' : '$')}`);
    }
    if (i === 0) f.push('first');
    if (sinceHead[i] !== null) f.push(`dHead=${sinceHead[i]}|${shapes[i]}`);
    if (sinceTitle[i] !== null) f.push(`dTitle=${sinceTitle[i]}|${shapes[i]}`);
    if (run[i]) f.push(`run=${run[i]}`);
    if (inBrackets[i]) f.push('inBrackets');
    const after = bond[i]!;
    const before = i > 0 ? bond[i - 1]! : 0;
    if (after) f.push(`bond+=${after}`, `bond+=${after}|${shapes[i]}|${at(shapes, i + 1, '$')}`);
    if (before) f.push(`bond-=${before}`, `bond-=${before}|${at(shapes, i - 1, '^')}|${shapes[i]}`);
    if (at(words, i - 1, '') === ',') f.push('afterComma');
    for (const m of marks[i]!) f.push(`gz=${m}`, `gz=${m}|sh=${shapes[i]}`);
    for (const o of [-1, 1]) for (const m of at(marks, i + o, [])) f.push(`gz${o}=${m}`);
    for (const m of lexicon[i]!) f.push(m, `${m}|sh=${shapes[i]}`);
    return f;
  });
}

/**
 * The features of the boundary before each token (none before the first),
 * weighed by the pair of tags either side: whether the two syllables form one
 * word (a name rarely starts or ends inside a word) and the two shapes.
 */
export function boundaryFeatures(tokens: readonly Token[]): string[][] {
  const forms = tokens.map((t) => wordForms(t.text));
  return tokens.map((t, i) => {
    if (i === 0) return [];
    const before = forms[i - 1]!;
    const shapes = `${before.shape}|${forms[i]!.shape}`;
    const f = [`shapes=${shapes}`];
    const bond = t.start === tokens[i - 1]!.end + 1 ? syllableBond(before.key, forms[i]!.key) : 0;
    if (bond) f.push(`bond=${bond}`, `bond=${bond}|${shapes}`);
    return f;
  });
}

const FAR = 8;

/** How many tokens back (1 = the token before, up to FAR) a mark starting with one of the prefixes ended. */
function distanceSince(marks: readonly string[][], ...prefixes: string[]): Array<number | null> {
  let last: number | null = null;
  return marks.map((m, i) => {
    const d = last === null || i - last > FAR ? null : i - last;
    if (m.some((x) => prefixes.some((p) => x.startsWith(p)))) last = i;
    return d;
  });
}

const CAPITALISED = new Set(['Xx', 'XX', 'X', 'X.X', 'XxX']);

/** For a capitalised token, the length of its run of capitalised tokens (up to 5) and its place in it. */
function capitalisedRuns(shapes: readonly string[]): Array<string | null> {
  const out: Array<string | null> = shapes.map(() => null);
  for (let i = 0; i < shapes.length;) {
    if (!CAPITALISED.has(shapes[i]!)) {
      i++;
      continue;
    }
    let j = i;
    while (j < shapes.length && CAPITALISED.has(shapes[j]!)) j++;
    for (let k = i; k < j; k++) out[k] = `${Math.min(j - i, 5)}|${Math.min(k - i, 4)}`;
    i = j;
  }
  return out;
}
