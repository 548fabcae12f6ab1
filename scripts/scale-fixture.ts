/**
 * npm run scale-fixture -- --from <data dir> --events 10000 --output <dir>
 * Writes N synthetic-but-valid events, derived from real extracted records,
 * to measure the site at scale: distinct ids and slugs, dates spread over ten
 * years, every pre-2025 province, every event type, one source article each.
 * Every record is validated against the contract's schemas.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCommandLine } from './lib/command-line.ts';
import {
  EVENT_TYPES,
  type Article,
  type CooperationEvent,
  type Delegation,
  type Outcome,
} from '../src/lib/schema.ts';
import { OLD_PROVINCES, provinceAt } from '../src/extract/gazetteer/provinces.ts';
import { validateExtraction } from '../src/extract/output/records.ts';
import { writeExtraction } from '../src/extract/output/write.ts';
import { asciiSlug } from '../src/lib/vietnamese.ts';

const USAGE = 'usage: npm run scale-fixture -- --from <data dir> --events N --output <dir>';
const { values } = parseCommandLine('scale-fixture', USAGE, {
  options: {
    from: { type: 'string', default: 'generated/data' },
    events: { type: 'string', default: '10000' },
    output: { type: 'string' },
  },
});
if (!values.output) {
  console.error(`scale-fixture: --output is required\n\n${USAGE}`);
  process.exit(2);
}
const read = <T>(name: string) => JSON.parse(readFileSync(join(values.from!, name), 'utf8')) as T;
const baseEvents = read<CooperationEvent[]>('events.json');
const baseDelegations = new Map(read<Delegation[]>('delegations.json').map((d) => [d.eventId, d]));
const baseOutcomes = read<Outcome[]>('outcomes.json');
if (!baseEvents.length) {
  console.error(`scale-fixture: ${values.from} holds no events to derive from`);
  process.exit(2);
}
const count = Number(values.events);
const provinces = [...OLD_PROVINCES.keys()];
const hex = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16);
const DAY = 86_400_000;
const FIRST_DAY = Date.UTC(2015, 0, 1);

const out = {
  articles: [] as Article[],
  events: [] as CooperationEvent[],
  delegations: [] as Delegation[],
  outcomes: [] as Outcome[],
};
for (let i = 0; i < count; i++) {
  const base = baseEvents[i % baseEvents.length]!;
  const id = `e-${hex(`scale-event#${i}`)}`;
  const articleId = `a-${hex(`scale-article#${i}`)}`;
  const day = new Date(FIRST_DAY + ((i * 7919) % 3650) * DAY).toISOString().slice(0, 10);
  const provinceName = provinces[i % provinces.length]!;
  const province = provinceAt(provinceName, day)!;
  const title = `${base.title} — ${province.name}`;
  const hospital = `Bệnh viện Đa khoa tỉnh ${provinceName}`;
  out.events.push({
    ...base,
    id,
    slug: `${asciiSlug(title, 8)}-${id.slice(2, 10)}`,
    title,
    type: EVENT_TYPES[i % EVENT_TYPES.length]!,
    date: { start: day, end: day, precision: 'day', yearInferred: false },
    provinces: [province],
    organisations: [{ name: hospital, role: 'partner' }, ...base.organisations],
    sourceArticleIds: [articleId],
    redirectsFrom: [],
  });
  out.articles.push({
    id: articleId,
    file: `scale/${String(i).padStart(5, '0')}.txt`,
    title,
    publisher: null,
    url: null,
    publishedAt: day,
    status: 'event',
    reason: null,
    eventIds: [id],
    warnings: [],
  });
  const delegation = baseDelegations.get(base.id);
  if (delegation) out.delegations.push({ ...delegation, id: `d-${id.slice(2)}`, eventId: id });
  baseOutcomes
    .filter((o) => o.eventId === base.id)
    .forEach((o, n) =>
      out.outcomes.push({
        ...o,
        id: `o-${id.slice(2)}-${String(n + 1).padStart(2, '0')}`,
        eventId: id,
      }),
    );
}
writeExtraction(values.output, validateExtraction(out));
console.log(
  `scale-fixture: ${out.events.length} events, ${out.delegations.length} delegations, ${out.outcomes.length} outcomes → ${values.output}`,
);
