/**
 * @module
 * The 2021 version of *Indikatorer för finansiell samordning* (NNS): the questionnaires used
 * in the 2021 measurement, with the exact Swedish wording of every question, read from its
 * instrument file (`instruments/nns-2021.json`) the same way as any other version.
 */
import nns2021File from '../../instruments/nns-2021.json';
import { loadInstrument } from '../file/parse-instrument';
import type { InstrumentTranslation } from '../translations/types';
import type { InstrumentVersion } from '../types';

export const nns2021: InstrumentVersion = loadInstrument(nns2021File);

/**
 * English help translation of the 2021 instrument, for respondents who read English
 * better than Swedish. Shown beside the Swedish original, never instead of it in reports.
 */
export const nns2021En: InstrumentTranslation = (() => {
  const en = nns2021.translations.en;
  if (!en) throw new Error('the 2021 instrument file has no English translation');
  return en;
})();
