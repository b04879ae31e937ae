/**
 * @module
 * The NNS indicator instrument as typed data, and the rules every answer must follow.
 */
export * from './answer';
export * from './response';
export * from './shown';
export { nns2021En } from './translations/nns-2021-en';
export type { InstrumentTranslation } from './translations/types';
export * from './types';
export * from './versions';
export { nns2021 } from './versions/nns-2021';
