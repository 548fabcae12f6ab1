import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findOutcomes } from '../../../src/extract/fields/outcomes.ts';
import * as units from '../../../src/extract/fields/outcome-units.ts';

const values = (s: string) => findOutcomes(s).map((o) => [o.value, o.kind, o.qualifier]);

test('numbers with their unit, meaning and qualifier', () => {
  assert.deepEqual(
    values('Bệnh viện đã cử 29 bác sỹ giúp hơn 8.000 người dân tiếp cận dịch vụ khám, chữa bệnh.'),
    [
      [29, 'experts-sent', 'exact'],
      [8000, 'people-reached', 'more-than'],
    ],
  );
  assert.deepEqual(values('Các chuyên gia đã đào tạo, chuyển giao kỹ thuật cho 110 cán bộ y tế.'), [
    [110, 'staff-trained', 'exact'],
  ]);
  assert.deepEqual(
    values('Hỗ trợ miễn phí điều trị cho 02 bệnh nhi và phẫu thuật cho khoảng 15 bệnh nhân.'),
    [
      [2, 'patients', 'exact'],
      [15, 'patients', 'about'],
    ],
  );
});

test('rates keep their decimal and the year they refer to', () => {
  const out = findOutcomes('Tỷ lệ chuyển tuyến giảm từ 4,5% (năm 2022) xuống còn 3,5% (năm 2023).');
  assert.deepEqual(
    out.map((o) => [o.value, o.kind, o.period]),
    [
      [4.5, 'rate', '2022'],
      [3.5, 'rate', '2023'],
    ],
  );
});

test('money is read with its scale word', () => {
  assert.deepEqual(values('Dự án có tổng kinh phí 200 tỷ đồng.'), [[200e9, 'funding', 'exact']]);
  assert.deepEqual(values('Quỹ tài trợ 1,5 triệu USD.'), [[1.5e6, 'funding', 'exact']]);
});

test('years, programme names, dates, ages and beds are not outcomes', () => {
  assert.deepEqual(
    values('Thực hiện Đề án 1816 từ năm 2023, ngày 5/5 có 250 giường bệnh, trẻ dưới 15 tuổi.'),
    [],
  );
});

test('statistics about a disease are not results of cooperation', () => {
  assert.deepEqual(values('Toàn tỉnh hiện có 230 bệnh nhân mắc Thalassemia.'), []);
});

test('a thousand written twice ("200.000 ngàn") is read once, and a hospital\'s yearly volume is not an outcome', () => {
  assert.deepEqual(
    values('Nhờ chuyển giao kỹ thuật, bệnh viện đã khám cho 200.000 ngàn lượt bệnh nhân.'),
    [[200000, 'consultations', 'exact']],
  );
  assert.deepEqual(
    values('Mỗi năm bệnh viện khám và điều trị cho khoảng 200.000 lượt bệnh nhân.'),
    [],
  );
  assert.deepEqual(values('Dự án hỗ trợ 5 nghìn người dân.'), [[5000, 'people-reached', 'exact']]);
});

test('counts written in words, but not "một" the article nor "thứ hai" the ordinal', () => {
  assert.deepEqual(
    values('Sáng nay, ba bệnh nhân đã được các bác sĩ Hàn Quốc phẫu thuật miễn phí.'),
    [[3, 'patients', 'exact']],
  );
  assert.deepEqual(values('Ngay trong buổi chuyển giao, ê kíp đã mổ cho một bệnh nhân 60 tuổi.'), [
    [1, 'patients', 'exact'],
  ]);
  assert.deepEqual(values('Một bác sĩ của đoàn đã trực tiếp điều trị cho người bệnh.'), []);
  assert.deepEqual(values('Đây là lần thứ hai bệnh nhân được đoàn khám bệnh.'), []);
  assert.deepEqual(values('Dự án đã đào tạo hai mươi lăm học viên về hồi sức.'), [
    [25, 'staff-trained', 'exact'],
  ]);
});

test('patients described by their disease are still the ones the care was given to', () => {
  assert.deepEqual(values('Đoàn chuyên gia đã mổ tim miễn phí cho 12 trẻ mắc bệnh tim bẩm sinh.'), [
    [12, 'patients', 'exact'],
  ]);
  assert.deepEqual(values('Toàn huyện có 40 trẻ mắc bệnh tim bẩm sinh cần được khám.'), []);
});

