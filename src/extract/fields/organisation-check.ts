/**
 * The learned name recogniser as a last check on the institutions the rules
 * found in an event's sentences. A rule's name that the recogniser reads
 * on past where the rule stopped, inside a word ("Vụ Tổ" in "Vụ Tổ chức cán
 * bộ"), was cut: the name is taken on to where the recogniser ends it. A rule's name where the recogniser sees no institution at all is one
 * neither is sure of: it is left out rather than published as a fragment, and
 * so is a name that, mended or not, still ends inside a word (endsInsideWord)
 * or inside a place's name (endsInsidePlaceName),
 * or that the recogniser may well read on past (isSureOf, marginals.ts) unless the name is known
 * or the corpus writes it whole (writtenWhole); the shape of the text mends or leaves out more
 * (organisation-shape.ts: a closing call, an address, fields after a comma, an event or a venue,
 * a kind of place and a country). An institution only the recogniser found, where the rules open no name
 * ("Trung tâm nghiên cứu … (COHED)", "sở Y tế TP. HCM", "Bệnh viện dã chiến cấp 2 số 1"), is taken when it
 * opens with a head, names something past it and is more likely than not the name whole (recognisedOnly).
 * Run only for articles that become events: it costs about half a
 * millisecond a sentence.
 */
import {
  nameStopsAt,
  readSentence,
  recogniseNames,
  type NameMention,
  type RecogniserWeights,
  type SentenceReading,
} from '../names/recognise.ts';
import { expandHead } from '../../lib/organisation-key.ts';
import { isPlaceName, startsWithPlaceName } from '../gazetteer/place-names.ts';
import { COUNTRY_NAMES } from '../gazetteer/foreign.ts';
import { COUNTRY_CUES } from '../gazetteer/place-context.ts';
import { KNOWN_INSTITUTIONS } from '../gazetteer/known-institutions.ts';
import { isCapitalised } from '../../lib/vietnamese.ts';
import type { OrganisationMention } from './organisations.ts';
import { bondKey, syllableBond } from '../names/syllable-bonds.ts';
import { stepAfterRun } from '../names/name-lexicon.ts';
import { spanProbabilities } from '../names/marginals.ts';
import { NOT_BEFORE_BENH_VIEN, ORGANISATION_HEADS } from '../gazetteer/institutions.ts';
import { GENERIC_NAME_FIELDS } from '../gazetteer/institution-words.ts';
import { alternation } from '../../lib/regex.ts';
import {
  describesByCountry,
  goesOnAfterComma,
  namesDocumentOrHonour,
  namesEventOrVenue,
  withClosingCall,
  withoutAddress,
  WORD_BOND,
} from './organisation-shape.ts';

const COUNTRY_SPELLINGS: ReadonlySet<string> = new Set(Object.keys(COUNTRY_NAMES));
/** Known institutions are written whole: "World Bank | hỗ trợ". */
const KNOWN_SPELLINGS: ReadonlySet<string> = new Set(
  KNOWN_INSTITUTIONS.flatMap((k) => [...k.names, ...k.abbreviations]),
);
/** The lower-case words that put a place or a party after them ("tại", "với"): no word of a name starts so. */
const BEFORE_A_PLACE: ReadonlySet<string> = new Set(
  COUNTRY_CUES.filter((cue) => /^\p{Ll}+$/u.test(cue)),
);

const ABBREVIATION_AFTER = /^\s*\(([\p{Lu}Đ][\p{Lu}Đ0-9&]{1,9})\)/u;
const BRACKETED_ABBREVIATION = /\s*\([\p{Lu}Đ][\p{Lu}Đ0-9&]{1,9}\)/gu;
/** A name that stops on a place type still wants its place: the rules complete it from the article. */
const ENDS_ON_PLACE_TYPE = /\s(?:tỉnh|thành phố|huyện|quận|TP\.?)$/u;

/**
 * Each sentence's rule-found institutions after the check: mended where the
 * recogniser reads the name whole, left out where it sees no institution; and
 * the recogniser's own where the rules found none (recognisedOnly).
 */
