/**
 * Vietnamese family names (Kinh and the northern minorities that news from
 * Lào Cai, Lai Châu or Hà Giang names: Giàng, Sùng, Lò, Thào…). A capitalised
 * run that starts with one of these is a person's name candidate.
 */
const SURNAMES = (
  'Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đào Đoàn Vương Trịnh Trương Lâm Phùng Mai Tô ' +
  'Hà Tạ Quách Giàng Lò Lương Tống Khúc Thái Cao Chu Châu Đinh La Lục Mạc Nông Triệu Kiều Lưu Hứa Tăng Thân Từ Diệp ' +
  'Âu Sùng Vàng Hầu Thào Mùa Lầu Ly Lù Sầm Bế Nghiêm Quan Viên Doãn Khổng Lã Lại Kim Bàng Ninh Tôn Tiêu Vi Cù Đàm ' +
  'Đồng Giáp Hàn Khương Lạc Lang Mẫn Nhâm Phó Phí Quản Tào Thạch Trình Ung Văn Vòng Lường Cầm Hà Điêu Quàng Lộc Hoàng ' +
  'Đậu Hoa Ân Bạch Biện Chung Đái Đàng Đoạn Giang Hạ Hồng Khúc Kha Khâu Khuất Lăng Lều Liêu Mã Mông Nghị Ngụy Nhan ' +
  'Phương Quang Sơn Tất Thi Thiều Thịnh Tiết Trà Trang Triệu Trưng Ứng Vưu Yên Cồ Tòng Lìu Chảo Hờ Vừ Mua Hạng Ma Phù'
).split(' ');

const SURNAME_SET = new Set(SURNAMES);

/** True when the word is a Vietnamese family name. */
export function isSurname(word: string): boolean {
  return SURNAME_SET.has(word);
}

/**
 * Lower-case particles inside foreign names ("Bernadette Chodron de Courcel",
 * "Vincent van Gogh"): a capitalised run goes on across them.
 */
export const NAME_PARTICLES = ['de', 'van', 'von', 'der', 'den', 'del', 'dos', 'bin', 'al'];
