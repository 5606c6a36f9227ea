import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// Layering rules (docs/architecture.md): dexie only in persistence/, @xyflow/react only in
// canvas/, domain/ stays free of React, zustand, dexie and React Flow.
const dexie = { group: ['dexie', 'dexie/*', 'dexie-react-hooks'], message: 'Dexie hoort alleen in src/persistence/.' };
const xyflow = { group: ['@xyflow/*', 'reactflow'], message: '@xyflow/react hoort alleen in src/canvas/.' };
const reactish = { group: ['react', 'react-dom', 'react/*', 'react-dom/*', 'zustand', 'zustand/*'], message: 'domain/ is puur TypeScript.' };

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'node_modules', 'coverage', 'test-results', 'test-results-*', 'playwright-report', '.test-output', '.bench'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Tekst is nooit HTML.' }],
    },
  },
  // Scripts run in Node; bench.mjs also hands callbacks to the browser page.
  { files: ['scripts/**/*.mjs', '*.js'], languageOptions: { globals: { ...globals.node, ...globals.browser } } },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/persistence/**', 'src/canvas/**', 'src/domain/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [dexie, xyflow] }] },
  },
  { files: ['src/persistence/**'], rules: { 'no-restricted-imports': ['error', { patterns: [xyflow] }] } },
  { files: ['src/canvas/**'], rules: { 'no-restricted-imports': ['error', { patterns: [dexie] }] } },
  { files: ['src/domain/**'], rules: { 'no-restricted-imports': ['error', { patterns: [dexie, xyflow, reactish] }] } },
);
