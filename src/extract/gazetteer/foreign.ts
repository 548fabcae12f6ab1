/**
 * Countries (Vietnamese names) and the foreign regions and cities news names
 * instead of them. Quảng Tây is a Chinese region, not a Vietnamese province.
 */

/** Vietnam's own names: never a country in mentions.json (NAMES.md); after a kind word, a description. */
export const HOME_COUNTRY_NAMES: readonly string[] = ['Việt Nam', 'VN'];

/** Spelling → the country's usual Vietnamese name. */
export const COUNTRY_NAMES: Record<string, string> = {
  'Trung Quốc': 'Trung Quốc',
  'Nhật Bản': 'Nhật Bản',
  'Hàn Quốc': 'Hàn Quốc',
  'Hoa Kỳ': 'Hoa Kỳ',
  Mỹ: 'Hoa Kỳ',
  Pháp: 'Pháp',
  Đức: 'Đức',
  'CHLB Đức': 'Đức',
  'Vương quốc Anh': 'Anh',
  'Vương Quốc Anh': 'Anh',
  Anh: 'Anh',
  'Anh Quốc': 'Anh',
  'Anh quốc': 'Anh',
  Australia: 'Australia',
  Úc: 'Australia',
  'Ô-xtrây-li-a': 'Australia',
  Singapore: 'Singapore',
  'Xin-ga-po': 'Singapore',
  'Thái Lan': 'Thái Lan',
  Lào: 'Lào',
  Campuchia: 'Campuchia',
  'Cam-pu-chia': 'Campuchia',
  Cuba: 'Cuba',
  'Cu Ba': 'Cuba',
  Nga: 'Nga',
  'Liên bang Nga': 'Nga',
  'Ấn Độ': 'Ấn Độ',
  Israel: 'Israel',
  'I-xra-en': 'Israel',
  Italy: 'Italia',
  Italia: 'Italia',
  Ý: 'Italia',
  Canada: 'Canada',
  'Thụy Điển': 'Thụy Điển',
  'Hà Lan': 'Hà Lan',
  Bỉ: 'Bỉ',
  'Thụy Sĩ': 'Thụy Sĩ',
  'Na Uy': 'Na Uy',
  'Đan Mạch': 'Đan Mạch',
  'Phần Lan': 'Phần Lan',
  Áo: 'Áo',
  'Ba Lan': 'Ba Lan',
  Séc: 'Séc',
  Hungary: 'Hungary',
  Malaysia: 'Malaysia',
  Indonesia: 'Indonesia',
  Philippines: 'Philippines',
  Myanmar: 'Myanmar',
  'Đài Loan': 'Đài Loan',
  'Hồng Kông': 'Hồng Kông',
  'New Zealand': 'New Zealand',
  Brazil: 'Brazil',
  'Tây Ban Nha': 'Tây Ban Nha',
  'Bồ Đào Nha': 'Bồ Đào Nha',
  Ireland: 'Ireland',
  Luxembourg: 'Luxembourg',
  'Mông Cổ': 'Mông Cổ',
  'Triều Tiên': 'Triều Tiên',
  Belarus: 'Belarus',
  Ukraine: 'Ukraine',
  Bangladesh: 'Bangladesh',
  Pakistan: 'Pakistan',
  Nepal: 'Nepal',
  'Sri Lanka': 'Sri Lanka',
  Brunei: 'Brunei',
  'Đông Timor': 'Đông Timor',
  Mozambique: 'Mozambique',
  Angola: 'Angola',
  'Nam Phi': 'Nam Phi',
  'Ai Cập': 'Ai Cập',
  'Thổ Nhĩ Kỳ': 'Thổ Nhĩ Kỳ',
  Iran: 'Iran',
  Kuwait: 'Kuwait',
  Qatar: 'Qatar',
  'Ả Rập Xê Út': 'Ả Rập Xê Út',
  UAE: 'UAE',
  Mexico: 'Mexico',
  Argentina: 'Argentina',
  Chile: 'Chile',
  Venezuela: 'Venezuela',
  'Nam Sudan': 'Nam Sudan',
  Kazakhstan: 'Kazakhstan',
};

