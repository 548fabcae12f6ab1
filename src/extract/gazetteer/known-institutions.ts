/**
 * Institutions whose names the grammar of names cannot find whole (commas
 * inside, foreign words, no head word), written as news writes them. Tried
 * before the grammar, longest first.
 */

export interface KnownInstitution {
  /** Spellings of the full name as they appear in Vietnamese news. */
  names: readonly string[];
  /** Abbreviations that name it by themselves ("WHO", "JICA"). */
  abbreviations: readonly string[];
}

export const KNOWN_INSTITUTIONS: readonly KnownInstitution[] = [
  // Ministries whose official names hold commas or several "và".
  {
    names: [
      'Bộ Lao động - Thương binh và Xã hội',
      'Bộ Lao động, Thương binh và Xã hội',
      'Bộ Lao động-Thương binh và Xã hội',
    ],
    abbreviations: ['Bộ LĐ-TB&XH', 'Bộ LĐTB&XH'],
  },
  {
    names: [
      'Bộ Văn hóa, Thể thao và Du lịch',
      'Bộ Văn hoá, Thể thao và Du lịch',
      'Bộ Văn hóa - Thể thao và Du lịch',
      'Bộ Văn hoá - Thể thao và Du lịch',
    ],
    abbreviations: ['Bộ VH-TT&DL', 'Bộ VHTTDL'],
  },
  {
    names: [
      'Bộ Nông nghiệp và Phát triển nông thôn',
      'Bộ Nông nghiệp và Phát triển Nông thôn',
      'Bộ Nông nghiệp và Môi trường',
    ],
    abbreviations: ['Bộ NN&PTNT'],
  },
  { names: ['Bộ Tài nguyên và Môi trường'], abbreviations: ['Bộ TN&MT'] },
  { names: ['Bộ Giáo dục và Đào tạo'], abbreviations: ['Bộ GD&ĐT', 'Bộ GD-ĐT'] },
  { names: ['Bộ Khoa học và Công nghệ'], abbreviations: ['Bộ KH&CN'] },
  { names: ['Bộ Kế hoạch và Đầu tư'], abbreviations: ['Bộ KH&ĐT', 'Bộ KH-ĐT'] },
  { names: ['Bộ Thông tin và Truyền thông'], abbreviations: ['Bộ TT&TT'] },
  { names: ['Bộ Giao thông vận tải', 'Bộ Giao thông Vận tải'], abbreviations: ['Bộ GTVT'] },
  // A national committee of the 2000s whose name holds a comma.
  {
    names: ['Ủy ban Dân số, Gia đình và Trẻ em', 'Uỷ ban Dân số, Gia đình và Trẻ em'],
    abbreviations: ['UBDSGĐTE'],
  },
  // United Nations agencies and other international bodies.
  { names: ['Tổ chức Y tế Thế giới', 'Tổ chức Y tế thế giới'], abbreviations: ['WHO'] },
  {
    names: [
      'Quỹ Nhi đồng Liên Hợp Quốc',
      'Quỹ Nhi đồng Liên hợp quốc',
      'Quỹ Nhi đồng Liên Hiệp Quốc',
    ],
    abbreviations: ['UNICEF'],
  },
  { names: ['Quỹ Dân số Liên Hợp Quốc', 'Quỹ Dân số Liên hợp quốc'], abbreviations: ['UNFPA'] },
  {
    names: ['Chương trình Phát triển Liên Hợp Quốc', 'Chương trình Phát triển Liên hợp quốc'],
    abbreviations: ['UNDP'],
  },
  {
    names: [
      'Chương trình phối hợp của Liên Hợp Quốc về HIV/AIDS',
      'Chương trình phối hợp của Liên hợp quốc về HIV/AIDS',
      'Chương trình Điều phối về HIV/AIDS của Liên Hợp Quốc',
    ],
    abbreviations: ['UNAIDS'],
  },
  { names: ['Ngân hàng Thế giới', 'World Bank'], abbreviations: ['WB'] },
  { names: ['Ngân hàng Phát triển châu Á', 'Ngân hàng Phát triển Châu Á'], abbreviations: ['ADB'] },
  { names: ['Liên minh châu Âu', 'Liên minh Châu Âu'], abbreviations: ['EU'] },
  { names: ['Ủy ban châu Âu', 'Uỷ ban châu Âu', 'Ủy ban Châu Âu'], abbreviations: ['EC'] },
  {
    names: [
      'Liên minh Vaccine và Tiêm chủng toàn cầu',
      'Liên minh toàn cầu về vắc xin và tiêm chủng',
      'Liên minh Toàn cầu về Vắc xin và Tiêm chủng',
    ],
    abbreviations: ['GAVI'],
  },
  {
    names: [
      'Quỹ Toàn cầu phòng chống AIDS, Lao và Sốt rét',
      'Quỹ Toàn cầu phòng chống HIV/AIDS, lao và sốt rét',
      'Quỹ Toàn cầu',
    ],
    abbreviations: [],
  },
  // Development agencies of other countries.
  {
    names: ['Cơ quan Hợp tác Quốc tế Nhật Bản', 'Cơ quan hợp tác quốc tế Nhật Bản'],
    abbreviations: ['JICA'],
  },
  {
    names: ['Cơ quan Hợp tác Quốc tế Hàn Quốc', 'Cơ quan hợp tác quốc tế Hàn Quốc'],
    abbreviations: ['KOICA'],
  },
  {
    names: [
      'Cơ quan Phát triển Quốc tế Hoa Kỳ',
      'Cơ quan Phát triển quốc tế Hoa Kỳ',
      'Cơ quan Phát triển Quốc tế Mỹ',
    ],
    abbreviations: ['USAID'],
  },
  {
    names: [
      'Trung tâm Kiểm soát và Phòng ngừa dịch bệnh Hoa Kỳ',
      'Trung tâm Kiểm soát và Phòng ngừa bệnh tật Hoa Kỳ',
      'Trung tâm Phòng ngừa và Kiểm soát bệnh tật Mỹ',
      'Trung tâm Kiểm soát và Phòng ngừa dịch bệnh Mỹ',
      'Trung tâm Kiểm soát bệnh tật Hoa Kỳ',
    ],
    abbreviations: [],
  },
  // Medical charities that work in Vietnam, named without a head word.
  {
    names: ['Bác sĩ không biên giới', 'Bác sĩ Không biên giới', 'Médecins Sans Frontières'],
    abbreviations: ['MSF'],
  },
  { names: ['Médecins du Monde', 'Medecins du Monde'], abbreviations: [] },
  { names: ['Operation Smile', 'Phẫu thuật Nụ cười'], abbreviations: [] },
  { names: ['Orbis', 'ORBIS'], abbreviations: [] },
  { names: ['Fred Hollows'], abbreviations: [] },
  { names: ['Save the Children'], abbreviations: [] },
  { names: ['Quỹ Bill & Melinda Gates', 'Quỹ Bill và Melinda Gates'], abbreviations: [] },
];
