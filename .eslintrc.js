require('@rushstack/eslint-config/patch/modern-module-resolution');

/** Names a domain file may never import: it stays pure TypeScript (no UI, no SharePoint, no SPFx, no Fluent). */
const NOT_IN_DOMAIN = ['react', 'react-dom', '@pnp/*', '@microsoft/*', '@fluentui/*', 'docx', '**/services/**', '**/components/**', '**/webparts/**', '**/app/**'];
/** Names product code may never import: the local server and Node's own modules exist only outside the tenant. */
const NOT_IN_PRODUCT = ['**/local/**', '**/workbench/**', 'fs', 'path', 'crypto', 'child_process', 'http', 'net'];

module.exports = {
  extends: ['@microsoft/eslint-config-spfx/lib/profiles/react'],
  parser: '@typescript-eslint/parser',
  parserOptions: { tsconfigRootDir: __dirname, project: ['./tsconfig.node.json'], ecmaVersion: 2022, sourceType: 'module' },
  settings: { react: { version: '17.0' } },
  ignorePatterns: ['lib/**', 'dist/**', 'temp/**', 'release/**', 'workbench/dist/**', 'node_modules/**', '*.js'],
  rules: {
    '@typescript-eslint/no-explicit-any': 'error',
    '@typescript-eslint/no-floating-promises': 'error',
    '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
    '@typescript-eslint/explicit-module-boundary-types': 'off',
    '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    'react-hooks/rules-of-hooks': 'error',
    'react-hooks/exhaustive-deps': 'error',
    'no-console': 'off',
    eqeqeq: ['error', 'always']
  },
  overrides: [
    {
      files: ['src/**/*.ts', 'src/**/*.tsx'],
      rules: { 'no-restricted-imports': ['error', { patterns: [{ group: NOT_IN_PRODUCT, message: 'Product code runs in the tenant: it cannot import the local server, the workbench or Node modules.' }] }] }
    },
    {
      files: ['src/domain/**/*.ts'],
      rules: {
        'no-restricted-imports': ['error', { patterns: [{ group: [...NOT_IN_DOMAIN, ...NOT_IN_PRODUCT], message: 'src/domain is pure TypeScript: no React, PnPjs, SPFx, Fluent, docx or services.' }] }]
      }
    },
    {
      files: ['tests/**/*.ts', 'tests/**/*.tsx'],
      rules: { '@typescript-eslint/no-non-null-assertion': 'off' }
    }
  ]
};