export function checkOrganisations(
  sentences: ReadonlyArray<{ text: string; organisations: readonly OrganisationMention[] }>,
  weights: RecogniserWeights,
): OrganisationMention[][] {
  const readings = sentences.map((s) => readSentence(s, weights));
  const recognised = sentences.map((): NameMention[] => []);
  for (const m of recogniseNames(sentences, weights, readings))
    if (m.kind === 'ORG') recognised[m.sentence]!.push(m);
  return sentences.map((sentence, i) => {
    const kept = checkSentence(sentence.text, sentence.organisations, recognised[i]!).filter(
      (o) => isSureOf(readings[i]!, o, weights) || writtenWhole(sentence.text, o),
    );
    // The very span of a rule's name the check left out as unsure is not taken back.
    const left = sentence.organisations.filter((o) => !kept.includes(o));
    const added = recognisedOnly(
      sentence.text,
      kept,
      recognised[i]!.filter((r) => !left.some((o) => o.start === r.start && o.end === r.end)),
      readings[i]!,
      weights,
    );
    return added.length ? [...kept, ...added].sort((a, b) => a.start - b.start) : kept;
  });
}

/** An institution head opening a span, written in any case ("Trung tâm nghiên cứu …", "bệnh viện dã chiến …"). */
const OPENS_WITH_HEAD = new RegExp(
  `^(?:${alternation(ORGANISATION_HEADS)})(?![\\p{L}\\p{M}])`,
  'iu',
);
/**
 * A span that opens with a head and names something after it ("Hiệp hội" alone is a head, "Học viện Quân Y)" a
 * bracket left open, "Bệnh viện dã chiến cấp 2 +" a stray sign): it ends on a letter, a digit or the bracket it
 * closes.
 */
function namedPastItsHead(text: string): boolean {
  const head = OPENS_WITH_HEAD.exec(text);
  if (!head || ENDS_ON_PLACE_TYPE.test(text)) return false;
  if ((text.match(/\(/g) ?? []).length !== (text.match(/\)/g) ?? []).length) return false;
  if (!/[\p{L}\p{M}\p{N})]$/u.test(text)) return false;
  // A proper part: a capitalised word or a number that is no generic field ("Bệnh viện tuyến Trung ương",
  // "Bệnh viện Đa khoa huyện" and "Bệnh viện vệ tinh (BVVT)" describe a kind of hospital).
  const words = text
    .slice(head[0].length)
    .replace(/\([^()]*\)/gu, ' ')
    .split(/\s+/u)
    .filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    const two = `${words[i]} ${words[i + 1] ?? ''}`.toLowerCase();
    if (GENERIC_FIELDS.has(two)) {
      i++;
      continue;
    }
    if (GENERIC_FIELDS.has(words[i]!.toLowerCase())) continue;
    if (isCapitalised(words[i]!) || /\p{N}/u.test(words[i]!)) return true;
  }
  return false;
}
const GENERIC_FIELDS: ReadonlySet<string> = new Set(GENERIC_NAME_FIELDS);

/** "tàu bệnh viện Khánh Hoà" is a hospital ship, as the rules have it (NOT_BEFORE_BENH_VIEN). */
function hospitalShip(text: string, r: NameMention): boolean {
  if (!/^bệnh viện(?![\p{L}\p{M}])/iu.test(r.text)) return false;
  const before = /([\p{L}\p{M}]+)\s+$/u.exec(text.slice(0, r.start))?.[1]?.toLowerCase();
  return before !== undefined && NOT_BEFORE_BENH_VIEN.has(before);
}

/**
 * The exact-span probability (marginals.ts, at the model's calibrated scale) at or above which an institution
 * only the recogniser found is taken: the span is more likely than not the name, whole. On the corpus site
 * (55 names added in 36 events at 0.5) 0.65 takes two fewer, both right ("công ty Unilever Việt Nam", "Viện
 * Phát triển Quản trị và Công nghệ mới (IMT)").
 */
export const SURE_SPAN = 0.5;

