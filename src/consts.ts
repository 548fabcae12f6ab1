/** The site's constants. */
/** The site's name in link previews (og:site_name). */
export const SITE_NAME = 'hoptac';
export const SITE_TITLE = 'hoptac — Hợp tác y tế Việt Nam';
export const SITE_DESCRIPTION =
  'Kho lưu trữ các sự kiện hợp tác y tế được trích xuất từ báo chí địa phương.';
/** Where `npm run extract` writes and the collections read (relative to the project root); HOPTAC_DATA_DIR overrides it. */
export const EXTRACTED_DATA_DIR = process.env.HOPTAC_DATA_DIR || 'generated/data';
