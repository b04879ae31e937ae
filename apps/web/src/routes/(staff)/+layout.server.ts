import { redirect } from '@sveltejs/kit';
import { SESSION_COOKIE, staffApi } from '$lib/server/api-client';
import { fetchMe } from '$lib/services/auth.service';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async (event) => {
  const hadSession = event.cookies.get(SESSION_COOKIE) !== undefined;
  const me = await fetchMe(staffApi(event));
  if (!me.ok) {
    const target = encodeURIComponent(event.url.pathname + event.url.search);
    // A cookie that no longer opens a session: it ran out, and the person should know why.
    redirect(303, `/logga-in?till=${target}${hadSession ? '&utgangen=1' : ''}`);
  }
  return { me: me.body };
};