/**
 * Institutions only the recogniser found, where the rules open none (a name whose words the rules do not read
 * on over: "Trung tâm nghiên cứu sức khỏe cộng đồng và phát triển (COHED)", "Văn phòng hợp tác quốc phòng Mỹ
 * (ODC)"): taken when the span opens with an institution head and the recogniser is sure of it whole.
 */
function recognisedOnly(
  text: string,
  kept: readonly OrganisationMention[],
  recognised: readonly NameMention[],
  reading: SentenceReading,
  weights: RecogniserWeights,
): OrganisationMention[] {
  if (!weights.confidence) return [];
  const candidates = recognised.filter(
    (r) =>
      namedPastItsHead(r.text) &&
      !kept.some((o) => o.start < r.end && r.start < o.end) &&
      !hospitalShip(text, r),
  );
  const spans = candidates.map((r) => ({
    kind: 'ORG' as const,
    from: reading.tokens.findIndex((t) => t.start === r.start),
    to: reading.tokens.findIndex((t) => t.end === r.end) + 1,
  }));
  const inTokens = spans.map((s) => s.from >= 0 && s.to > s.from);
  const probabilities = spanProbabilities(
    reading.lattice,
    spans.filter((_, k) => inTokens[k]),
    weights.confidence?.scale ?? 1,
  );
  let next = 0;
  return candidates
    .filter((_, k) => inTokens[k] && probabilities[next++]! >= SURE_SPAN)
    .map((r) => mendedMention(text, r.start, r.end))
    .flatMap((o) => withoutAddress(text, o) ?? [])
    .filter((o) => hasNameShape(text, o));
}

/**
 * Whether the recogniser is sure enough that no institution goes on past the
 * name's last word (the probability that the next token does not continue
 * one, at or above the model's threshold, chosen by cross-validation): a name
 * the recogniser reads on ("Viện Phát triển Quản | trị và …", "Bệnh viện T.Ư |
 * da liễu …") is left out rather than printed cut. What the recogniser makes
 * of the name's own words is not asked: the rules take a name from its head,
 * after a department or a parent body the recogniser reads as part of it, and
 * end it on a province the recogniser may tag apart. A name that does not end
 * on a token edge, or a model without a threshold, is not judged.
 */
export function isSureOf(
  reading: SentenceReading,
  org: OrganisationMention,
  weights: RecogniserWeights,
): boolean {
  if (!weights.confidence) return true;
  const p = nameStopsAt(reading, 'ORG', org.end, weights);
  return p === null || p >= weights.confidence.threshold;
}

/** A step (name-lexicon.ts) from which the corpus is read as going on past a run: 20 % of its sightings. */
const GOES_ON_STEP = 3;

/**
 * Whether a name the recogniser is unsure of is one written whole all the same: a known institution's
 * spelling ("World Bank | hỗ trợ"), or a run the unlabelled corpus knows and seldom goes on from, no
 * word following it in a fifth of its sightings ("Bệnh viện Chợ Rẫy | lấy", "Bộ Y tế | yêu cầu"; not
 * "Viện Y học lâm sàng | các bệnh nhiệt đới", not "Cục Quản lý lao động | ngoài nước"). Where a
 * capitalised word follows, or "và" and a lower-case word, the recogniser's doubt stands: the name may go
 * on ("Fred Hollows | Foundation", "Cục Y tế Dự phòng | và phòng, chống HIV/AIDS").
 */
export function writtenWhole(text: string, org: OrganisationMention): boolean {
  if (/^\s*(?:\p{Lu}|và \p{Ll})/u.test(text.slice(org.end))) return false;
  if (KNOWN_SPELLINGS.has(org.raw)) return true;
  const step = stepAfterRun(org.raw);
  return step !== null && step < GOES_ON_STEP;
}

