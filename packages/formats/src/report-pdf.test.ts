import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { localReport, nns, nnsWithLocal, report } from './report-fixture';
import { writeReportPdf } from './report-pdf';

const title = {
  forbund: 'Samordningsförbundet Älvdalen',
  round: 'Mätning 2021',
  madeOn: '2026-12-03',
  threshold: 6,
};

/** The PDF's text, page by page, and its metadata. */
async function read(pdf: Uint8Array) {
  const doc = await getDocument({ data: pdf, useSystemFonts: false, verbosity: 0 }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    // Wrapped lines come as separate items: join them into one line of words.
    pages.push(content.items.map((i) => ('str' in i ? i.str : '')).join(' '));
  }
  const info = (await doc.getMetadata()).info as Record<string, unknown>;
  return { text: pages.join(' ').replace(/\s+/g, ' '), info };
}

describe('writeReportPdf', () => {
  it('prints the title, the counts and each question as the report page does, in Swedish', async () => {
    const { text, info } = await read(await writeReportPdf(report, nns, title));
    expect(info.Title).toBe('Indikatorrapport Mätning 2021, Samordningsförbundet Älvdalen');
    expect(info.Language).toBe('sv-SE');
    expect(text).toContain('Inkomna svar');
    expect(text).toContain('Siffror som bygger på färre än 6 personer visas inte.');
    // P1: 16 answered, 11 of them 5 or 6 → 69 %, typvärde Alltid; the eight women are
    // published (5 of 8 → 63 %), the men's cell hides with the one "annat"; riksnitt 60 %,
    // last year 3 of 10 → 30 %.
    expect(text).toContain(
      'P1. Får stödet som ni ger ta den tid som behövs? Personal i insatserna 16 69 % Alltid 63 % – 60 % 30 %',
    );
    expect(text).toContain('Högre än riket');
  });

  it('says a withheld question is withheld and prints no figure of it', async () => {
    const withheld = {
      ...report,
      questions: report.questions.map((q) => ({
        id: q.id,
        group: q.group,
        indicator: q.indicator,
        keyFigure: q.keyFigure,
        withheld: true as const,
        riksnitt: q.riksnitt,
      })),
    };
    const { text } = await read(await writeReportPdf(withheld, nns, title));
    expect(text).toContain('för få svar för att visa');
    expect(text).toContain('Personal i insatserna för få svar för att visa 60 %');
    expect(text).not.toContain('69 %');
  });

  it('carries the Sammanfattning and an indicator Kommentar', async () => {
    const comments = {
      sammanfattning: 'Deltagarna är nöjda med bemötandet.',
      kommentarer: [{ indicator: report.questions[0]?.indicator ?? 0, text: 'Ökad samverkan.' }],
    };
    const { text } = await read(await writeReportPdf(report, nns, title, comments));
    expect(text).toContain('Sammanfattning');
    expect(text).toContain('Deltagarna är nöjda med bemötandet.');
    expect(text).toContain('Ökad samverkan.');
  });

  it('prints the local questions after the indicators under their own heading', async () => {
    const { text } = await read(await writeReportPdf(localReport, nnsWithLocal, title));
    expect(text).toContain('Lokala frågor');
    expect(text).toContain('LP1. Känner du till förbundets mål? Personal i insatserna 8 88 %');
    expect(text.indexOf('Lokala frågor')).toBeGreaterThan(text.lastIndexOf('Indikator '));
    const without = await read(await writeReportPdf(report, nns, title));
    expect(without.text).not.toContain('Lokala frågor');
  });
});
