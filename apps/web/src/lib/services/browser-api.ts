/**
 * @module
 * The API from the browser: the same typed client, over the page's own origin.
 */
import { type Api, apiClient } from './api-answer';

export function browserApi(): Api {
  return apiClient(location.origin, (input, init) => fetch(input, init));
}
