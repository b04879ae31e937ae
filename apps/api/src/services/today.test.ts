import { describe, expect, it } from 'vitest';
import { dayIn } from './today';

describe('dayIn', () => {
  it('gives the calendar day in the time zone asked, each zone its own', () => {
    const lateEvening = new Date('2021-03-14T23:30:00Z');
    expect(dayIn(lateEvening, 'Europe/Stockholm')).toBe('2021-03-15');
    expect(dayIn(lateEvening, 'UTC')).toBe('2021-03-14');
    expect(dayIn(lateEvening, 'America/New_York')).toBe('2021-03-14');
    // Asked again, after other zones: the same answers.
    expect(dayIn(lateEvening, 'Europe/Stockholm')).toBe('2021-03-15');
    expect(dayIn(new Date('2021-10-31T22:59:59Z'), 'Europe/Stockholm')).toBe('2021-10-31');
    expect(dayIn(new Date('2021-10-31T23:00:00Z'), 'Europe/Stockholm')).toBe('2021-11-01');
  });
});
