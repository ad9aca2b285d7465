import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import testingLibrary from 'eslint-plugin-testing-library';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The layers of src/, lowest first: a layer imports only from the layers below it (and itself).
 * lib, components/ui, i18n -> search -> sections -> features -> app. A feature imports no other
 * feature: what two features share moves down to sections/, search/ or lib/.
 */
const FEATURES = readdirSync(fileURLToPath(new globalThis.URL('./src/features', import.meta.url)), {
  withFileTypes: true,
})
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const restrict = (files, patterns, message) => ({
  files,
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            group: ['../*'],
            message: 'Import from another folder through #src/... (package.json imports).',
          },
          // Patterns are gitignore lines, where a leading # starts a comment: escape it.
          ...(patterns.length > 0
            ? [{ group: patterns.map((p) => p.replace(/^(!?)#/, '$1\\#')), message }]
            : []),
        ],
      },
    ],
  },
});
const boundaries = [
  restrict(
    ['src/lib/**', 'src/components/ui/**', 'src/i18n/**'],
    ['#src/search/*', '#src/sections/*', '#src/features/*', '#src/app/*', '#src/main.tsx'],
    'lib, i18n and components/ui know no search, feature or app: move the shared piece down.',
  ),
  restrict(
    ['src/search/**'],
    ['#src/sections/*', '#src/features/*', '#src/app/*', '#src/main.tsx'],
    'The shared search knows no feature and no app.',
  ),
  restrict(
    ['src/sections/**'],
    ['#src/features/*', '#src/app/*', '#src/main.tsx'],
    'The shared section kinds know no feature and no app: a feature declares its own section.',
  ),
  ...FEATURES.map((feature) =>
    restrict(
      [`src/features/${feature}/**`],
      ['#src/features/*', `!#src/features/${feature}`, '#src/app/*', '#src/main.tsx'],
      `A feature imports no other feature and not the app: move what ${feature} shares to #src/sections, #src/search or #src/lib.`,
    ),
  ),
  restrict(['src/app/**'], ['#src/main.tsx'], 'Nothing imports the entry.'),
];

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-sites',
      'node_modules',
      'test-results',
      'playwright-report',
      'coverage',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Render text, never HTML strings.',
        },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      ...importX.flatConfigs.typescript.settings,
      'import-x/resolver-next': [createTypeScriptImportResolver()],
    },
    rules: { 'import-x/no-cycle': 'error' },
  },
  ...boundaries,
  // Playwright fixtures receive a `use` callback that is not React's use().
  { files: ['tests/e2e/**'], rules: { 'react-hooks/rules-of-hooks': 'off' } },
  { files: ['src/**/*.tsx'], ...jsxA11y.flatConfigs.recommended },
  ...pluginQuery.configs['flat/recommended'],
  {
    files: ['src/**/*.test.tsx'],
    ...testingLibrary.configs['flat/react'],
  },
);
