/** `npm run test:e2e`: browser tests that drive the workbench in Debian's Chromium through playwright-core. */
module.exports = {
  displayName: 'e2e',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/tests/e2e/**/*.e2e.ts'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.jest.json' }],
    '^.+/node_modules/@pnp/.+\\.js$': ['ts-jest', { tsconfig: 'tsconfig.jest.json' }]
  },
  transformIgnorePatterns: ['/node_modules/(?!@pnp/)'],
  testTimeout: 120000
};
