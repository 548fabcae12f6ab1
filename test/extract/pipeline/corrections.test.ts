import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appendFileSync, cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article, CooperationEvent } from '../../../src/lib/schema.ts';
import { FIXTURES, readJson, ROOT, runExtractCommand, tempDir } from '../../helpers.ts';

const CORRECTIONS = `# Staff corrections
- event: ha-tinh-va-benh-vien-bach-mai-ky-bb68ddf7
  set:
    date: { start: "2025-10-12", end: "2025-10-12", precision: day }
    type: training
  reason: "Thông cáo của Sở Y tế ghi ngày ký 12/10/2025"
- article: 001_04f8a597d5d644b8.txt
  status: rejected
  reason: "Bài tổng kết năm, không phải một sự kiện"
- article: tin/ordinary-health-news.txt
  status: event
  reason: "Buổi khám do hai đơn vị phối hợp"
- event: e-0000000000000000
  set: { type: aid }
  reason: "Sự kiện đã bị xoá"
`;

function setUp(corrections: string, name = 'sua.yaml') {
  const input = tempDir();
  cpSync(join(ROOT, 'content'), input, { recursive: true });
  mkdirSync(join(input, 'tin'));
  cpSync(
    join(FIXTURES, 'ordinary-health-news.txt'),
    join(input, 'tin', 'ordinary-health-news.txt'),
  );
  const dir = tempDir();
  writeFileSync(join(dir, name), corrections);
  return { input, dir };
}

test('corrections apply to a cold and a cached run alike, and a stale one only warns', () => {
  const { input, dir } = setUp(CORRECTIONS);
  const cache = tempDir();
  const outputs = [tempDir(), tempDir()];
  const runs = outputs.map((output) =>
    runExtractCommand(['--input', input, '--output', output, '--corrections', dir], {
      HOPTAC_EXTRACT_CACHE: cache,
    }),
  );
  assert.match(runs[1]!.stdout, /\(0 extracted, 6 from cache\)/);
  for (const [i, run] of runs.entries()) {
    assert.equal(run.status, 0, run.stderr);
    assert.match(
      run.stdout,
      /correction sua\.yaml entry 4 \(event: e-0000000000000000\): no such event; not applied/,
    );
    const events = readJson<CooperationEvent[]>(outputs[i]!, 'events.json');
    const articles = readJson<Article[]>(outputs[i]!, 'articles.json');
    const corrected = events.find((e) => e.slug === 'ha-tinh-va-benh-vien-bach-mai-ky-bb68ddf7')!;
    assert.deepEqual(corrected.date, {
      start: '2025-10-12',
      end: '2025-10-12',
      precision: 'day',
      yearInferred: false,
    });
    assert.equal(corrected.type, 'training');
    assert.deepEqual(
      corrected.corrected?.map((c) => [c.field, c.file]),
      [
        ['date', 'sua.yaml'],
        ['type', 'sua.yaml'],
      ],
    );
    assert.equal(corrected.corrected?.[0]?.reason, 'Thông cáo của Sở Y tế ghi ngày ký 12/10/2025');
    // No other event is marked corrected.
    assert.equal(events.filter((e) => e.corrected).length, 1);

    const rejected = articles.find((a) => a.file === '001_04f8a597d5d644b8.txt')!;
    assert.equal(rejected.status, 'rejected');
    assert.deepEqual(rejected.eventIds, []);
    assert.ok(
      rejected.warnings.some((w) => /rejected by a staff correction \(sua\.yaml\)/.test(w)),
    );
    assert.ok(!events.some((e) => e.sourceArticleIds.includes(rejected.id)));

    const published = articles.find((a) => a.file === 'tin/ordinary-health-news.txt')!;
    assert.equal(published.status, 'event');
    assert.equal(published.eventIds.length, 1);
    assert.ok(published.warnings.some((w) => /published by a staff correction/.test(w)));
    assert.ok(events.some((e) => e.id === published.eventIds[0]));
  }
});

test('a correction naming an article by its id still applies after the article is edited', () => {
  const { input, dir } = setUp('');
  const file = 'tin/ordinary-health-news.txt';
  const env = { HOPTAC_PERMALINKS: join(tempDir(), 'permalinks.json') };
  const run = () => {
    const output = tempDir();
    const result = runExtractCommand(
      ['--input', input, '--output', output, '--corrections', dir, '--no-cache'],
      env,
    );
    assert.equal(result.status, 0, result.stderr);
    const article = readJson<Article[]>(output, 'articles.json').find((a) => a.file === file)!;
    return { result, article, events: readJson<CooperationEvent[]>(output, 'events.json') };
  };
  const before = run().article;
  assert.equal(before.status, 'rejected', 'the classifier alone does not publish it');
  writeFileSync(
    join(dir, 'sua.yaml'),
    `- article: ${before.id}\n  status: event\n  reason: "Buổi khám do hai đơn vị phối hợp"\n`,
  );
  const published = run();
  assert.equal(published.article.status, 'event');
  const event = published.events.find((e) => e.id === published.article.eventIds[0])!;
  // A sentence added in place: the text, and so the article's id, change; the correction still names the old id.
  appendFileSync(join(input, file), '\nBuổi khám kết thúc vào buổi chiều cùng ngày.\n');
  const edited = run();
  assert.notEqual(edited.article.id, before.id);
  assert.equal(edited.article.status, 'event');
  assert.doesNotMatch(edited.result.stdout, /no such article/);
  const again = edited.events.find((e) => e.id === edited.article.eventIds[0])!;
  assert.deepEqual([again.id, again.slug], [event.id, event.slug]);
});

test('a value the schema refuses stops the run with one line naming the file and the entry', () => {
  const { input, dir } = setUp(
    '- event: ha-tinh-va-benh-vien-bach-mai-ky-bb68ddf7\n  set: { type: meeting }\n  reason: "x"\n',
    'loi.yml',
  );
  const run = runExtractCommand(['--input', input, '--output', tempDir(), '--corrections', dir]);
  assert.notEqual(run.status, 0);
  const lines = run.stderr.trim().split('\n');
  assert.equal(lines.length, 1, run.stderr);
  assert.match(lines[0]!, /loi\.yml: entry 1 \(event: ha-tinh-va-benh-vien-bach-mai-ky-bb68ddf7\)/);
  assert.match(lines[0]!, /set\.type/);
});

test('a correction without a reason, or a file that is not YAML, stops the run', () => {
  for (const reason of ['', '  reason: ""\n']) {
    const noReason = setUp(`- article: 001_04f8a597d5d644b8.txt\n  status: rejected\n${reason}`);
    const a = runExtractCommand([
      '--input',
      noReason.input,
      '--output',
      tempDir(),
      '--corrections',
      noReason.dir,
    ]);
    assert.notEqual(a.status, 0);
    assert.match(
      a.stderr.trim(),
      /sua\.yaml: entry 1 \(article: 001_04f8a597d5d644b8\.txt\): reason: say why the correction is made/,
    );
  }
  const broken = setUp('- event: x\n  set: { type: aid\n  reason: [\n');
  const b = runExtractCommand([
    '--input',
    broken.input,
    '--output',
    tempDir(),
    '--corrections',
    broken.dir,
  ]);
  assert.notEqual(b.status, 0);
  assert.equal(b.stderr.trim().split('\n').length, 1, b.stderr);
  assert.match(b.stderr, /sua\.yaml: not valid YAML/);
});
