// Lint configuration. The folder layering of DESIGN.md is data here: each runtime folder lists what it may not
// import and says how to fix a violation, so a wrong import fails CI with the remedy in the message.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'crypto', 'zlib', 'worker_threads', 'url', 'stream', 'util', 'events', 'http', 'net'];

/** What each runtime folder may not import, and why. */
const LAYERS = [
  {
    files: ['main/**/*.ts'],
    patterns: [
      { group: ['electron', 'electron/*'], message: 'main/ is the engine and runs in plain Node (CLI, workers): keep Electron APIs in electron/.' },
      { group: ['**/electron/**', '../electron', '../../electron'], message: 'main/ must not depend on electron/: move shared code into main/ and import it from electron/.' },
      { group: ['**/renderer/**', 'react', 'react-dom', '@cornerstonejs/*', '!@cornerstonejs/codec-*'], message: 'main/ must not depend on the UI (the codec packages excepted): the renderer talks to the engine through main/api/contract.ts.' },
    ],
  },
  {
    files: ['electron/**/*.ts', 'electron/**/*.cts'],
    patterns: [
      { group: ['**/renderer/**', 'react', 'react-dom', '@cornerstonejs/*'], message: 'electron/ must not import the renderer: communicate through the IPC contract in main/api/contract.ts.' },
      { group: ['**/main/*/**', '!**/main/index.js', '!**/main/api/*'], message: 'electron/ uses the engine through its public index (main/index.ts) and the contract (main/api/): export what you need there.' },
    ],
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    patterns: [
      { group: NODE_BUILTINS.filter((n) => n !== 'events'), message: 'The renderer is sandboxed Chromium without Node: ask the engine through window.peitto (the IPC contract).' },
      { group: ['electron', 'electron/*', '**/electron/**'], message: 'The renderer never touches Electron: the preload exposes window.peitto with the contract methods.' },
      // The directory itself is re-included too: in gitignore patterns a file under an excluded folder cannot be.
      { group: ['**/main/**', '!**/main/api/', '!**/main/api/**'], message: 'The renderer may import only the types of main/api/ (import type …); engine code runs on the Node side.' },
      { group: ['**/main/api/**', '!**/main/api/channels.js'], allowTypeImports: true, message: 'Import the contract with "import type": the renderer holds no engine code (main/api/channels.ts, plain data, excepted).' },
    ],
  },
];

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test/.cache/**', 'test/artifacts/**', '**/*.generated.ts', 'assets/**', 'build/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // A sandboxed Electron preload must be CommonJS, so it requires electron.
    files: ['electron/**/*.cts'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  ...LAYERS.map(({ files, patterns }) => ({
    files,
    ignores: ['**/*.test.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns }] },
  })),
);
