/**
 * @module
 * The tables as Kysely sees them today. SQLite cannot bind booleans, dates or objects, so
 * flags are 0/1, days are `YYYY-MM-DD` text, staff timestamps ISO text, JSON is text.
 * Migrations do not import this file: they are frozen in time, this file moves on.
 */
import type { Gender } from '@indikera/instrument';
import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

/** 0 or 1: SQLite has no boolean type. */
export type Flag = 0 | 1;

/** A column the database fills in on insert and that is never changed afterwards. */
type Defaulted<T> = ColumnType<T, T | undefined, never>;

export interface ForbundTable {
  id: Generated<number>;
  name: string;
  /** `YYYY-MM-DD`. */
  created_on: Defaulted<string>;
  /** Whether the förbund's answers count in the installation's pooled figures (riksnivå). */
  pooled: Generated<Flag>;
}

export interface UsersTable {
  id: Generated<number>;
  /** Unique without regard to case. */
  email: string;
  name: string;
  password_hash: string;
  is_installation_admin: Generated<Flag>;
  /** A national analyst (riksnivå): reads the installation's pooled figures, nothing of a förbund. */
  is_national_analyst: Generated<Flag>;
  /** ISO datetime: staff data, where a precise time is allowed. */
  created_at: Defaulted<string>;
}

export type Role = 'admin' | 'koordinator' | 'lasare';

export interface MembershipsTable {
  user_id: number;
  forbund_id: number;
  role: Role;
}

export interface SessionsTable {
  /** The public half of the token `id.secret`. */
  id: string;
  /** SHA-256 of the secret half; the secret itself is never stored. */
  secret_hash: Uint8Array;
  user_id: number;
  /** Unix seconds. */
  created_at: number;
  /** Unix seconds; the inactivity timeout counts from here. */
  last_verified_at: number;
}

export type AccountLinkKind = 'invitation' | 'reset';

/** A one-time link: an invitation to a förbund, or a password reset. */
export interface AccountLinksTable {
  id: Generated<number>;
  /** SHA-256 of the token in the link; the token itself is never stored. */
  token_hash: Uint8Array;
  kind: AccountLinkKind;
  /** Whom it is for: the invited address, or the account's address at the reset. */
  email: string;
  /** Invitations only. */
  forbund_id: number | null;
  role: Role | null;
  /** Resets only. */
  user_id: number | null;
  created_by: number | null;
  /** Unix seconds. */
  expires_at: number;
  /** Unix seconds; set once, when the link is used. */
  used_at: number | null;
}

export interface InsatserTable {
  id: Generated<number>;
  forbund_id: number;
  name: string;
}

export type RoundStatus = 'open' | 'closed';

export interface RoundsTable {
  id: Generated<number>;
  forbund_id: number;
  name: string;
  year: number;
  instrument_version: string;
  starts_on: string | null;
  ends_on: string | null;
  status: Generated<RoundStatus>;
  /** `YYYY-MM-DD`: from this day the förbund may cull the answers (its gallringsbeslut). */
  cull_after: Generated<string | null>;
  /** `YYYY-MM-DD`: the day the answers were culled; null while they are kept. */
  culled_on: Generated<string | null>;
}

export interface LinksTable {
  id: Generated<number>;
  token: string;
  round_id: number;
  group_id: string;
  insats_id: number | null;
  kiosk: Generated<Flag>;
  /** How many people were asked through this link, for svarsfrekvens; null when unknown. */
  asked: number | null;
  revoked: Generated<Flag>;
  created_on: Defaulted<string>;
}

export type Channel = 'web' | 'kiosk' | 'paper' | 'import';

/** One questionnaire. Deliberately no time, IP, device or insertion order: see domain.md. */
export interface ResponsesTable {
  /** A random (version 4) UUID made by the client, so a retried post is stored once. */
  id: string;
  round_id: number;
  link_id: number | null;
  group_id: string;
  insats_id: number | null;
  /** Null when kön was not answered; reports count it with `annat`. */
  kon: Gender | null;
  channel: Channel;
  /** `YYYY-MM-DD`, never finer than the day. */
  answered_on: string;
  /** A staff label for a pile of paper forms. */
  batch: string | null;
  /** The release (a closing of the round) the answers entered the report in; null: waiting. */
  release: Generated<number | null>;
}

export interface AnswersTable {
  response_id: string;
  question_id: string;
  /** The code as text: `1`–`6`, `ja`, `nej`. */
  value: string;
}

/**
 * A file import's rows while it is written a batch at a time; moved into `responses` and
 * `answers` in one transaction, so no report or count ever sees part of a file.
 */
export interface StagedResponsesTable extends Omit<ResponsesTable, 'release'> {
  /** The round and the file's hash: one import of one file. */
  import_key: string;
}

export interface StagedAnswersTable extends AnswersTable {
  import_key: string;
}

