// String checks of the JSON Schema that zod does not do the same way. They mirror what
// ajv + ajv-formats (full mode) accept, so the app refuses exactly what the schema refuses.

const DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;
const DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const TIME = /^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)?$/i;
const QUARTER = /^[0-9]{4}-Q[1-4]$/u;
const YEAR = /^[0-9]{4}$/u;

function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

/** RFC 3339 full-date, `YYYY-MM-DD`, a day that exists (JSON Schema format `date`). */
export function isDate(s: string): boolean {
  const m = DATE.exec(s);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const last = month === 2 && isLeapYear(year) ? 29 : (DAYS[month] ?? 0);
  return month >= 1 && month <= 12 && day >= 1 && day <= last;
}

/** RFC 3339 full-time with a time zone (`Z` or an offset); a leap second only at 23:59 UTC. */
function isTime(s: string): boolean {
  const m = TIME.exec(s);
  if (!m || !m[4]) return false;
  const hr = Number(m[1]);
  const min = Number(m[2]);
  const sec = Number(m[3]);
  const sign = m[5] === '-' ? -1 : 1;
  const tzH = Number(m[6] ?? 0);
  const tzM = Number(m[7] ?? 0);
  if (tzH > 23 || tzM > 59) return false;
  if (hr <= 23 && min <= 59 && sec < 60) return true;
  const utcMin = min - tzM * sign;
  const utcHr = hr - tzH * sign - (utcMin < 0 ? 1 : 0);
  return (utcHr === 23 || utcHr === -1) && (utcMin === 59 || utcMin === -1) && sec < 61;
}

/** RFC 3339 date-time (JSON Schema format `date-time`), e.g. `2025-01-10T09:00:00.000Z`. */
export function isDateTime(s: string): boolean {
  const parts = s.split(/t|\s/i);
  return parts.length === 2 && isDate(parts[0] ?? '') && isTime(parts[1] ?? '');
}

/** A planned quarter, `YYYY-Qn`. */
export function isQuarter(s: string): boolean {
  return QUARTER.test(s);
}

/** A measured value's moment: a year (`YYYY`) or a day that exists (`YYYY-MM-DD`). */
export function isYearOrDate(s: string): boolean {
  return YEAR.test(s) || isDate(s);
}

/**
 * Whether `s` has at most `max` characters as JSON Schema counts them: Unicode code points,
 * so an emoji (two UTF-16 units) counts as one.
 */
export function fitsLength(s: string, max: number): boolean {
  if (s.length <= max) return true;
  if (s.length > 2 * max) return false;
  let count = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // A high surrogate followed by a low one is one code point.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const next = s.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    if (++count > max) return false;
  }
  return true;
}
