/**
 * Shared helpers for the tests: fixture paths, running the extraction command, a classifier input written by hand,
 * random texts pieced together for property tests.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';
import type { ClassifierInput } from '../src/extract/classify/input.ts';
import type { Mention } from '../src/extract/names/institution-joins.ts';
import type { NameKind } from '../src/extract/names/tags.ts';
import { seededRandom } from '../src/lib/seeded-random.ts';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const FIXTURES = join(ROOT, 'test', 'fixtures', 'articles');
export const SHARED = join(ROOT, '..', 'shared');

export function fixture(name: string): Buffer {
  return readFileSync(join(FIXTURES, name));
}

export function tempDir(prefix = 'hoptac-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Runs `npm run extract` as a user would (through the project's own Node). */
export function runExtractCommand(
  args: string[],
  env: NodeJS.ProcessEnv = {},
): { status: number | null; stdout: string; stderr: string } {
  // Each run gets its own extraction cache and permalinks register unless the test gives one.
  const cacheEnv = {
    HOPTAC_EXTRACT_CACHE: tempDir('hoptac-cache-'),
    HOPTAC_PERMALINKS: join(tempDir('hoptac-permalinks-'), 'permalinks.json'),
    ...env,
  };
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts', 'extract.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ...cacheEnv },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function readJson<T>(dir: string, name: string): T {
  return JSON.parse(readFileSync(join(dir, name), 'utf8')) as T;
}

/**
 * What the classifier reads of an article, for tests that write it by hand: an article naming one institution
 * and no foreign party, no cooperation clause and no clause evidence, with the given fields instead.
 */
export function classifierInputOf(fields: Partial<ClassifierInput>): ClassifierInput {
  return {
    headline: '',
    lead: '',
    body: '',
    organisationCount: 1,
    foreignPartner: false,
    internationalBodies: 0,
    foreignInOpening: false,
    openingInstitutions: 1,
    cooperationClauses: { opening: 0, body: 0 },
    clauseEvidence: { families: [], zones: [], strongest: [0, 0], mostFamilies: 0 },
    ...fields,
  };
}

/**
 * `count` texts, each of up to `maxPieces` pieces drawn from `pieces` (the empty text among them), from a fixed
 * seed: the inputs of a test that holds a fast function equal to its definition.
 */
export function piecedTexts(
  pieces: readonly string[],
  seed: number,
  maxPieces: number,
  count = 3000,
): string[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, () => {
    let text = '';
    for (let i = Math.floor(random() * (maxPieces + 1)); i > 0; i--)
      text += pieces[Math.floor(random() * pieces.length)];
    return text;
  });
}

/** A name found in an article's sentences: its kind, and where the sentence writes it (the test fails if it does not). */
export function mentionAt(
  sentences: readonly string[],
  sentence: number,
  text: string,
  kind: NameKind = 'ORG',
): Mention {
  const start = sentences[sentence]!.indexOf(text);
  assert.ok(start >= 0, text);
  return { kind, text, sentence, start, end: start + text.length };
}
