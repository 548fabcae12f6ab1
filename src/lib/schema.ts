/**
 * The data shape of ../shared/CONTRACT.md: one schema per record, used by the
 * extractor to validate what it writes and by the site's content collections.
 */
import { z } from 'zod';

export const EVENT_TYPES = [
  'working-visit',
  'conference',
  'agreement',
  'technology-transfer',
  'training',
  'medical-support',
  'aid',
  'programme-review',
] as const;

export const REJECTION_REASONS = [
  'not-cooperation',
  'empty',
  'unreadable',
  'duplicate',
  'unsupported',
] as const;

export const OUTCOME_KINDS = [
  'patients',
  'procedures',
  'surgeries',
  'consultations',
  'staff-trained',
  'experts-sent',
  'techniques',
  'people-reached',
  'rate',
  'funding',
  'other',
] as const;

export const QUALIFIERS = ['exact', 'more-than', 'less-than', 'about', 'up-to'] as const;

/** `YYYY-MM-DD`, `YYYY-MM`, `YYYY`, or ISO 8601's year-less `--MM-DD`. */
export const PartialDateSchema = z
  .string()
  .regex(
    /^(\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?|--(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01]))$/,
  );

const IsoDaySchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const EventDateSchema = z.object({
  /** First day (or month, or year) of the event, as precise as the text allows. */
  start: PartialDateSchema.nullable(),
  /** Last day of the event; equal to `start` for a one-day event. */
  end: PartialDateSchema.nullable(),
  /** How much of the date the text gives. */
  precision: z.enum(['day', 'month', 'year']).nullable(),
  /** True when the year is not written next to the day in the text. */
  yearInferred: z.boolean(),
});

export const PersonSchema = z.object({
  /** The person's name as written, without honorifics. */
  name: z.string().min(2),
  /** Their role as the article states it ("Phó Giám đốc Sở Y tế"), or null. */
  title: z.string().nullable(),
  /** The institution named in their title, or null. */
  organisation: z.string().nullable(),
});

export const ProvinceRefSchema = z.object({
  /** The province as it was called at the event's date (pre-2025 names for older events). */
  name: z.string(),
  /** The province's code at that date (codes were reused in 2025). */
  code: z.string().regex(/^\d{2}$/),
  /** The province it belongs to since 1 July 2025. */
  current: z.string(),
});

export const EvidenceSchema = z.object({
  /** The record field this sentence supports (`date`, `people`, `outcomes`…). */
  field: z.string(),
  /** The sentence, as written in the article. */
  text: z.string().min(1),
});

export const ArticleSchema = z.object({
  /** Stable id derived from the article's content, not from the run or the file name. */
  id: z.string().regex(/^a-[0-9a-f]{16}$/),
  /** Path relative to the input folder. */
  file: z.string(),
  title: z.string().nullable(),
  publisher: z.string().nullable(),
  url: z.string().nullable(),
  /** Publication date, `YYYY-MM-DD`. */
  publishedAt: IsoDaySchema.nullable(),
  status: z.enum(['event', 'rejected']),
  /** Why the article was not published; null for `event`. */
  reason: z.enum(REJECTION_REASONS).nullable(),
  /** Events drawn from this article, its main event first. */
  eventIds: z.array(z.string()),
  /** Problems met while reading the article that did not stop it (bad front matter…). */
  warnings: z.array(z.string()),
});

export const EventSchema = z.object({
  /** Stable id: derived from the first article that reported the event. */
  id: z.string().regex(/^e-[0-9a-f]{16}$/),
  /** The event page's path segment (`/su-kien/<slug>/`), ASCII, never changes. */
  slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  title: z.string().min(1),
  summary: z.string(),
  type: z.enum(EVENT_TYPES),
  date: EventDateSchema,
  provinces: z.array(ProvinceRefSchema),
  /** Other countries involved, Vietnamese names. */
  countries: z.array(z.string()),
  organisations: z.array(
    z.object({ name: z.string(), role: z.enum(['organiser', 'partner', 'participant']) }),
  ),
  /** Participants only: not photographers, reporters or people merely quoted. */
  people: z.array(PersonSchema),
  /** Diseases, techniques and specialties the event is about. */
  topics: z.array(z.string()),
  sourceArticleIds: z.array(z.string()).min(1),
  evidence: z.array(EvidenceSchema),
  /** Slugs of later reports merged into this event: their addresses redirect here. */
  redirectsFrom: z.array(z.string()),
  /** Fields staff corrected (corrections/*.yaml), with why and in which file; absent when none. */
  corrected: z
    .array(z.object({ field: z.string(), reason: z.string().min(1), file: z.string() }))
    .optional(),
});

