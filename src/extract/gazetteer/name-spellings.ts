/**
 * Words an institution's name may carry or leave out and still name the same
 * body: what the organisation key (src/lib/organisation-key.ts) writes one way.
 */

/** Heads that say only what kind of body follows: "Tổ chức JICA", "Cơ quan JICA" and "JICA" are one agency. */
export const KIND_ONLY_HEADS = ['Tổ chức', 'Cơ quan'];

/**
 * Heads of national bodies: "Bộ Y tế Việt Nam" is "Bộ Y tế", "Cục Quản lý dược Việt Nam" is "Cục Quản lý
 * dược" (a foreign ministry names its country: "Bộ Y tế Nhật Bản").
 */
export const NATIONAL_HEADS = ['Bộ', 'Cục', 'Tổng cục', 'Vụ'];

/**
 * Short names of countries in friendship hospitals' names ("Hữu nghị Việt Đức", "Việt Tiệp", "Việt Nam - Cu Ba",
 * "Việt Xô"), besides the countries of the gazetteer: Tiệp (Tiệp Khắc) and Xô (Liên Xô) no longer exist.
 */
export const FORMER_COUNTRY_SHORT_NAMES = ['Tiệp', 'Tiệp Khắc', 'Xô', 'Liên Xô', 'Cu Ba'];

/** Words before a military hospital's number that it is named with or without: "Bệnh viện Quân y 103" = "Bệnh viện 103". */
export const MILITARY_HOSPITAL_WORDS = ['Quân y', 'Quân đội', 'Trung ương Quân đội'];

/**
 * Place types before a place's name that names write or leave out: "Trung tâm Y tế huyện Củ Chi" = "Trung tâm Y tế
 * Củ Chi". Not before a province's name, where a city of the same name is another place ("thành phố Thanh Hoá",
 * "tỉnh Thanh Hoá"), except "tỉnh" itself; nor before a number ("Quận 2").
 */
export const LOCAL_PLACE_TYPES = ['huyện', 'quận', 'thị xã', 'thành phố', 'tp'];

/**
 * Field words a university's name writes either way: "Đại học Y khoa Tokyo" = "Đại học Y Tokyo" (medicine is
 * "Y" or "Y khoa"; "Y dược", "Y tế công cộng" are other fields). Each spelling → the form the key uses.
 */
export const UNIVERSITY_FIELD_SPELLINGS: Readonly<Record<string, string>> = { 'Y khoa': 'Y' };

/**
 * Heads whose bodies are one in the country for their field, so that a place after the field is the body's
 * seat, not another body: "Học viện Quân y Hà Nội" is "Học viện Quân y" (where "Bệnh viện Ung bướu Hà Nội" is
 * one of many oncology hospitals).
 */
export const ONE_PER_FIELD_HEADS = ['Học viện'];

/**
 * The head a national hospital was long called by and is still called by for short: "Viện Nhi", "Viện Nhi
 * Trung ương" = "Bệnh viện Nhi Trung ương", "Viện K" = "Bệnh viện K Trung ương".
 */
export const FORMER_NATIONAL_HOSPITAL_HEAD = {
  former: 'Viện',
  now: 'Bệnh viện',
  reach: 'Trung ương',
};
