/**
 * The vocabulary of Vietnamese institution names. Official names capitalise
 * only the first syllable of each word ("Bộ Tài chính", "Tổ chức Y tế Thế
 * giới") and news often writes the inner words in lower case ("Hội Bảo trợ
 * bệnh nhân nghèo", "Trung tâm Điều phối ghép tạng quốc gia"), so a name
 * cannot be cut at the first lower-case syllable: it goes on while its words
 * are words that names are made of. Entries are lower case; a word may be
 * written capitalised in a name. Collected from the words that follow
 * institution heads in the corpus (Bộ, Sở, Viện, Cục, Trung tâm, Hội, Quỹ…).
 */

/** Nouns of fields, public functions and groups served. */
export const NAME_NOUNS: readonly string[] = [
  // Medicine and its specialities.
  'y tế', 'y học', 'y khoa', 'y dược', 'y', 'dược', 'dược học', 'dược phẩm', 'dược liệu', 'đa khoa', 'nhi', 'nhi đồng', 'nhi khoa',
  'sản', 'phụ sản', 'sản nhi', 'sản khoa', 'phụ khoa', 'mắt', 'nhãn khoa', 'răng hàm mặt', 'răng', 'hàm', 'mặt', 'tai mũi họng',
  'nha khoa', 'da liễu', 'ung bướu', 'ung thư', 'tim', 'tim mạch', 'tim mạch học', 'phổi', 'bệnh phổi', 'lao', 'tâm thần',
  'sức khỏe tâm thần', 'sức khoẻ tâm thần', 'thần kinh', 'nội tiết', 'huyết học', 'truyền máu', 'máu', 'lão khoa', 'nhiệt đới',
  'bệnh nhiệt đới', 'chấn thương', 'chỉnh hình', 'chấn thương chỉnh hình', 'phục hồi chức năng', 'chức năng', 'cổ truyền',
  'y học cổ truyền', 'đông y', 'châm cứu', 'dinh dưỡng', 'vệ sinh', 'dịch tễ', 'vệ sinh dịch tễ', 'dự phòng', 'y tế dự phòng',
  'y tế công cộng', 'công cộng', 'sốt rét', 'ký sinh trùng', 'côn trùng', 'bỏng', 'chống độc', 'thẩm mỹ',
  'tạo hình', 'nam học', 'hiếm muộn', 'sinh sản', 'sức khỏe', 'sức khoẻ', 'sức khỏe sinh sản', 'sức khoẻ sinh sản', 'bà mẹ',
  'trẻ em', 'trẻ sơ sinh', 'sơ sinh', 'vắc xin', 'vaccine', 'vacxin', 'văcxin', 'vắcxin', 'sinh phẩm', 'thuốc', 'thuốc lá',
  'mỹ phẩm', 'thực phẩm', 'an toàn thực phẩm', 'vệ sinh an toàn thực phẩm', 'pháp y', 'thú y', 'điều dưỡng', 'hộ sinh',
  'hình ảnh', 'đột quỵ', 'tiết niệu', 'thận', 'thận học', 'tiêu hóa', 'tiêu hoá', 'gan', 'tạng', 'ghép tạng', 'nội khoa',
  'ngoại khoa', 'hồi sức', 'lâm sàng', 'miễn dịch', 'dị ứng', 'đái tháo đường', 'tiểu đường', 'thính học', 'đau', 'bệnh tật',
  'dịch bệnh', 'khám chữa bệnh', 'chữa bệnh', 'khám bệnh', 'trang thiết bị', 'thiết bị', 'thiết bị y tế', 'vi sinh',
  'virus học', 'sinh học', 'xã hội học', 'trường đại học', 'trường cao đẳng', 'đại học', 'cao đẳng', 'trung cấp', 'tiểu học', 'trung học', 'trung học cơ sở',
  'trung học phổ thông', 'phổ thông', 'mầm non', 'chính trị', 'hóa học', 'hoá học', 'vật lý', 'tế bào gốc', 'di truyền', 'y sinh', 'hiến máu', 'hiến tạng', 'tác hại',
  // People a body serves.
  'bệnh nhân', 'người bệnh', 'nghèo', 'người nghèo', 'khuyết tật', 'người khuyết tật', 'người cao tuổi', 'phụ nữ', 'thanh niên',
  'thiếu niên', 'trẻ em nghèo', 'nạn nhân', 'chất độc da cam', 'dân số', 'gia đình', 'kế hoạch hóa gia đình', 'kế hoạch hoá gia đình',
  'cựu chiến binh', 'chiến binh', 'nhân đạo', 'từ thiện', 'chữ thập đỏ',
  // Public administration and the economy.
  'nhân dân', 'nhà nước', 'chính phủ', 'quốc hội', 'thường vụ', 'lao động', 'thương binh', 'xã hội', 'ngoại giao', 'quốc phòng',
  'công an', 'nội vụ', 'tư pháp', 'giao thông', 'vận tải', 'giao thông vận tải', 'nông nghiệp', 'nông thôn', 'văn hóa',
  'văn hoá', 'thể thao', 'du lịch', 'công thương', 'công nghiệp', 'tài nguyên', 'môi trường', 'khoa học',
  'công nghệ', 'kế hoạch', 'tài chính', 'bảo hiểm', 'bảo hiểm xã hội', 'hải quan', 'thuế', 'hành chính', 'trật tự',
  'an toàn', 'an ninh', 'cảnh sát', 'phòng cháy chữa cháy', 'kiểm sát', 'thi hành án', 'xuất nhập cảnh', 'pháp chế', 'cán bộ', 'quân y', 'quân đội', 'quân khu', 'hải quân', 'biên phòng', 'dân tộc',
  'tôn giáo', 'hữu nghị', 'liên hiệp', 'hàn lâm', 'bách khoa', 'sư phạm', 'tổng hợp', 'thương mại', 'dịch vụ', 'cổ phần', 'hữu hạn',
  'trách nhiệm hữu hạn', 'một thành viên', 'xuất nhập khẩu', 'dầu khí', 'điện lực', 'năng lượng', 'nguyên tử', 'viễn thông',
  'ngân hàng', 'lương thực', 'nông lương', 'tiêu chuẩn', 'đo lường', 'chất lượng', 'thế giới', 'toàn cầu', 'quốc tế', 'quốc gia',
  'trung ương', 'khu vực', 'cộng đồng', 'tư nhân', 'liên doanh', 'an sinh', 'chính sách', 'chiến lược', 'nhi đồng thế giới',
];

