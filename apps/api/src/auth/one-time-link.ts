/**
 * @module
 * Tokens of one-time links (invitations, password resets): 160 random bits in the link,
 * only their SHA-256 in the database, so that a copy of it opens nothing.
 */
import { hashSecret, randomPart } from './session';

export const INVITATION_SECONDS = 7 * 24 * 60 * 60;
export const RESET_SECONDS = 24 * 60 * 60;

export function newLinkToken(): { readonly token: string; readonly hash: Uint8Array } {
  const token = randomPart();
  return { token, hash: hashSecret(token) };
}

export const linkTokenHash = hashSecret;

export const unixSeconds = (date: Date) => Math.floor(date.getTime() / 1000);

export const isoFromSeconds = (seconds: number) => new Date(seconds * 1000).toISOString();
