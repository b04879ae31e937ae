import { redirect } from '@sveltejs/kit';
import { callApi, SESSION_COOKIE } from '$lib/server/staff-api';
import type { LayoutServerLoad } from './$types';

export interface Me {
  readonly id: number;
  readonly name: string;
  readonly email: string;
  readonly isInstallationAdmin: boolean;
  readonly memberships: readonly {
    forbundId: number;
    forbundName: string;
    role: 'admin' | 'koordinator' | 'lasare';
  }[];
}

export const load: LayoutServerLoad = async (event) => {
  const hadSession = event.cookies.get(SESSION_COOKIE) !== undefined;
  const me = await callApi<Me>(event, 'GET', '/api/auth/me');
  if (me.status === 401) {
    const target = encodeURIComponent(event.url.pathname + event.url.search);
    // A cookie that no longer opens a session: it ran out, and the person should know why.
    redirect(303, `/logga-in?till=${target}${hadSession ? '&utgangen=1' : ''}`);
  }
  return { me: me.body };
};
