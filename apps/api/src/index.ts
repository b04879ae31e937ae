/**
 * @module
 * The Indikera HTTP API: `createApp(deps)` for tests and for the web app, which serves
 * it under /api; `startServer` runs it alone on a port.
 */
export { type App, type AppType, createApp } from './app';
export { hashPassword } from './auth/password';
export { passwordProblem } from './auth/password-policy';
export { LoginThrottle } from './auth/throttle';
export { type AppConfig, ConfigError, configFromEnv, defaultConfig } from './config';
export type { AppDeps } from './context';
export { cleanName } from './name';
export { apiShortPath, SHORT_PATH, type ShortPath } from './node-listener';
export { repoRoot } from './repo-root';
export {
  DEFAULT_DATABASE_URL,
  hostnameFromEnv,
  InvalidPortError,
  portFromEnv,
  type RunningServer,
  startServer,
  welcomeLines,
} from './server';
export { ConflictError, DomainError, InvalidFileError } from './services/domain-errors';
export { type ImportOutcome, importResponses, XLSX_TYPE } from './services/import-responses';
export {
  addInstrument,
  instrumentOf,
  instrumentVersionIds,
  listInstruments,
  registryInstruments,
} from './services/instruments.service';
export { dayIn } from './services/today';
