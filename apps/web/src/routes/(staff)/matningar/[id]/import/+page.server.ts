/**
 * File import: a koordinator previews a responses file (CSV or XLSX) with a dry run, then
 * imports it. The previewed file comes back in the page as base64 (up to 5 MB) so that the
 * import stores exactly the file that was checked.
 */
import { error, fail } from '@sveltejs/kit';
import type { FileError } from '$lib/entry/import';
import { staffApi } from '$lib/server/api-client';
import { importFile, XLSX_TYPE } from '$lib/services/responses.service';
import { fetchRound, roundInstrument } from '$lib/services/rounds.service';
import { mayCollect } from '$lib/staff/roles';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

/** The largest file carried from the preview to the import inside the page. */
const CARRY_LIMIT = 5 * 1024 * 1024;

export const load: PageServerLoad = async (event) => {
  const api = staffApi(event);
  const round = await fetchRound(api, event.params.id);
  if (!round.ok) error(404, { message: 'Mätningen finns inte' });
  const { me } = await event.parent();
  const role = me.memberships.find((m) => m.forbundId === round.body.forbundId)?.role;
  if (!mayCollect(role))
    error(403, { message: 'Bara koordinatorer och administratörer importerar svar' });
  const found = await roundInstrument(api, round.body.id);
  if (!found.ok) error(404, { message: 'Mätningen finns inte' });
  return {
    round: round.body,
    groups: found.body.groups.map((g) => ({ id: g.id, label: g.label })),
    // The round's own questions are columns of the file too.
    localColumns: found.body.questions.filter((q) => q.local).map((q) => q.id),
  };
};

function kindOf(name: string, type: string): 'csv' | 'xlsx' | null {
  if (type === XLSX_TYPE || name.toLowerCase().endsWith('.xlsx')) return 'xlsx';
  if (type === 'text/csv' || name.toLowerCase().endsWith('.csv')) return 'csv';
  return null;
}

/** Reads the posted file: from the file input, or carried as base64 from the preview. */
async function readFile(
  data: FormData,
): Promise<{ bytes: ArrayBuffer; name: string; kind: 'csv' | 'xlsx' } | string> {
  const carried = data.get('carried');
  if (typeof carried === 'string' && carried !== '') {
    const name = String(data.get('fileName') ?? '');
    const kind = kindOf(name, '');
    if (!kind) return 'Filen måste vara CSV eller XLSX.';
    return { bytes: Uint8Array.from(Buffer.from(carried, 'base64')).buffer, name, kind };
  }
  const file = data.get('file');
  if (!(file instanceof File) || file.size === 0) return 'Välj en fil.';
  const kind = kindOf(file.name, file.type);
  if (!kind) return 'Filen måste vara CSV (.csv) eller Excel (.xlsx).';
  return { bytes: await file.arrayBuffer(), name: file.name, kind };
}

async function run(event: RequestEvent, dryRun: boolean) {
  const data = await event.request.formData();
  const batch = String(data.get('batch') ?? '').trim();
  const file = await readFile(data);
  if (typeof file === 'string') return fail(400, { step: 'choose' as const, batch, problem: file });
  const res = await importFile(staffApi(event), event.params.id, file, { dryRun, batch });
  if (res.status === 422) {
    const body = res.body;
    const errors: FileError[] = (body.errors ?? []).map((e) => ({
      line: e.line ?? null,
      column: e.field && e.field !== '(rad)' ? e.field : null,
      message: e.message,
    }));
    return fail(422, {
      step: 'choose' as const,
      batch,
      fileName: file.name,
      problem: body.detail ?? 'Filen har fel. Inget är sparat.',
      errors,
    });
  }
  if (!res.ok) {
    return fail(res.status, {
      step: 'choose' as const,
      batch,
      problem: res.body.detail ?? 'Filen kunde inte läsas in.',
    });
  }
  const result = res.body;
  if (dryRun) {
    return {
      step: 'preview' as const,
      batch,
      fileName: file.name,
      result,
      carried:
        file.bytes.byteLength <= CARRY_LIMIT ? Buffer.from(file.bytes).toString('base64') : null,
    };
  }
  return { step: 'done' as const, batch, fileName: file.name, result };
}

export const actions: Actions = {
  preview: (event) => run(event, true),
  import: (event) => run(event, false),
};
