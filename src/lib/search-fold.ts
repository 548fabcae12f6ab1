/**
 * What the search index holds and what queries are turned into: `đ` becomes
 * `d`. Pagefind removes tone and vowel marks itself, but `đ` has no
 * decomposition, so "da nang" would never find "Đà Nẵng" without this.
 * Used by the indexer (Node) and the search page (browser) alike.
 */
export function foldForSearch(text: string): string {
  return text.normalize('NFC').replace(/[đð]/g, 'd').replace(/[ĐÐ]/g, 'D');
}
