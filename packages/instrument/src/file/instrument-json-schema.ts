/**
 * @module
 * The JSON Schema of the instrument file format, generated from its zod schema so that the
 * two can never say different things about a file's shape.
 */
import { z } from 'zod';
import { instrumentFileSchema } from './instrument-schema';

/** The JSON Schema (draft 2020-12) of an instrument file, as shipped in `schema/`. */
export function instrumentJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(instrumentFileSchema, { io: 'input' });
}
