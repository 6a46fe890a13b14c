import { TestEnvironment } from 'jest-environment-jsdom';
import type { EnvironmentContext, JestEnvironmentConfig } from '@jest/environment';

/** Node's own network and timer globals that a jsdom window lacks. */
const FROM_NODE = ['fetch', 'Headers', 'Request', 'Response', 'FormData', 'TextEncoder', 'TextDecoder', 'setImmediate', 'clearImmediate', 'structuredClone', 'ReadableStream', 'TransformStream', 'WritableStream'];

/**
 * jsdom for rendering components, plus Node's fetch and its companions, so a component test can run the real
 * services (PnPjs, the Graph client) against a local server started in the same test.
 */
export default class JsdomWithFetchEnvironment extends TestEnvironment {
  constructor(config: JestEnvironmentConfig, context: EnvironmentContext) {
    super(config, context);
    const target = this.global as unknown as Record<string, unknown>;
    const source = globalThis as unknown as Record<string, unknown>;
    for (const name of FROM_NODE) target[name] = source[name];
  }
}
