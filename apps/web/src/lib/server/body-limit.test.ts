import { describe, expect, it } from 'vitest';
import { formLimitOf, formTooLarge, INSTRUMENT_FORM_LIMIT, PAGE_FORM_LIMIT } from './body-limit';

describe('the page form limits', () => {
  it('bounds the instrument page at a 1 MB file carried as base64, every other form at 32 kB', () => {
    expect(formLimitOf('/enkatversioner')).toBe(INSTRUMENT_FORM_LIMIT);
    expect(INSTRUMENT_FORM_LIMIT).toBeGreaterThan((1_000_000 * 4) / 3);
    expect(formLimitOf('/s/abc')).toBe(PAGE_FORM_LIMIT);
    expect(formLimitOf('/enkatversioner/x')).toBe(PAGE_FORM_LIMIT);
    expect(formLimitOf('/matningar/2/import')).toBeNull();
  });

  it('names the limit of the page that was refused', async () => {
    expect(await formTooLarge(INSTRUMENT_FORM_LIMIT).text()).toContain(
      'instrumentfil är högst 1 MB',
    );
    const survey = formTooLarge(PAGE_FORM_LIMIT);
    expect(survey.status).toBe(413);
    expect(await survey.text()).toContain('En enkät skickar bara några kilobyte');
  });
});
