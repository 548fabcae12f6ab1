/** What the chain makes of one article file: the input of the output stage. */
import type { FrontMatter } from '../read/parse.ts';
import type { Classification } from '../classify/classify.ts';
import type { ExtractedEvent } from '../fields/event.ts';
import type { RejectionReason } from '../../lib/schema.ts';

export interface ArticleResult {
  id: string;
  file: string;
  /** Same hash for the same article written with other whitespace or tone style; null when unreadable. */
  contentKey: string | null;
  title: string | null;
  frontMatter: FrontMatter;
  publisher: string | null;
  rejection: RejectionReason | null;
  warnings: string[];
  classification: Classification | null;
  event: ExtractedEvent | null;
}
