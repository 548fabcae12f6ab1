/** The name an institution is shown by, among its spellings and how often each is written: the most written, then the first in code-point order. */
export function mostWrittenName(spellings: ReadonlyMap<string, number>): string {
  return [...spellings].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
}
