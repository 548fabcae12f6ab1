/**
 * Province pages: one per province name an event uses, old or current, in
 * the site's one tone style (src/lib/place-names.ts). A
 * current province's page lists the events of every province merged into it;
 * a pre-2025 province's page says where it belongs now.
 */
import type { CooperationEvent } from './schema.ts';
import { OLD_PROVINCES } from '../extract/gazetteer/provinces.ts';
import { placeName } from './place-names.ts';

export interface ProvincePage {
  name: string;
  /** True when the name is one of the 34 provinces since 1 July 2025. */
  isCurrent: boolean;
  /** For a pre-2025 province that is no longer one: the province it belongs to now. */
  nowPartOf: string | null;
  /** For a current province: the pre-2025 provinces it was formed from. */
  mergedFrom: string[];
  /** Newest first. */
  events: CooperationEvent[];
}

const OLD = [...OLD_PROVINCES.values()].map((o) => ({
  name: placeName(o.name),
  current: placeName(o.current.name),
}));
/** The 34 provinces since 1 July 2025, as the site writes them, in Vietnamese alphabetical order. */
export const CURRENT_PROVINCE_NAMES: readonly string[] = [
  ...new Set(OLD.map((o) => o.current)),
].sort((a, b) => a.localeCompare(b, 'vi'));
const CURRENT_NAMES = new Set(CURRENT_PROVINCE_NAMES);

export function currentProvinces(events: CooperationEvent[]): ProvincePage[] {
  const pages = new Map<string, ProvincePage>();
  const page = (written: string) => {
    const name = placeName(written);
    let p = pages.get(name);
    if (!p) {
      const isCurrent = CURRENT_NAMES.has(name);
      const old = OLD.find((o) => o.name === name);
      p = {
        name,
        isCurrent,
        nowPartOf: !isCurrent && old ? old.current : null,
        mergedFrom: isCurrent ? OLD.filter((o) => o.current === name).map((o) => o.name) : [],
        events: [],
      };
      pages.set(name, p);
    }
    return p;
  };
  for (const event of events) {
    for (const province of event.provinces) {
      const atTime = page(province.name);
      if (!atTime.events.includes(event)) atTime.events.push(event);
      const now = page(province.current);
      if (!now.events.includes(event)) now.events.push(event);
    }
  }
  return [...pages.values()].sort((a, b) => a.name.localeCompare(b.name, 'vi'));
}