test('both ends of a range are figures', () => {
  assert.deepEqual(values('Dự kiến đợt khám sẽ thực hiện cho khoảng 300-400 ca.'), [
    [300, 'patients', 'about'],
    [400, 'patients', 'up-to'],
  ]);
  assert.deepEqual(values('Mỗi khóa tập huấn từ 20 đến 25 học viên được đào tạo.'), [
    [20, 'staff-trained', 'about'],
    [25, 'staff-trained', 'up-to'],
  ]);
});

test('staff who came from abroad or were sent are experts sent', () => {
  assert.deepEqual(values('Ca mổ do 4 bác sĩ Nhật Bản thực hiện tại bệnh viện tỉnh.'), [
    [4, 'experts-sent', 'exact'],
  ]);
  assert.deepEqual(values('Đoàn phẫu thuật gồm 12 thành viên đến từ Hàn Quốc.'), [
    [12, 'experts-sent', 'exact'],
  ]);
  assert.deepEqual(values('Bệnh viện đã cử 2 ê kíp bác sĩ xuống huyện mổ mắt.'), [
    [2, 'experts-sent', 'exact'],
  ]);
  assert.deepEqual(values('Ca mổ có sự tham gia của 3 BS đến từ bệnh viện tuyến trên.'), [
    [3, 'experts-sent', 'exact'],
  ]);
  assert.deepEqual(values('Các chuyên gia đã đào tạo cho 20 bác sĩ Lào.'), [
    [20, 'staff-trained', 'exact'],
  ]);
});

test('money in the currencies news writes, once, and not prices or needs', () => {
  assert.deepEqual(values('Chính phủ Nhật Bản viện trợ không hoàn lại 1,5 tỷ yen cho dự án.'), [
    [1.5e9, 'funding', 'exact'],
  ]);
  assert.deepEqual(values('Quỹ tài trợ 2 triệu bảng Anh cho chương trình.'), [
    [2e6, 'funding', 'exact'],
  ]);
  assert.deepEqual(values('Canada tài trợ 10 triệu CAD (tương đương 8 triệu USD) cho tỉnh.'), [
    [10e6, 'funding', 'exact'],
  ]);
  assert.deepEqual(values('Dự án có tổng trị giá hơn 2 triệu USD.'), [
    [2e6, 'funding', 'more-than'],
  ]);
  assert.deepEqual(values('Mỗi ca ghép gan chi phí khoảng 900 triệu đồng.'), []);
  assert.deepEqual(values('Người bệnh chỉ phải trả 3 triệu đồng cho ca mổ.'), []);
  assert.deepEqual(values('Dịch vụ có giá 2 triệu đồng/ca.'), []);
  assert.deepEqual(values('Năm nay tỉnh cần 50 tỷ đồng để mua thuốc.'), []);
});

test('goods count when they are given', () => {
  assert.deepEqual(values('Đoàn đã trao tặng 3 máy thở và 500 hộp thuốc cho bệnh viện.'), [
    [3, 'other', 'exact'],
    [500, 'other', 'exact'],
  ]);
  assert.deepEqual(values('Con tàu có trọng tải 20.000 tấn và 12 phòng mổ.'), []);
});

test('a rate is a result when it moved or states what care achieved, not a share of a population or a target', () => {
  assert.deepEqual(values('Sau hai năm, tỷ lệ tử vong giảm từ 20% xuống 8%.'), [
    [20, 'rate', 'exact'],
    [8, 'rate', 'exact'],
  ]);
  assert.deepEqual(values('Có tới 40% phụ nữ mang thai bị thiếu máu.'), []);
  assert.deepEqual(values('Tỉnh phấn đấu đạt 95% trẻ em được tiêm chủng đầy đủ.'), []);
});

test('"trường hợp" counts patients only when care is given to them', () => {
  assert.deepEqual(values('Các bác sĩ đã can thiệp thành công cho 5 trường hợp hẹp van tim.'), [
    [5, 'patients', 'exact'],
  ]);
  assert.deepEqual(
    values('Bệnh viện đã điều trị cho bệnh nhân Nguyễn Văn A. cùng hai trường hợp khác.'),
    [[2, 'patients', 'exact']],
  );
  assert.deepEqual(
    values('Năm qua tỉnh ghi nhận 300 trường hợp bị sốt xuất huyết phải nhập viện điều trị.'),
    [],
  );
});

