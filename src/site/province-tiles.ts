/**
 * A tile map of the 34 provinces since 1 July 2025: one square each, placed
 * roughly where the province lies (column west → east, row north → south).
 * It needs no boundary data, and every province gets the same area.
 */
export interface ProvinceTile {
  name: string;
  col: number;
  row: number;
}

export const PROVINCE_TILES: readonly ProvinceTile[] = [
  { name: 'Lai Châu', col: 1, row: 0 },
  { name: 'Lào Cai', col: 2, row: 0 },
  { name: 'Tuyên Quang', col: 3, row: 0 },
  { name: 'Cao Bằng', col: 4, row: 0 },
  { name: 'Điện Biên', col: 0, row: 1 },
  { name: 'Sơn La', col: 1, row: 1 },
  { name: 'Phú Thọ', col: 2, row: 1 },
  { name: 'Thái Nguyên', col: 3, row: 1 },
  { name: 'Lạng Sơn', col: 4, row: 1 },
  { name: 'Hà Nội', col: 2, row: 2 },
  { name: 'Bắc Ninh', col: 3, row: 2 },
  { name: 'Quảng Ninh', col: 4, row: 2 },
  { name: 'Ninh Bình', col: 2, row: 3 },
  { name: 'Hưng Yên', col: 3, row: 3 },
  { name: 'Hải Phòng', col: 4, row: 3 },
  { name: 'Thanh Hóa', col: 2, row: 4 },
  { name: 'Nghệ An', col: 2, row: 5 },
  { name: 'Hà Tĩnh', col: 3, row: 6 },
  { name: 'Quảng Trị', col: 3, row: 7 },
  { name: 'Huế', col: 4, row: 8 },
  { name: 'Đà Nẵng', col: 4, row: 9 },
  { name: 'Quảng Ngãi', col: 4, row: 10 },
  { name: 'Gia Lai', col: 4, row: 11 },
  { name: 'Đắk Lắk', col: 4, row: 12 },
  { name: 'Lâm Đồng', col: 3, row: 13 },
  { name: 'Khánh Hòa', col: 4, row: 13 },
  { name: 'Tây Ninh', col: 1, row: 14 },
  { name: 'Hồ Chí Minh', col: 2, row: 14 },
  { name: 'Đồng Nai', col: 3, row: 14 },
  { name: 'An Giang', col: 0, row: 15 },
  { name: 'Đồng Tháp', col: 1, row: 15 },
  { name: 'Vĩnh Long', col: 2, row: 15 },
  { name: 'Cà Mau', col: 0, row: 16 },
  { name: 'Cần Thơ', col: 1, row: 16 },
];
