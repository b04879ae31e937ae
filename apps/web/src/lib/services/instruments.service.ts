/**
 * @module
 * The instrument registry: the versions rounds can be created on, and the installation
 * administrator's preview and adding of an instrument file.
 */
import { type Api, answer } from './api-answer';

/** Every version of the registry, oldest first (the built-in ones first). */
export const listInstruments = (api: Api) => answer(api.api.instruments.$get());