/** Verbs of function that names carry ("Quản lý", "Phòng chống", "Đầu tư"). */
export const NAME_ACTIONS: readonly string[] = [
  'quản lý', 'kiểm soát', 'phòng ngừa', 'phòng chống', 'phòng bệnh', 'chống', 'điều phối', 'điều tra', 'giám sát', 'thanh tra',
  'kiểm tra', 'nghiên cứu', 'đào tạo', 'ứng dụng', 'phát triển', 'đầu tư', 'tư vấn', 'hợp tác', 'bảo trợ', 'bảo vệ', 'chăm sóc',
  'điều trị', 'sản xuất', 'kiểm định', 'kiểm nghiệm', 'giám định', 'chẩn đoán', 'kinh doanh', 'thông tin', 'truyền thông', 'xây dựng', 'giáo dục', 'cấp cứu', 'phẫu thuật', 'xuất khẩu', 'nhập khẩu', 'ghép',
  'nâng cao', 'kỹ thuật', 'khám', 'xét nghiệm',
  // Bare "bệnh" needs its disease after it ("Viện Lao và bệnh phổi"): a name does not end on it.
  'bệnh',
];

/**
 * Lower-case words a name may end on even when they are also verbs of function
 * ("… quốc gia", "Bệnh viện Nhi trung ương"). A lower-case verb of function at
 * the end of the run is the sentence going on ("Bộ Y tế thông tin", "Sở Y tế quản lý").
 */
export const NAME_FINALS: readonly string[] = [
  'trung ương', 'quốc gia', 'quốc tế', 'thế giới', 'toàn cầu', 'y tế', 'xã hội', 'trật tự xã hội', 'công cộng', 'y tế công cộng',
  'cộng đồng', 'tư nhân', 'nhà nước', 'dự phòng', 'y tế dự phòng', 'bệnh tật', 'dịch tễ', 'vệ sinh dịch tễ', 'huyết học',
  'truyền máu', 'khu vực', 'đa khoa', 'cổ truyền', 'y học cổ truyền', 'hữu nghị', 'nhân dân', 'quân đội', 'chức năng',
  'phục hồi chức năng', 'nhiệt đới', 'chỉnh hình', 'tâm thần', 'ung bướu', 'da liễu', 'nội tiết', 'lão khoa', 'nhi đồng',
];

/** Lower-case words that join two parts of a name ("Giáo dục và Đào tạo", "Kiểm định Quốc gia về vaccine"). */
export const NAME_JOINERS: readonly string[] = ['và', 'về'];

/** Words that join the capitalised words of a foreign name ("The Gift of Life", "Médecins du Monde"). */
export const FOREIGN_JOINERS: readonly string[] = ['of', 'for', 'and', 'de', 'du', 'des', 'la', 'le', 'the', '&'];

/** Capitalised abbreviations that say what kind of body, not which: "Công ty CP …", "Trường ĐH …". */
export const KIND_ABBREVIATIONS: readonly string[] = ['CP', 'TNHH', 'MTV', 'ĐH', 'CĐ', 'THPT', 'THCS', 'YTDP', 'KSBT', 'BVĐK'];

/**
 * Words of place type inside a name, before the place ("tỉnh Lai Châu",
 * "TP. HCM", "châu Âu", "quận 6"); a name does not end on them.
 */
export const PLACE_TYPES: readonly string[] = [
  'thành phố', 'thị xã', 'thị trấn', 'khu vực', 'tỉnh', 'huyện', 'quận', 'xã', 'phường', 'tp', 'châu', 'số', 'cơ sở', 'tuyến',
];

/** Field words that do not tell one body from another: "Sở Y tế", "Bệnh viện Đa khoa" need a place or a name. */
export const GENERIC_NAME_FIELDS: readonly string[] = ['y tế', 'y', 'đa khoa', 'trung ương', 'quốc gia', 'quốc tế', 'nhân dân', 'khu vực'];
