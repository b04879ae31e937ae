/**
 * @module
 * The round a staff page under `/matningar/:id` is about, read through the API as the
 * signed-in person: a 404 page for an id that is no number, an unknown round or one of
 * another förbund, exactly as the API answers.
 */

import { getInstrument, type InstrumentVersion, withLocalQuestions } from '@indikera/instrument';
import { error } from '@sveltejs/kit';
import type { Api } from '$lib/services/api-answer';
import { fetchLocalQuestions } from '$lib/services/local-questions.service';
import { fetchRound } from '$lib/services/rounds.service';
import { type StaffEvent, staffApi } from './api-client';

export async function staffRound(event: StaffEvent & { readonly params: { readonly id: string } }) {
  const { id } = event.params;
  if (!/^[1-9]\d*$/.test(id)) error(404, { message: 'Mätningen finns inte' });
  const api = staffApi(event);
  const round = await fetchRound(api, id);
  if (!round.ok) error(404, { message: 'Mätningen finns inte' });
  return { api, round: round.body };
}

/** The round's local questions as the API gives them; none where it gives none. */
export async function localQuestionsOf(api: Api, roundId: number | string) {
  const local = await fetchLocalQuestions(api, roundId);
  return local.ok ? local.body.questions.map(({ id: _, ...q }) => q) : [];
}

/** The instrument a round is answered on: its version with the round's local questions. */
export async function roundInstrumentOf(
  api: Api,
  round: { readonly id: number; readonly instrumentVersion: string },
): Promise<InstrumentVersion> {
  return withLocalQuestions(
    getInstrument(round.instrumentVersion),
    await localQuestionsOf(api, round.id),
  );
}
