// Lint: typescript-eslint, plus two house rules that matter for an overlay on other people's pages:
// no HTML/eval sinks in src/, and context boundaries (core imports nothing of ours and no browser API;
// contexts never import each other's internals).
import tseslint from 'typescript-eslint';

const sinks = [
  {selector: "AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]", message: 'No HTML sinks: build nodes with Preact or textContent.'},
  {selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'No HTML sinks: build nodes with Preact or textContent.'},
  {selector: "CallExpression[callee.property.name='createContextualFragment']", message: 'No HTML sinks.'},
  {selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'No HTML sinks.'},
  {selector: "CallExpression[callee.name='eval']", message: 'No eval.'},
  {selector: "NewExpression[callee.name='Function']", message: 'No eval-like Function constructor.'},
  {selector: "CallExpression[callee.name=/^(setTimeout|setInterval)$/][arguments.0.type='Literal']", message: 'No string timers (eval-like).'},
  {selector: "CallExpression[callee.object.name='document'][callee.property.name='write']", message: 'No document.write.'},
];

const contexts = ['background', 'content', 'ui', 'cli'];
const boundary = (self, extra = []) => ({
  files: [`src/${self}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': ['error', {patterns: [
      // ui/components holds presentational pieces (theme, labels) that widgets on CRM pages share.
      ...contexts.filter((c) => c !== self).map((c) => ({regex: c === 'ui' ? String.raw`(^|/)ui/(?!components/)` : String.raw`(^|/)${c}(/|$)`, message: `src/${self} must not import src/${c} internals: talk through src/shared/protocol.ts.`})),
      ...extra,
    ]}],
  },
});

export default tseslint.config(
  {ignores: ['dist/**', 'dist-firefox/**', 'demo/dist/**', 'node_modules/**', 'bench/results.json', '**/*.html', 'test-results/**']},
  ...tseslint.configs.recommended,
  {
    languageOptions: {parserOptions: {ecmaVersion: 2023, sourceType: 'module'}},
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none'}],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-restricted-syntax': ['error', ...sinks],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {patterns: [
        {group: ['**/background/*', '**/content/*', '**/ui/*', '**/adapters/*', '**/shared/*', '**/cli/*', '**/import/*'], message: 'src/core is pure: it imports nothing of ours outside core.'},
        {group: ['idb', 'webextension-polyfill', 'preact', 'preact/*', '@preact/*'], message: 'src/core uses no browser, storage or UI library.'},
      ]}],
      'no-restricted-globals': ['error',
        {name: 'chrome', message: 'src/core has no browser APIs.'},
        {name: 'browser', message: 'src/core has no browser APIs.'},
        {name: 'indexedDB', message: 'src/core has no storage.'},
        {name: 'document', message: 'src/core has no DOM.'},
        {name: 'window', message: 'src/core has no DOM.'},
      ],
      'no-restricted-syntax': ['error', ...sinks,
        {selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'src/core takes the clock as a parameter.'},
        {selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'src/core takes the clock as a parameter.'},
      ],
    },
  },
  {
    files: ['src/adapters/**/*.ts'],
    rules: {'no-restricted-imports': ['error', {patterns: [{group: ['**/background/*', '**/content/*', '**/ui/*', 'webextension-polyfill', 'idb'], message: 'Adapters are page logic: no extension APIs, no other context.'}]}]},
  },
  boundary('background'),
  boundary('content'),
  boundary('ui'),
  boundary('cli', [{group: ['**/background/*', '**/content/*', '**/ui/*'], message: 'The CLI runs core and import code only.'}]),
  {
    files: ['**/*.test.{ts,tsx}', 'tests/**', 'bench/**', 'scripts/**', 'demo/**'],
    rules: {'no-restricted-syntax': 'off', '@typescript-eslint/no-explicit-any': 'off'},
  },
);
