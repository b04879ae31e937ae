/**
 * @module
 * What every route may use: the database, the settings, the clock, and the signed-in
 * user (when there is one). Passed in, so tests control time and storage.
 */
import type { Database, User } from '@indikera/db';
import type { Kysely } from 'kysely';
import type { LoginThrottle } from './auth/throttle';
import type { AppConfig } from './config';
import type { SurveyLinks } from './services/survey-links';

export interface AppDeps {
  readonly db: Kysely<Database>;
  readonly config: AppConfig;
  /** Now; tests pass a fixed clock. */
  readonly clock: () => Date;
  readonly throttle: LoginThrottle;
}

export interface AppEnv {
  /** What the web server passes in with each in-process call. */
  Bindings: {
    /** The client's address, resolved by the web server (and its trusted proxy setting). */
    readonly clientAddress?: string;
  };
  Variables: {
    deps: AppDeps;
    /** The survey tokens' links and rounds, kept briefly; forgotten on any change to them. */
    surveyLinks: SurveyLinks;
    user: User | null;
    sessionId: string | null;
  };
}
