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
