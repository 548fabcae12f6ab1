/**
 * What the type model reads of a cooperation article: the classifier's features that say what kind of
 * cooperation it is (the cue families by zone, the parties and clauses, the headline's and lead's word
 * n-grams; the body's n-grams are left out, too many and too weak for 8 classes and 150 articles), the type the
 * rules of fields/event-type.ts would give (`rule:<type>`), and people counted as trained.
 *
 * The cue families carry money (`cue:money@*`, `cue:foreignMoney@*`), a donor (`cue:donor@*`) and a foreign
 * team (`cue:foreign@*`, `cue:medicalTeam@*`); `party:institutions` counts the institutions named.
 */
import type { EventType } from '../../lib/schema.ts';
import type { Features } from './features.ts';
import type { ClassifierInput } from './input.ts';

/**
 * People counted as trained: "đào tạo cho 30 bác sĩ", "120 học viên được tập huấn", "tập huấn 50 cán bộ".
 * A count beside a training word is what a training event reports; an aid or a visit rarely counts trainees.
 */
const PEOPLE_TRAINED =
  /(?:đào tạo|tập huấn|bồi dưỡng)\s+(?:cho\s+)?(?:hơn\s+|gần\s+|khoảng\s+)?\d[\d.]*\s+(?:học viên|cán bộ|bác sĩ|y bác sĩ|nhân viên|điều dưỡng|kỹ thuật viên|người|lượt)|\d[\d.]*\s+(?:học viên|cán bộ|bác sĩ|y bác sĩ|nhân viên y tế|điều dưỡng|kỹ thuật viên)[^.]{0,30}(?:được\s+)?(?:đào tạo|tập huấn|bồi dưỡng)/iu;

const KEPT = /^(?:cue|party|clause|h|l):/;

export function typeFeatures(
  input: ClassifierInput,
  features: Features,
  ruleType: EventType,
): Features {
  const kept: Features = new Map([...features].filter(([name]) => KEPT.test(name)));
  kept.set(`rule:${ruleType}`, 1);
  if (PEOPLE_TRAINED.test(`${input.headline}\n${input.lead}\n${input.body}`))
    kept.set('count:people-trained', 1);
  return kept;
}
