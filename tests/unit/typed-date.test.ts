import { describe, expect, it } from 'vitest';
import { localToday, readTypedDay, spellDay } from '../../src/lib/typed-date.ts';

describe('a date typed by hand', () => {
  it.each([
    ['2026-12-15', 'month-first', '2026-12-15'],
    ['2026/12/15', 'day-first', '2026-12-15'],
    ['2026-1-5', 'month-first', '2026-01-05'],
    ['2026-11-23 14:30', 'month-first', '2026-11-23'],
    // The US way in English, day first in Spanish: the same keys, the day each person meant.
    ['12/15/2026', 'month-first', '2026-12-15'],
    ['15/12/2026', 'day-first', '2026-12-15'],
    ['12/11/2026', 'month-first', '2026-12-11'],
    ['12/11/2026', 'day-first', '2026-11-12'],
    ['1.5.2026', 'day-first', '2026-05-01'],
    ['12-15-2026', 'month-first', '2026-12-15'],
    // Month names, either language, either order.
    ['Dec 15, 2026', 'day-first', '2026-12-15'],
    ['December 15th 2026', 'month-first', '2026-12-15'],
    ['15 December 2026', 'month-first', '2026-12-15'],
    ['15 de diciembre de 2026', 'day-first', '2026-12-15'],
    ['1 de septiembre del 2026', 'day-first', '2026-09-01'],
    ['  15 DIC. 2026 ', 'day-first', '2026-12-15'],
    ['29 feb 2028', 'day-first', '2028-02-29'],
  ] as const)('%s read %s is %s', (typed, order, day) => {
    expect(readTypedDay(typed, order)).toEqual({ day });
  });

  it.each([
    // Without the century it could be 1926 or 2026: asked, never guessed.
    ['12/15/26', 'year-in-full'],
    ['Dec 15', 'year-in-full'],
    // A day that does not exist is refused, not moved to the next month.
    ['2/30/2026', 'no-such-day'],
    ['29 feb 2026', 'no-such-day'],
    ['13/13/2026', 'no-such-day'],
    ['15/12/2026', 'no-such-day'],
    ['0002-12-15', 'year-out-of-range'],
    ['12/15/1906', 'year-out-of-range'],
    ['next tuesday', 'unreadable'],
    ['2026', 'unreadable'],
  ] as const)('refuses %s (%s)', (typed, problem) => {
    expect(readTypedDay(typed, 'month-first')).toEqual({ problem });
  });

  it('an empty field is empty, not a problem', () => {
    expect(readTypedDay('   ', 'day-first')).toEqual({ empty: true });
  });
});

describe('a stored day said in words', () => {
  it.each([
    ['2026-12-15', 'en', 'Tuesday, December 15, 2026'],
    ['2026-12-15', 'es', 'martes, 15 de diciembre de 2026'],
    ['2028-02-29', 'en', 'Tuesday, February 29, 2028'],
    ['2026-11-01', 'es', 'domingo, 1 de noviembre de 2026'],
  ] as const)('%s in %s is %s', (day, lang, words) => {
    expect(spellDay(day, lang)).toBe(words);
  });
});

describe("today, on the person's own calendar", () => {
  it('is the day where the person is, not in UTC (9 p.m. on 5 January is still the 5th)', () => {
    expect(localToday(new Date(2026, 0, 5, 21, 30))).toBe('2026-01-05');
    expect(localToday(new Date(2026, 11, 31, 0, 5))).toBe('2026-12-31');
  });
});
