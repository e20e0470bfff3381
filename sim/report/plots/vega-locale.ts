import type { Locale } from '../locale.js';

/**
 * Vega's number and date formats for a report's language (config.locale): month names on the date
 * axes ("3月", "四月") instead of "Mar", "April". None for English: vega's own default, so English
 * figures stay as they were.
 */
export function vegaLocale(locale: Locale): { number: unknown; time: unknown } | null {
  if (locale === 'en') return null;
  return {
    number: { decimal: '.', thousands: ',', grouping: [3], currency: ['¥', ''] },
    time: {
      dateTime: '%x %A %X',
      date: '%Y年%-m月%-d日',
      time: '%H:%M:%S',
      periods: ['上午', '下午'],
      days: ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'],
      shortDays: ['周日', '周一', '周二', '周三', '周四', '周五', '周六'],
      months: ['一月', '二月', '三月', '四月', '五月', '六月', '七月', '八月', '九月', '十月', '十一月', '十二月'],
      shortMonths: ['1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月'],
    },
  };
}
