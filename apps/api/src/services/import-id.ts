/**
 * @module
 * Ids for imported rows, derived from the file and the line: importing the same file into
 * the same round twice stores nothing the second time. Shaped as a version 4 UUID; the
 * bits come from a hash, never from a clock.
 */
import { sha256 } from '@oslojs/crypto/sha2';
import { encodeHexLowerCase } from '@oslojs/encoding';

export function fileHash(bytes: Uint8Array): string {
  return encodeHexLowerCase(sha256(bytes));
}

/** @example importedResponseId(12, fileHash(bytes), 4) // 'c0ffee12-…-4…' */
export function importedResponseId(roundId: number, hash: string, line: number): string {
  const digest = sha256(new TextEncoder().encode(`${roundId}:${hash}:${line}`)).slice(0, 16);
  digest[6] = ((digest[6] ?? 0) & 0x0f) | 0x40;
  digest[8] = ((digest[8] ?? 0) & 0x3f) | 0x80;
  const hex = encodeHexLowerCase(digest);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
