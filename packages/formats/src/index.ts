/**
 * @module
 * Interchange formats (formats.md): reading and validating responses and riksnitt CSV,
 * and writing the report as CSV.
 */
export * from './csv-parse';
export * from './csv-write';
export * from './date';
export * from './line-error';
export * from './report-csv';
export * from './responses-csv';
export * from './responses-csv-write';
export * from './riksnitt-csv';
