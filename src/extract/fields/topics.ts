/**
 * Topics: the diseases, techniques and specialties an event is about, from a
 * small lexicon of how Vietnamese health news names them.
 */
import { foldVietnamese } from '../../lib/vietnamese.ts';

/** Display name → patterns (matched on folded text, so tone style and case do not matter). */
const TOPICS: Record<string, string[]> = {
  Thalassemia: ['thalassemia', 'tan mau bam sinh'],
  'Đục thủy tinh thể': ['duc thuy tinh the', 'phaco'],
  'Ghép tế bào gốc': ['ghep te bao goc'],
  'Tim mạch': ['tim mach', 'can thiep mach vanh', 'thong tim'],
  'Ung bướu': ['ung buou', 'ung thu'],
  'Lọc máu': ['loc mau', 'than nhan tao', 'chay than'],
  'HIV/AIDS': ['hiv', 'aids'],
  Lao: ['benh lao', 'chong lao', 'lao phoi'],
  'Sốt rét': ['sot ret'],
  Cúm: ['cum a', 'h5n1', 'cum gia cam'],
  Sởi: ['benh soi', 'dich soi', 'ca benh soi'],
  'Nhi khoa': ['nhi khoa', 'benh nhi'],
  'Sản khoa': ['san khoa', 'san phu'],
  'Chẩn đoán hình ảnh': ['chan doan hinh anh'],
  'Xét nghiệm': ['xet nghiem'],
  'Hồi sức cấp cứu': ['hoi suc cap cuu', 'cap cuu'],
  'Phục hồi chức năng': ['phuc hoi chuc nang'],
  'Y học cổ truyền': ['y hoc co truyen'],
  'Phẫu thuật nội soi': ['phau thuat noi soi'],
  'Ghép tạng': ['ghep than', 'ghep gan', 'ghep tang'],
  Mắt: ['nhan khoa', 'benh mat'],
  'Tâm thần': ['tam than'],
  'Chấn thương chỉnh hình': ['chan thuong chinh hinh'],
  'Đột quỵ': ['dot quy'],
  'Tiêm chủng': ['tiem chung', 'vac xin', 'vaccine'],
  'Y tế từ xa': ['tu xa', 'telemedicine', 'cau truyen hinh'],
  'Quản lý bệnh viện': ['quan ly benh vien'],
  'Dinh dưỡng': ['dinh duong'],
  'Thuốc lá': ['thuoc la'],
};

const COMPILED = Object.entries(TOPICS).map(
  ([name, keys]) => [name, new RegExp(`\\b(?:${keys.join('|')})\\b`, 'g')] as const,
);

/** Topics named at least twice, or once in the lead, most mentioned first (at most `limit`). */
export function findTopics(lead: string, body: string, limit = 5): string[] {
  const foldedLead = foldVietnamese(lead);
  const foldedBody = foldVietnamese(body);
  const scored: Array<[string, number]> = [];
  for (const [name, pattern] of COMPILED) {
    const count =
      (foldedBody.match(pattern) ?? []).length + 2 * (foldedLead.match(pattern) ?? []).length;
    if (count >= 2) scored.push([name, count]);
  }
  return scored
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'vi'))
    .slice(0, limit)
    .map(([name]) => name);
}
