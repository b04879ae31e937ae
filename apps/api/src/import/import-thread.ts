/**
 * @module
 * Runs an import's reading in a worker thread, so that a large file never holds up the
 * server's other requests. The worker is bundled from its source with esbuild on first
 * use (once per process) and started from that code as an ES module, the same from the
 * sources, the command's bundle and the web build.
 */
import { createHash, randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { rename, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ImportedResponse } from '@indikera/formats';
import type { Plugin } from 'esbuild';
import { repoRoot } from '../repo-root';
import type { Checked, FromWorker, ToWorker, WorkerInput } from './protocol';

/** Batches the worker may have read before the server takes them. */
const READ_AHEAD = 3;

/** Packages that work only as they are published (read-excel-file reads nothing bundled). */
const UNBUNDLED = ['read-excel-file/node'];

/** Leaves `names` out of the bundle, imported from where they are installed. */
function unbundled(names: readonly string[]): Plugin {
  return {
    name: 'unbundled',
    setup(build) {
      const filter = new RegExp(`^(${names.map((n) => n.replace(/[/.-]/g, '\\$&')).join('|')})$`);
      build.onResolve({ filter }, async (args) => {
        if (args.pluginData === 'unbundled') return undefined;
        const found = await build.resolve(args.path, {
          kind: args.kind,
          resolveDir: args.resolveDir,
          pluginData: 'unbundled',
        });
        return { path: pathToFileURL(found.path).href, external: true };
      });
    },
  };
}

let code: Promise<string> | undefined;

function workerCode(): Promise<string> {
  code ??= (async () => {
    const { build } = await import('esbuild');
    const result = await build({
      entryPoints: [join(repoRoot(), 'apps/api/src/import/import-worker.ts')],
      bundle: true,
      write: false,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      logLevel: 'error',
      plugins: [unbundled(UNBUNDLED)],
      // Bundled CommonJS modules may require Node's own modules.
      banner: {
        js: "import { createRequire as workerCreateRequire } from 'node:module'; const require = workerCreateRequire(import.meta.url);",
      },
    });
    const output = result.outputFiles[0];
    if (!output) throw new Error('esbuild gave no import worker');
    return output.text;
  })();
  code.catch(() => {
    code = undefined;
  });
  return code;
}

let file: Promise<string> | undefined;

/**
 * The bundle as a file in the temporary folder, named after its content: written once,
 * never changed (a new name for new code), so that processes side by side share it.
 */
function workerFile(): Promise<string> {
  file ??= (async () => {
    const text = await workerCode();
    const hash = createHash('sha256').update(text).digest('hex').slice(0, 16);
    const path = join(tmpdir(), `indikera-import-worker-${hash}.mjs`);
    if (!existsSync(path)) {
      const partial = `${path}.${process.pid}.${randomUUID()}`;
      await writeFile(partial, text);
      await rename(partial, path);
    }
    return path;
  })();
  file.catch(() => {
    file = undefined;
  });
  return file;
}

export interface ImportThread {
  /** The whole file checked: counts per group, or the errors. */
  readonly checked: Promise<Checked>;
  /** The rows, a batch at a time, read a few batches ahead of the one taken. */
  batches(): AsyncGenerator<readonly ImportedResponse[]>;
  /** Ends the thread (also when the batches are not all taken). */
  stop(): Promise<void>;
}

export async function startImportThread(input: WorkerInput): Promise<ImportThread> {
  const worker = new Worker(await workerFile(), {
    workerData: input,
    // It holds the file and a few batches, never the rows: a small heap keeps its garbage
    // collected early instead of growing the server's memory.
    resourceLimits: { maxOldGenerationSizeMb: 96, maxYoungGenerationSizeMb: 16 },
  });
  const inbox: FromWorker[] = [];
  let waiter: { resolve: (m: FromWorker) => void; reject: (e: Error) => void } | null = null;
  let failure: Error | null = null;
  const fail = (error: Error) => {
    failure = error;
    waiter?.reject(error);
    waiter = null;
  };
  worker.on('message', (message: FromWorker) => {
    if (waiter) {
      waiter.resolve(message);
      waiter = null;
    } else inbox.push(message);
  });
  worker.on('error', fail);
  worker.on('exit', (exitCode) => fail(new Error(`the import worker ended (${exitCode})`)));
  const receive = () => {
    const next = inbox.shift();
    if (next) return Promise.resolve(next);
    if (failure) return Promise.reject(failure);
    return new Promise<FromWorker>((resolve, reject) => {
      waiter = { resolve, reject };
    });
  };
  const ask = () => worker.postMessage({ type: 'next' } satisfies ToWorker);

  const checked = receive().then((message) => {
    if (message.type !== 'checked') throw new Error(`the import worker said ${message.type}`);
    return message;
  });
  return {
    checked,
    async *batches() {
      // The worker reads ahead while the batch before is stored: a few batches at most.
      for (let i = 1; i < READ_AHEAD; i++) ask();
      for (;;) {
        ask();
        const message = await receive();
        if (message.type === 'end') return;
        if (message.type !== 'rows') throw new Error(`the import worker said ${message.type}`);
        yield message.rows;
      }
    },
    async stop() {
      await worker.terminate();
    },
  };
}
