/**
 * Stage 6: one cooperation article → its main event, delegation and outcomes,
 * every field with the sentence it came from.
 */
import { chooseEventDate } from './event-date.ts';
import { decideEventTypeLearned } from './event-type.ts';
import type { SoftmaxWeights } from '../classify/softmax.ts';
import type { OrganisationMention } from './organisations.ts';
import { expandHead, organisationKey } from '../../lib/organisation-key.ts';
import { organisationKeys } from '../../lib/organisation-aliases.ts';
import type { PersonMention } from './people.ts';
import { findProvinceMentions, selectPlaces } from './places.ts';
import { findDelegation } from './delegations.ts';
import { findSentenceFacts, type SentenceFacts, type SentenceParties } from './sentence-facts.ts';
import { findOutcomes } from './outcomes.ts';
import { checkOrganisations } from './organisation-check.ts';
import { namesModel } from '../names/model.ts';
import type { RecogniserWeights } from '../names/recognise.ts';
import { findTopics } from './topics.ts';
import { administrativeName, PROVINCE_ALIASES, provinceAt } from '../gazetteer/provinces.ts';
import { eventId, eventSlug } from '../../lib/ids.ts';
import { foldVietnamese, normaliseToneMarks } from '../../lib/vietnamese.ts';
import { KNOWN_INSTITUTIONS } from '../gazetteer/known-institutions.ts';
import { COUNTRY_NAMES } from '../gazetteer/foreign.ts';
import type { CooperationEvent, Delegation, Evidence, Outcome, Person } from '../../lib/schema.ts';
import type { Sentence } from '../clean/sentences.ts';

export interface ExtractedEvent {
  event: CooperationEvent;
  delegation: Delegation | null;
  outcomes: Outcome[];
}

export interface EventInput {
  articleId: string;
  title: string | null;
  sentences: Sentence[];
  /** The parties each sentence names, as the classifier found them. */
  parties: SentenceParties[];
  leadCount: number;
  publishedAt: string | null;
  /** The type model to decide with; the committed one when absent. */
  typeModel?: SoftmaxWeights;
  /** The name recogniser that checks the institutions; the committed one when absent. */
  namesWeights?: RecogniserWeights;
}

const SUMMARY_CHARS = 400;
const TITLE_CHARS = 160;