/** Short names that are also common words or given names ("Đức", "Nga", "Anh", "Lào Cai"): stricter context. */
export const AMBIGUOUS_COUNTRY_NAMES = new Set([
  'Mỹ',
  'Pháp',
  'Đức',
  'Nga',
  'Lào',
  'Ý',
  'Úc',
  'Bỉ',
  'Áo',
  'Séc',
  'Anh',
]);

/**
 * Foreign bodies that name no country but belong to one: when one of them
 * takes part, so does its country. International bodies (WHO, UNICEF, the
 * Global Fund, ORBIS) belong to no country and are not listed.
 */
export const FOREIGN_INSTITUTIONS: Record<string, string> = {
  JICA: 'Nhật Bản', // Japan International Cooperation Agency
  KOICA: 'Hàn Quốc', // Korea International Cooperation Agency
  USAID: 'Hoa Kỳ', // US Agency for International Development
  PEPFAR: 'Hoa Kỳ', // US President's Emergency Plan for AIDS Relief
  AusAID: 'Australia', // Australia's former aid agency
  GIZ: 'Đức', // Deutsche Gesellschaft für Internationale Zusammenarbeit
  KfW: 'Đức', // German development bank
  AFD: 'Pháp', // Agence française de développement
  'Johns Hopkins': 'Hoa Kỳ', // university and hospital in Baltimore
  'Mayo Clinic': 'Hoa Kỳ', // hospital in Rochester, Minnesota
  Harvard: 'Hoa Kỳ', // university in Massachusetts
  Stanford: 'Hoa Kỳ', // university and hospital in California
};

/** Foreign regions and cities → their country. */
export const FOREIGN_PLACES: Record<string, string> = {
  'Quảng Tây': 'Trung Quốc',
  'Vân Nam': 'Trung Quốc',
  'Quảng Đông': 'Trung Quốc',
  'Bắc Kinh': 'Trung Quốc',
  'Thượng Hải': 'Trung Quốc',
  'Nam Ninh': 'Trung Quốc',
  'Côn Minh': 'Trung Quốc',
  'Hải Nam': 'Trung Quốc',
  Tokyo: 'Nhật Bản',
  Osaka: 'Nhật Bản',
  Seoul: 'Hàn Quốc',
  Busan: 'Hàn Quốc',
  'Viêng Chăn': 'Lào',
  Vientiane: 'Lào',
  'Luang Prabang': 'Lào',
  Champasak: 'Lào',
  Savannakhet: 'Lào',
  'Hủa Phăn': 'Lào',
  'Phnom Penh': 'Campuchia',
  'Phnôm Pênh': 'Campuchia',
  Bangkok: 'Thái Lan',
  Paris: 'Pháp',
  Berlin: 'Đức',
  London: 'Anh',
  Washington: 'Hoa Kỳ',
  California: 'Hoa Kỳ',
  'New York': 'Hoa Kỳ',
  Havana: 'Cuba',
  'La Habana': 'Cuba',
  Moscow: 'Nga',
  'Mát-xcơ-va': 'Nga',
  Sydney: 'Australia',
  Melbourne: 'Australia',
};

/** Oceans and regions that begin with a country's name: not the country. */
export const REGIONS_NAMED_AFTER_COUNTRIES = [
  'Ấn Độ Dương',
  'Ấn Độ - Thái Bình Dương',
  'Ấn Độ – Thái Bình Dương',
  'Ấn Độ-Thái Bình Dương',
  'Mỹ Latinh',
  'Mỹ La tinh',
  'Mỹ La-tinh',
  'Nam Mỹ',
  'Bắc Mỹ',
  'châu Mỹ',
  'Châu Mỹ',
];

/**
 * Spellings people type for a country that news rarely writes alone, besides COUNTRY_NAMES:
 * the first word of a name, the English name. Search reads them (src/site/search/); the extractor does not,
 * as Vietnamese news writes these countries by their Vietnamese names.
 */
export const COUNTRY_QUERY_ALIASES: Record<string, string[]> = {
  'Nhật Bản': ['Nhật', 'Japan'],
  'Hàn Quốc': ['Hàn', 'Korea', 'Nam Hàn'],
  'Hoa Kỳ': ['USA', 'Mỹ quốc', 'United States'],
  'Trung Quốc': ['China'],
  Pháp: ['France'],
  Đức: ['Germany'],
  Anh: ['UK', 'United Kingdom'],
  'Thái Lan': ['Thailand'],
  'Ấn Độ': ['India'],
  Nga: ['Russia'],
};
