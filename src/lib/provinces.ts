/**
 * Province pages: one per province name an event uses, old or current. A
 * current province's page lists the events of every province merged into it;
 * a pre-2025 province's page says where it belongs now.
 */
import type { CooperationEvent } from './schema.ts';
import { OLD_PROVINCES } from '../extract/gazetteer/provinces.ts';

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

const CURRENT_NAMES = new Set([...OLD_PROVINCES.values()].map((p) => p.current.name));

export function currentProvinces(events: CooperationEvent[]): ProvincePage[] {
  const pages = new Map<string, ProvincePage>();
  const page = (name: string) => {
    let p = pages.get(name);
    if (!p) {
      const isCurrent = CURRENT_NAMES.has(name);
      const old = [...OLD_PROVINCES.values()].find((o) => o.name === name);
      p = {
        name,
        isCurrent,
        nowPartOf: !isCurrent && old ? old.current.name : null,
        mergedFrom: isCurrent ? [...OLD_PROVINCES.values()].filter((o) => o.current.name === name).map((o) => o.name) : [],
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
