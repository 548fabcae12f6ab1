/**
 * The province gazetteer: 63 provinces before 1 July 2025, 34 since, and the
 * spellings news uses for them. Source: src/data/provinces-2025.json
 * (derived from dvhcvn, MIT).
 */
import data from '../../data/provinces-2025.json' with { type: 'json' };
import { normaliseToneMarks } from '../../lib/vietnamese.ts';
import type { ProvinceRef } from '../../lib/schema.ts';

export interface OldProvince {
  code: string;
  /** Name before the merger ("Yên Bái"); Huế is "Thừa Thiên Huế" before 2025. */
  name: string;
  isCity: boolean;
  current: { code: string; name: string; isCity: boolean };
}

/** The day the 63 provinces became 34. */
export const MERGER_DATE = '2025-07-01';
/** Thừa Thiên Huế became thành phố Huế on this day. */
const HUE_RENAMED = '2025-01-01';

interface RawUnit {
  code: string;
  name: string;
  type: string;
  merged_from: Array<{ code: string; name: string; type: string }>;
}

const units = (data as { provinces: RawUnit[] }).provinces;

/** Every pre-merger province by its key name. */
export const OLD_PROVINCES: ReadonlyMap<string, OldProvince> = new Map(
  units.flatMap((unit) =>
    unit.merged_from.map((old): [string, OldProvince] => {
      const name = old.code === '46' ? 'Thừa Thiên Huế' : old.name;
      return [
        name,
        {
          code: old.code,
          name,
          isCity: old.type.startsWith('thành phố'),
          current: { code: unit.code, name: unit.name, isCity: unit.type.startsWith('thành phố') },
        },
      ];
    }),
  ),
);

/** Extra spellings seen in news, each to its pre-merger province. */
const ALIASES: Record<string, string[]> = {
  'Hồ Chí Minh': [
    'TP HCM',
    'TP.HCM',
    'TPHCM',
    'TP. HCM',
    'Tp.HCM',
    'Tp HCM',
    'TP. Hồ Chí Minh',
    'TP Hồ Chí Minh',
    'TP.Hồ Chí Minh',
    'Tp. Hồ Chí Minh',
    'Tp Hồ Chí Minh',
    'Thành phố Hồ Chí Minh',
    'thành phố Hồ Chí Minh',
    'Sài Gòn',
    'Sài Gòn - Chợ Lớn',
  ],
  'Bà Rịa - Vũng Tàu': [
    'Bà Rịa – Vũng Tàu',
    'Bà Rịa-Vũng Tàu',
    'Bà Rịa—Vũng Tàu',
    'Bà Rịa Vũng Tàu',
    'BR-VT',
    'BR - VT',
    'BR – VT',
    'BRVT',
  ],
  'Thừa Thiên Huế': [
    'Thừa Thiên - Huế',
    'Thừa Thiên – Huế',
    'Thừa Thiên-Huế',
    'TT-Huế',
    'TT - Huế',
    'TT – Huế',
    'TT.Huế',
    'Huế',
  ],
  'Đắk Lắk': [
    'Đăk Lăk',
    'Đắc Lắc',
    'Đắk Lắc',
    'Đăk Lắk',
    'Đắklắk',
    'Đăklăk',
    'Daklak',
    'Dak Lak',
    'ĐắkLắk',
  ],
  'Đắk Nông': ['Đăk Nông', 'Đắc Nông', 'Đắknông', 'Dak Nong'],
  'Bắc Kạn': ['Bắc Cạn'],
  'Kon Tum': ['Kontum', 'Kon-Tum'],
  'Hà Nội': ['Thủ đô Hà Nội'],
};

/** Bare names that are too often something else (a person, a street) to count without "tỉnh" or "TP". */
export const NEEDS_PREFIX = new Set(['Hồ Chí Minh']);

/** Alias (tone marks normalised) → pre-merger province name. */
export const PROVINCE_ALIASES: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  const add = (alias: string, name: string) => {
    map.set(normaliseToneMarks(alias), name);
    map.set(normaliseToneMarks(alias).toUpperCase(), name);
  };
  for (const name of OLD_PROVINCES.keys()) add(name, name);
  for (const [name, aliases] of Object.entries(ALIASES))
    for (const alias of aliases) add(alias, name);
  return map;
})();

/** Every way a province is written: its pre-merger names and their aliases (tone marks normalised). */
export const PROVINCE_SPELLINGS: ReadonlySet<string> = new Set([
  ...OLD_PROVINCES.keys(),
  ...PROVINCE_ALIASES.keys(),
]);

/**
 * The province as it was called at a date. Before the merger (or when no date
 * is known) the old province; from 1 July 2025 the province it became.
 */
export function provinceAt(oldName: string, date: string | null): ProvinceRef | null {
  const old = OLD_PROVINCES.get(oldName);
  if (!old) return null;
  if (date && date >= MERGER_DATE)
    return { name: old.current.name, code: old.current.code, current: old.current.name };
  const name = old.code === '46' && date && date >= HUE_RENAMED ? 'Huế' : old.name;
  return { name, code: old.code, current: old.current.name };
}

/** "tỉnh Lào Cai" or "thành phố Hà Nội", for completing "Sở Y tế" and the like. */
export function administrativeName(oldName: string): string {
  const old = OLD_PROVINCES.get(oldName);
  return old?.isCity ? `thành phố ${oldName}` : `tỉnh ${oldName}`;
}
