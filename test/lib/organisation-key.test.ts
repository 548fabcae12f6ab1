import { test } from 'node:test';
import assert from 'node:assert/strict';
import { organisationKey } from '../../src/lib/organisation-key.ts';

const same = (a: string, b: string) =>
  assert.equal(organisationKey(a), organisationKey(b), `"${a}" and "${b}" are one institution`);
const apart = (a: string, b: string) =>
  assert.notEqual(organisationKey(a), organisationKey(b), `"${a}" and "${b}" are two`);

test('"Hữu nghị" before two countries is optional in a hospital\'s name; a friendship hospital of no two countries stays itself', () => {
  same('Bệnh viện Hữu nghị Việt Đức', 'Bệnh viện Việt Đức');
  same('Bệnh viện Hữu nghị Việt Đức', 'BV Việt - Đức');
  same('Bệnh viện Hữu nghị Việt Tiệp', 'Bệnh viện Việt Tiệp');
  same('Bệnh viện Hữu nghị Việt Nam - Cu Ba Đồng Hới', 'Bệnh viện Việt Nam - Cuba Đồng Hới');
  same('BVHN Việt Tiệp', 'Bệnh viện Việt Tiệp');
  apart('Bệnh viện Hữu nghị', 'Bệnh viện Việt Đức');
  apart('Bệnh viện Hữu nghị Đa khoa Nghệ An', 'Bệnh viện Đa khoa Nghệ An');
  // The order of the two countries tells two hospitals apart.
  apart('Bệnh viện Việt Pháp', 'Bệnh viện Pháp Việt');
});

test('a military hospital is one by its number, with or without "Quân y", "Quân đội", or as "Viện"', () => {
  same('Bệnh viện Quân y 175', 'Bệnh viện 175');
  same('Bệnh viện Quân y 175', 'Viện Quân y 175');
  same('Bệnh viện Quân y 175', 'Viện 175');
  same('Bệnh viện Trung ương Quân đội 108', 'Viện 108');
  apart('Bệnh viện Quân y 175', 'Bệnh viện Quân y 7');
  apart('Học viện Quân y', 'Viện Quân y 103');
  // "Quận" is not "Quân": a district hospital keeps its district.
  apart('Bệnh viện Quận 8', 'Bệnh viện 8');
});

test('"tỉnh" before a province, and a district\'s or a town\'s type, are optional; a city named like its province is another place', () => {
  same('Sở Y tế tỉnh Điện Biên', 'Sở Y tế Điện Biên');
  same('Trung tâm Y tế huyện Mường Nhé', 'Trung tâm Y tế Mường Nhé');
  same('Bảo hiểm xã hội thành phố Hải Phòng', 'Bảo hiểm xã hội Hải Phòng');
  same('Bệnh viện Đa khoa thị xã Sơn Tây', 'Bệnh viện Đa khoa Sơn Tây');
  apart('Bệnh viện Đa khoa thành phố Thái Bình', 'Bệnh viện Đa khoa tỉnh Thái Bình');
  apart('Bệnh viện Quận 8', 'Bệnh viện Quận 11');
  // "TP HCM" is how the key writes that city; a bare "Hồ Chí Minh" is as often the man.
  same('Sở Y tế thành phố Hồ Chí Minh', 'Sở Y tế TP.HCM');
  apart('Học viện Chính trị Hồ Chí Minh', 'Học viện Chính trị TP HCM');
});

test('spellings of one word in names: TƯ, roman numbers, "và", Hoa Kỳ, cổ phần, "Trường" before "Đại học"', () => {
  same('Bệnh viện Phổi TƯ', 'Bệnh viện Phổi Trung ương');
  apart('Bệnh viện Từ Dũ', 'Bệnh viện Trung ương Dũ');
  same('Bệnh viện Nhi đồng II', 'Bệnh viện Nhi đồng 2');
  same('Bệnh viện Nhi đồng I', 'Bệnh viện Nhi Đồng 1');
  same('Bộ Tài nguyên - Môi trường', 'Bộ Tài nguyên và Môi trường');
  same('Bộ Văn hoá Thể thao và Du lịch', 'Bộ Văn hoá, Thể thao và Du lịch');
  same('Lục quân Hoa Kỳ', 'Lục quân Mỹ');
  same('Công ty Cổ phần Dược Hậu Giang', 'Công ty CP Dược Hậu Giang');
  same('Trường Đại học Y Dược Cần Thơ', 'Đại học Y Dược Cần Thơ');
  apart('Bệnh viện Đại học Y Dược Cần Thơ', 'Đại học Y Dược Cần Thơ');
  same('Bệnh viện Bệnh Nhiệt đới Khánh Hoà', 'Bệnh viện Nhiệt đới Khánh Hòa');
});

test('a kind word alone ("Tổ chức", "Cơ quan") names no body; a Vietnamese national body may add "Việt Nam", a foreign one keeps its country', () => {
  same('Cơ quan Hợp tác Quốc tế Hàn Quốc', 'Tổ chức Hợp tác Quốc tế Hàn Quốc');
  same('Tổ chức KOICA', 'KOICA');
  same('Cục Quản lý môi trường y tế Việt Nam', 'Cục Quản lý môi trường y tế');
  same('Bộ Y tế Việt Nam', 'Bộ Y tế');
  apart('Bộ Y tế Lào', 'Bộ Y tế');
  apart('Hội Chữ thập đỏ Việt Nam', 'Hội Chữ thập đỏ');
});

test('"Y khoa" and "Y" are one field in a university\'s name; other medical fields are not', () => {
  same('Đại học Y khoa Lyon', 'Đại học Y Lyon');
  same('Trường Đại học Y khoa Lyon', 'ĐH Y Lyon');
  same('ĐH Y khoa', 'Trường Đại học Y');
  apart('Đại học Y dược Lyon', 'Đại học Y Lyon');
  apart('Đại học Y tế công cộng', 'Đại học Y');
  // Only a university's field: a faculty or a hospital keeps its words.
  apart('Bệnh viện Y khoa Lyon', 'Bệnh viện Y Lyon');
});
