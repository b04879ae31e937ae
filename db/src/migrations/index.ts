/**
 * @module
 * Every migration, oldest first. A static list rather than a folder scan, so that it
 * still works when the server is bundled into one file.
 */
import type { Kysely } from 'kysely';
import * as initial from './2026-11-24T0000-initial';
import * as responsesCoveringIndex from './2026-11-24T0100-responses-covering-index';
import * as accessibilityContacts from './2026-12-02T0000-accessibility-contacts';
import * as releases from './2026-12-02T0000-releases';
import * as reportComments from './2026-12-02T0000-report-comments';
import * as accountLinks from './2026-12-02T1000-account-links';
import * as stagedImports from './2026-12-02T1100-staged-imports';
import * as gallring from './2026-12-03T0100-gallring';
import * as targets from './2026-12-03T0200-targets';
import * as answerCodes from './2026-12-03T0300-answer-codes';
import * as instrumentVersions from './2026-12-03T0400-instrument-versions';
import * as national from './2026-12-03T0500-national';
import * as localQuestions from './2026-12-03T0600-local-questions';

export interface Migration {
  /** A timestamp, so that names sort in the order the migrations were written. */
  readonly name: string;
  // biome-ignore lint/suspicious/noExplicitAny: a migration sees the schema of its own day, not schema.ts
  readonly up: (db: Kysely<any>) => Promise<void>;
}

export const migrations: readonly Migration[] = [
  { name: '2026-11-24T0000-initial', up: initial.up },
  { name: '2026-11-24T0100-responses-covering-index', up: responsesCoveringIndex.up },
  { name: '2026-12-02T0000-accessibility-contacts', up: accessibilityContacts.up },
  { name: '2026-12-02T0000-releases', up: releases.up },
  { name: '2026-12-02T0000-report-comments', up: reportComments.up },
  { name: '2026-12-02T1000-account-links', up: accountLinks.up },
  { name: '2026-12-02T1100-staged-imports', up: stagedImports.up },
  { name: '2026-12-03T0100-gallring', up: gallring.up },
  { name: '2026-12-03T0200-targets', up: targets.up },
  { name: '2026-12-03T0300-answer-codes', up: answerCodes.up },
  { name: '2026-12-03T0400-instrument-versions', up: instrumentVersions.up },
  { name: '2026-12-03T0500-national', up: national.up },
  { name: '2026-12-03T0600-local-questions', up: localQuestions.up },
];