/** What a correction may set on an event: any field but those that identify it or link it to others. */
export const EventCorrectionSetSchema = EventSchema.omit({
  id: true,
  slug: true,
  sourceArticleIds: true,
  redirectsFrom: true,
  corrected: true,
})
  .extend({
    // Staff rarely know whether the year was inferred: a date they give is read as written.
    date: EventDateSchema.extend({ yearInferred: z.boolean().default(false) }),
  })
  .partial()
  .strict()
  .refine((set) => Object.keys(set).length > 0, { message: 'set names no field' });

/** Why staff made a correction: required, and said in their words when it is missing or empty. */
const CORRECTION_REASON_MISSING = 'say why the correction is made (it is missing or empty)';
const CorrectionReasonSchema = z
  .string({ error: CORRECTION_REASON_MISSING })
  .min(1, { error: CORRECTION_REASON_MISSING });

/** A correction of an event (../shared/CONTRACT.md, Corrections). */
export const EventCorrectionSchema = z
  .object({
    /** The event's id or slug. */
    event: z.string().min(1),
    set: EventCorrectionSetSchema,
    reason: CorrectionReasonSchema,
  })
  .strict();

/** A correction of an article's status: publish one the classifier rejected, or reject one. */
export const ArticleCorrectionSchema = z
  .object({
    /** A file path relative to the input folder, or an article id. */
    article: z.string().min(1),
    status: z.enum(['event', 'rejected']),
    reason: CorrectionReasonSchema,
  })
  .strict();

export const DelegationSchema = z.object({
  id: z.string(),
  eventId: z.string(),
  leader: PersonSchema.nullable(),
  /** Members other than the leader. */
  members: z.array(PersonSchema),
  /** The body that sent the delegation. */
  organisation: z.string().nullable(),
  /** The Vietnamese province the delegation came from, or null. */
  fromProvince: z.string().nullable(),
  /** Where it went: a province, a foreign place or an institution. */
  destination: z.string().nullable(),
});

export const OutcomeSchema = z.object({
  id: z.string(),
  eventId: z.string(),
  kind: z.enum(OUTCOME_KINDS),
  /** The number, Vietnamese notation read (`8.000` → 8000, `4,5%` → 4.5, `200 tỷ đồng` → 2e11). */
  value: z.number(),
  /** Upper bound when the text gives a range (`8 - 10%`), else null. */
  valueMax: z.number().nullable(),
  qualifier: z.enum(QUALIFIERS),
  /** What is counted (`bệnh nhân`, `%`, `đồng`). */
  unit: z.string(),
  /** The year or period the number refers to, when the text says. */
  period: z.string().nullable(),
  /** The sentence the number came from. */
  text: z.string(),
});

export type Article = z.infer<typeof ArticleSchema>;
export type CooperationEvent = z.infer<typeof EventSchema>;
export type Delegation = z.infer<typeof DelegationSchema>;
export type Outcome = z.infer<typeof OutcomeSchema>;
export type Person = z.infer<typeof PersonSchema>;
export type EventCorrection = z.infer<typeof EventCorrectionSchema>;
export type ArticleCorrection = z.infer<typeof ArticleCorrectionSchema>;
export type EventDate = z.infer<typeof EventDateSchema>;
export type ProvinceRef = z.infer<typeof ProvinceRefSchema>;
export type Evidence = z.infer<typeof EvidenceSchema>;
export type EventType = (typeof EVENT_TYPES)[number];
export type RejectionReason = (typeof REJECTION_REASONS)[number];
export type OutcomeKind = (typeof OUTCOME_KINDS)[number];
export type Qualifier = (typeof QUALIFIERS)[number];

/** Why an event's address no longer shows the event. */
export type Withdrawal = 'removed' | 'rejected' | 'correction';

/** A withdrawn event's page: what the site shows at its old address. */
export interface WithdrawnEvent {
  id: string;
  slug: string;
  title: string;
  cause: Withdrawal;
  reason: string | null;
}
