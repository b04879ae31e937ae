/**
 * @module
 * Answers submitted without a connection wait here, in IndexedDB, keyed by their response
 * id, and are sent when the connection returns or the page is next opened. The API stores
 * each id once, so sending again after a lost acknowledgement never stores twice. An entry
 * leaves the outbox only when the server has it, or can never take it.
 */
import type { Api } from '$lib/services/api-answer';
import { browserApi } from '$lib/services/browser-api';
import { mayRetry, type ResponseBody, submitResponse } from '$lib/services/survey.service';

const DB_NAME = 'indikera-outbox';
const STORE = 'responses';

export interface OutboxEntry {
  readonly id: string;
  readonly token: string;
  readonly body: ResponseBody;
}

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: 'id' });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function withStore<T>(
  mode: IDBTransactionMode,
  work: (store: IDBObjectStore) => IDBRequest<T>,
): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const request = work(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(request.result);
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
  } finally {
    db.close();
  }
}

export function addToOutbox(entry: OutboxEntry): Promise<IDBValidKey> {
  return withStore('readwrite', (store) => store.put(entry));
}

export function outboxCount(): Promise<number> {
  return withStore('readonly', (store) => store.count());
}

function outboxEntries(): Promise<OutboxEntry[]> {
  return withStore('readonly', (store) => store.getAll() as IDBRequest<OutboxEntry[]>);
}

function removeFromOutbox(id: string): Promise<undefined> {
  return withStore('readwrite', (store) => store.delete(id));
}

let flushing: Promise<number> | null = null;

/**
 * Sends every waiting answer; returns how many still wait. Kept: answers that met no
 * connection or a server error (sending stops there), a closed round (a coordinator may
 * open it again), or the rate limit. Dropped: stored, or what the server says it can
 * never take (unknown link, invalid, too large).
 */
export function flushOutbox(api: Api = browserApi()): Promise<number> {
  flushing ??= (async () => {
    try {
      for (const entry of await outboxEntries()) {
        const outcome = await submitResponse(api, entry.token, entry.body);
        if (outcome.kind === 'unreachable') break; // Still offline: try again later.
        if (!mayRetry(outcome)) await removeFromOutbox(entry.id);
      }
      return await outboxCount();
    } finally {
      flushing = null;
    }
  })();
  return flushing;
}
