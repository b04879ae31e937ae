/**
 * @module
 * The instrument registry: the versions rounds can be created on, and the installation
 * administrator's preview and adding of an instrument file.
 */
import { type Api, answer } from './api-answer';

/** Every version of the registry, oldest first (the built-in ones first). */
export const listInstruments = (api: Api) => answer(api.api.instruments.$get());

const asJson = (file: Blob) => ({
  headers: { 'Content-Type': 'application/json' },
  init: { body: file },
});

/** An instrument file checked as the registry would add it, shown as its version; nothing stored. */
export const previewInstrument = (api: Api, file: Blob) =>
  answer(api.api.instruments.preview.$post(undefined, asJson(file)));

/** Adds an instrument file to the registry: 201 added, 200 the same file was there. */
export const addInstrument = (api: Api, file: Blob) =>
  answer(api.api.instruments.$post(undefined, asJson(file)));
