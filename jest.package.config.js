/** Run by `npm run package` after the ship build: opens the .sppkg and checks what a tenant will install. */
// @microsoft/app-manifest pulls in ES-module-only packages (strip-bom, node-fetch 3 and its helpers): compile them for jest.
const ESM_ONLY = ['strip-bom', 'node-fetch', 'data-uri-to-buffer', 'fetch-blob', 'formdata-polyfill', 'node-domexception'];

module.exports = {
  displayName: 'package',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/tests/package/**/*.test.ts'],
  transform: { '^.+\\.[tj]sx?$': ['ts-jest', { tsconfig: 'tsconfig.jest.json' }] },
  transformIgnorePatterns: [`/node_modules/(?!(${ESM_ONLY.join('|')})/)`],
  testTimeout: 60000
};
