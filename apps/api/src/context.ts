/**
 * @module
 * What every route may use: the database, the settings, the clock, and the signed-in
 * user (when there is one). Passed in, so tests control time and storage.
 */
import type { Database, User } from '@indikera/db';
import type { Kysely } from 'kysely';
import type { LoginThrottle } from './auth/throttle';
import type { AppConfig } from './config';

export interface AppDeps {
  readonly db: Kysely<Database>;
  readonly config: AppConfig;
  /** Now; tests pass a fixed clock. */
  readonly clock: () => Date;
  readonly throttle: LoginThrottle;
}

export interface AppEnv {
  /** What the web server passes along with a request (`api.fetch(request, bindings)`). */
  Bindings: {
    /** The client's address as the web server sees it (behind its proxy settings). */
    clientAddress?: string;
  };
  Variables: {
    deps: AppDeps;
    user: User | null;
    sessionId: string | null;
  };
}
