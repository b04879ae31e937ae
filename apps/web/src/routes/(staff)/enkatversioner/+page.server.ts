/**
 * @module
 * Enkätversioner: the instrument registry. Everyone signed in sees the versions rounds can
 * be created on; the installation administrator previews an instrument file (checked by
 * the API, every group's questionnaire shown as a respondent will see it, nothing stored)
 * and adds exactly the previewed file on confirmation.
 */
import { error, fail } from '@sveltejs/kit';
import { staffApi } from '$lib/server/api-client';
import type { FieldError } from '$lib/services/api-types';
import {
  addInstrument,
  listInstruments,
  previewInstrument,
} from '$lib/services/instruments.service';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const versions = await listInstruments(staffApi(event));
  if (!versions.ok) error(versions.status, { message: 'Enkätversionerna kunde inte hämtas' });
  return { versions: versions.body };
};

/** The posted file: chosen now, or carried as base64 from its preview. */
async function postedFile(data: FormData): Promise<{ bytes: Uint8Array; name: string } | null> {
  const carried = data.get('carried');
  if (typeof carried === 'string' && carried !== '') {
    return { bytes: Buffer.from(carried, 'base64'), name: String(data.get('fileName') ?? '') };
  }
  const file = data.get('file');
  if (!(file instanceof File) || file.size === 0) return null;
  return { bytes: new Uint8Array(await file.arrayBuffer()), name: file.name };
}

const blobOf = (bytes: Uint8Array) => new Blob([bytes as Uint8Array<ArrayBuffer>]);

/** A refused file: the API's message and every problem by its place in the file. */
function refused(status: number, body: { detail?: string; errors?: FieldError[] } | null) {
  return fail(status === 422 || status === 409 || status === 413 ? status : 400, {
    message: body?.detail ?? 'Filen kunde inte läsas.',
    errors: (body?.errors ?? []).slice(0, 50),
  });
}

export const actions: Actions = {
  preview: async (event) => {
    const file = await postedFile(await event.request.formData());
    if (!file) return fail(400, { message: 'Välj en instrumentfil (.json).', errors: [] });
    const res = await previewInstrument(staffApi(event), blobOf(file.bytes));
    if (!res.ok) return refused(res.status, res.body);
    return {
      preview: res.body,
      fileName: file.name,
      carried: Buffer.from(file.bytes).toString('base64'),
    };
  },
  add: async (event) => {
    const file = await postedFile(await event.request.formData());
    if (!file) return fail(400, { message: 'Välj en instrumentfil (.json).', errors: [] });
    const res = await addInstrument(staffApi(event), blobOf(file.bytes));
    if (!res.ok) return refused(res.status, res.body);
    return {
      added:
        res.body.status === 'added'
          ? `Version ${res.body.version} (${res.body.name}) är tillagd. Nya mätningar kan besvaras med den.`
          : `Version ${res.body.version} fanns redan med exakt samma innehåll; inget är ändrat.`,
    };
  },
};
