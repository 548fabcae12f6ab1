/**
 * National (central) hospitals and institutes, by a distinctive part of their
 * name, folded: the city written with one of them ("Bệnh viện Bạch Mai (Hà
 * Nội)") says where that hospital is, not where the event is. A city's own
 * hospitals (Từ Dũ, Nhi Đồng 1 and 2, Hùng Vương belong to TP.HCM) are not
 * listed: their city is a province taking part. Matched as a part of the
 * folded name, so "trung uong" also covers "nhi trung uong", "mat trung uong".
 */
export const NATIONAL_INSTITUTIONS = [
  'bach mai',
  'viet duc',
  'cho ray',
  'k trung uong',
  'benh vien k',
  'benh vien e',
  'thong nhat',
  'huu nghi',
  // Military hospitals 108, 103, 175 and the army's other central hospitals.
  '108',
  '103',
  '175',
  'quan y',
  'quan doi',
  // Any "… Trung ương" (Nhi, Phụ sản, Mắt, Nhiệt đới, Huế…) and the ministry's universities and institutes.
  'trung uong',
  'dai hoc y',
  'dai hoc y duoc',
  'vien pasteur',
  'vien ve sinh dich te',
];