/** Riksnittet per question and year, in percent; null where the national report gives none. */
export interface BenchmarksTable {
  year: number;
  question_id: string;
  all_share: number | null;
  kvinna: number | null;
  man: number | null;
}

/** National svarsfrekvens per group and year, in percent. */
export interface BenchmarkResponseRatesTable {
  year: number;
  group_id: string;
  response_rate: number;
}

/** A koordinator's Kommentar to an indicator of a round's report; indicator 0 is the Sammanfattning. */
export interface ReportCommentsTable {
  round_id: number;
  indicator: number;
  text: string;
  /** `YYYY-MM-DD`. */
  updated_on: string;
  updated_by: number | null;
}

/** What staff did; respondents never appear here. */
export interface AuditLogTable {
  id: Generated<number>;
  /** ISO datetime. */
  at: Defaulted<string>;
  user_id: number | null;
  forbund_id: number | null;
  action: string;
  subject: string;
  /** JSON text. */
  detail: string | null;
}

/** A förbund's contact for reporting accessibility problems; at least one way. */
export interface AccessibilityContactsTable {
  forbund_id: number;
  email: string | null;
  phone: string | null;
  /** `YYYY-MM-DD`: the day the förbund last reviewed it. */
  reviewed_on: string;
}

/** An added instrument version: its file's exact text; never changed once stored. */
export interface InstrumentVersionsTable {
  id: Generated<number>;
  /** The version id of the file, e.g. `2027`; unique. */
  version: string;
  name: string;
  /** The file's exact text, as it was added. */
  file: string;
  /** SHA-256 of the file's UTF-8 bytes, hex. */
  sha256: string;
  /** `YYYY-MM-DD`. */
  added_on: string;
  /** Null when added from the command line. */
  added_by: number | null;
}

/** A målområde of a round's socialt bokslut, e.g. Deltagarnytta. */
export interface MalomradenTable {
  id: Generated<number>;
  round_id: number;
  position: number;
  name: string;
}

/** A target (mål): on questions of the round, or on a figure entered by hand. */
export interface TargetsTable {
  id: Generated<number>;
  malomrade_id: number;
  position: number;
  /** The förbund's own words for the goal, e.g. "1.4 Deltagare känner att …"; may be ''. */
  goal: string;
  kind: 'question' | 'manual';
  /** JSON array of question ids (question targets). */
  questions: string | null;
  /** JSON array of the option codes that count, as stored (`4`, `ja`). */
  options: string | null;
  /** Percent. */
  target_share: number | null;
  statement: string | null;
  target_value: number | null;
  unit: string | null;
  direction: 'atLeast' | 'atMost' | null;
  outcome: number | null;
}

/** A förbund's own question of a round (local question); its id is `L` + prefix + number. */
export interface LocalQuestionsTable {
  id: Generated<number>;
  round_id: number;
  group_id: string;
  number: number;
  text: string;
  scale: string;
  /** On an ordered scale: the key figure of the version that counts. */
  key_figure: string | null;
  /** On a yes/no scale: the answer that counts (`ja` or `nej`). */
  positive_answer: string | null;
}

/** How far below a target a förbund still calls a result "nära målet", in points. */
export interface TargetMarginsTable {
  forbund_id: number;
  points: number;
}

export interface Database {
  malomraden: MalomradenTable;
  targets: TargetsTable;
  target_margins: TargetMarginsTable;
  local_questions: LocalQuestionsTable;
  forbund: ForbundTable;
  accessibility_contacts: AccessibilityContactsTable;
  users: UsersTable;
  memberships: MembershipsTable;
  sessions: SessionsTable;
  account_links: AccountLinksTable;
  insatser: InsatserTable;
  instrument_versions: InstrumentVersionsTable;
  rounds: RoundsTable;
  links: LinksTable;
  responses: ResponsesTable;
  answers: AnswersTable;
  staged_responses: StagedResponsesTable;
  staged_answers: StagedAnswersTable;
  benchmarks: BenchmarksTable;
  benchmark_response_rates: BenchmarkResponseRatesTable;
  audit_log: AuditLogTable;
  report_comments: ReportCommentsTable;
}

export type ForbundRow = Selectable<ForbundTable>;
export type NewForbundRow = Insertable<ForbundTable>;
export type UserRow = Selectable<UsersTable>;
export type NewUserRow = Insertable<UsersTable>;
export type UserUpdate = Updateable<UsersTable>;
export type SessionRow = Selectable<SessionsTable>;
export type InsatsRow = Selectable<InsatserTable>;
export type RoundRow = Selectable<RoundsTable>;
export type NewRoundRow = Insertable<RoundsTable>;
export type LinkRow = Selectable<LinksTable>;
export type NewLinkRow = Insertable<LinksTable>;
export type ResponseRow = Selectable<ResponsesTable>;
export type NewResponseRow = Insertable<ResponsesTable>;
export type NewAnswerRow = Insertable<AnswersTable>;
export type AuditLogRow = Selectable<AuditLogTable>;