/** One sentence's rule-found institutions checked against the institutions the recogniser tagged in it. */
export function checkSentence(
  text: string,
  found: readonly OrganisationMention[],
  recognised: readonly NameMention[],
): OrganisationMention[] {
  const out: OrganisationMention[] = [];
  for (const org of found) {
    const overlapping = recognised.filter((r) => r.start < org.end && org.start < r.end);
    if (overlapping.length === 0) continue;
    const holding = overlapping.find((r) => r.start <= org.start && r.end >= org.end);
    if (holding) {
      // Only the part after the rule's head is taken: a span that starts before it holds a department
      // or a parent body ("khoa Mắt Bệnh viện …", "Trung ương Hội …"), not the name the rule began.
      const end = holding.end;
      // A recognised span that holds another of the rules' names joined them ("… và …"): the rules' split stands.
      const holdsAnother = found.some(
        (other) => other !== org && other.start >= org.start && other.end <= end,
      );
      if (
        end > org.end &&
        !holdsAnother &&
        !ENDS_ON_PLACE_TYPE.test(holding.text) &&
        cutInMidWord(text, org.start, org.end, end)
      ) {
        const mended = mendedMention(text, org.start, end);
        if (!out.some((o) => o.start === mended.start && o.end === mended.end)) out.push(mended);
      } else out.push(org);
      continue;
    }
    // The recogniser's institution overlaps this one only in part, or lies inside it: the rules' name stands
    // (measured on dev with a recogniser that never saw it: leaving such names out lost six of them, took none wrong away).
    out.push(org);
  }
  return out
    .map((o) => withClosingCall(text, o))
    .flatMap((o) => withoutAddress(text, o) ?? [])
    .filter((o) => hasNameShape(text, o));
}

/**
 * The shape checks every published institution passes, the rules' and the recogniser's alike: it does not
 * stop inside a word or a place's name, nor at a comma between its own fields, and it names no event, venue,
 * law or honour, nor a kind of place by its country (organisation-shape.ts).
 */
function hasNameShape(text: string, o: OrganisationMention): boolean {
  return (
    !endsInsideWord(text, o.end) &&
    !endsInsidePlaceName(text, o.end) &&
    !goesOnAfterComma(text, o.end) &&
    !namesEventOrVenue(o.name) &&
    !namesDocumentOrHonour(o.name) &&
    !describesByCountry(o.name)
  );
}

const LAST_SYLLABLE = /[\p{L}\p{N}]+$/u;
const NEXT_SYLLABLE = /^ (\p{Ll}+)/u;

/**
 * True where a name ending at `end` stops between the two syllables of one word: the text goes on in lower
 * case with a syllable that forms a word with the name's last ("Quỹ Bầu | trời xanh", "Trung tâm Triển | lãm").
 * A name does not end inside a word: it was cut, and neither the rules nor the recogniser read it whole.
 * On the corpus site this left out 2 cut names of 311 ("Trung tâm Triển", "Tổ chức Tầm") and no whole one; bond 3 is where the
 * syllable-bond table's pointwise mutual information passes 4 nats.
 */
export function endsInsideWord(text: string, end: number): boolean {
  const last = LAST_SYLLABLE.exec(text.slice(0, end))?.[0];
  const next = NEXT_SYLLABLE.exec(text.slice(end))?.[1];
  return !!last && !!next && syllableBond(bondKey(last), bondKey(next)) >= WORD_BOND;
}

/** Countries and places a name may end in, each spelled whole: Việt Nam with the gazetteer's foreign countries. */
const isCountryOrPlace = (words: string): boolean =>
  words === 'Việt Nam' || COUNTRY_SPELLINGS.has(words) || isPlaceName(words);
const LONGEST_PLACE_WORDS = 4;

/**
 * True where a name ending at `end` stops inside a country's or a place's name that the text goes on
 * to complete in capitals ("Bệnh viện Hữu nghị Việt | Nam - Cuba", "Sở Y tế Hà | Nội"): the name was cut
 * in the middle of a place, so it is left out rather than published cut. A place written whole after a
 * name is the name's own business ("Bệnh viện Bạch Mai | Hà Nội" ends after "Mai"). Nor does a name stop
 * at a dash between two countries ("Bệnh viện Hữu nghị Việt | - Đức").
 */
