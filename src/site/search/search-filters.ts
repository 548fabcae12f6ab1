/** The search page's filters: keys in the index and in shareable URLs, and their labels. */
export const SEARCH_FILTERS = [
  'province',
  'current_province',
  'type',
  'year',
  'organisation',
] as const;
export type SearchFilter = (typeof SEARCH_FILTERS)[number];

export const FILTER_LABELS: Record<SearchFilter, string> = {
  province: 'Tỉnh (tên tại thời điểm sự kiện)',
  current_province: 'Tỉnh hiện nay (từ 1/7/2025)',
  type: 'Loại sự kiện',
  year: 'Năm',
  organisation: 'Cơ quan, đơn vị',
};
