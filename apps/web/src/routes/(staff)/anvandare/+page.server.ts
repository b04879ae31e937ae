/**
 * @module
 * A förbund's users and their roles, for its administratörer and the installation
 * administrator: change a role, remove someone, make a password reset link, and invite
 * someone by e-mail (a one-time link to hand over; the same whether or not the address
 * already has an account).
 */
import { error, fail } from '@sveltejs/kit';
import { callApi, fieldErrors } from '$lib/server/staff-api';
import type { Role } from '$lib/staff/types';
import type { Actions, PageServerLoad } from './$types';

export interface Member {
  readonly id: number;
  readonly email: string;
  readonly name: string;
  readonly role: Role;
}

export interface Invitation {
  readonly id: number;
  readonly email: string;
  readonly role: Role;
  readonly expiresAt: string;
}

interface Forbund {
  readonly id: number;
  readonly name: string;
}

const ROLES: readonly Role[] = ['admin', 'koordinator', 'lasare'];

function roleOf(data: FormData): Role | undefined {
  const role = String(data.get('role') ?? '');
  return ROLES.find((r) => r === role);
}

function detailOf(body: unknown, fallback: string): string {
  return (body as { detail?: string } | null)?.detail ?? fallback;
}

interface AccessibilityContact {
  readonly email: string | null;
  readonly phone: string | null;
  readonly reviewedOn: string | null;
}

export const load: PageServerLoad = async (event) => {
  const { me } = await event.parent();
  const isAdminOf = (forbundId: number) =>
    me.memberships.some((m) => m.forbundId === forbundId && m.role === 'admin');
  let forbund: Forbund[];
  if (me.isInstallationAdmin) {
    forbund = (await callApi<Forbund[]>(event, 'GET', '/api/forbund')).body.map(({ id, name }) => ({
      id,
      name,
    }));
  } else {
    forbund = me.memberships
      .filter((m) => m.role === 'admin')
      .map((m) => ({ id: m.forbundId, name: m.forbundName }));
  }
  if (!me.isInstallationAdmin && forbund.length === 0)
    error(403, { message: 'Bara administratörer hanterar användare' });
  return {
    forbund: await Promise.all(
      forbund.map(async (f) => {
        // Only the förbund's own admins keep its accessibility contact.
        const contact = await callApi<AccessibilityContact>(
          event,
          'GET',
          `/api/forbund/${f.id}/tillganglighet`,
        );
        return {
          ...f,
          users: (await callApi<Member[]>(event, 'GET', `/api/forbund/${f.id}/users`)).body,
          invitations: (
            await callApi<Invitation[]>(event, 'GET', `/api/forbund/${f.id}/invitations`)
          ).body,
          contact: contact.ok && isAdminOf(f.id) ? contact.body : null,
        };
      }),
    ),
  };
};

export const actions: Actions = {
  invite: async (event) => {
    const data = await event.request.formData();
    const forbundId = Number(data.get('forbundId'));
    const values = { email: String(data.get('email') ?? '').trim(), role: roleOf(data) ?? '' };
    const res = await callApi<Invitation & { link: string }>(
      event,
      'POST',
      `/api/forbund/${forbundId}/invitations`,
      values,
    );
    if (!res.ok) {
      return fail(res.status === 409 ? 409 : 400, {
        action: 'add' as const,
        forbundId,
        userId: null,
        values,
        errors: fieldErrors(res.body),
        error: detailOf(res.body, 'Rätta uppgifterna nedan och försök igen.'),
      });
    }
    return {
      handOver: {
        what: `Inbjudningslänk för ${res.body.email}`,
        link: `${event.url.origin}${res.body.link}`,
        expiresAt: res.body.expiresAt,
      },
    };
  },
  withdraw: async (event) => {
    const data = await event.request.formData();
    const forbundId = Number(data.get('forbundId'));
    const invitationId = Number(data.get('invitationId'));
    const email = String(data.get('email') ?? '');
    await callApi(event, 'DELETE', `/api/forbund/${forbundId}/invitations/${invitationId}`);
    return { withdrawn: email };
  },
  reset: async (event) => {
    const data = await event.request.formData();
    const forbundId = Number(data.get('forbundId'));
    const userId = Number(data.get('userId'));
    const name = String(data.get('name') ?? '');
    const res = await callApi<{ link: string; expiresAt: string }>(
      event,
      'POST',
      `/api/forbund/${forbundId}/users/${userId}/password-reset`,
    );
    if (!res.ok)
      return fail(res.status === 403 ? 403 : 400, {
        action: 'row' as const,
        forbundId,
        userId,
        values: null,
        errors: {},
        error: detailOf(res.body, 'Det gick inte att skapa en länk.'),
      });
    return {
      handOver: {
        what: `Länk för nytt lösenord för ${name}`,
        link: `${event.url.origin}${res.body.link}`,
        expiresAt: res.body.expiresAt,
      },
    };
  },
  role: async (event) => {
    const data = await event.request.formData();
    const forbundId = Number(data.get('forbundId'));
    const userId = Number(data.get('userId'));
    const res = await callApi<Member>(event, 'PUT', `/api/forbund/${forbundId}/users/${userId}`, {
      role: roleOf(data),
    });
    if (!res.ok)
      return fail(res.status === 409 ? 409 : 400, {
        action: 'row' as const,
        forbundId,
        userId,
        values: null,
        errors: {},
        error: detailOf(res.body, 'Det gick inte att byta roll.'),
      });
    return { changed: { name: res.body.name, role: res.body.role } };
  },
  remove: async (event) => {
    const data = await event.request.formData();
    const forbundId = Number(data.get('forbundId'));
    const userId = Number(data.get('userId'));
    const name = String(data.get('name') ?? '');
    const res = await callApi(event, 'DELETE', `/api/forbund/${forbundId}/users/${userId}`);
    if (!res.ok)
      return fail(res.status === 409 ? 409 : 400, {
        action: 'row' as const,
        forbundId,
        userId,
        values: null,
        errors: {},
        error: detailOf(res.body, 'Det gick inte att ta bort användaren.'),
      });
    return { removed: name };
  },
  /** The förbund's contact for reporting accessibility problems; empty fields remove it. */
  contact: async (event) => {
    const data = await event.request.formData();
    const forbundId = Number(data.get('forbundId'));
    const values = {
      email: String(data.get('email') ?? '').trim(),
      phone: String(data.get('phone') ?? '').trim(),
    };
    const res = await callApi(event, 'PUT', `/api/forbund/${forbundId}/tillganglighet`, values);
    if (!res.ok)
      return fail(400, {
        action: 'contact' as const,
        forbundId,
        values,
        errors: fieldErrors(res.body),
        error: detailOf(res.body, 'Kontakten kunde inte sparas.'),
      });
    return { contactSaved: forbundId };
  },
};
