/**
 * Every run of white space as one plain space. The same text as `.replace(/\s+/g, ' ')`, built faster: most
 * runs in a text are one plain space already, and only the others are matched and replaced.
 */
const NOT_ONE_SPACE = /\s{2,}|[^\S ]/g;

export function singleSpaces(text: string): string {
  return text.replace(NOT_ONE_SPACE, ' ');
}
