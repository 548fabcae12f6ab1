import assert from 'node:assert/strict';
import { test } from 'node:test';
import { labelPublishedEvents } from '../../src/eval/published.ts';

test('a published event takes the label of its first labelled article; one no label covers is listed by its first article', () => {
  const articles = [
    { id: 'a', file: 'sub/agreement.md' },
    { id: 'b', file: 'copy-of-agreement.md' },
    { id: 'c', file: 'advice.md' },
    { id: 'd', file: 'unread.md' },
  ];
  const labels = new Map([
    ['copy-of-agreement.md', 'Y' as const],
    ['advice.md', 'N' as const],
  ]);
  const result = labelPublishedEvents(
    articles,
    [{ sourceArticleIds: ['a', 'b'] }, { sourceArticleIds: ['c'] }, { sourceArticleIds: ['d'] }],
    (file) => labels.get(file),
  );
  assert.equal(result.events, 3);
  assert.deepEqual(result.labelled, { Y: 1, P: 0, N: 1 });
  assert.deepEqual(result.unlabelled, ['unread.md']);
});
