import { describe, expect, it } from 'vitest';
import { csvRecords, FileFailure } from './file-records';

async function all(text: string | Uint8Array) {
  const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text;
  const records = [];
  try {
    for await (const chunk of csvRecords(bytes)) records.push(...chunk);
  } catch (error) {
    if (error instanceof FileFailure) return { records, failure: error.error };
    throw error;
  }
  return { records, failure: null };
}

describe('csvRecords', () => {
  it('streams records numbered as a spreadsheet, across chunks, skipping empty rows', async () => {
    const row = 'deltagare-avslut;"Steget fram; Piteå";5\r\n';
    const { records, failure } = await all(`\uFEFFgrupp;insats;DA1\n\n${row.repeat(5000)}`);
    expect(failure).toBeNull();
    expect(records).toHaveLength(5001);
    expect(records[0]).toEqual({ line: 1, fields: ['grupp', 'insats', 'DA1'] });
    expect(records[1]).toEqual({
      line: 3,
      fields: ['deltagare-avslut', 'Steget fram; Piteå', '5'],
    });
    expect(records.at(-1)?.line).toBe(5002);
  });

  it('ends with the line of a quote never closed or text after a closing quote', async () => {
    expect((await all('a;b\n1;2\n"3')).failure).toEqual({
      line: 3,
      message: 'ett citattecken (") stängs aldrig',
    });
    expect((await all('a;b\n"1"x;2\n')).failure).toEqual({
      line: 2,
      message: 'text efter ett avslutande citattecken (")',
    });
  });

  it('refuses a file that is not UTF-8', async () => {
    const { failure } = await all(Uint8Array.from([0x67, 0x0a, 0x6b, 0xf6, 0x6e]));
    expect(failure?.message).toMatch(/inte UTF-8/);
  });
});
