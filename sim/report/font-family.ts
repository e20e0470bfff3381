/**
 * The typeface of every figure and report page, as a CSS font-family list: DejaVu Sans for Latin,
 * Greek, Cyrillic, Arabic and Hebrew, then Noto Sans S Chinese for Chinese (simplified and
 * traditional), Japanese and Korean. The PNG renderer is given exactly these fonts (fonts.ts), and
 * the vega config and the HTML page name the same list, so SVG, PNG and HTML agree; a browser
 * without them falls back to the later names.
 */
export const FONT_FAMILY = 'DejaVu Sans, Noto Sans S Chinese, Noto Sans CJK SC, Source Han Sans SC, PingFang SC, Microsoft YaHei, Verdana, Arial, sans-serif';

/** The first family: what resvg draws with when the SVG names none. */
export const PRIMARY_FAMILY = 'DejaVu Sans';
