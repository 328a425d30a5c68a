// @ts-check
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';

const nodeBuiltins = builtinModules.filter((m) => !m.startsWith('_'));

/** Where code runs decides what it may import (see README, "Architecture"). */
const boundaries = {
  renderer: {
    paths: [
      {
        name: 'electron',
        message: 'The renderer is a web page: reach the desktop through platform/.',
      },
      ...nodeBuiltins.map((name) => ({ name, message: 'The renderer has no Node.js.' })),
    ],
    patterns: [
      { group: ['node:*'], message: 'The renderer has no Node.js.' },
      { group: ['**/electron/**', '**/electron'], message: 'renderer/ never imports electron/.' },
    ],
  },
  electron: {
    paths: [],
    patterns: [
      { group: ['**/renderer/**', '**/renderer'], message: 'electron/ never imports renderer/.' },
      {
        group: ['react', 'react-dom', 'react-dom/*', 'dexie', 'zustand'],
        message: 'UI libraries belong in renderer/.',
      },
    ],
  },
  shared: {
    paths: [
      { name: 'electron', message: 'shared/ runs on both sides: no Electron.' },
      ...nodeBuiltins.map((name) => ({ name, message: 'shared/ runs on both sides: no Node.js.' })),
    ],
    patterns: [
      { group: ['node:*'], message: 'shared/ runs on both sides: no Node.js.' },
      { group: ['**/renderer/**', '**/electron/**'], message: 'shared/ imports neither side.' },
      {
        group: ['react', 'react-dom', 'dexie', 'zustand'],
        message: 'shared/ holds no UI or storage code.',
      },
    ],
  },
};

/** Electron's security checklist as syntax: these options must never be weakened anywhere. */
const insecureWebPreferences = [
  ['nodeIntegration', true],
  ['nodeIntegrationInWorker', true],
  ['nodeIntegrationInSubFrames', true],
  ['contextIsolation', false],
  ['sandbox', false],
  ['webSecurity', false],
  ['allowRunningInsecureContent', true],
  ['experimentalFeatures', true],
  ['webviewTag', true],
].map(([key, value]) => ({
  selector: `Property[key.name='${key}'][value.value=${value}]`,
  message: `Insecure Electron option: ${key}: ${value}.`,
}));

export default tseslint.config(
  {
    ignores: [
      'out/',
      'dist/',
      'release/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      'bench-results/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    rules: {
      'no-restricted-syntax': [
        'error',
        ...insecureWebPreferences,
        {
          selector: "Property[key.name='enableBlinkFeatures']",
          message: 'Do not enable Blink features.',
        },
        { selector: "Property[key.name='allowpopups']", message: 'Popups are never allowed.' },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: globals.browser },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', boundaries.renderer],
    },
  },
  {
    // One road to the database: screens, hooks and services read and write through
    // renderer/src/db/repo/, so encryption or sync can change storage in one place.
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/src/db/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          ...boundaries.renderer,
          patterns: [
            ...boundaries.renderer.patterns,
            {
              regex: '(^|/)db/db$',
              message: 'Only renderer/src/db/ imports db.ts: go through renderer/src/db/repo/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: { 'no-restricted-imports': ['error', boundaries.electron] },
  },
  {
    files: ['shared/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', boundaries.shared] },
  },
  {
    files: ['test/**/*.{ts,tsx,mts}', 'scripts/**/*.{mjs,mts}', '*.{mjs,mts}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  prettier,
);
