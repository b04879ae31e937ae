/**
 * @module
 * A file the API answers with (XLSX, ZIP), as the exact bytes of its view: a Uint8Array
 * may be a window on a larger buffer, which must not be sent whole.
 */
export function fileBody(bytes: Uint8Array): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}
