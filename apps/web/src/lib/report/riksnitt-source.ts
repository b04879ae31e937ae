/**
 * @module
 * What the report on the page compares with, for every component that names it: the
 * official riksnitt (nothing set), or the installation's pooled figures, which no heading
 * or verdict may call riksnitt or riket. The report page sets it once.
 */
import { comparedWith, type RiksnittSource } from '@indikera/formats/report-words';
import { getContext, setContext } from 'svelte';

const KEY = Symbol('riksnittSource');

/** Called by the report page, with its report's `riksnittSource`. */
export function setRiksnittSource(source: () => RiksnittSource): void {
  setContext(KEY, source);
}

/** A heading or verdict said of what the page's report compares with. */
export function comparedOnPage(): (text: string) => string {
  const source = getContext<(() => RiksnittSource) | undefined>(KEY);
  return (text) => comparedWith(text, source?.());
}
