import { webcrypto } from 'crypto';
import { TextDecoder, TextEncoder } from 'util';

/**
 * jsdom has no Web Crypto `subtle` (nor TextEncoder), while every browser the app runs in has both: SharePoint and
 * Teams pages are secure contexts. Component tests that run the real services (the approval fingerprint hashes with
 * `crypto.subtle.digest`) get Node's own Web Crypto, the same API the node tests use.
 */
const scope = globalThis as unknown as { crypto?: { subtle?: unknown }; TextEncoder?: unknown; TextDecoder?: unknown };
if (!scope.crypto?.subtle) Object.defineProperty(globalThis, 'crypto', { value: webcrypto, configurable: true, writable: true });
if (!scope.TextEncoder) scope.TextEncoder = TextEncoder;
if (!scope.TextDecoder) scope.TextDecoder = TextDecoder;
