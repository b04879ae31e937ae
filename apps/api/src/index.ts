/**
 * @module
 * The Indikera HTTP API: `createApp(deps)` for tests and for the web app, which serves
 * it under /api; `src/server.ts` runs it alone.
 */
export { type App, createApp } from './app';
export { hashPassword } from './auth/password';
export { LoginThrottle } from './auth/throttle';
export { type AppConfig, configFromEnv, defaultConfig } from './config';
export type { AppDeps } from './context';
