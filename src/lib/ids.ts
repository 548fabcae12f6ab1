/**
 * Stable identifiers. An article's id is a hash of its text in a canonical
 * form (so the same article with other whitespace or tone style is one
 * article); an event's id and slug derive from the article that first
 * reported it, so no other article can move them.
 */
import { hash } from 'node:crypto';
import { asciiSlug, normaliseToneMarks } from './vietnamese.ts';
import { singleSpaces } from './white-space.ts';

/** The text two copies of one article share: NFC, one tone style, lower case, single spaces. */
export function contentKey(text: string): string {
  return singleSpaces(normaliseToneMarks(text.normalize('NFC')).toLowerCase()).trim();
}

/** SHA-256 in hexadecimal, in one call: a hash object made per article cost more than the hashing of its text. */
const sha256 = (data: string | Uint8Array) => hash('sha256', data, 'hex');
const hash16 = (text: string) => sha256(text).slice(0, 16);

/**
 * An article's id, and the hash of its content key: equal for two copies of one article, small
 * enough to keep and cache. One key and one digest give both (the id is the digest's first 16 digits).
 */
export function articleIdentity(canonicalText: string): { id: string; contentHash: string } {
  const digest = sha256(contentKey(canonicalText));
  return { id: `a-${digest.slice(0, 16)}`, contentHash: digest.slice(0, 32) };
}

/** Id for a file that could not be read as text: from its bytes. */
export function unreadableArticleId(bytes: Uint8Array): string {
  return `a-${sha256(bytes).slice(0, 16)}`;
}

/** The event drawn from an article: `n` is its position among the article's events. */
export function eventId(articleIdValue: string, n = 0): string {
  return `e-${hash16(`${articleIdValue}#${n}`)}`;
}

/** ASCII path segment: the headline's first words and the event id's first hex digits. */
export function eventSlug(headline: string, eventIdValue: string): string {
  const words = asciiSlug(headline, 8) || 'su-kien';
  return `${words}-${eventIdValue.slice(2, 10)}`;
}