test('daily paces, capacities and needs are not results', () => {
  assert.deepEqual(
    values('Bình thường mỗi ngày khoa tiếp nhận khoảng 150 bệnh nhân đến khám.'),
    [],
  );
  assert.deepEqual(values('Tàu bệnh viện có thể điều trị cùng lúc cho 800 bệnh nhân.'), []);
  assert.deepEqual(values('Huyện còn thiếu 12 máy thở, đề nghị các nhà tài trợ hỗ trợ.'), []);
  assert.deepEqual(values('Toàn tỉnh còn 40 trạm y tế xã cần được xây dựng mới.'), []);
  assert.deepEqual(values('Bệnh viện 108 Bộ Quốc phòng được tặng bằng khen.'), []);
});

test('money committed each year or as a ceiling is funding', () => {
  assert.deepEqual(values('Quỹ cam kết tài trợ cho tỉnh 1,2 triệu USD/năm.'), [
    [1.2e6, 'funding', 'exact'],
  ]);
  assert.deepEqual(values('Tổng số tiền viện trợ có thể lên đến 3 triệu euro.'), [
    [3e6, 'funding', 'up-to'],
  ]);
});

test("money is given, committed or a project's worth; a cost nobody gives is not", () => {
  assert.deepEqual(values('Chi phí cho mỗi đợt hội chẩn trực tuyến khoảng 3 triệu đồng.'), []);
  assert.deepEqual(values('Giá thành bộ dụng cụ này rất đắt, khoảng 8 triệu đồng.'), []);
  assert.deepEqual(values('Tổng chi phí 600 triệu đồng của đợt mổ do Quỹ Nhi đồng tài trợ.'), [
    [600e6, 'funding', 'exact'],
  ]);
  assert.deepEqual(values('Dự án kéo dài ba năm với tổng kinh phí 2 triệu USD.'), [
    [2e6, 'funding', 'exact'],
  ]);
  assert.deepEqual(values('40 triệu USD cho phòng chống lao ở Việt Nam'), [
    [40e6, 'funding', 'exact'],
  ]);
  assert.deepEqual(
    values('Hãng dược cho biết doanh số thuốc năm qua ở châu Á đạt 300 triệu USD.'),
    [],
  );
  assert.deepEqual(values('Giải thưởng trị giá 500.000 USD được trao cho nhà khoa học.'), []);
  assert.deepEqual(
    values('Hội nghị kêu gọi các nhà tài trợ đóng góp 200 triệu USD cho chiến lược.'),
    [],
  );
});

test("the state's own budget, a yearly or world-wide sum, a salary in another currency, a per-item value are not funding", () => {
  assert.deepEqual(
    values('Mỗi năm, Nhà nước cấp khoảng 60 tỷ đồng cho chương trình phòng chống sốt rét.'),
    [],
  );
  assert.deepEqual(
    values(
      'Bệnh viện có tổng vốn 900 tỉ đồng, trong đó vốn Trung ương 700 tỉ đồng và ngân sách tỉnh 200 tỉ đồng.',
    ),
    [[900e9, 'funding', 'exact']],
  );
  assert.deepEqual(values('Tổ chức này có ngân sách 3 tỷ USD hàng năm.'), []);
  assert.deepEqual(
    values('Điều dưỡng được nhận 150.000 yên một tháng, tương đương 30 triệu đồng.'),
    [],
  );
  assert.deepEqual(values('Mỗi phần quà gồm chăn ấm và bánh kẹo trị giá 500.000 đồng.'), []);
  assert.deepEqual(values('Tuy nhiên chi phí khá cao, khoảng 90 triệu đồng 1 ca.'), []);
});

test('a rate is said to move in its own clause; a name, a purpose, a plan or a study is not a result', () => {
  assert.deepEqual(values('Bác sĩ Tăng Văn Hùng cho biết khoảng 50% trẻ đẻ non bị vàng da.'), []);
  assert.deepEqual(
    values('Khoản vay nhằm giúp tỉnh giảm tỷ lệ suy dinh dưỡng xuống dưới 15%.'),
    [],
  );
  assert.deepEqual(values('Kết quả cho thấy nhóm dùng thuốc giảm được 20% số cơn đau.'), []);
  assert.deepEqual(values('70% bệnh nhân không nhớ lời dặn khi ra khỏi phòng khám.'), []);
  assert.deepEqual(values('Tỷ lệ thành công của kỹ thuật đạt 92%.'), [[92, 'rate', 'exact']]);
});

