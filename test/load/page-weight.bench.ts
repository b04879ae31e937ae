/**
 * @module
 * The weight of a respondent page as a tablet receives it: the compressed bytes of every
 * script and stylesheet a questionnaire loads in Chromium from the production server.
 * Target: under 60 kB of compressed JavaScript.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { freePort, startServerProcess } from '../server-process';
import { seedSurveyRound } from '../survey-round';
import type { Measurement } from './measurement';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function benchPageWeight(): Promise<Measurement[]> {
  const dir = mkdtempSync(join(tmpdir(), 'indikera-weight-'));
  const databaseFile = join(dir, 'weight.sqlite');
  const { token } = await seedSurveyRound(databaseFile);
  const server = await startServerProcess({
    kind: 'serve',
    database: databaseFile,
    port: await freePort(39400),
    timeoutMs: 240_000,
  });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
  try {
    const page = await browser.newPage();
    const sizes = { script: 0, stylesheet: 0, document: 0 };
    const pending: Promise<void>[] = [];
    page.on('requestfinished', (request) => {
      const type = request.resourceType();
      if (type !== 'script' && type !== 'stylesheet' && type !== 'document') return;
      pending.push(
        request.sizes().then((s) => {
          sizes[type] += s.responseBodySize;
        }),
      );
    });
    // The questions step: the heaviest state of a respondent page.
    await page.goto(`${server.url}/s/${token}?steg=fragor`, { waitUntil: 'networkidle' });
    await Promise.all(pending);
    return [
      {
        name: 'JavaScript of a respondent page, compressed as sent',
        value: sizes.script / 1024,
        unit: 'kB',
        target: { op: '<=', value: 60 },
      },
      {
        name: 'CSS of a respondent page, compressed as sent',
        value: sizes.stylesheet / 1024,
        unit: 'kB',
      },
      {
        name: 'HTML of the questions page (content before any script)',
        value: sizes.document / 1024,
        unit: 'kB',
      },
    ];
  } finally {
    await browser.close();
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
