/** A person as the event page lists them: the name, then the title the article gave. */
import type { Person } from './schema.ts';

export const personLine = (p: Person): string => (p.title ? `${p.name} — ${p.title}` : p.name);
