/**
 * @module
 * The shapes of the API answers the staff pages use.
 */

export interface Round {
  readonly id: number;
  readonly forbundId: number;
  readonly name: string;
  readonly year: number;
  readonly instrumentVersion: string;
  readonly startsOn: string | null;
  readonly endsOn: string | null;
  readonly status: 'open' | 'closed';
  readonly cullAfter: string | null;
  readonly culledOn: string | null;
}

export interface Link {
  readonly id: number;
  readonly token: string;
  readonly path: string;
  readonly groupId: string;
  readonly insatsId: number | null;
  readonly kiosk: boolean;
  readonly asked: number | null;
  readonly revoked: boolean;
  readonly createdOn: string;
  readonly responses?: number;
}

export interface Insats {
  readonly id: number;
  readonly forbundId: number;
  readonly name: string;
}

export type Role = 'admin' | 'koordinator' | 'lasare';

/** Whether a role may collect: create rounds and links, enter paper, import. */
export function mayCollect(role: Role | undefined): boolean {
  return role === 'admin' || role === 'koordinator';
}
