import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CooperationEvent, Outcome } from '../../../src/lib/schema.ts';
import type { Register } from '../../../src/extract/output/permalinks.ts';
import type { WithdrawnEvent } from '../../../src/lib/schema.ts';
import {
  signatureSimilarity,
  textSignature,
  SAME_TEXT_THRESHOLD,
} from '../../../src/extract/output/permalinks.ts';
import { readJson, runExtractCommand, tempDir } from '../../helpers.ts';
import { FILES, firstVersion, secondVersion } from './permalinks-fixture.ts';

const extract = (input: string, register: string) => {
  const output = tempDir();
  const run = runExtractCommand(['--input', input, '--output', output, '--permalinks', register]);
  assert.equal(run.status, 0, run.stderr);
  return output;
};
const slugs = (output: string) =>
  readJson<CooperationEvent[]>(output, 'events.json').map((e) => e.slug);

test('two runs over the same input with the same register give the same output and register', () => {
  const input = firstVersion();
  const base = join(tempDir(), 'permalinks.json');
  extract(input, base);
  const [a, b] = [join(tempDir(), 'p.json'), join(tempDir(), 'p.json')];
  copyFileSync(base, a);
  copyFileSync(base, b);
  const [outA, outB] = [extract(input, a), extract(input, b)];
  for (const name of ['articles.json', 'events.json', 'outcomes.json', 'withdrawn.json'])
    assert.equal(readFileSync(join(outA, name), 'utf8'), readFileSync(join(outB, name), 'utf8'));
  assert.equal(readFileSync(a, 'utf8'), readFileSync(b, 'utf8'));
  // Nothing new learned: the register is unchanged byte for byte.
  assert.equal(readFileSync(a, 'utf8'), readFileSync(base, 'utf8'));
});

test('edited, renamed, moved and front-matter articles keep their slugs; a removed one is withdrawn', () => {
  const input = firstVersion();
  const register = join(tempDir(), 'permalinks.json');
  const before = slugs(extract(input, register));
  const first = readJson<Register>(join(register, '..'), 'permalinks.json');
  const merged = Object.values(first.events).find((e) => e.state === 'merged');
  assert.ok(merged, 'the second report is registered as merged');
  secondVersion(input);
  const output = extract(input, register);
  const after = slugs(output);
  const withdrawn = readJson<WithdrawnEvent[]>(output, 'withdrawn.json');
  const reg = readJson<Register>(join(register, '..'), 'permalinks.json');
  // Every slug ever written is still in the register.
  for (const e of Object.values(first.events))
    assert.ok(
      Object.values(reg.events).some((x) => x.slug === e.slug),
      e.slug,
    );
  const slugOf = (file: string) =>
    Object.values(first.events).find((e) => first.articles[e.article]!.file === file)!.slug;
  for (const file of [FILES.edited, FILES.frontMatter, FILES.moved, FILES.rejected])
    assert.ok(after.includes(slugOf(file)), `${file} keeps ${slugOf(file)}`);
  // The merged report's own article remains: its event is live again under its registered slug.
  assert.ok(after.includes(merged.slug));
  assert.deepEqual(withdrawn, [
    {
      id: withdrawn[0]!.id,
      slug: slugOf(FILES.merged),
      title: withdrawn[0]!.title,
      cause: 'removed',
      reason: null,
    },
  ]);
  assert.equal(after.length, before.length);
});

test('merging two reports of one event keeps each figure once', () => {
  const output = extract(firstVersion(), join(tempDir(), 'p.json'));
  const events = readJson<CooperationEvent[]>(output, 'events.json');
  const merged = events.find((e) => e.redirectsFrom.length)!;
  const figures = readJson<Outcome[]>(output, 'outcomes.json')
    .filter((o) => o.eventId === merged.id)
    .map((o) => `${o.kind} ${o.value} ${o.unit}`);
  assert.ok(figures.length > 0);
  assert.equal(new Set(figures).size, figures.length, figures.join(', '));
});

test('the similarity threshold: an edit stays above it, another article below', () => {
  const text = readFileSync(join(firstVersion(), FILES.edited), 'utf8');
  const other = readFileSync(join(firstVersion(), FILES.moved), 'utf8');
  const edited = `${text.replace('Hà Tĩnh', 'Hà Tỉnh')}\nHai bên thống nhất tiếp tục phối hợp.`;
  assert.ok(signatureSimilarity(textSignature(text), textSignature(edited)) >= SAME_TEXT_THRESHOLD);
  assert.ok(signatureSimilarity(textSignature(text), textSignature(other)) < 0.1);
});
