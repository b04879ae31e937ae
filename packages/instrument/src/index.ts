/**
 * @module
 * The NNS indicator instrument as typed data, and the rules every answer must follow.
 */
export * from './answer';
export * from './response';
export * from './types';
export * from './versions';
export { nns2021 } from './versions/nns-2021';
