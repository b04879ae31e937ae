/**
 * @module
 * The round a staff page under `/matningar/:id` is about, read through the API as the
 * signed-in person: a 404 page for an id that is no number, an unknown round or one of
 * another förbund, exactly as the API answers.
 */
import { error } from '@sveltejs/kit';
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
