/**
 * @module
 * The database of an Indikera installation: connection, migrations, table types and one
 * query function per thing the program asks, each taking `db` first.
 */
export * from './accessibility-contacts';
export * from './account-links';
export * from './audit-log';
export * from './benchmarks';
export * from './connection';
export * from './counts';
export * from './dialect';
export * from './exclusive-use';
export * from './forbund';
export * from './gallring';
export * from './insatser';
export * from './instrument-versions';
export * from './links';
export * from './local-questions';
export * from './memberships';
export * from './migrate';
export type { Migration } from './migrations';
export * from './nul-text';
export * from './pooled-rounds';
export * from './report-comments';
export * from './responses';
export * from './restore';
export * from './rounds';
export * from './schema';
export * from './sessions';
export * from './staged-imports';
export * from './targets';
export * from './transaction';
export * from './users';
