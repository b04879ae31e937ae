/**
 * @module
 * The NNS key figures from answer counts: shares, Wilson intervals, typvärde, gender cells
 * with suppression, comparisons with riksnittet and last year, indicator verdicts.
 */
export * from './comparison';
export * from './disclosure';
export * from './disclosure-plan';
export * from './indicator-verdict';
export * from './pooled-report';
export * from './printed';
export * from './report';
export * from './report-types';
export * from './response-rate';
export * from './share';
export * from './suppression';
export * from './tally';
export * from './targets';
export * from './typvarde';
export * from './wilson';
