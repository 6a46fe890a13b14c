/** Counts the HTTP requests and the bytes on the wire that a piece of client code makes, by wrapping `fetch`. */
export interface WireCount {
  requests: number;
  requestBytes: number;
  /** Bytes as they crossed the wire (compressed when the server compressed them). */
  responseBytes: number;
  /** Bytes after decompression. */
  decodedBytes: number;
}

/** Runs `work` with `fetch` counted; restores `fetch` afterwards. */
export async function countWire<T>(work: () => Promise<T>): Promise<{ result: T; count: WireCount }> {
  const original = globalThis.fetch;
  const count: WireCount = { requests: 0, requestBytes: 0, responseBytes: 0, decodedBytes: 0 };
  globalThis.fetch = async (input: Parameters<typeof fetch>[0], init?: Parameters<typeof fetch>[1]) => {
    count.requests++;
    const body = init?.body;
    count.requestBytes += typeof body === 'string' ? Buffer.byteLength(body) : body instanceof ArrayBuffer ? body.byteLength : 0;
    const response = await original(input, init);
    const decoded = (await response.clone().arrayBuffer()).byteLength;
    const length = Number(response.headers.get('content-length'));
    count.decodedBytes += decoded;
    count.responseBytes += response.headers.get('content-encoding') && Number.isFinite(length) && length > 0 ? length : decoded;
    return response;
  };
  try {
    return { result: await work(), count };
  } finally {
    globalThis.fetch = original;
  }
}

/** "12.3 KB". */
export function kilobytes(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}
