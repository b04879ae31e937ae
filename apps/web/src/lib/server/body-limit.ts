/**
 * @module
 * The pages take forms of the size they need. Every page form but the two file uploads
 * of signed-in staff is a few kB; anything larger is refused (413) as soon as its
 * declared length, or the bytes that have come so far, pass the limit, never read whole.
 * (The API limits its own bodies.)
 */

/** A questionnaire with every answer and a language is about 2 kB. */
export const PAGE_FORM_LIMIT = 32 * 1024;

/** The staff pages that take a file (imports up to 20 MB, riksnitt) as a form. */
const UPLOAD_PAGES = /^\/(matningar\/\d+\/import|riksnitt)\/?$/;

/**
 * The instrument page: a file of at most 1 MB, or the same file carried from its preview
 * as base64 (4/3 of it), with room for the form around it.
 */
export const INSTRUMENT_FORM_LIMIT = 2 * 1024 * 1024;

/** The limit of a page's form posts, in bytes. */
export function formLimitOf(pathname: string): number | null {
  if (/^\/enkatversioner\/?$/.test(pathname)) return INSTRUMENT_FORM_LIMIT;
  return UPLOAD_PAGES.test(pathname) ? null : PAGE_FORM_LIMIT;
}

/**
 * The request's body if it has at most `limit` bytes, else null: stops keeping bytes at
 * the first one past the limit. The rest is read and dropped in the background so that
 * the 413 reaches the client: a socket closed on unread bytes resets the connection, and
 * the client may lose the answer.
 */
export async function readLimited(
  request: Request,
  limit: number,
): Promise<Uint8Array<ArrayBuffer> | null> {
  const declared = Number(request.headers.get('content-length') ?? Number.NaN);
  if (declared > limit) return null;
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      void drain(reader);
      return null;
    }
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

async function drain(reader: ReadableStreamDefaultReader<Uint8Array>): Promise<void> {
  try {
    while (!(await reader.read()).done) {
      // Dropped.
    }
  } catch {
    // The client went away.
  }
}

/** The request with the body already read, for the form actions to read again. */
export function withBody(request: Request, body: Uint8Array<ArrayBuffer>): Request {
  const headers = new Headers(request.headers);
  headers.delete('transfer-encoding');
  headers.set('content-length', String(body.byteLength));
  return new Request(request.url, { method: request.method, headers, body });
}

/** The answer to an oversized form: short and Swedish, naming the limit of its page. */
export function formTooLarge(limit: number = PAGE_FORM_LIMIT): Response {
  const text =
    limit === INSTRUMENT_FORM_LIMIT
      ? 'Filen är för stor. En instrumentfil är högst 1 MB (1 000 000 byte).\n'
      : 'Formuläret är för stort. En enkät skickar bara några kilobyte.\n';
  return new Response(text, {
    status: 413,
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
}
