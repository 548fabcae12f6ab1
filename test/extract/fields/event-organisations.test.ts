import { test } from 'node:test';
import assert from 'node:assert/strict';
import { processArticle } from '../../../src/extract/pipeline/article.ts';

const organisationsOf = (text: string) => {
  const result = processArticle('hop-tac.md', new TextEncoder().encode(text));
  assert.ok(result.event, 'the article reports cooperation');
  return result.event.event.organisations.map((o) => o.name);
};

const BODY = `Ngày 8/3, tại Điện Biên, Bệnh viện Hoàn Hảo (HHH) và Sở Y tế tỉnh Điện Biên đã ký kết biên bản ghi nhớ hợp tác về chuyển giao kỹ thuật và đào tạo nhân lực y tế.

Theo thỏa thuận, trong ba năm tới BV HHH sẽ cử 20 bác sĩ lên hỗ trợ Bệnh viện Đa khoa tỉnh Điện Biên, chuyển giao 10 kỹ thuật mới về tim mạch và hồi sức cấp cứu.

Các bác sĩ của Bệnh viện HHH sẽ trực tiếp đào tạo tại chỗ cho 50 nhân viên y tế của tỉnh.
`;

test('an abbreviation the article brackets after a name is that institution: the event lists it once, under its name with the abbreviation', () => {
  const names = organisationsOf(`---
title: Bệnh viện Hoàn Hảo ký kết hợp tác chuyển giao kỹ thuật với tỉnh Điện Biên
publishedAt: 2024-03-10
---
${BODY}`);
  assert.deepEqual(
    names.filter((n) => /HHH|Hoàn Hảo/.test(n)),
    ['Bệnh viện Hoàn Hảo (HHH)'],
  );
});

test('when the abbreviation comes first, the event still lists the institution under its full name', () => {
  const names = organisationsOf(`---
title: BV HHH ký kết hợp tác chuyển giao kỹ thuật với tỉnh Điện Biên
publishedAt: 2024-03-10
---
${BODY}`);
  assert.deepEqual(
    names.filter((n) => /HHH|Hoàn Hảo/.test(n)),
    ['Bệnh viện Hoàn Hảo (HHH)'],
  );
});

test('a hospital written short in the headline and whole in the text is listed once, whole; a city written two ways is no fuller name', () => {
  const names = organisationsOf(`---
title: Bệnh viện Việt Đức nhận chuyển giao kỹ thuật cho Sở Y tế TP. HCM
publishedAt: 2024-05-02
---
Ngày 30/4, Bệnh viện Hữu nghị Việt Đức và Sở Y tế thành phố Hồ Chí Minh đã ký kết thỏa thuận hợp tác chuyển giao kỹ thuật ghép gan cho các bệnh viện của thành phố.

Theo thỏa thuận, Bệnh viện Việt Đức sẽ đào tạo 30 bác sĩ trong hai năm.
`);
  assert.deepEqual(
    names.filter((n) => /Việt Đức/.test(n)),
    ['Bệnh viện Hữu nghị Việt Đức'],
  );
  assert.deepEqual(
    names.filter((n) => /Sở Y tế/.test(n)),
    ['Sở Y tế TP. HCM'],
  );
});

test('a known body written only by its abbreviation is named so; written out, by its full name', () => {
  const body = `Ngày 8/3, tại Điện Biên, UNICEF và Sở Y tế tỉnh Điện Biên đã ký kết biên bản ghi nhớ hợp tác về chuyển giao kỹ thuật và đào tạo nhân lực y tế.

Theo thỏa thuận, trong ba năm tới UNICEF sẽ hỗ trợ Bệnh viện Đa khoa tỉnh Điện Biên đào tạo 50 nhân viên y tế của tỉnh.
`;
  const header = `---
title: Điện Biên ký kết hợp tác đào tạo nhân lực y tế
publishedAt: 2024-03-10
---
`;
  assert.deepEqual(
    organisationsOf(header + body).filter((n) => /UNICEF|Nhi đồng/.test(n)),
    ['UNICEF'],
  );
  const writtenOut = body.replace('UNICEF và', 'Quỹ Nhi đồng Liên Hợp Quốc (UNICEF) và');
  assert.deepEqual(
    organisationsOf(header + writtenOut).filter((n) => /UNICEF|Nhi đồng/.test(n)),
    ['Quỹ Nhi đồng Liên Hợp Quốc (UNICEF)'],
  );
});

test('a name followed by a country is another body, not a fuller name of the first', () => {
  const names = organisationsOf(`---
title: Bộ Y tế ký kết hợp tác đào tạo nhân lực y tế với Nhật Bản
publishedAt: 2024-03-10
---
Ngày 8/3, tại Hà Nội, Bộ Y tế và Bộ Y tế Nhật Bản đã ký kết biên bản ghi nhớ hợp tác về đào tạo nhân lực y tế.

Theo thỏa thuận, trong ba năm tới Bộ Y tế Nhật Bản sẽ hỗ trợ đào tạo 50 điều dưỡng viên cho Bệnh viện Bạch Mai.
`);
  assert.deepEqual(
    names.filter((n) => n.startsWith('Bộ Y tế')),
    ['Bộ Y tế', 'Bộ Y tế Nhật Bản'],
  );
});

test('a bare "Sở Y tế" is the one the article wrote out with its province, not the body of the main province', () => {
  const names = organisationsOf(`---
title: Long An nhận chuyển giao kỹ thuật từ Sở Y tế TP HCM
publishedAt: 2024-06-12
---
Ngày 10/6, tại tỉnh Long An, Bệnh viện Đa khoa tỉnh Long An và đoàn công tác của Sở Y tế TP HCM đã ký kết thỏa thuận hợp tác về chuyển giao kỹ thuật và đào tạo nhân lực.

Theo thỏa thuận, Sở Y tế sẽ cử 15 bác sĩ xuống hỗ trợ bệnh viện tỉnh Long An trong hai năm.
`);
  assert.deepEqual(
    names.filter((n) => /Sở Y tế/.test(n)),
    ['Sở Y tế TP HCM'],
  );
});

test('a bare "Sở Y tế" in an article that writes none out in full is the main province\'s', () => {
  const names = organisationsOf(`---
title: Bệnh viện Bạch Mai hỗ trợ tỉnh Lào Cai
publishedAt: 2024-06-12
---
Ngày 10/6, tại Lào Cai, Bệnh viện Bạch Mai và Sở Y tế đã ký kết thỏa thuận hợp tác về chuyển giao kỹ thuật và đào tạo nhân lực y tế cho tỉnh Lào Cai.

Theo thỏa thuận, Bệnh viện Bạch Mai sẽ cử 15 bác sĩ lên hỗ trợ các bệnh viện của tỉnh Lào Cai trong hai năm.
`);
  assert.deepEqual(
    names.filter((n) => /Sở Y tế/.test(n)),
    ['Sở Y tế tỉnh Lào Cai'],
  );
});
