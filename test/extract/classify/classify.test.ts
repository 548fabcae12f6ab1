import { test } from 'node:test';
import assert from 'node:assert/strict';
import { processArticle } from '../../../src/extract/pipeline/article.ts';
import { fixture } from '../../helpers.ts';

const status = (name: string) => processArticle(name, fixture(name)).rejection;

test('a provincial delegation signing an MoU abroad is cooperation', () => {
  assert.equal(status('date-range-across-month.txt'), null);
});

test('a central hospital transferring a technique to a provincial one is cooperation', () => {
  assert.equal(status('missing-year-with-publication-date.md'), null);
});

test('ordinary health news is not cooperation', () => {
  assert.equal(status('ordinary-health-news.txt'), 'not-cooperation');
});

test('non-health news that signs a "hợp tác" agreement is not medical cooperation', () => {
  assert.equal(status('non-health-cooperation.txt'), 'not-cooperation');
});
