import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, readJson, runExtractCommand, tempDir } from '../../helpers.ts';
import type { Article, CooperationEvent } from '../../../src/lib/schema.ts';

const FIXTURES = join(ROOT, 'test', 'fixtures', 'same-event');
// The file names sort the opposite way to publication: the rule must follow publication.
const FIRST = 'b-published-first.md';
const SECOND = 'a-published-second.md';

function extract(files: string[]) {
  const input = tempDir();
  for (const f of files) cpSync(join(FIXTURES, f), join(input, f));
  const output = tempDir();
  assert.equal(runExtractCommand(['--input', input, '--output', output]).status, 0);
  return {
    events: readJson<CooperationEvent[]>(output, 'events.json'),
    articles: readJson<Article[]>(output, 'articles.json'),
  };
}

test('two reports of one event become one event with both articles and the evidence of both', () => {
  const { events, articles } = extract([FIRST, SECOND]);
  assert.equal(events.length, 1);
  const [event] = events;
  assert.deepEqual([...event!.sourceArticleIds].sort(), articles.map((a) => a.id).sort());
  for (const a of articles) assert.deepEqual([a.status, a.eventIds], ['event', [event!.id]]);
  const alone = (file: string) => extract([file]).events[0]!;
  const evidence = new Set(event!.evidence.map((e) => e.text));
  for (const file of [FIRST, SECOND])
    assert.ok(
      alone(file).evidence.some((e) => evidence.has(e.text)),
      `no evidence from ${file}`,
    );
});

test("the event keeps the id and slug it had before the second report arrived; the second's slug redirects to it", () => {
  const before = extract([FIRST]).events[0]!;
  const secondAlone = extract([SECOND]).events[0]!;
  const merged = extract([FIRST, SECOND]).events[0]!;
  assert.deepEqual([merged.id, merged.slug], [before.id, before.slug]);
  assert.deepEqual(merged.redirectsFrom, [secondAlone.slug]);
});

test('events that differ in day, province or main organisation stay apart', async () => {
  const { readFileSync, writeFileSync } = await import('node:fs');
  const original = readFileSync(join(FIXTURES, FIRST), 'utf8');
  const variants: Record<string, string> = {
    'another-day.md': original.replace('Ngày 12/10/2024', 'Ngày 19/10/2024'),
    'another-province.md': original.replaceAll('Hà Tĩnh', 'Nghệ An'),
    // Neither the hospital nor the provincial body in common.
    'other-organisations.md': original
      .replaceAll('Bạch Mai', 'Chợ Rẫy')
      .replaceAll('UBND tỉnh', 'Sở Y tế tỉnh'),
  };
  for (const [name, text] of Object.entries(variants)) {
    assert.notEqual(text, original);
    const input = tempDir();
    cpSync(join(FIXTURES, FIRST), join(input, FIRST));
    writeFileSync(join(input, name), text);
    const output = tempDir();
    assert.equal(runExtractCommand(['--input', input, '--output', output]).status, 0);
    assert.equal(readJson<CooperationEvent[]>(output, 'events.json').length, 2, name);
  }
});