export function endsInsidePlaceName(text: string, end: number): boolean {
  const before = text.slice(0, end).split(' ');
  // "Bệnh viện Hữu nghị Việt | - Đức": two countries paired across a dash name one thing.
  const paired = /^ [-–] (\p{Lu}\p{L}*(?: \p{Lu}\p{L}*)?)/u.exec(text.slice(end))?.[1];
  const lastWord = before.at(-1) ?? '';
  if (
    paired &&
    (lastWord === 'Việt' || isCountryOrPlace(lastWord)) &&
    (isCountryOrPlace(paired) || isCountryOrPlace(paired.split(' ')[0]!))
  )
    return true;
  const after = /^ ((?:\p{Lu}[\p{L}]*)(?: \p{Lu}[\p{L}]*)*)/u
    .exec(text.slice(end))?.[1]
    ?.split(' ');
  if (!after) return false;
  for (let k = 1; k < LONGEST_PLACE_WORDS && k < before.length; k++)
    for (let m = 1; m + k <= LONGEST_PLACE_WORDS && m <= after.length; m++)
      if (isCountryOrPlace([...before.slice(-k), ...after.slice(0, m)].join(' '))) return true;
  return false;
}

/**
 * Whether the rule's name ending at `end` stopped inside a name that the
 * recogniser reads on to `spanEnd`. Two ways a name gets cut: on a lower-case
 * syllable that completes the capitalised one before it (only a name's first
 * syllable is capitalised: "Vụ Tổ | chức cán bộ", "Cục Gìn | giữ hoà bình"),
 * or at a spaced hyphen or "&" between two capitalised names ("Bệnh viện
 * Việt | - Đức", "Bộ LĐTB | & XH"). A place or a country ends a name ("Hải quân Mỹ | trở lại"), and a
 * place after the hyphen is where the body is ("Trung tâm Medic | - TP HCM").
 * The mended part joins no second name ("và", a comma).
 */
function cutInMidWord(text: string, start: number, end: number, spanEnd: number): boolean {
  const written = text.slice(start, end);
  if (KNOWN_SPELLINGS.has(written)) return false;
  const added = text.slice(end, spanEnd);
  if (/\svà\s|[,;:!?"“”]/u.test(added)) return false;
  const words = written.split(/\s+/u);
  const lastWord = words.at(-1) ?? '';
  if (/^\s+\p{Ll}/u.test(added)) {
    const firstAdded = /^\s+(\p{Ll}+)/u.exec(added)![1]!;
    // "Bạch Mai | với", "Đa khoa MEDLATEC | tổ chức": a name whose last word is whole goes no further; a
    // single capitalised syllable right after the head and its abbreviations may ("Vụ Tổ | chức cán bộ",
    // "Ngân hàng TMCP Ngoại | thương"). Nor does a name go on into a place ("Bệnh viện Saifee | tại …").
    return (
      isTitleCase(lastWord) &&
      words.slice(1, -1).every((w) => !isTitleCase(w)) &&
      !isPlaceName(lastWord) &&
      !COUNTRY_SPELLINGS.has(lastWord) &&
      !BEFORE_A_PLACE.has(firstAdded)
    );
  }
  const afterDash = /^\s+[-–&]\s+(?=\p{Lu})/u.exec(added);
  return afterDash !== null && !startsWithPlaceName(added.slice(afterDash[0].length));
}

/** Capitalised but not all capitals: "Tổ", not "TMCP". */
const isTitleCase = (word: string) => isCapitalised(word) && word !== word.toUpperCase();

/** The recognised span as an institution mention, written out the way the rules write theirs. */
function mendedMention(text: string, start: number, end: number): OrganisationMention {
  const raw = text.slice(start, end);
  const abbreviation = ABBREVIATION_AFTER.exec(text.slice(end))?.[1];
  const words = raw.replace(BRACKETED_ABBREVIATION, '');
  const name = expandHead(words) + (abbreviation ? ` (${abbreviation})` : '');
  return { name, raw, start, end, needsProvince: false };
}
