/**
 * @module
 * A förbund's users and their roles, for its administratörer and the installation
 * administrator: change a role, remove someone, make a password reset link, and invite
 * someone by e-mail (a one-time link to hand over; the same whether or not the address
 * already has an account).
 */
import { error, fail } from '@sveltejs/kit';
import { staffApi } from '$lib/server/api-client';
import { fieldErrors } from '$lib/services/api-answer';
import type { Forbund as ForbundRow, Role } from '$lib/services/api-types';
import {
  changeMember,
  fetchAccessibilityContact,
  listForbund,
  listMembers,
  removeMember,
  saveAccessibilityContact,
} from '$lib/services/forbund.service';
import {
  createPasswordReset,
  invite,
  listInvitations,
  withdrawInvitation,
} from '$lib/services/invitations.service';
import {
  fetchPooling,
  listAccounts,
  savePooling,
  setNationalAnalyst,
} from '$lib/services/national.service';
import type { Actions, PageServerLoad } from './$types';

type Forbund = Pick<ForbundRow, 'id' | 'name'>;

const ROLES: readonly Role[] = ['admin', 'koordinator', 'lasare'];

function roleOf(data: FormData): Role | undefined {
  const role = String(data.get('role') ?? '');
  return ROLES.find((r) => r === role);
}

function detailOf(body: unknown, fallback: string): string {
  return (body as { detail?: string } | null)?.detail ?? fallback;
}

export const load: PageServerLoad = async (event) => {
  const { me } = await event.parent();
  const isAdminOf = (forbundId: number) =>
    me.memberships.some((m) => m.forbundId === forbundId && m.role === 'admin');
  const api = staffApi(event);
  let forbund: Forbund[];
  if (me.isInstallationAdmin) {
    const all = await listForbund(api);
    if (!all.ok) error(all.status, { message: 'Förbunden kunde inte hämtas' });
    forbund = all.body.map(({ id, name }) => ({ id, name }));
  } else {
    forbund = me.memberships
      .filter((m) => m.role === 'admin')
      .map((m) => ({ id: m.forbundId, name: m.forbundName }));
  }
  if (!me.isInstallationAdmin && forbund.length === 0)
    error(403, { message: 'Bara administratörer hanterar användare' });
  const accounts = me.isInstallationAdmin ? await listAccounts(api) : null;
  return {
    accounts: accounts?.ok ? accounts.body : null,
    forbund: await Promise.all(
      forbund.map(async (f) => {
        // Only the förbund's own admins keep its accessibility contact.
        const contact = await fetchAccessibilityContact(api, f.id);
        const pooling = await fetchPooling(api, f.id);
        const users = await listMembers(api, f.id);
        const invitations = await listInvitations(api, f.id);
        if (!users.ok || !invitations.ok)
          error(403, { message: 'Bara administratörer hanterar användare' });
        return {
          ...f,
          users: users.body,
          invitations: invitations.body,
          contact: contact.ok && isAdminOf(f.id) ? contact.body : null,
          // Only the förbund's own admins decide whether its answers are pooled.
          pooled: pooling.ok && isAdminOf(f.id) ? pooling.body.pooled : null,
        };
      }),
    ),
  };
};

export const actions: Actions = {
  invite: async (event) => {
    const data = await event.request.formData();
    const forbundId = Number(data.get('forbundId'));
    const role = roleOf(data);
    const values = { email: String(data.get('email') ?? '').trim(), role: role ?? '' };
    if (!role) {
      return fail(400, {
        action: 'add' as const,
        forbundId,
        userId: null,
        values,
        errors: { role: 'Välj en roll.' },
        error: 'Rätta uppgifterna nedan och försök igen.',
      });
    }
    const res = await invite(staffApi(event), forbundId, { email: values.email, role });
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
    await withdrawInvitation(staffApi(event), forbundId, invitationId);
    return { withdrawn: email };
  },
  reset: async (event) => {
    const data = await event.request.formData();
    const forbundId = Number(data.get('forbundId'));
    const userId = Number(data.get('userId'));
    const name = String(data.get('name') ?? '');
    const res = await createPasswordReset(staffApi(event), forbundId, userId);
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
    const role = roleOf(data);
    const res = role
      ? await changeMember(staffApi(event), forbundId, userId, { role })
      : { ok: false as const, status: 400 as const, body: { detail: 'Välj en roll.' } };
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
    const res = await removeMember(staffApi(event), forbundId, userId);
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
  /** The förbund admin's decision whether its answers count in the pooled figures. */
  pooling: async (event) => {
    const data = await event.request.formData();
    const forbundId = Number(data.get('forbundId'));
    const res = await savePooling(staffApi(event), forbundId, data.get('pooled') === 'ja');
    if (!res.ok) error(res.status, { message: detailOf(res.body, 'Beslutet kunde inte sparas.') });
    return { poolingSaved: forbundId };
  },
  /** The installation administrator grants or takes back the national analyst role. */
  analyst: async (event) => {
    const data = await event.request.formData();
    const userId = Number(data.get('userId'));
    const granted = data.get('granted') === 'ja';
    const res = await setNationalAnalyst(staffApi(event), userId, granted);
    if (!res.ok) error(res.status, { message: detailOf(res.body, 'Rollen kunde inte ändras.') });
    return {
      analystChanged: `${res.body.name} är ${granted ? 'nu' : 'inte längre'} riksnivåanalytiker.`,
    };
  },
  /** The förbund's contact for reporting accessibility problems; empty fields remove it. */
  contact: async (event) => {
    const data = await event.request.formData();
    const forbundId = Number(data.get('forbundId'));
    const values = {
      email: String(data.get('email') ?? '').trim(),
      phone: String(data.get('phone') ?? '').trim(),
    };
    const res = await saveAccessibilityContact(staffApi(event), forbundId, values);
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
