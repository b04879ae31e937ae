import { questionsOfGroup } from '@indikera/instrument';
import { error } from '@sveltejs/kit';
import { staffApi } from '$lib/server/api-client';
import { qrSvg } from '$lib/server/qr-code';
import { listInsatser } from '$lib/services/forbund.service';
import { listLinks } from '$lib/services/links.service';
import { fetchRound, roundInstrument } from '$lib/services/rounds.service';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const api = staffApi(event);
  const round = await fetchRound(api, event.params.id);
  if (!round.ok) error(404, { message: 'Mätningen finns inte' });
  const links = await listLinks(api, event.params.id);
  const link = links.ok ? links.body.find((l) => l.id === Number(event.params.linkId)) : undefined;
  if (!link) error(404, { message: 'Länken finns inte' });
  const insatser = await listInsatser(api, round.body.forbundId);
  const found = await roundInstrument(api, round.body.id);
  if (!found.ok) error(404, { message: 'Mätningen finns inte' });
  const instrument = found.body;
  const url = `${event.url.origin}${link.path}`;
  const me = await event.parent();
  return {
    url,
    qr: await qrSvg(url),
    kiosk: link.kiosk,
    revoked: link.revoked,
    group: instrument.groups.find((g) => g.id === link.groupId)?.label ?? link.groupId,
    insats: (insatser.ok ? insatser.body : []).find((i) => i.id === link.insatsId)?.name ?? null,
    forbund: me.me.memberships.find((m) => m.forbundId === round.body.forbundId)?.forbundName ?? '',
    minutes: Math.max(2, Math.ceil(questionsOfGroup(instrument, link.groupId).length / 2)),
    roundId: round.body.id,
  };
};
