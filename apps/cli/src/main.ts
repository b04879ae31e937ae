#!/usr/bin/env node
/**
 * @module
 * Entry point of `indikera` (`pnpm --silent indikera …` from the repository root).
 */
import { processIo } from './io';
import { run } from './run';

process.exitCode = await run(process.argv.slice(2), processIo());
