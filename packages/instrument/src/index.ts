/**
 * @module
 * The NNS indicator instrument as typed data, and the rules every answer must follow.
 */
export * from './answer';
export * from './file/instrument-checks';
export * from './file/instrument-schema';
export * from './file/parse-instrument';
export * from './local-questions';
export * from './response';
export * from './shown';
export type { InstrumentTranslation } from './translations/types';
export * from './types';
export * from './versions';
export { nns2021, nns2021En } from './versions/nns-2021';
