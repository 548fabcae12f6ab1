/**
 * The kinds of names the recogniser tags, and the BIO tags over tokens:
 * B- opens a name, I- continues the name before it, O is outside any name.
 */

export const NAME_KINDS = ['ORG', 'PER', 'PROV', 'COUNTRY'] as const;
export type NameKind = (typeof NAME_KINDS)[number];

export const TAGS = ['O', ...NAME_KINDS.flatMap((k) => [`B-${k}`, `I-${k}`])] as const;
export type Tag = (typeof TAGS)[number];
export const OUTSIDE = 0;

export const tagIndex = (tag: Tag): number => TAGS.indexOf(tag);
const kindOf = (tag: number): NameKind | null =>
  tag === OUTSIDE ? null : NAME_KINDS[Math.floor((tag - 1) / 2)]!;
const isInside = (tag: number) => tag !== OUTSIDE && (tag - 1) % 2 === 1;

/** I-X may only follow B-X or I-X: the transitions Viterbi is allowed to take. */
export function legalTransition(previous: number | null, next: number): boolean {
  if (!isInside(next)) return true;
  return previous !== null && previous !== OUTSIDE && kindOf(previous) === kindOf(next);
}

export interface TaggedSpan {
  kind: NameKind;
  /** First token, inclusive. */
  from: number;
  /** Last token, exclusive. */
  to: number;
}

/** The names a tag sequence marks. */
export function spansOf(tags: readonly number[]): TaggedSpan[] {
  const spans: TaggedSpan[] = [];
  let open: TaggedSpan | null = null;
  tags.forEach((tag, i) => {
    if (open && !(isInside(tag) && kindOf(tag) === open.kind)) {
      spans.push(open);
      open = null;
    }
    const kind = kindOf(tag);
    if (kind && !open) open = { kind, from: i, to: i + 1 };
    else if (open) open.to = i + 1;
  });
  if (open) spans.push(open);
  return spans;
}

/** The tag sequence for names over a sentence of `length` tokens. */
export function tagsOf(spans: readonly TaggedSpan[], length: number): number[] {
  const tags = new Array<number>(length).fill(OUTSIDE);
  for (const { kind, from, to } of spans) {
    tags[from] = tagIndex(`B-${kind}`);
    for (let i = from + 1; i < to; i++) tags[i] = tagIndex(`I-${kind}`);
  }
  return tags;
}
