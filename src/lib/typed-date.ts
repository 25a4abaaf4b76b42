/**
 * A calendar day as people type it into the editor: `2026-12-15`, `12/15/2026` (US order in
 * English), `15/12/2026` (day first in Spanish), `Dec 15, 2026`, `15 de diciembre de 2026`. The
 * answer is the day meant, as `YYYY-MM-DD`, or a message that says what to type; never another
 * day. Pure: the editor's date field and the unit tests call it.
 */

export type DayOrder = 'month-first' | 'day-first';

export type TypedDay = { day: string } | { empty: true } | { problem: DateProblem };

/** Why a typed date was refused; the editor words each in its own language. */
export type DateProblem = 'unreadable' | 'year-in-full' | 'no-such-day' | 'year-out-of-range';

const MONTHS: Record<string, number> = {};
const monthNames = [
  ['january', 'jan', 'enero', 'ene'],
  ['february', 'feb', 'febrero'],
  ['march', 'mar', 'marzo'],
  ['april', 'apr', 'abril', 'abr'],
  ['may', 'mayo', 'may'],
  ['june', 'jun', 'junio'],
  ['july', 'jul', 'julio'],
  ['august', 'aug', 'agosto', 'ago'],
  ['september', 'sep', 'sept', 'septiembre', 'setiembre', 'set'],
  ['october', 'oct', 'octubre'],
  ['november', 'nov', 'noviembre'],
  ['december', 'dec', 'diciembre', 'dic'],
];
monthNames.forEach((names, index) => names.forEach((name) => (MONTHS[name] = index + 1)));

const pad = (value: number) => String(value).padStart(2, '0');

/** Today where the person is, as the date fields store it (in Miami at 9 p.m. it is already tomorrow in UTC). */
export const localToday = (now = new Date()) => `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;

function dayOf(year: number, month: number, day: number): TypedDay {
  // Articles of this site are dated this century; 1906 is a typing slip, not a date to store.
  if (year < 2000 || year > 2100) return { problem: 'year-out-of-range' };
  const date = new Date(Date.UTC(year, month - 1, day));
  if (month < 1 || month > 12 || day < 1 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return { problem: 'no-such-day' };
  return { day: `${year}-${pad(month)}-${pad(day)}` };
}

/** Reads what was typed; `order` says how to read two numbers before the year (12/11/2026). */
export function readTypedDay(typed: string, order: DayOrder): TypedDay {
  const text = typed
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\b(de|del)\b/g, ' ')
    .replace(/(\d)(st|nd|rd|th)\b/g, '$1')
    .replace(/[,]/g, ' ')
    .trim();
  if (text === '') return { empty: true };

  // Year first: 2026-12-15, 2026/12/15, 2026.12.15 (and a time after it, as imports write).
  let match = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ t]\d{1,2}:\d{2}.*)?$/.exec(text);
  if (match) return dayOf(Number(match[1]), Number(match[2]), Number(match[3]));

  // Two numbers, then the year: 12/15/2026, 15.12.2026, 15-12-2026.
  match = /^(\d{1,2})[-/. ]+(\d{1,2})[-/. ]+(\d+)$/.exec(text);
  if (match) {
    if (match[3]!.length !== 4) return { problem: 'year-in-full' };
    const [first, second, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
    return order === 'month-first' ? dayOf(year, first, second) : dayOf(year, second, first);
  }

  // A month's name in English or Spanish, with the day before or after it: Dec 15 2026, 15 de diciembre de 2026.
  const words = text.split(/[\s./-]+/).filter(Boolean);
  const monthAt = words.findIndex((word) => word.replace(/\.$/, '') in MONTHS);
  if (monthAt >= 0) {
    const numbers = words.filter((_, index) => index !== monthAt);
    if (numbers.length === 1 && /^\d{1,2}$/.test(numbers[0]!)) return { problem: 'year-in-full' };
    if (numbers.length !== 2 || !numbers.every((word) => /^\d+$/.test(word))) return { problem: 'unreadable' };
    const yearWord = numbers.find((word) => word.length > 2);
    if (!yearWord) return { problem: 'year-in-full' };
    if (yearWord.length !== 4) return { problem: 'unreadable' };
    const dayWord = numbers.find((word) => word !== yearWord) ?? yearWord;
    return dayOf(Number(yearWord), MONTHS[words[monthAt]!.replace(/\.$/, '')]!, Number(dayWord));
  }
  return { problem: 'unreadable' };
}

const SPELLED = {
  en: {
    weekdays: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
    months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    say: (weekday: string, day: number, month: string, year: number) => `${weekday}, ${month} ${day}, ${year}`,
  },
  es: {
    weekdays: ['domingo', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado'],
    months: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
    say: (weekday: string, day: number, month: string, year: number) => `${weekday}, ${day} de ${month} de ${year}`,
  },
};

/**
 * A stored day (`2026-12-15`) in words, so the person sees which day the field holds: "Tuesday,
 * December 15, 2026" or "martes, 15 de diciembre de 2026". Written out here rather than with
 * Intl, whose Spanish is missing from some browser builds.
 */
export function spellDay(day: string, lang: 'en' | 'es'): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const words = SPELLED[lang];
  const weekday = words.weekdays[new Date(Date.UTC(year, month - 1, date)).getUTCDay()]!;
  return words.say(weekday, date, words.months[month - 1]!, year);
}
