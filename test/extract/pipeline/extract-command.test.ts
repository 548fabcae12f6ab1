import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  ArticleSchema,
  DelegationSchema,
  EventSchema,
  OutcomeSchema,
} from '../../../src/lib/schema.ts';
import type { Article, CooperationEvent, Delegation, Outcome } from '../../../src/lib/schema.ts';
import { ROOT, SHARED, readJson, runExtractCommand, tempDir } from '../../helpers.ts';
import { listArticleFiles } from '../../../src/extract/pipeline/files.ts';

const seeds = join(ROOT, 'content');

test('npm run extract on the seeds writes four valid, sorted, linked files', () => {
  const out = tempDir();
  const run = runExtractCommand(['--input', seeds, '--output', out, '--no-cache']);
  assert.equal(run.status, 0, run.stderr);
  const articles = readJson<Article[]>(out, 'articles.json');
  const events = readJson<CooperationEvent[]>(out, 'events.json');
  const delegations = readJson<Delegation[]>(out, 'delegations.json');
  const outcomes = readJson<Outcome[]>(out, 'outcomes.json');
  for (const a of articles) ArticleSchema.parse(a);
  for (const e of events) EventSchema.parse(e);
  for (const d of delegations) DelegationSchema.parse(d);
  for (const o of outcomes) OutcomeSchema.parse(o);

  assert.deepEqual(articles.map((a) => a.file).sort(), listArticleFiles(seeds));
  for (const rows of [articles, events, delegations, outcomes]) {
    const ids = rows.map((r) => r.id);
    assert.deepEqual(ids, [...ids].sort(), 'sorted by id');
    assert.equal(new Set(ids).size, ids.length, 'ids are unique');
  }
  const eventIds = new Set(events.map((e) => e.id));
  for (const a of articles)
    for (const id of a.eventIds) assert.ok(eventIds.has(id), `${a.file} names a missing event`);
  for (const d of delegations) assert.ok(eventIds.has(d.eventId));
  for (const o of outcomes) assert.ok(eventIds.has(o.eventId));
  const articleIds = new Set(articles.map((a) => a.id));
  for (const e of events) for (const id of e.sourceArticleIds) assert.ok(articleIds.has(id));
  assert.equal(new Set(events.map((e) => e.slug)).size, events.length, 'slugs are unique');
});

test('two runs give byte-identical files, on one worker or several', () => {
  const [a, b] = [tempDir(), tempDir()];
  assert.equal(runExtractCommand(['--input', seeds, '--output', a, '--workers', '1']).status, 0);
  assert.equal(runExtractCommand(['--input', seeds, '--output', b, '--workers', '2']).status, 0);
  for (const name of ['articles.json', 'events.json', 'delegations.json', 'outcomes.json']) {
    assert.deepEqual(readJson(a, name), readJson(b, name), name);
  }
});

test('a missing input folder fails with a one-line message naming it', () => {
  const run = runExtractCommand(['--input', join(ROOT, 'no-such-folder'), '--output', tempDir()]);
  assert.notEqual(run.status, 0);
  assert.match(run.stderr.trim(), /^extract: .*no-such-folder.*$/);
});

test(
  'the seed extraction stays above the evaluation floors of issue 2',
  { skip: !existsSync(join(SHARED, 'tools', 'score.mjs')) && 'needs ../shared' },
  () => {
    const out = tempDir();
    assert.equal(runExtractCommand(['--input', join(SHARED, 'seeds'), '--output', out]).status, 0);
    const floors = [
      'classification=1',
      'type=0.8',
      'date=0.8',
      'provinces=0.9',
      'people=0.9',
      'leader=1',
      'outcomes=0.8',
      'organisations=0.6',
    ];
    const score = spawnSync(
      process.execPath,
      [
        join(SHARED, 'tools', 'score.mjs'),
        '--gold',
        join(SHARED, 'gold', 'seeds.json'),
        '--pred',
        out,
        ...floors.flatMap((f) => ['--min', f]),
        '--max',
        'leaks=0',
      ],
      { encoding: 'utf8' },
    );
    assert.equal(score.status, 0, score.stdout);
  },
);

test("permalinks hold: adding or removing an unrelated article changes no other event's id or slug", async () => {
  const { cpSync } = await import('node:fs');
  const withExtra = tempDir();
  cpSync(seeds, withExtra, { recursive: true });
  cpSync(
    join(ROOT, 'test', 'fixtures', 'articles', 'date-range-across-month.txt'),
    join(withExtra, 'added.txt'),
  );
  const [before, afterAdding] = [tempDir(), tempDir()];
  assert.equal(runExtractCommand(['--input', seeds, '--output', before]).status, 0);
  assert.equal(runExtractCommand(['--input', withExtra, '--output', afterAdding]).status, 0);
  const slugs = (dir: string) =>
    new Map(readJson<CooperationEvent[]>(dir, 'events.json').map((e) => [e.id, e.slug]));
  const [a, b] = [slugs(before), slugs(afterAdding)];
  assert.equal(b.size, a.size + 1);
  for (const [id, slug] of a) assert.equal(b.get(id), slug, `event ${id} moved`);
});
