/**
 * @module
 * The worker thread of an import: checks the file, then, when asked to store it, hands
 * its rows over a batch at a time, each when the server asks for it, so that the file is
 * never held whole as rows on either side.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { checkFile, fileBatches } from './file-passes';
import type { FromWorker, ToWorker, WorkerInput } from './protocol';

const port = parentPort;
if (!port) throw new Error('import-worker runs as a worker thread');
const send = (message: FromWorker) => port.postMessage(message);
// The server asks for each batch, a few ahead: asks not yet answered are counted.
let asks = 0;
let waiting: (() => void) | null = null;
port.on('message', (message: ToWorker) => {
  if (message.type !== 'next') return;
  asks++;
  waiting?.();
  waiting = null;
});
async function asked(): Promise<void> {
  if (asks === 0) await new Promise<void>((resolve) => (waiting = resolve));
  asks--;
}

async function main(): Promise<void> {
  const input = workerData as WorkerInput;
  const checked = await checkFile(input);
  send(checked);
  if (!checked.ok || !input.store) return;
  for await (const rows of fileBatches(input)) {
    await asked();
    send({ type: 'rows', rows });
  }
  await asked();
  send({ type: 'end' });
}

void main();
