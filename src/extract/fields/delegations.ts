/**
 * Delegations: "Đoàn công tác của X, do A – Title làm Trưởng đoàn, cùng các
 * thành viên: B, C…", "đoàn do A dẫn đầu", "Trưởng đoàn A". The leader is
 * only who the text says leads; members are the other people in the sentence.
 */
import type { PersonMention } from './people.ts';
import type { OrganisationMention } from './organisations.ts';
import type { SentenceFacts } from './sentence-facts.ts';

export interface DelegationMention {
  leader: PersonMention | null;
  members: PersonMention[];
  organisation: OrganisationMention | null;
  /** Pre-merger province the delegation came from. */
  fromProvince: string | null;
  destination: string | null;
  sentence: string;
}

const DELEGATION =
  /(?:^|[\s(,])(?:[Đđ]oàn(?: công tác| đại biểu| chuyên gia| cán bộ| y bác sĩ| bác sĩ| y tế| thầy thuốc)?|[Tt]ổ công tác)(?![\p{L}])/u;
/** "Trưởng đoàn", "Trưởng phái đoàn": who heads the delegation. */
const HEAD_OF_DELEGATION = String.raw`[Tt]rưởng\s+(?:phái\s+)?[Đđ]oàn`;
const LEADS = new RegExp(`làm\\s+${HEAD_OF_DELEGATION}|dẫn\\s+đầu|${HEAD_OF_DELEGATION}`, 'u');
/**
 * Heads of standing bodies, not of a delegation on a visit: "Trưởng đoàn đại
 * biểu Quốc hội tỉnh", "Trưởng phái đoàn thường trực tại Liên Hợp Quốc".
 */
const STANDING_DELEGATION = /^\s*(?:đại\s+biểu\s+Quốc\s+hội|ĐBQH|thường\s+trực)/iu;
/** The head named by the title written with the name ("A, Trưởng đoàn", "A - trưởng đoàn giám sát", "bác sĩ A trưởng đoàn"). */
const HEAD_TITLE = new RegExp(`(?:^|,\\s*)${HEAD_OF_DELEGATION}`, 'u');
const HEAD_AFTER_NAME = new RegExp(`^\\s*(?:[-–—,(]\\s*)?${HEAD_OF_DELEGATION}`, 'u');
const HEAD_WORDS = new RegExp(HEAD_OF_DELEGATION, 'u');
/** A piece of apposition that names the head of the delegation, and one that may stand before it: a title or a place. */
const HEAD_OPENS = new RegExp(`^\\s*${HEAD_OF_DELEGATION}`, 'u');
const APPOSITION_PIECE = /^\s*(?:\p{Lu}|(?:tỉnh|thành phố|huyện|quận|thị xã|phường|xã)\s)/u;
/** "Trưởng đoàn là PGS.TS A": the head named right after. */
const HEAD_NAMED_AFTER = new RegExp(`${HEAD_OF_DELEGATION}\\s+(?:là\\s+)?`, 'u');
/** "do A … làm Trưởng đoàn", "do A dẫn đầu", "A dẫn đầu đoàn". */
/** Words between a person and "dẫn đầu" that make someone else the subject ("BS A đón Bí thư B dẫn đầu đoàn"). */
const OTHER_ACTION = /\s(?:đón|tiếp|gặp|thăm|cùng|với|cho)\s/u;
const LEAD_CUE = new RegExp(`làm\\s+${HEAD_OF_DELEGATION}|dẫn\\s+đầu`, 'u');
const MEMBERS = /thành viên|gồm|có (?:các )?đồng chí|về phía [Đđ]oàn|cùng đi|tham gia đoàn/u;
const SENDER = /[Đđ]oàn(?: công tác| đại biểu| chuyên gia| cán bộ)?\s+(?:(?:của|thuộc)\s+)?/u;
/** A sentence that goes on naming the delegation's members. */
const MORE_MEMBERS =
  /^(?:[Cc]ùng đi(?: với đoàn)?|[Tt]hành viên (?:của )?đoàn|[Tt]ham gia đoàn|[Đđ]oàn gồm)/u;

/** The first delegation the article describes, or null. */
export function findDelegation(
  sentences: SentenceFacts[],
  provinceOf: (org: OrganisationMention) => string | null,
): DelegationMention | null {
  const described = sentences.map(
    (s) =>
      DELEGATION.test(s.text) &&
      s.people.length > 0 &&
      (LEADS.test(s.text) || MEMBERS.test(s.text)),
  );
  const leaders = sentences.map((s, i) => (described[i] ? findLeader(s) : null));
  // The sentence that names the leader, when one does ("Đoàn có 13 thành viên do ông A…" then "…A làm Trưởng đoàn"); else the first that describes a delegation.
  const at = leaders.findIndex((l) => l !== null);
  const first = at >= 0 ? at : described.indexOf(true);
  for (const [i, s] of sentences.entries()) {
    if (i !== first) continue;
    const leader = leaders[i]!;
    const following = sentences
      .slice(i + 1)
      .filter((f, n, all) => all.slice(0, n + 1).every((x) => MORE_MEMBERS.test(x.text)));
    const members = distinctMembers([...s.people, ...following.flatMap((f) => f.people)], leader);
    // The sending body: named right after "Đoàn (công tác) (của)", else in an earlier sentence that introduces the delegation.
    const introduced = [s, ...sentences.slice(Math.max(0, i - 2), i).reverse()].find(
      (x) => SENDER.test(x.text) && x.organisations.length,
    );
    const sender = introduced ? SENDER.exec(introduced.text) : null;
    const organisation =
      (sender && introduced
        ? introduced.organisations.find(
            (o) => o.start >= sender.index && o.start <= sender.index + sender[0].length + 1,
          )
        : undefined) ??
      leader?.organisation ??
      null;
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

/** Each member once, under the first mention that gives a title; the leader is not a member. */
function distinctMembers(people: PersonMention[], leader: PersonMention | null): PersonMention[] {
  const key = (p: PersonMention) => p.name.normalize('NFC').toLowerCase();
  const byName = new Map<string, PersonMention>();
  for (const p of people) {
    if (leader && key(p) === key(leader)) continue;
    const seen = byName.get(key(p));
    if (!seen || (!seen.title && p.title)) byName.set(key(p), p);
  }
  return [...byName.values()];
}

/** Whether the head-of-delegation words at `at` in the text name a standing body's head. */
function headsStandingBody(text: string, at: number): boolean {
  const head = HEAD_WORDS.exec(text.slice(at));
  return head !== null && STANDING_DELEGATION.test(text.slice(at + head.index + head[0].length));
}

function findLeader(s: SentenceFacts): PersonMention | null {
  const byTitle = s.people.find((p) => {
    const m = HEAD_TITLE.exec(p.title ?? '');
    return m !== null && !headsStandingBody(p.title!, m.index);
  });
  if (byTitle) return byTitle;
  // "Phó Chủ tịch Quốc hội A - trưởng đoàn giám sát": the head's title after the one the name has.
  const headAfter = s.people.find(
    (p) => HEAD_AFTER_NAME.test(s.text.slice(p.end)) && !headsStandingBody(s.text, p.end),
  );
  if (headAfter) return headAfter;
  // "A, Chủ tịch UBND phường 7, thành phố Vũng Tàu, trưởng đoàn cán bộ Vũng Tàu, cho biết": later in the
  // name's apposition, each piece before it a title or a place, none another clause ("…, cảm ơn …").
  const inApposition = s.people.find((p, k) => {
    const clause = s.text.slice(p.end, s.people[k + 1]?.start ?? s.text.length);
    if (!/^\s*,/u.test(clause)) return false;
    const pieces = clause.split(',').slice(1);
    for (const piece of pieces) {
      if (HEAD_OPENS.test(piece)) return !headsStandingBody(piece, 0);
      if (!APPOSITION_PIECE.test(piece)) return false;
    }
    return false;
  });
  if (inApposition) return inApposition;
  // "Trưởng đoàn là PGS.TS A": the first person after it.
  const named = HEAD_NAMED_AFTER.exec(s.text);
  if (
    named &&
    !/làm\s+$/u.test(s.text.slice(0, named.index)) &&
    !headsStandingBody(s.text, named.index)
  ) {
    const after = s.people.find((p) => p.start >= named.index + named[0].length - 1);
    if (after && after.start - (named.index + named[0].length) < 40) return after;
  }
  const cue = LEAD_CUE.exec(s.text);
  if (!cue) return null;
  // "do A … làm Trưởng đoàn": the first person after "do" and before the cue.
  const doAt = s.text.lastIndexOf(' do ', cue.index);
  if (doAt >= 0) return s.people.find((p) => p.start > doAt && p.start < cue.index) ?? null;
  // "A, Title, dẫn đầu đoàn": the subject, the last person before the cue, with no one else's action between.
  const subject = s.people.filter((p) => p.end <= cue.index).at(-1);
  return subject && !OTHER_ACTION.test(s.text.slice(subject.end, cue.index)) ? subject : null;
}
