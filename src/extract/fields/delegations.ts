/**
 * Delegations: "Đoàn công tác của X, do A – Title làm Trưởng đoàn, cùng các
 * thành viên: B, C…", "đoàn do A dẫn đầu", "Trưởng đoàn A". The leader is
 * only who the text says leads; members are the other people in the sentence.
 */
import type { PersonMention } from './people.ts';
import type { OrganisationMention } from './organisations.ts';
import type { PlaceMention } from './places.ts';

export interface DelegationMention {
  leader: PersonMention | null;
  members: PersonMention[];
  organisation: OrganisationMention | null;
  /** Pre-merger province the delegation came from. */
  fromProvince: string | null;
  destination: string | null;
  sentence: string;
}

export interface SentenceFacts {
  text: string;
  people: PersonMention[];
  organisations: OrganisationMention[];
  provinces: PlaceMention[];
  /** Foreign places and countries, with the place as written in `via`. */
  countries: PlaceMention[];
}

const DELEGATION = /(?:^|[\s(,])(?:[Đđ]oàn(?: công tác| đại biểu| chuyên gia| cán bộ| y bác sĩ| bác sĩ| y tế| thầy thuốc)?)(?![\p{L}])/u;
const LEADS = /làm\s+[Tt]rưởng\s+[Đđ]oàn|dẫn\s+đầu|[Tt]rưởng\s+[Đđ]oàn/u;
const MEMBERS = /thành viên|gồm|có (?:các )?đồng chí|về phía [Đđ]oàn|cùng đi|tham gia đoàn/u;
const SENDER = /[Đđ]oàn(?: công tác| đại biểu| chuyên gia| cán bộ)?\s+(?:(?:của|thuộc)\s+)?/u;
/** A sentence that goes on naming the delegation's members. */
const MORE_MEMBERS = /^(?:[Cc]ùng đi(?: với đoàn)?|[Tt]hành viên (?:của )?đoàn|[Tt]ham gia đoàn|[Đđ]oàn gồm)/u;

/** The first delegation the article describes, or null. */
export function findDelegation(sentences: SentenceFacts[], provinceOf: (org: OrganisationMention) => string | null): DelegationMention | null {
  for (const [i, s] of sentences.entries()) {
    if (!DELEGATION.test(s.text) || s.people.length === 0) continue;
    if (!LEADS.test(s.text) && !MEMBERS.test(s.text)) continue;
    const leader = findLeader(s);
    const following = sentences.slice(i + 1).filter((f, n, all) => all.slice(0, n + 1).every((x) => MORE_MEMBERS.test(x.text)));
    const members = [...s.people, ...following.flatMap((f) => f.people)].filter((p) => p !== leader);
    // The sending body: named right after "Đoàn (công tác) (của)", else in an earlier sentence that introduces the delegation.
    const introduced = [s, ...sentences.slice(Math.max(0, i - 2), i).reverse()].find((x) => SENDER.test(x.text) && x.organisations.length);
    const sender = introduced ? SENDER.exec(introduced.text) : null;
    const organisation = (sender && introduced ? introduced.organisations.find((o) => o.start >= sender.index && o.start <= sender.index + sender[0].length + 1) : undefined) ?? leader?.organisation ?? null;
    const fromProvince = organisation ? provinceOf(organisation) : null;
    const foreign = s.countries.find((c) => c.via !== null) ?? s.countries[0];
    const destination = foreign
      ? foreign.via
        ? `${foreign.via} (${foreign.name})`
        : foreign.name
      : (s.provinces.find((p) => p.name !== fromProvince)?.name ?? null);
    return { leader, members, organisation, fromProvince, destination, sentence: s.text };
  }
  return null;
}

function findLeader(s: SentenceFacts): PersonMention | null {
  const byTitle = s.people.find((p) => /(?:^|,\s*)[Tt]rưởng [Đđ]oàn/u.test(p.title ?? ''));
  if (byTitle) return byTitle;
  // "Trưởng đoàn là PGS.TS A": the first person after it.
  const named = /[Tt]rưởng\s+[Đđ]oàn\s+(?:là\s+)?/u.exec(s.text);
  if (named && !/làm\s+$/u.test(s.text.slice(0, named.index))) {
    const after = s.people.find((p) => p.start >= named.index + named[0].length - 1);
    if (after && after.start - (named.index + named[0].length) < 40) return after;
  }
  const cue = /làm\s+[Tt]rưởng\s+[Đđ]oàn|dẫn\s+đầu/u.exec(s.text);
  if (!cue) return null;
  // "do A … làm Trưởng đoàn": the first person after "do" and before the cue.
  const doAt = s.text.lastIndexOf(' do ', cue.index);
  const from = doAt >= 0 ? doAt : 0;
  return s.people.find((p) => p.start > from && p.start < cue.index) ?? null;
}
