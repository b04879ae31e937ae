/**
 * @module
 * Interchange formats (docs/): reading and validating responses (CSV or Excel) and
 * riksnitt CSV, and writing the report as CSV or an Excel workbook.
 */

export * from './bokslut-rows';
export * from './csv-parse';
export * from './csv-write';
export * from './date';
export * from './formula-guard';
export * from './line-error';
export * from './report-comments';
export * from './report-csv';
export * from './report-csv-excel';
export * from './report-history';
export * from './report-pdf';
export * from './report-words';
export * from './report-xlsx';
export * from './response-rows';
export * from './responses-csv';
export * from './responses-csv-write';
export * from './responses-xlsx';
export * from './riksnitt-csv';
export * from './riksnitt-csv-write';
export * from './xlsx-limits';
