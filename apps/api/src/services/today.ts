/**
 * @module
 * The calendar day stored with a response: the day in Sweden, not in UTC (an answer at
 * 00:30 on a Swedish night belongs to that day), and nothing finer.
 */

/** @example dayIn(new Date('2021-03-14T23:30:00Z'), 'Europe/Stockholm') // '2021-03-15' */
export function dayIn(now: Date, timeZone: string): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}
