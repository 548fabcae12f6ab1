/** The site's paths, in one place: links and pages agree on them. */
import { asciiSlug } from '../lib/vietnamese.ts';

export const eventPath = (slug: string) => `/su-kien/${slug}/`;
export const provinceSlug = (name: string) => asciiSlug(name, 6);
export const provincePath = (name: string) => `/tinh/${provinceSlug(name)}/`;
export const organisationPath = (slug: string) => `/to-chuc/${slug}/`;
export const searchPath = (query?: string) =>
  query ? `/tim-kiem/?q=${encodeURIComponent(query)}` : '/tim-kiem/';
/** A year's timeline page; events without a year are at /nam/chua-ro/. */
export const yearPath = (year: string | null) => `/nam/${year ?? 'chua-ro'}/`;