export function extractEvent(input: EventInput): ExtractedEvent {
  const { sentences, leadCount } = input;
  const facts = findSentenceFacts(sentences, input.parties);
  const headline = sentences.filter((s) => s.isHeadline).map((s) => s.text);
  const body = sentences.filter((s) => !s.isHeadline).map((s) => s.text);
  const leadSentences = headline.length + leadCount;
  const evidence: Evidence[] = [];
  const cite = (field: string, text: string | null | undefined) => {
    if (text && !evidence.some((e) => e.field === field && e.text === text))
      evidence.push({ field, text });
  };

  const dateDecision = chooseEventDate(sentences, leadCount, input.publishedAt);
  cite('date', dateDecision.evidence);
  const typeDecision = decideEventTypeLearned(
    sentences,
    input.parties,
    leadCount,
    dateDecision.date.precision,
    input.typeModel,
  );
  cite('type', typeDecision.evidence);

  const provinceMentions = facts.flatMap((f) => f.provinces);
  const provinceNames = selectPlaces(provinceMentions, leadSentences);
  const mainProvince = provinceNames[0] ?? null;
  const dateForNames = /^\d{4}/.test(dateDecision.date.start ?? '')
    ? dateDecision.date.start
    : input.publishedAt;
  const provinces = provinceNames.flatMap((name) => provinceAt(name, dateForNames) ?? []);
  for (const name of provinceNames)
    cite('provinces', facts[provinceMentions.find((m) => m.name === name)!.sentence]?.text);

  const countryMentions = facts.flatMap((f) => f.countries).filter((c) => !c.planned);
  const countries = selectPlaces(countryMentions, leadSentences).filter((c) => c !== 'Việt Nam');
  for (const c of countries)
    cite('countries', facts[countryMentions.find((m) => m.name === c)!.sentence]?.text);

  const complete = provincialCompletion(facts, mainProvince);
  // The learned recogniser checks the rules' institutions: a cut name mended, an unsure one left out.
  const checked = checkOrganisations(facts, input.namesWeights ?? namesModel().weights);
  const organisations = collectOrganisations(
    facts.map((f, i) => ({ ...f, organisations: checked[i]! })),
    leadSentences,
    complete,
  );
  for (const o of organisations) cite('organisations', o.evidence);

  const people = collectPeople(facts, complete);
  for (const p of people) cite('people', p.evidence);

  const eventIdValue = eventId(input.articleId);
  const delegationMention = findDelegation(facts, (org) =>
    provinceOfOrganisation(org, mainProvince),
  );
  let delegation: Delegation | null = null;
  if (delegationMention && (delegationMention.leader || delegationMention.members.length)) {
    cite('delegation', delegationMention.sentence);
    const person = (p: PersonMention): Person => toPerson(p, complete);
    delegation = {
      id: `d-${eventIdValue.slice(2)}`,
      eventId: eventIdValue,
      leader: delegationMention.leader ? person(delegationMention.leader) : null,
      members: delegationMention.members.map(person),
      organisation: delegationMention.organisation
        ? complete(delegationMention.organisation)
        : null,
      fromProvince: delegationMention.fromProvince
        ? (provinceAt(delegationMention.fromProvince, dateForNames)?.name ?? null)
        : null,
      destination: delegationMention.destination,
    };
  }

  const outcomes = collectOutcomes(sentences, eventIdValue);
  for (const o of outcomes) cite('outcomes', o.text);

  const titleText = input.title ?? titleFromSentence(body[0] ?? '');
  cite('title', headline[0] ?? body[0]);
  const event: CooperationEvent = {
    id: eventIdValue,
    slug: eventSlug(titleText, eventIdValue),
    title: titleText,
    summary: shorten(body.slice(0, 2).join(' '), SUMMARY_CHARS),
    type: typeDecision.type,
    date: dateDecision.date,
    provinces,
    countries,
    organisations: organisations.map(({ name, role }) => ({ name, role })),
    people: people.map(({ person }) => person),
    topics: findTopics(
      [...headline, ...body.slice(0, leadCount)].join(' '),
      body.slice(leadCount).join(' '),
    ),
    sourceArticleIds: [input.articleId],
    evidence,
    redirectsFrom: [],
  };
  return { event, delegation, outcomes };
}

/**
 * A provincial body named without its province ("Sở Y tế", "UBND tỉnh") is the one body of that kind the article
 * writes out with its province ("Sở Y tế TP HCM" before, "Sở Y tế" after: the short form refers back), whatever
 * the article's main province; failing one, the body of the main province ("Sở Y tế" in an article about Lào Cai
 * is "Sở Y tế tỉnh Lào Cai").
 */
function provincialCompletion(
  facts: SentenceFacts[],
  mainProvince: string | null,
): (org: OrganisationMention) => string {
  const written = facts.flatMap((f) => f.organisations).filter((o) => !o.needsProvince);
  return (org) => {
    if (!org.needsProvince) return org.name;
    const kind = org.name.replace(/ tỉnh$/u, '');
    const full = new Set(
      written
        .filter(
          (o) => o.name.startsWith(`${kind} `) && namesAProvince(o.name.slice(kind.length + 1)),
        )
        .map((o) => o.name),
    );
    if (full.size === 1) return [...full][0]!;
    return completeOrganisation(org, mainProvince);
  };
}

/** "tỉnh Long An", "TP HCM", "thành phố Hà Nội", "Đà Nẵng": a province and at most its administrative word. */
function namesAProvince(words: string): boolean {
  const place = normaliseToneMarks(words);
  return (
    PROVINCE_ALIASES.has(place) ||
    PROVINCE_ALIASES.has(place.replace(/^(?:tỉnh|thành phố|TP\.?|Tp\.?)\s*/u, ''))
  );
}

