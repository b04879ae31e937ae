import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv-parse';

const table = (text: string | Uint8Array) => {
  const r = parseCsv(text);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value;
};

describe('parseCsv', () => {
  it('detects the delimiter from the header', () => {
    expect(table('a;b\n1;2\n').delimiter).toBe(';');
    expect(table('a,b\n1,2\n').delimiter).toBe(',');
    expect(table('"x,y";b;c\n1;2;3').delimiter).toBe(';');
  });

  it('reads quoted fields with delimiters, doubled quotes and line breaks, CRLF and a BOM', () => {
    const t = table(
      '\uFEFFinsats,kommentar\r\n"Steget fram, Piteå","sa ""hej""\nrad två"\r\nTidsam,\r\n',
    );
    expect(t.header).toEqual(['insats', 'kommentar']);
    expect(t.records).toEqual([
      { line: 2, fields: ['Steget fram, Piteå', 'sa "hej"\nrad två'] },
      { line: 3, fields: ['Tidsam', ''] },
    ]);
  });

  it('numbers rows as a spreadsheet does: empty rows skipped but counted', () => {
    const t = table('a,b\n1,2\n\n,\n3,4');
    expect(t.records.map((r) => r.line)).toEqual([2, 5]);
  });

  it('reads bytes as strict UTF-8 and refuses other encodings', () => {
    expect(table(new TextEncoder().encode('grupp\nstyrelse\n')).records).toHaveLength(1);
    const latin1 = Uint8Array.from([0x67, 0x72, 0x75, 0x70, 0x70, 0x0a, 0x6b, 0xf6, 0x6e]);
    const r = parseCsv(latin1);
    expect(r.ok).toBe(false);
  });

  it('refuses an unclosed quote and text after a closing quote, naming the line', () => {
    expect(parseCsv('a,b\n1,"2\n')).toMatchObject({ ok: false, errors: [{ line: 2 }] });
    expect(parseCsv('a,b\n1,2\n"3"x,4\n')).toMatchObject({ ok: false, errors: [{ line: 3 }] });
  });

  it('refuses an empty file', () => {
    expect(parseCsv('')).toMatchObject({ ok: false, errors: [{ line: 1 }] });
    expect(parseCsv('\n\n')).toMatchObject({ ok: false });
  });
});
