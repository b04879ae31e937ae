/**
 * @module
 * What each role of a förbund may do in the staff pages (the API decides for itself).
 */
import type { Role } from '$lib/services/api-types';

/** Whether a role may collect: create rounds and links, enter paper, import. */
export function mayCollect(role: Role | undefined): boolean {
  return role === 'admin' || role === 'koordinator';
}