function completeOrganisation(org: OrganisationMention, mainProvince: string | null): string {
  if (!org.needsProvince || !mainProvince) return org.name;
  if (org.name === 'Sở Y tế') return `Sở Y tế ${administrativeName(mainProvince)}`;
  if (org.name.endsWith(' tỉnh'))
    return `${org.name.slice(0, -5)} ${administrativeName(mainProvince)}`;
  return `${org.name} ${mainProvince}`;
}

function provinceOfOrganisation(
  org: OrganisationMention,
  mainProvince: string | null,
): string | null {
  if (org.needsProvince) return mainProvince;
  return findProvinceMentions(org.raw, 0, [])[0]?.name ?? null;
}

/**
 * Whether one spelling of an institution writes out more of its name than another: a longer key ("Bệnh viện
 * Pháp Việt" over "Bệnh viện FV"), or the same key with every word of the other and more ("Bệnh viện Hữu nghị
 * Việt Đức" over "Bệnh viện Việt Đức"; not "thành phố Hồ Chí Minh" over "TP. HCM", a spelling of one place).
 */
function fuller(name: string, than: string): boolean {
  const key = organisationKey(name).length;
  const other = organisationKey(than).length;
  if (key !== other) return key > other;
  const words = (n: string) => new Set(foldVietnamese(expandHead(n)).split(/[\s().\-–]+/u));
  const mine = words(name);
  const theirs = words(than);
  return mine.size > theirs.size && [...theirs].every((w) => mine.has(w));
}

/**
 * The event's institutions, one entry each however the article wrote it: keyed among the article's own names
 * (src/lib/organisation-aliases.ts: "Bệnh viện Pháp Việt (FV)" makes a later "BV FV" that hospital), each listed
 * under its fullest name, with the role and the sentence of its first mention.
 */
function collectOrganisations(
  facts: SentenceFacts[],
  leadSentences: number,
  complete: (o: OrganisationMention) => string,
) {
  const keyOf = organisationKeys(facts.flatMap((f) => f.organisations.map(complete)));
  const byKey = new Map<
    string,
    { name: string; role: 'organiser' | 'partner' | 'participant'; evidence: string }
  >();
  facts.forEach((f, i) => {
    for (const org of f.organisations) {
      const name = complete(org);
      const key = keyOf(name);
      const existing = [...byKey.keys()].find(
        (k) =>
          k === key ||
          (k.startsWith(`${key} `) && !namesACountry(k.slice(key.length + 1))) ||
          (key.startsWith(`${k} `) && !namesACountry(key.slice(k.length + 1))),
      );
      if (existing) {
        // Keep the fuller name of the two ("Bệnh viện E trung ương" over "Bệnh viện E", "Bệnh viện Pháp Việt (FV)"
        // over "BV FV", "Bệnh viện Hữu nghị Việt Đức" over "Bệnh viện Việt Đức"), under the fuller key.
        const entry = byKey.get(existing)!;
        if (fuller(name, entry.name)) entry.name = name;
        if (key.length > existing.length) {
          byKey.delete(existing);
          byKey.set(key, entry);
        }
        continue;
      }
      const inLead = i < leadSentences;
      const organiser =
        inLead &&
        ![...byKey.values()].some((e) => e.role === 'organiser') &&
        /tổ chức|phối hợp|chủ trì|ký/iu.test(f.text);
      byKey.set(key, {
        name,
        role: organiser ? 'organiser' : inLead ? 'partner' : 'participant',
        evidence: f.text,
      });
    }
  });
  const written = foldVietnamese(facts.map((f) => f.text).join(' '));
  return [...byKey.values()].map((e) => ({ ...e, name: asWritten(e.name, written) }));
}

const COUNTRY_KEYS: ReadonlySet<string> = new Set(Object.keys(COUNTRY_NAMES).map(foldVietnamese));

