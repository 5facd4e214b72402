// Lint: typescript-eslint's recommended rules, plus the two that catch what has bitten
// GitHub Actions before: a promise nobody awaits (the step ends before the comment posts)
// and a line too long to review. Formatting itself is Prettier's (npm run format).
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-artifacts/**', 'coverage/**', 'data/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.mts'],
    languageOptions: {
      parserOptions: { project: ['./tsconfig.check.json'], tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
    },
  },
  {
    files: ['**/*.{ts,mjs,js,cjs}'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // Strings and template literals are exempt: Prettier cannot break them, and splitting a
      // message mid-sentence makes it harder to grep for.
      'max-len': [
        'error',
        { code: 120, ignoreUrls: true, ignoreRegExpLiterals: true, ignoreStrings: true, ignoreTemplateLiterals: true },
      ],
      // The escapers and sanitisers match control characters on purpose: that is their job.
      'no-control-regex': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
);
