/**
 * The correction an event page offers staff (../shared/CONTRACT.md, Corrections): a YAML entry naming the
 * event by its slug, with every field a correction may set prefilled with its value as the page shows it, one line per
 * field, so that keeping only the lines to fix is deleting the others. Its reason is left empty: a file
 * saved without one stops the build with a line naming it, rather than publishing an unexplained change.
 */
import { parse } from 'yaml';
import { credibleDate } from './display-dates.ts';
import { EVENT_TYPE_LABELS } from './labels.ts';
import { eventPath } from './paths.ts';
import { EVENT_TYPES, type CooperationEvent } from '../lib/schema.ts';

/** The fields offered, in the order the event page shows them. */
export const OFFERED_FIELDS = [
  'title',
  'summary',
  'type',
  'date',
  'provinces',
  'countries',
  'organisations',
  'people',
  'topics',
] as const satisfies ReadonlyArray<keyof CooperationEvent>;

/** Letters, digits and a few marks that YAML reads as plain text inside a flow collection. */
const PLAIN = /^[\p{L}\p{N}][\p{L}\p{N} .()/–-]*[\p{L}\p{N}.)]$|^[\p{L}\p{N}]$/u;

/**
 * A string as a one-line YAML scalar: plain when YAML reads it back unchanged, in 1.2 and in 1.1 (where
 * `2025-10-12` is a timestamp and `yes` a boolean, as older tools read them), else double-quoted.
 */
function scalar(text: string): string {
  let written = scalars.get(text);
  if (written === undefined) {
    written =
      PLAIN.test(text) && parse(text) === text && parse(text, { version: '1.1' }) === text
        ? text
        : // A JSON string is a YAML double-quoted scalar, on one line whatever it holds.
          JSON.stringify(text);
    scalars.set(text, written);
  }
  return written;
}

/** Each string's scalar, worked out once a build: the same names recur across thousands of pages, and parsing them is most of the page's cost. */
const scalars = new Map<string, string>();

/** A value in YAML's flow style, on one line. */
export function flowValue(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return scalar(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `[${value.map(flowValue).join(', ')}]`;
  const entries = Object.entries(value as Record<string, unknown>).map(
    ([k, v]) => `${k}: ${flowValue(v)}`,
  );
  return entries.length ? `{ ${entries.join(', ')} }` : '{}';
}

/** What each type code means, for the comment that lists them. */
const TYPE_CHOICES = EVENT_TYPES.map((t) => `${t} (${EVENT_TYPE_LABELS[t]})`);

/** The correction entry for `event`, ready to save as a `.yaml` file under `corrections/`. */
export function eventCorrectionYaml(event: CooperationEvent, reason = ''): string {
  // The date as the page shows it: one after the build's year is an extraction error, shown as unknown.
  const shown = { ...event, date: credibleDate(event.date) };
  const lines = [
    `# Hiệu đính sự kiện ${eventPath(event.slug)}: lưu thành một tệp .yaml trong thư mục corrections/`,
    `# (ví dụ corrections/${event.slug}.yaml), rồi chạy lại npm run build.`,
    '# Dưới "set:" mỗi dòng là một trường với giá trị hiện có: sửa dòng sai, xoá các dòng đúng.',
    `# type là một trong: ${TYPE_CHOICES.slice(0, 4).join(', ')},`,
    `#   ${TYPE_CHOICES.slice(4).join(', ')}.`,
    '# Ghi vào "reason" căn cứ của giá trị đúng; thiếu lý do thì bản build dừng và chỉ ra tệp này.',
    `- event: ${scalar(event.slug)}`,
    '  set:',
    ...OFFERED_FIELDS.map((field) => `    ${field}: ${flowValue(shown[field])}`),
    `  reason: ${JSON.stringify(reason)}`,
  ];
  return `${lines.join('\n')}\n`;
}
