/**
 * @module
 * A staff form's answer from its action: refused with its errors by field and what to
 * say, or done with a notice; `relay` turns an API answer into one or the other.
 */
import { fail } from '@sveltejs/kit';
import { fieldErrors } from '$lib/services/api-answer';

/** A form refused, its errors by field. */
export function refuse(
  status: number,
  form: string,
  errors: Record<string, string>,
  message: string,
) {
  return fail(status, { form, errors, message });
}

/** Relays an API answer: done, or the problem's field errors and detail. */
export async function relay(
  form: string,
  request: Promise<{ ok: boolean; status: number; body: unknown }>,
  done: string,
) {
  const res = await request;
  if (!res.ok) {
    const detail = (res.body as { detail?: string } | null)?.detail;
    return refuse(res.status, form, fieldErrors(res.body), detail ?? 'Det gick inte att spara.');
  }
  return { form, done };
}
