/**
 * Names in an article's sentences, by the learned recogniser: each sentence
 * tokenised, its tokens' features scored by the model, the best BIO tags
 * decoded, and each tagged span read back as the text it covers.
 */
import { checkArticleNames } from './article-checks.ts';
import { boundaryFeatures, tokenFeatures } from './features.ts';
import { OLD_PROVINCES, PROVINCE_ALIASES } from '../gazetteer/provinces.ts';
import { COUNTRY_NAMES } from '../gazetteer/foreign.ts';
import { normaliseToneMarks } from '../../lib/vietnamese.ts';
import { decode, type ChainWeights } from './perceptron.ts';
import { legalTransition, spansOf, type NameKind } from './tags.ts';
import { tokenise, type Token } from './tokens.ts';
import type { KnownNames } from './known-names.ts';

export interface NameMention {
  kind: NameKind;
  /** The name as written. */
  text: string;
  /** Index of the sentence, and character offsets in it. */
  sentence: number;
  start: number;
  end: number;
}

export interface ReadableSentence {
  text: string;
  /** The sentence's tokens, when already made. */
  tokens?: Token[];
}

/** The model's weights, and the institutions it knows as names (known-names.ts). */
export type RecogniserWeights = ChainWeights & { known?: KnownNames };

/** Every name the model tags in the sentences of an article, in reading order, after the article's checks. */
export function recogniseNames(
  sentences: readonly ReadableSentence[],
  weights: RecogniserWeights,
): NameMention[] {
  const mentions: NameMention[] = [];
  sentences.forEach((sentence, index) => {
    const tokens = sentence.tokens ?? tokenise(sentence.text);
    const tags = decode(
      weights,
      tokenFeatures(tokens, weights.known),
      legalTransition,
      boundaryFeatures(tokens),
    );
    for (const span of spansOf(tags)) {
      const start = tokens[span.from]!.start;
      const end = tokens[span.to - 1]!.end;
      mentions.push({
        kind: span.kind,
        text: sentence.text.slice(start, end),
        sentence: index,
        start,
        end,
      });
    }
  });
  return checkArticleNames(
    mentions,
    sentences.map((s) => s.text),
  );
}

const PROVINCE_SPELLINGS: ReadonlySet<string> = new Set([
  ...OLD_PROVINCES.keys(),
  ...PROVINCE_ALIASES.keys(),
]);
const COUNTRY_SPELLINGS: ReadonlySet<string> = new Set(Object.keys(COUNTRY_NAMES));
const LONGEST_PLACE = 4;

/**
 * The provinces and countries written inside an institution's name ("Sở Y tế
 * tỉnh Lào Cai" names Lào Cai): a tag marks one kind per token, so these are
 * read from the gazetteers within each recognised institution, spelled
 * exactly. A short country name after a capitalised syllable belongs to a
 * name of its own (Việt Đức, Tâm Đức, Thủ Đức, Thẩm Mỹ) and is no country.
 */
export function namesInsideInstitutions(mentions: readonly NameMention[]): NameMention[] {
  const nested: NameMention[] = [];
  for (const m of mentions) {
    if (m.kind !== 'ORG') continue;
    const tokens = tokenise(m.text);
    for (let i = 0; i < tokens.length; i++) {
      for (let length = Math.min(LONGEST_PLACE, tokens.length - i); length > 0; length--) {
        const from = tokens[i]!.start;
        const to = tokens[i + length - 1]!.end;
        const text = m.text.slice(from, to);
        const kind: NameKind | null = PROVINCE_SPELLINGS.has(normaliseToneMarks(text))
          ? 'PROV'
          : COUNTRY_SPELLINGS.has(text) &&
              (length > 1 || i === 0 || !/^\p{Lu}/u.test(tokens[i - 1]!.text))
            ? 'COUNTRY'
            : null;
        if (!kind) continue;
        nested.push({ kind, text, sentence: m.sentence, start: m.start + from, end: m.start + to });
        i += length - 1;
        break;
      }
    }
  }
  return nested;
}

/**
 * The distinct names of each kind an article mentions, as written: a person
 * named in full and later by a shorter ending ("Nguyễn Thị Kim Tiến", "bà
 * Tiến"), or a foreigner by the given name first ("Helen Huỳnh", "bà Helen"),
 * is one person, listed in full.
 */
export function distinctNames(mentions: readonly NameMention[]): Record<NameKind, Set<string>> {
  const all = [...mentions, ...namesInsideInstitutions(mentions)];
  const sets: Record<NameKind, Set<string>> = {
    ORG: new Set(),
    PER: new Set(),
    PROV: new Set(),
    COUNTRY: new Set(),
  };
  for (const m of all) sets[m.kind].add(m.text);
  const people = [...sets.PER];
  for (const short of people)
    if (
      people.some(
        (full) =>
          full !== short &&
          (full.endsWith(` ${short}`) || (!short.includes(' ') && full.startsWith(`${short} `))),
      )
    )
      sets.PER.delete(short);
  return sets;
}
