// ESLint (flat config): JavaScript's and typescript-eslint's recommended rules, and Astro's for .astro files.
// Undefined names are left to the type checkers (tsc, astro check), as typescript-eslint advises.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';

export default tseslint.config(
  { ignores: ['dist/', '.astro/', 'content/', 'node_modules/', 'test-results/', 'bench/out/', 'public/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    rules: {
      'no-undef': 'off',
      // the gazette's text is full of ideographic spaces (U+3000), in comments, strings and patterns alike
      'no-irregular-whitespace': ['error', { skipComments: true, skipStrings: true, skipTemplates: true, skipRegExps: true }],
      // the pipeline carries column gaps through one step as NUL (scripts/pipeline/2-clean.ts)
      'no-control-regex': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
);
