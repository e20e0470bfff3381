// Message templates, number formats and the bilingual glossary shared by the teachers' page and the
// reports. Browser-safe: no node: imports.
export { format, msg, num, percent, points, localeOf, LOCALES, type Locale, type Template, type Values } from './format.js';
export { GLOSSARY, TERM, type Term } from './glossary.js';
export { MEASURE_TEXT, MESSAGES, MORE_MEASURE_TEXT, type MeasureText, type MessageKey } from './messages.js';
export { compareSentence, measureValue, periodName, type PairedResult } from './sentences.js';
export { REPORT_MESSAGES, type ReportMessageKey } from './report-messages.js';
export { PARAMETER_TEXT, UNIT_TEXT } from './parameter-text.js';
