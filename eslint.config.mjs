import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['build/', 'release/', 'out/', 'coverage/', 'node_modules/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // The domain is pure: no Apps Script services, no clock, no I/O.
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...[
          'SpreadsheetApp',
          'Utilities',
          'Session',
          'MailApp',
          'ScriptApp',
          'LockService',
          'PropertiesService',
          'HtmlService',
          'Logger',
          'console',
        ].map((name) => ({ name, message: 'src/domain is pure: use an adapter outside it.' })),
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date']",
          message: 'src/domain works on civil dates, never the clock or Date.',
        },
        {
          selector: "MemberExpression[object.name='Date'][property.name='now']",
          message: 'src/domain never reads the clock.',
        },
      ],
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    files: [
      'scripts/**/*.mjs',
      'cli/**/*.mjs',
      'eslint.config.mjs',
      'jest.config.cjs',
      '.dependency-cruiser.cjs',
    ],
    languageOptions: { globals: globals.node },
  },
);
