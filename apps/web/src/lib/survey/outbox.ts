/**
 * @module
 * Answers submitted without a connection wait here, in IndexedDB, keyed by their response
 * id, and are sent when the connection returns or the page is next opened. The API stores
 * each id once, so sending again after a lost acknowledgement never stores twice. An entry
 * leaves the outbox only when the server has it, or can never take it.
 */

const DB_NAME = 'indikera-outbox';
const STORE = 'responses';

export interface OutboxEntry {
  readonly id: string;
  readonly token: string;
  readonly body: {
    readonly id: string;
    readonly kon: string | null;
    readonly answers: Readonly<Record<string, unknown>>;
  };
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
 * connection, a server error, or a closed round (a coordinator may open it again).
 * Dropped: answers the server says it can never take (unknown link, invalid).
 */
export function flushOutbox(): Promise<number> {
  flushing ??= (async () => {
    try {
      for (const entry of await outboxEntries()) {
        let status: number;
        try {
          const res = await fetch(`/api/s/${encodeURIComponent(entry.token)}/responses`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify(entry.body),
          });
          status = res.status;
        } catch {
          break; // Still offline: try again later.
        }
        if (status === 200 || status === 201 || status === 400 || status === 404)
          await removeFromOutbox(entry.id);
      }
      return await outboxCount();
    } finally {
      flushing = null;
    }
  })();
  return flushing;
}
