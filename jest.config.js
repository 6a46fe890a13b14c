/**
 * `npm test` runs every jest test here: pure unit tests, component tests in jsdom, and the tests that drive
 * the real PnPjs and Graph clients against the local server. Browser tests live in jest.e2e.config.js.
 */
const transform = {
  '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.jest.json' }],
  // PnPjs v4 ships ES modules only: let ts-jest turn them into CommonJS for jest.
  '^.+/node_modules/@pnp/.+\\.js$': ['ts-jest', { tsconfig: 'tsconfig.jest.json' }]
};
const common = {
  transform,
  transformIgnorePatterns: ['/node_modules/(?!@pnp/)'],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  testPathIgnorePatterns: ['/node_modules/', '/lib/', '/tests/e2e/', '/tests/package/']
};

module.exports = {
  // No test may lean on jest's 5 s default: on a loaded 2-core machine a test against the local server can take
  // tens of seconds without anything being wrong. Budgets are counted (requests, bytes), never timed.
  testTimeout: 120000,
  projects: [
    { ...common, displayName: 'node', testEnvironment: 'node', testMatch: ['<rootDir>/tests/**/*.test.ts'] },
    // jsdom lacks Web Crypto's `subtle`, which the approval fingerprint uses: tests/support/webCrypto.ts gives it Node's.
    { ...common, displayName: 'dom', testEnvironment: 'jsdom', setupFiles: ['<rootDir>/tests/support/webCrypto.ts'], testMatch: ['<rootDir>/tests/**/*.test.tsx'] }
  ]
};
