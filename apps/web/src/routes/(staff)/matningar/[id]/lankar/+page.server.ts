import { error, fail } from '@sveltejs/kit';
import { staffApi } from '$lib/server/api-client';
import { qrSvg } from '$lib/server/qr-code';
import { fieldErrors } from '$lib/services/api-answer';
import { listInsatser } from '$lib/services/forbund.service';
import { createLink, listLinks, revokeLink } from '$lib/services/links.service';
import { fetchRound, roundInstrument } from '$lib/services/rounds.service';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const api = staffApi(event);
  const round = await fetchRound(api, event.params.id);
  if (!round.ok) error(404, { message: 'Mätningen finns inte' });
  const links = await listLinks(api, event.params.id);
  if (!links.ok) error(403, { message: 'Bara koordinatorer och administratörer hanterar länkar' });
  const insatser = await listInsatser(api, round.body.forbundId);
  const found = await roundInstrument(api, round.body.id);
  if (!found.ok) error(404, { message: 'Mätningen finns inte' });
  const instrument = found.body;
  const origin = event.url.origin;
  return {
    round: round.body,
    insatser: insatser.ok ? insatser.body : [],
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
    const res = await createLink(staffApi(event), event.params.id, body);
    if (!res.ok) return fail(400, { errors: fieldErrors(res.body), created: null });
    return { errors: {}, created: res.body.id };
  },
  revoke: async (event) => {
    const data = await event.request.formData();
    const res = await revokeLink(staffApi(event), Number(data.get('linkId')));
    if (!res.ok) return fail(res.status, { errors: {}, created: null });
    return { errors: {}, created: null, revoked: true };
  },
};
