/**
 * @module
 * Settings, from the environment with safe defaults (PORT, DATABASE_URL, ORIGIN, …).
 */
import { DEFAULT_SUPPRESSION_THRESHOLD, MIN_POOLED_FORBUND } from '@indikera/indicators';

export interface AppConfig {
  /** The public origin (`https://indikera.example.se`); requests are checked against it. */
  readonly origin: string | null;
  /** Session cookies with the Secure flag: on unless the origin is plain http. */
  readonly secureCookies: boolean;
  /** Published gender cells need at least this many answers. */
  readonly suppressionThreshold: number;
  /** A pooled figure (riksnivå) needs at least this many förbund in it (2 or more). */
  readonly pooledMinForbund: number;
  /** The time zone whose calendar day is stored with a response. */
  readonly timeZone: string;
  /** Limit how fast answers come to the public links (off only for load tests). */
  readonly surveyRateLimit: boolean;
}

export const defaultConfig: AppConfig = {
  origin: null,
  secureCookies: true,
  suppressionThreshold: DEFAULT_SUPPRESSION_THRESHOLD,
  pooledMinForbund: MIN_POOLED_FORBUND,
  timeZone: 'Europe/Stockholm',
  surveyRateLimit: true,
};

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Reads the settings from environment variables; throws a ConfigError naming the variable. */
export function configFromEnv(env: Readonly<Record<string, string | undefined>>): AppConfig {
  const origin = env.ORIGIN?.trim() || null;
  if (origin !== null && !/^https?:\/\/[^/]+$/.test(origin)) {
    throw new ConfigError(`ORIGIN must be like https://indikera.example.se, not "${origin}"`);
  }
  const threshold = env.SUPPRESSION_THRESHOLD ?? String(DEFAULT_SUPPRESSION_THRESHOLD);
  if (!/^[1-9]\d*$/.test(threshold)) {
    throw new ConfigError(`SUPPRESSION_THRESHOLD must be a positive integer, not "${threshold}"`);
  }
  const minForbund = env.POOLED_MIN_FORBUND ?? String(MIN_POOLED_FORBUND);
  if (!/^([2-9]|[1-9]\d+)$/.test(minForbund)) {
    throw new ConfigError(
      `POOLED_MIN_FORBUND must be an integer of at least 2, not "${minForbund}"`,
    );
  }
  const rateLimit = env.SURVEY_RATE_LIMIT ?? 'on';
  if (rateLimit !== 'on' && rateLimit !== 'off') {
    throw new ConfigError(`SURVEY_RATE_LIMIT must be "on" or "off", not "${rateLimit}"`);
  }
  return {
    origin,
    secureCookies: origin === null ? env.NODE_ENV === 'production' : origin.startsWith('https:'),
    suppressionThreshold: Number(threshold),
    pooledMinForbund: Number(minForbund),
    timeZone: env.TZ_RESPONSES ?? defaultConfig.timeZone,
    surveyRateLimit: rateLimit === 'on',
  };
}
