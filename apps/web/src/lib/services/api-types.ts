/**
 * @module
 * The API's answers the pages hold on to, by name: each is read off the typed client,
 * so it is the route's own response schema and changes with it.
 */
import type { InferResponseType } from 'hono/client';
import type { Api } from './api-answer';

type Ok<Endpoint> = InferResponseType<Endpoint, 200>;

/** An RFC 9457 problem, as every route answers an error. */
export type Problem = InferResponseType<Api['api']['auth']['me']['$get'], 401>;
/** A field (or a file's line and column) a problem names. */
export type FieldError = NonNullable<Problem['errors']>[number];

export type Me = Ok<Api['api']['auth']['me']['$get']>;
export type Role = Me['memberships'][number]['role'];
export type Round = Ok<Api['api']['rounds']['$get']>[number];
export type RoundDetail = Ok<Api['api']['rounds'][':id']['$get']>;
/** Answers per group and insats in the round (null: no insats). */
export type InsatsCount = RoundDetail['byInsats'][number];
export type Link = Ok<Api['api']['rounds'][':id']['links']['$get']>[number];
export type Insats = Ok<Api['api']['forbund'][':id']['insatser']['$get']>[number];
export type Forbund = Ok<Api['api']['forbund']['$get']>[number];
/** An account with its installation-level roles (installation administrator). */
export type Account = Ok<Api['api']['users']['$get']>[number];
export type Member = Ok<Api['api']['forbund'][':id']['users']['$get']>[number];
export type Invitation = Ok<Api['api']['forbund'][':id']['invitations']['$get']>[number];
export type AccessibilityContact = Ok<Api['api']['forbund'][':id']['tillganglighet']['$get']>;
/** The report after disclosure control, as JSON. */
export type RoundReport = Exclude<
  Ok<Api['api']['rounds'][':id']['report']['$get']>,
  string | Response
>;
export type ReportComments = Ok<Api['api']['rounds'][':id']['comments']['$get']>;
export type RiksnittYears = Ok<Api['api']['riksnitt']['$get']>;
export type RiksnittYear = Ok<Api['api']['riksnitt'][':year']['$get']>;
export type ImportResult = InferResponseType<Api['api']['rounds'][':id']['imports']['$post'], 201>;
/** The socialt bokslut with every target's result. */
export type Bokslut = Exclude<
  Ok<Api['api']['rounds'][':id']['bokslut']['$get']>,
  string | Response
>;
export type BokslutTarget = Bokslut['malomraden'][number]['targets'][number];
/** The installation's pooled figures of a year and version (riksnivå). */
export type PooledReport = Exclude<Ok<Api['api']['riksniva'][':year']['$get']>, string | Response>;
export type PooledEdition = Ok<Api['api']['riksniva']['$get']>[number];