test('people counted are reached when the care is said of them, not when they were hurt, wait or are studied', () => {
  assert.deepEqual(
    values('Vụ tai nạn làm 5 người bị thương, hiện đang điều trị tại bệnh viện tỉnh.'),
    [],
  );
  assert.deepEqual(values('Đã có 20 bệnh nhân đến đăng ký phẫu thuật trong đợt này.'), []);
  assert.deepEqual(values('Tổng số ca nhập viện theo dõi điều trị đến nay là 47 ca.'), []);
  assert.deepEqual(
    values('Các nhà khoa học đã theo dõi 3.000 người trong một nghiên cứu kéo dài.'),
    [],
  );
  assert.deepEqual(
    values('Ca ghép kéo dài 10 giờ, với sự tham gia của 90 người, được truyền hình trực tiếp.'),
    [],
  );
  assert.deepEqual(values('Đoàn đã khám, phát thuốc cho 600 người dân ba xã biên giới.'), [
    [600, 'people-reached', 'exact'],
  ]);
  assert.deepEqual(values('Năm nay Quỹ giúp điều trị viêm gan 300 người nghèo.'), [
    [300, 'people-reached', 'exact'],
  ]);
});

test('patients who will be or were cared for are counted whatever their disease; those who need care are not', () => {
  assert.deepEqual(
    values('Trong năm tới, 80 bệnh nhân mắc lao kháng thuốc sẽ được điều trị miễn phí.'),
    [[80, 'patients', 'exact']],
  );
  assert.deepEqual(values('Từ nay đến cuối năm, 500 bệnh nhân nghèo sẽ được mổ mắt.'), [
    [500, 'patients', 'exact'],
  ]);
  assert.deepEqual(values('Tỉnh còn 70 bệnh nhân mắc bệnh tim cần được phẫu thuật.'), []);
});

test('students are staff trained only beside a word of teaching, and patients when care is given to them', () => {
  assert.deepEqual(values('Hơn 120 học viên đã hiến máu cho ca mổ.'), []);
  assert.deepEqual(values('Khóa học lần này có 30 học viên là bác sĩ tuyến huyện.'), [
    [30, 'staff-trained', 'exact'],
  ]);
  assert.deepEqual(values('Trung tâm phối hợp điều trị cho 40 học viên đang cai nghiện.'), [
    [40, 'people-reached', 'exact'],
  ]);
});

test('officers sent abroad are experts sent; goods in doses are counted when given', () => {
  assert.deepEqual(values('Việt Nam đã gửi 15 lượt sĩ quan tới phái bộ gìn giữ hòa bình.'), [
    [15, 'experts-sent', 'exact'],
  ]);
  assert.deepEqual(values('Viện đã hỗ trợ tỉnh 20.000 liều vacxin sởi.'), [
    [20000, 'other', 'exact'],
  ]);
});

test('workers, women, households and children named as such are reached when care is given to them', () => {
  assert.deepEqual(values('Đoàn bác sĩ đã khám bệnh miễn phí cho 450 công nhân khu công nghiệp.'), [
    [450, 'people-reached', 'exact'],
  ]);
  assert.deepEqual(values('Chương trình tặng quà cho 60 hộ nghèo trong xã.'), [
    [60, 'people-reached', 'exact'],
  ]);
  assert.deepEqual(values('Các bác sĩ Hàn Quốc đã mổ cho 18 cháu bị dị tật tim.'), [
    [18, 'patients', 'exact'],
  ]);
  assert.deepEqual(values('Xã có 300 hộ dân sống ven biển.'), []);
});

test('staff a team is made of are experts sent', () => {
  assert.deepEqual(
    values('Sáng qua, một ê kíp gồm hơn 40 giáo sư, bác sĩ hai nước đã tiến hành ca ghép.'),
    [[40, 'experts-sent', 'more-than']],
  );
  assert.deepEqual(values('Đoàn công tác gồm 12 y, bác sĩ của Bệnh viện Trung ương.'), [
    [12, 'experts-sent', 'exact'],
  ]);
  assert.deepEqual(values('Bệnh viện tỉnh hiện có 300 bác sĩ.'), []);
});

test('people aimed at are a target; people a visit is planned for are a commitment', () => {
  assert.deepEqual(values('Mục tiêu của chương trình là khám sàng lọc cho 5.000 người dân.'), []);
  assert.deepEqual(values('Dự kiến đoàn sẽ khám miễn phí cho khoảng 300 người dân.'), [
    [300, 'people-reached', 'about'],
  ]);
});

