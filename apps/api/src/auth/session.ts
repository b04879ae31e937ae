/**
 * @module
 * Sessions as the Lucia guide describes them: a token `id.secret`, only a SHA-256 hash
 * of the secret stored, constant-time comparison, and expiry after inactivity and at
 * the latest a fixed time after signing in, however much the session is used.
 */

import type { Database } from '@indikera/db';
import {
  deleteSession,
  getSessionWithUser,
  insertSession,
  touchSession,
  type User,
} from '@indikera/db';
import { sha256 } from '@oslojs/crypto/sha2';
import { constantTimeEqual } from '@oslojs/crypto/subtle';
import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding';
import type { Kysely } from 'kysely';

export const SESSION_COOKIE = 'indikera_session';
/** Signed out after this long without a request. */
export const INACTIVITY_TIMEOUT_SECONDS = 8 * 60 * 60;
/** Signed out this long after signing in, in use or not: a working day and then some. */
export const ABSOLUTE_TIMEOUT_SECONDS = 12 * 60 * 60;
/** How often activity is written back, so every request need not write. */
const ACTIVITY_CHECK_SECONDS = 10 * 60;

/** 160 random bits in base32: a session's id or secret, or a one-time link's token. */
export function randomPart(): string {
  const bytes = new Uint8Array(20);
  crypto.getRandomValues(bytes);
  return encodeBase32LowerCaseNoPadding(bytes);
}

export function hashSecret(secret: string): Uint8Array {
  return sha256(new TextEncoder().encode(secret));
}

/** Creates a session and returns the token for the cookie (never stored as such). */
export async function createSession(
  db: Kysely<Database>,
  userId: number,
  now: Date,
): Promise<string> {
  const id = randomPart();
  const secret = randomPart();
  const seconds = Math.floor(now.getTime() / 1000);
  await insertSession(db, {
    id,
    secretHash: hashSecret(secret),
    userId,
    createdAt: seconds,
    lastVerifiedAt: seconds,
  });
  return `${id}.${secret}`;
}

export interface ValidSession {
  readonly sessionId: string;
  readonly user: User;
  /** Seconds the session can live on without another request: the cookie's Max-Age. */
  readonly expiresIn: number;
}

/** The signed-in user for a token, or null; an expired session is deleted on sight. */
export async function validateSessionToken(
  db: Kysely<Database>,
  token: string,
  now: Date,
): Promise<ValidSession | null> {
  const [id, secret, extra] = token.split('.');
  if (!id || !secret || extra !== undefined) return null;
  const found = await getSessionWithUser(db, id);
  if (!found) return null;
  if (!constantTimeEqual(hashSecret(secret), found.session.secretHash)) return null;
  const seconds = Math.floor(now.getTime() / 1000);
  const expiresIn = Math.min(
    INACTIVITY_TIMEOUT_SECONDS,
    found.session.createdAt + ABSOLUTE_TIMEOUT_SECONDS - seconds,
  );
  if (seconds - found.session.lastVerifiedAt >= INACTIVITY_TIMEOUT_SECONDS || expiresIn <= 0) {
    await deleteSession(db, id);
    return null;
  }
  if (seconds - found.session.lastVerifiedAt >= ACTIVITY_CHECK_SECONDS) {
    await touchSession(db, id, seconds);
  }
  return { sessionId: id, user: found.user, expiresIn };
}
