/** Web Crypto is missing: the page is not a secure context (HTTPS or localhost). The UI maps `code` to its message. */
export class WebCryptoUnavailableError extends Error {
  readonly code = 'webCryptoUnavailable';
  constructor() {
    super('crypto.subtle is not available (not a secure context)');
    this.name = 'WebCryptoUnavailableError';
  }
}

/**
 * SHA-256 of a string's UTF-8 bytes, as lower-case hex, by the platform's Web Crypto (`crypto.subtle.digest`):
 * the same in browsers (SPFx, Teams) and in Node 20+ (tests, the workbench), with no hand-written hashing.
 * It is asynchronous, as Web Crypto is; `sha256.ts` is the synchronous pure-TypeScript version it replaces once
 * the call sites can await.
 */
export async function sha256Hex(text: string): Promise<string> {
  const subtle = globalThis.crypto?.subtle;
  // Web Crypto exists only in secure contexts (HTTPS or localhost); SharePoint and Teams always are.
  if (!subtle) throw new WebCryptoUnavailableError();
  const digest = await subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), byte => byte.toString(16).padStart(2, '0')).join('');
}
