/** The face for Latin, Greek, Cyrillic, Arabic and Hebrew (DejaVu Sans, shipped: fonts.ts). */
export const LATIN_FAMILY = 'DejaVu Sans';

/** The face for Chinese (simplified and traditional), Japanese and Korean (Noto Sans S Chinese, shipped). */
export const CJK_FAMILY = 'Noto Sans S Chinese';

/**
 * The typeface of every figure and report page, as a CSS font-family list: the two shipped faces
 * first, then common CJK and Latin system fonts. The PNG renderer is given exactly the shipped files
 * (fonts.ts); each SVG and report.html embeds subsets of the same files under these two names
 * (embed-fonts.ts), so PNG, SVG and HTML draw the same glyphs with nothing installed. The later
 * names only matter for text the embedded subsets do not hold.
 */
export const FONT_FAMILY = `${LATIN_FAMILY}, ${CJK_FAMILY}, Noto Sans CJK SC, Source Han Sans SC, PingFang SC, Microsoft YaHei, Verdana, Arial, sans-serif`;

/** The first family: what resvg draws with when the SVG names none. */
export const PRIMARY_FAMILY = LATIN_FAMILY;