/** "Bộ Y tế" and "Bộ Y tế Nhật Bản" are two ministries: a country after a name makes another body. */
function namesACountry(keyTail: string): boolean {
  return COUNTRY_KEYS.has(keyTail);
}

const WRITTEN_OUT = /^(.+) \(([\p{Lu}Đ][\p{Lu}Đ0-9&]{1,9})\)$/u;
const KNOWN_ABBREVIATIONS: ReadonlySet<string> = new Set(
  KNOWN_INSTITUTIONS.flatMap((k) => k.abbreviations),
);

/**
 * A known body's abbreviation is written out in full ("Quỹ Nhi đồng Liên Hợp Quốc (UNICEF)") so that
 * every spelling is one institution; where the article never writes that full name, the event names the
 * body as the article does ("UNICEF"): its key is the same.
 */
function asWritten(name: string, foldedText: string): string {
  const m = WRITTEN_OUT.exec(name);
  if (!m || !KNOWN_ABBREVIATIONS.has(m[2]!)) return name;
  return foldedText.includes(foldVietnamese(m[1]!)) ? name : m[2]!;
}

function toPerson(p: PersonMention, complete: (o: OrganisationMention) => string): Person {
  return {
    name: p.name,
    title: p.title,
    organisation: p.organisation ? complete(p.organisation) : null,
  };
}

function collectPeople(facts: SentenceFacts[], complete: (o: OrganisationMention) => string) {
  const byName = new Map<string, { person: Person; evidence: string }>();
  for (const f of facts) {
    for (const p of f.people) {
      const key = foldVietnamese(p.name);
      const existing = byName.get(key);
      if (!existing) byName.set(key, { person: toPerson(p, complete), evidence: f.text });
      else if (!existing.person.title && p.title) existing.person = toPerson(p, complete);
    }
  }
  // "BS Ngọc Anh" after "Nguyễn Thị Ngọc Anh": a given name that ends a full name of the article is that person
  // again, whose title the full name takes when it had none.
  const keys = [...byName.keys()];
  for (const [key, entry] of byName) {
    const full = keys.find((other) => other.endsWith(` ${key}`));
    if (!full) continue;
    const fullEntry = byName.get(full)!;
    if (!fullEntry.person.title && entry.person.title)
      fullEntry.person = {
        ...fullEntry.person,
        title: entry.person.title,
        organisation: entry.person.organisation,
      };
    byName.delete(key);
  }
  return [...byName.values()];
}

function collectOutcomes(sentences: Sentence[], eventIdValue: string): Outcome[] {
  const out: Outcome[] = [];
  const seen = new Set<string>();
  for (const s of sentences) {
    for (const o of findOutcomes(s.text)) {
      // The same figure in the headline and the body is one outcome.
      const key = `${o.kind}|${o.value}|${o.unit}|${o.period}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({
        id: `o-${eventIdValue.slice(2)}-${String(out.length + 1).padStart(2, '0')}`,
        eventId: eventIdValue,
        ...o,
      });
    }
  }
  return out;
}

/**
 * A title for an article without a headline: its first sentence without the
 * opening date ("Từ ngày 19 đến 22/5/2025, "), cut at the first clause that
 * leaves it long enough to say something.
 */
export function titleFromSentence(sentence: string): string {
  const withoutDate = sentence.replace(/^[^,]{0,40}\d{1,2}[/-]\d{1,2}(?:[/-]\d{4})?\s*,\s*/u, '');
  const text = withoutDate.charAt(0).toUpperCase() + withoutDate.slice(1);
  const clauses = text.split(/(?<=[^,]),\s/u);
  let title = clauses[0] ?? text;
  for (const clause of clauses.slice(1)) {
    if (title.length >= 40) break;
    title = `${title}, ${clause}`;
  }
  return shorten(title.replace(/[.:;,]+$/u, ''), TITLE_CHARS);
}

function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max * 0.6)).trimEnd()}…`;
}
