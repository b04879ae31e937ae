/**
 * @module
 * The demo installation: a fictional förbund with three insatser, users in every role,
 * rounds 2020 (closed) and 2021 (closed once, so its answers are in the report, and open
 * again) full of realistic synthetic answers, links for
 * 2021 with the number asked, and riksnitt 2020–2021 from the national report.
 */

import { hashPassword, instrumentOf } from '@indikera/api';
import {
  createForbund,
  createInsats,
  createLink,
  createRound,
  createUser,
  type Database,
  insertResponses,
  replaceBenchmarksForYear,
  replaceResponseRatesForYear,
  setMembership,
  setRoundStatus,
} from '@indikera/db';
import { readResponseRatesCsv, readRiksnittCsv } from '@indikera/formats';
import { exampleInsatser, exampleYears, syntheticResponses } from '@indikera/synthetic';
import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding';
import type { Kysely } from 'kysely';

export interface DemoLogin {
  readonly role: string;
  readonly email: string;
  readonly password: string;
}

export interface DemoLink {
  readonly group: string;
  readonly insats: string | null;
  readonly kiosk: boolean;
  readonly token: string;
}

// People asked in 2021, per group: gives response rates near the national ones.
const asked2021: Readonly<Record<string, number>> = {
  'deltagare-pagaende': 55,
  'deltagare-avslut': 60,
  personal: 21,
  chefer: 22,
  styrelse: 7,
};

function token(): string {
  const bytes = new Uint8Array(20);
  crypto.getRandomValues(bytes);
  return encodeBase32LowerCaseNoPadding(bytes);
}

/** Every demo login is at this domain; a database with other users is no demo. */
export const DEMO_DOMAIN = 'demo.example';

export async function seedDemo(
  db: Kysely<Database>,
  files: { readonly riksnitt: Uint8Array; readonly responseRates: Uint8Array },
): Promise<{ logins: DemoLogin[]; links: DemoLink[] }> {
  // The example answers and riksnitt are of the 2021 questionnaires.
  const instrument = await instrumentOf(db, '2021');
  const forbund = await createForbund(db, 'Samordningsförbundet Demo');
  const insatser = new Map<string, number>();
  for (const name of exampleInsatser)
    insatser.set(name, (await createInsats(db, forbund.id, name)).id);

  const logins: DemoLogin[] = [
    { role: 'admin', email: 'admin@demo.example', password: 'demo-admin-2021' },
    { role: 'koordinator', email: 'koordinator@demo.example', password: 'demo-koordinator-2021' },
    { role: 'lasare', email: 'lasare@demo.example', password: 'demo-lasare-2021' },
  ];
  for (const login of logins) {
    const user = await createUser(db, {
      email: login.email,
      name:
        { admin: 'Alva Admin', koordinator: 'Kim Koordinator', lasare: 'Lo Läsare' }[login.role] ??
        login.role,
      passwordHash: await hashPassword(login.password),
      isInstallationAdmin: login.role === 'admin',
    });
    await setMembership(db, user.id, forbund.id, login.role as 'admin' | 'koordinator' | 'lasare');
  }

  const riksnitt = readRiksnittCsv(files.riksnitt);
  const rates = readResponseRatesCsv(files.responseRates);
  if (!riksnitt.ok || !rates.ok) throw new Error('the bundled riksnitt files are invalid');
  for (const year of [...new Set(riksnitt.value.map((r) => r.year))]) {
    await replaceBenchmarksForYear(
      db,
      year,
      riksnitt.value
        .filter((r) => r.year === year)
        .map((r) => ({ questionId: r.question, all: r.all, kvinna: r.kvinna, man: r.man })),
    );
  }
  for (const year of [...new Set(rates.value.map((r) => r.year))]) {
    await replaceResponseRatesForYear(
      db,
      year,
      rates.value
        .filter((r) => r.year === year)
        .map((r) => ({ groupId: r.group, responseRate: r.responseRate })),
    );
  }

  const links: DemoLink[] = [];
  for (const { year, seed, shift, counts } of exampleYears) {
    const round = await createRound(db, {
      forbundId: forbund.id,
      name: `Indikatormätning ${year}`,
      year,
      instrumentVersion: instrument.version,
      startsOn: `${year - 1}-11-01`,
      endsOn: `${year}-10-31`,
    });
    // 2021 collects through links (one per group; deltagare at Steget fram): the answers
    // given there came through them, so the response rate is over the same links. The rest
    // (and all of 2020) were typed in from paper or imported.
    const rows = [
      ...syntheticResponses({ instrument, seed, year, shift, counts, insatser: exampleInsatser }),
    ];
    const roundLinks = new Map<string, { id: number; insats: string | null; kiosk: boolean }>();
    if (year === 2021) {
      for (const group of instrument.groups) {
        const insats = group.kind === 'deltagare' ? 'Steget fram' : null;
        // The number asked belongs to a link only if answers came through it.
        const used = rows.some((r) => r.group === group.id && r.insats === insats);
        const link = await createLink(db, {
          token: token(),
          roundId: round.id,
          groupId: group.id,
          insatsId: insats === null ? null : (insatser.get(insats) ?? null),
          kiosk: group.id === 'deltagare-pagaende',
          asked: used ? (asked2021[group.id] ?? null) : null,
        });
        roundLinks.set(group.id, { id: link.id, insats, kiosk: link.kiosk });
        links.push({ group: group.id, insats, kiosk: link.kiosk, token: link.token });
      }
    }
    await insertResponses(
      db,
      rows.map((r) => {
        const link = roundLinks.get(r.group);
        const through = link !== undefined && link.insats === r.insats ? link : null;
        const offline = r.group.startsWith('deltagare') ? ('paper' as const) : ('import' as const);
        return {
          id: crypto.randomUUID(),
          roundId: round.id,
          linkId: through?.id ?? null,
          groupId: r.group,
          insatsId: r.insats === null ? null : (insatser.get(r.insats) ?? null),
          kon: r.kon,
          channel: through ? (through.kiosk ? ('kiosk' as const) : ('web' as const)) : offline,
          answeredOn: r.datum ?? `${year}-06-01`,
          batch: null,
          answers: r.answers,
        };
      }),
    );
    // Closing releases the answers into the report. 2021 is opened again for the demo's
    // links: what respondents add now waits for the next closing.
    await setRoundStatus(db, round.id, 'closed');
    if (year === 2021) await setRoundStatus(db, round.id, 'open');
  }
  return { logins, links };
}
