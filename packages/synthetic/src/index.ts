/**
 * @module
 * Realistic synthetic questionnaires, deterministic for a seed: for the demo, the example
 * files and the benchmarks. Never real answers.
 */

export * from './example-forbund';
export * from './random';
export * from './responses';
export * from './umea-2017';
