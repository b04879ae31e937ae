/**
 * Writes `schema/instrument.schema.json` from the zod schema of the instrument file format
 * (`pnpm instrument:schema`). A test fails while the shipped file and the schema differ.
 */
import { writeFileSync } from 'node:fs';
import { instrumentJsonSchema } from '../src/file/instrument-json-schema';

const target = new URL('../schema/instrument.schema.json', import.meta.url);
writeFileSync(target, `${JSON.stringify(instrumentJsonSchema(), null, 2)}\n`);
