import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { articleIdentity, contentKey, eventId, unreadableArticleId } from '../../src/lib/ids.ts';

const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

test("an article's id and content hash are the SHA-256 of its content key, the same for every copy of it", () => {
  const text = 'Bệnh viện Bạch Mai ký kết hợp tác với Sở Y tế Hoà Bình.\n\nHai bên  thống nhất.';
  const { id, contentHash } = articleIdentity(text);
  const digest = sha256(contentKey(text));
  assert.equal(id, `a-${digest.slice(0, 16)}`);
  assert.equal(contentHash, digest.slice(0, 32));
  // Other white space, the other tone style and other capitals: the same article.
  const copy = 'BỆNH VIỆN Bạch Mai ký kết hợp tác với Sở Y tế Hòa Bình. Hai bên thống nhất.';
  assert.deepEqual(articleIdentity(copy), { id, contentHash });
  assert.notEqual(articleIdentity('Bệnh viện Bạch Mai ký kết hợp tác.').id, id);
});

test('a file that cannot be read as text has an id from its bytes; an event an id from its article and place', () => {
  const bytes = new Uint8Array([0xff, 0xfe, 0x00, 0x41]);
  assert.equal(unreadableArticleId(bytes), `a-${sha256(bytes).slice(0, 16)}`);
  assert.equal(eventId('a-0123456789abcdef'), `e-${sha256('a-0123456789abcdef#0').slice(0, 16)}`);
  assert.notEqual(eventId('a-0123456789abcdef', 1), eventId('a-0123456789abcdef'));
});
