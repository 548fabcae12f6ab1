import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ESLint } from 'eslint';

/** The messages of the layering rule for one import written in a file at `filePath` (the file need not exist). */
async function layerErrors(filePath: string, source: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: new URL('..', import.meta.url).pathname });
  const [result] = await eslint.lintText(`import { x } from '${source}';\nexport const y = x;\n`, {
    filePath,
  });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

test('the linter refuses an import from a later stage, the backward arrows this project once had among them', async () => {
  for (const [file, source] of [
    ['src/extract/classify/input.ts', '../fields/sentence-facts.ts'],
    ['src/extract/fields/event.ts', '../output/ids.ts'],
    ['src/extract/output/collect.ts', '../pipeline/article.ts'],
    ['src/extract/read/parse.ts', '../clean/noise.ts'],
    ['src/extract/gazetteer/titles.ts', '../fields/people.ts'],
    ['src/site/archive.ts', '../extract/fields/organisations.ts'],
    ['src/pages/su-kien/withdrawn.ts', '../../extract/output/permalinks.ts'],
    ['src/site/search/search-records.ts', '../../train/dataset.ts'],
    ['src/extract/fields/event.ts', '../../eval/evaluate.ts'],
    ['src/train/dataset.ts', '../eval/evaluate.ts'],
  ]) {
    const errors = await layerErrors(file!, source!);
    assert.equal(errors.length, 1, `${file} importing ${source}`);
  }
});

test('the linter lets a stage import an earlier stage, the gazetteers and src/lib', async () => {
  for (const [file, source] of [
    ['src/extract/pipeline/article.ts', '../fields/event.ts'],
    ['src/extract/output/merge.ts', '../../lib/organisation-key.ts'],
    ['src/extract/fields/event.ts', '../../lib/ids.ts'],
    ['src/extract/classify/input.ts', '../clean/sentences.ts'],
    ['src/lib/provinces.ts', '../extract/gazetteer/provinces.ts'],
    ['src/eval/evaluate.ts', '../train/dataset.ts'],
    ['src/site/search/search-vocabulary.ts', '../../extract/gazetteer/foreign.ts'],
    ['src/site/archive.ts', '../lib/organisation-key.ts'],
  ]) {
    assert.deepEqual(await layerErrors(file!, source!), [], `${file} importing ${source}`);
  }
});

test("the linter reads an .astro page's frontmatter and refuses the extraction's code there too", async () => {
  const eslint = new ESLint({ cwd: new URL('..', import.meta.url).pathname });
  const lint = async (source: string) => {
    const [result] = await eslint.lintText(
      `---\nimport { x } from '${source}';\nconst y = x;\n---\n<p>{y}</p>\n`,
      { filePath: 'src/pages/su-kien/example.astro' },
    );
    return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').length;
  };
  assert.equal(await lint('../../extract/fields/organisations.ts'), 1);
  assert.equal(await lint('../../lib/organisation-key.ts'), 0);
});
