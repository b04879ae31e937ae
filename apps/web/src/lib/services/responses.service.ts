/**
 * @module
 * Answers a koordinator brings in: a paper questionnaire typed in, or a responses file
 * (CSV or XLSX), checked first with a dry run.
 */
import type { InferRequestType } from 'hono/client';
import { type Api, answer } from './api-answer';

type Paper = Api['api']['rounds'][':id']['responses'];

export const enterPaper = (
  api: Api,
  roundId: number | string,
  json: InferRequestType<Paper['$post']>['json'],
) => answer(api.api.rounds[':id'].responses.$post({ param: { id: String(roundId) }, json }));

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function importFile(
  api: Api,
  roundId: number | string,
  file: { readonly bytes: ArrayBuffer; readonly kind: 'csv' | 'xlsx' },
  options: { readonly dryRun: boolean; readonly batch: string },
) {
  return answer(
    api.api.rounds[':id'].imports.$post(
      {
        param: { id: String(roundId) },
        query: {
          dryRun: options.dryRun ? 'true' : 'false',
          ...(options.batch === '' ? {} : { batch: options.batch }),
        },
      },
      {
        headers: { 'Content-Type': file.kind === 'csv' ? 'text/csv' : XLSX_TYPE },
        init: { body: file.bytes },
      },
    ),
  );
}
