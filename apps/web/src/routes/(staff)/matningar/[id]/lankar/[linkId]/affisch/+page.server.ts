import { getInstrument, questionsOfGroup } from '@indikera/instrument';
import { error } from '@sveltejs/kit';
import { qrSvg } from '$lib/server/qr-code';
import { callApi } from '$lib/server/staff-api';
import type { Insats, Link, Round } from '$lib/staff/types';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const round = await callApi<Round>(event, 'GET', `/api/rounds/${event.params.id}`);
  if (!round.ok) error(404, { message: 'Mätningen finns inte' });
  const links = await callApi<Link[]>(event, 'GET', `/api/rounds/${event.params.id}/links`);
  const link = links.ok ? links.body.find((l) => l.id === Number(event.params.linkId)) : undefined;
  if (!link) error(404, { message: 'Länken finns inte' });
  const insatser = (
    await callApi<Insats[]>(event, 'GET', `/api/forbund/${round.body.forbundId}/insatser`)
  ).body;
  const instrument = getInstrument(round.body.instrumentVersion);
  const url = `${event.url.origin}${link.path}`;
  const me = await event.parent();
  return {
    url,
    qr: await qrSvg(url),
    kiosk: link.kiosk,
    revoked: link.revoked,
    group: instrument.groups.find((g) => g.id === link.groupId)?.label ?? link.groupId,
    insats: insatser.find((i) => i.id === link.insatsId)?.name ?? null,
    forbund: me.me.memberships.find((m) => m.forbundId === round.body.forbundId)?.forbundName ?? '',
    minutes: Math.max(2, Math.ceil(questionsOfGroup(instrument, link.groupId).length / 2)),
    roundId: round.body.id,
  };
};