test('no phrase sits in two word lists of opposite meaning', () => {
  const clashes: Array<[string, readonly string[], string, readonly string[]]> = [
    ['DONOR_VERBS', units.DONOR_VERBS, 'NOT_FUNDING_CUES', units.NOT_FUNDING_CUES],
    ['DONOR_VERBS', units.DONOR_VERBS, 'COST_CUES', units.COST_CUES],
    ['PROJECT_MONEY_CUES', units.PROJECT_MONEY_CUES, 'NOT_FUNDING_CUES', units.NOT_FUNDING_CUES],
    ['CARE_VERBS', units.CARE_VERBS, 'DISEASE_CUES', units.DISEASE_CUES],
    ['RATE_RESULT_CUES', units.RATE_RESULT_CUES, 'TARGET_CUES', units.TARGET_CUES],
    ['RATE_RESULT_CUES', units.RATE_RESULT_CUES, 'RATE_PLAN_CUES', units.RATE_PLAN_CUES],
    ['SENT_VERBS', units.SENT_VERBS, 'TRAINED_VERBS', units.TRAINED_VERBS],
  ];
  for (const [aName, a, bName, b] of clashes) {
    const both = a.filter((w) => b.includes(w));
    assert.deepEqual(both, [], `${aName} and ${bName} share ${both.join(', ')}`);
  }
});

test('a trial run of a service is not a study: its cases are results', () => {
  assert.deepEqual(
    values('Trong buổi thử nghiệm đầu tiên, hai bệnh viện đã hội chẩn 3 ca qua mạng.'),
    [[3, 'consultations', 'exact']],
  );
  assert.deepEqual(values('Thử nghiệm lâm sàng đã tiêm cho 30 người tình nguyện.'), []);
});

test("a number's own comma is no clause break: a revenue a study found stays a revenue", () => {
  assert.deepEqual(
    values(
      'Một khảo sát cho thấy doanh thu của các quán tăng từ 2,4 tỷ lên 3,1 tỷ đồng, kể cả quán dành riêng chỗ cho khách.',
    ),
    [],
  );
  assert.deepEqual(
    values('Tỷ lệ tái phát giảm từ 12,5% xuống còn 4,2% sau khi nhận chuyển giao.'),
    [
      [12.5, 'rate', 'exact'],
      [4.2, 'rate', 'exact'],
    ],
  );
});

test('what usually happens is not what happened this time', () => {
  assert.deepEqual(
    values('Thông thường, mỗi chuyến đi đoàn mang theo 4 chiếc máy siêu âm để tặng.'),
    [],
  );
  assert.deepEqual(values('Lần này, đoàn đã tặng bệnh viện 4 chiếc máy siêu âm.'), [
    [4, 'other', 'exact'],
  ]);
});

test('associate professors, nurses and dentists are staff; pills given are goods; volunteers who go to serve are sent', () => {
  assert.deepEqual(values('Ông sang Việt Nam cùng 3 phó giáo sư người Đức để hướng dẫn ca mổ.'), [
    [3, 'experts-sent', 'exact'],
  ]);
  assert.deepEqual(values('Bệnh viện tỉnh cử 8 y tá xuống các trạm y tế xã.'), [
    [8, 'experts-sent', 'exact'],
  ]);
  assert.deepEqual(values('Công ty dược đã tặng 10.000 viên thuốc hạ sốt cho trạm y tế.'), [
    [10000, 'other', 'exact'],
  ]);
  assert.deepEqual(
    values('Sau hai năm, đã có 120 bác sĩ trẻ tình nguyện về làm việc tại các huyện miền núi.'),
    [[120, 'experts-sent', 'exact']],
  );
});

test('a usual practice opening a clause is not a result, but a common disease is still cared for', () => {
  assert.deepEqual(
    values('Bệnh viện tiếp nhận 6 giác mạc, thông thường họ chỉ gửi 2 giác mạc mỗi chuyến.'),
    [[6, 'other', 'exact']],
  );
  assert.deepEqual(values('Đoàn đã khám các bệnh thông thường cho 350 người dân trong xã.'), [
    [350, 'people-reached', 'exact'],
  ]);
  assert.deepEqual(values('Đợt này có 80 thanh thiếu niên được phẫu thuật miễn phí.'), [
    [80, 'people-reached', 'exact'],
  ]);
});
