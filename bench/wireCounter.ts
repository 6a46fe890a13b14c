/** Counts the HTTP requests and the bytes on the wire that a piece of client code makes, by wrapping `fetch`. */
export interface WireCount {
  requests: number;
  requestBytes: number;
  responseBytes: number;
}

/** Runs `work` with `fetch` counted; restores `fetch` afterwards. */
export async function countWire<T>(work: () => Promise<T>): Promise<{ result: T; count: WireCount }> {
  const original = globalThis.fetch;
  const count: WireCount = { requests: 0, requestBytes: 0, responseBytes: 0 };
  globalThis.fetch = async (input: Parameters<typeof fetch>[0], init?: Parameters<typeof fetch>[1]) => {
    count.requests++;
    const body = init?.body;
    count.requestBytes += typeof body === 'string' ? Buffer.byteLength(body) : body instanceof ArrayBuffer ? body.byteLength : 0;
    const response = await original(input, init);
    count.responseBytes += (await response.clone().arrayBuffer()).byteLength;
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
