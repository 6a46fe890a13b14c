require('@rushstack/eslint-config/patch/modern-module-resolution');

/** Names a domain file may never import: it stays pure TypeScript (no UI, no SharePoint, no SPFx, no Fluent). */
const NOT_IN_DOMAIN = ['react', 'react-dom', '@pnp/*', '@microsoft/*', '@fluentui/*', 'docx', '**/services/**', '**/components/**', '**/webparts/**', '**/app/**'];
/** Names product code may never import: the local server and Node's own modules exist only outside the tenant. */
const NOT_IN_PRODUCT = ['**/local/**', '**/workbench/**', 'fs', 'path', 'crypto', 'child_process', 'http', 'net'];
/** Names a component may never import: it reaches SharePoint and Graph only through the services it is given. */
const NOT_IN_COMPONENTS = ['@pnp/*', '@microsoft/microsoft-graph-client', '@microsoft/microsoft-graph-client/*'];
/** Names a service may never import: services hold no UI, and the words a person reads are chosen by the UI. */
const NOT_IN_SERVICES = ['react', 'react-dom', '@fluentui/*', '**/components/**', '**/loc/**', '**/loc'];
/** Names a screen controller may never import: it is plain TypeScript over service interfaces, rendered by components. */
const NOT_IN_CONTROLLERS = ['react', 'react-dom', '@fluentui/*', '**/components/**', '@pnp/*', '@microsoft/microsoft-graph-client', '@microsoft/microsoft-graph-client/*'];
/** Names the local server and its tools may never import: they stand on their own, knowing SharePoint and Graph, never the product. */
const NOT_IN_LOCAL = ['**/src/**', '**/src', '**/scripts/**', '**/workbench/**'];

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
      files: ['src/components/**/*.ts', 'src/components/**/*.tsx'],
      rules: {
        'no-restricted-imports': ['error', { patterns: [
          { group: NOT_IN_COMPONENTS, message: 'Components reach SharePoint and Graph through services (src/services), never PnPjs or the Graph client.' },
          { group: NOT_IN_PRODUCT, message: 'Product code runs in the tenant: it cannot import the local server, the workbench or Node modules.' }
        ] }]
      }
    },
    {
      files: ['src/services/**/*.ts', 'src/services/**/*.tsx'],
      rules: {
        'no-restricted-imports': ['error', { patterns: [
          { group: NOT_IN_SERVICES, message: 'Services hold no UI: no React, Fluent, components or loc strings (throw a typed error; the UI picks the words).' },
          { group: NOT_IN_PRODUCT, message: 'Product code runs in the tenant: it cannot import the local server, the workbench or Node modules.' }
        ] }]
      }
    },
    {
      files: ['src/app/*/**/*.ts'],
      rules: {
        'no-restricted-imports': ['error', { patterns: [
          { group: NOT_IN_CONTROLLERS, message: 'Screen controllers (src/app/<screen>) are plain TypeScript over service interfaces: no React, Fluent, components, PnPjs or the Graph client.' },
          { group: NOT_IN_PRODUCT, message: 'Product code runs in the tenant: it cannot import the local server, the workbench or Node modules.' }
        ] }]
      }
    },
    {
      files: ['local/**/*.ts'],
      rules: {
        'no-restricted-imports': ['error', { patterns: [{ group: NOT_IN_LOCAL, message: 'local/ stands on its own: the local server knows SharePoint and Graph, never the product (src), the build scripts or the workbench.' }] }]
      }
    },
    {
      files: ['tests/**/*.ts', 'tests/**/*.tsx'],
      rules: { '@typescript-eslint/no-non-null-assertion': 'off' }
    }
  ]
};
