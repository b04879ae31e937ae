import { getInstrument } from '@indikera/instrument';
import { error, fail } from '@sveltejs/kit';
import { qrSvg } from '$lib/server/qr-code';
import { callApi, fieldErrors } from '$lib/server/staff-api';
import type { Insats, Link, Round } from '$lib/staff/types';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const round = await callApi<Round>(event, 'GET', `/api/rounds/${event.params.id}`);
  if (!round.ok) error(404, { message: 'Mätningen finns inte' });
  const links = await callApi<Link[]>(event, 'GET', `/api/rounds/${event.params.id}/links`);
  if (links.status === 403)
    error(403, { message: 'Bara koordinatorer och administratörer hanterar länkar' });
  const insatser = (
    await callApi<Insats[]>(event, 'GET', `/api/forbund/${round.body.forbundId}/insatser`)
  ).body;
  const instrument = getInstrument(round.body.instrumentVersion);
  const origin = event.url.origin;
  return {
    round: round.body,
    insatser,
    groups: instrument.groups.map((g) => ({ id: g.id, label: g.label })),
    links: await Promise.all(
      links.body.map(async (link) => ({
        ...link,
        url: `${origin}${link.path}`,
        qr: await qrSvg(`${origin}${link.path}`),
      })),
    ),
  };
};

export const actions: Actions = {
  create: async (event) => {
    const data = await event.request.formData();
    const asked = String(data.get('asked') ?? '').trim();
    const insatsId = String(data.get('insatsId') ?? '');
    const body = {
      group: String(data.get('group') ?? ''),
      insatsId: insatsId === '' ? null : Number(insatsId),
      kiosk: data.get('kiosk') === 'on',
      asked: asked === '' ? null : Number(asked),
    };
    const res = await callApi<Link>(event, 'POST', `/api/rounds/${event.params.id}/links`, body);
    if (!res.ok) return fail(400, { errors: fieldErrors(res.body), created: null });
    return { errors: {}, created: res.body.id };
  },
  revoke: async (event) => {
    const data = await event.request.formData();
    const res = await callApi(event, 'POST', `/api/links/${Number(data.get('linkId'))}/revoke`);
    if (!res.ok) return fail(res.status, { errors: {}, created: null });
    return { errors: {}, created: null, revoked: true };
  },
};
