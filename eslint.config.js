// typescript-eslint's recommended rules on every .ts file, eslint-plugin-astro's on every .astro file (whose
// frontmatter the layer rules below cover too); .astro files are type-checked by `astro check`.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import tseslint from 'typescript-eslint';

/**
 * The extraction's stages, lowest first: a stage imports only from the stages before it (and from gazetteer/
 * and src/lib, shared below all), never from a later one. The chain that calls them all is pipeline/article.ts.
 */
const STAGES = ['read', 'clean', 'names', 'classify', 'fields', 'output', 'pipeline'];
/** What no code under src/extract or src/lib reaches into: the measuring, the training, the site. */
const ABOVE_EXTRACTION = ['eval', 'train', 'site', 'pages', 'components', 'layouts'];

/** `no-restricted-imports` forbidding relative imports that match any of `sources`, each with its reason. */
const forbidImports = (files, sources) => ({
  files,
  rules: {
    'no-restricted-imports': [
      'error',
      { patterns: sources.map(([regex, message]) => ({ regex, message })) },
    ],
  },
});
const outsideExtraction = (up) => [
  `^(?:\\.\\./){${up}}(?:${ABOVE_EXTRACTION.join('|')})/`,
  'The extractor does not depend on the evaluation, the training or the site.',
];

const layerRules = [
  ...STAGES.map((stage, i) =>
    forbidImports(
      [`src/extract/${stage}/**`],
      [
        ...(i + 1 < STAGES.length
          ? [
              [
                `^\\.\\./(?:${STAGES.slice(i + 1).join('|')})/`,
                `Stages import only downward (${STAGES.join(' → ')}): move what both need to the lower stage, gazetteer/ or src/lib.`,
              ],
            ]
          : []),
        outsideExtraction(2),
      ],
    ),
  ),
  forbidImports(
    ['src/extract/gazetteer/**'],
    [
      [
        `^\\.\\./(?:${STAGES.join('|')})/`,
        'The gazetteers are data below every stage: they import only src/lib and src/data.',
      ],
      outsideExtraction(2),
    ],
  ),
  forbidImports(
    ['src/lib/**'],
    [
      [
        '^\\.\\./extract/(?!gazetteer/)',
        'src/lib is shared below the stages: it may read the gazetteers, nothing else of src/extract.',
      ],
      outsideExtraction(1),
    ],
  ),
  forbidImports(
    ['src/site/**', 'src/pages/**', 'src/components/**', 'src/layouts/**'],
    [
      [
        '^(?:\\.\\./)+extract/(?!gazetteer/)',
        "The site reads the extraction's output, never its code: share it through src/lib (the gazetteers are data it may read).",
      ],
      [
        '^(?:\\.\\./)+(?:eval|train)/',
        'The site does not depend on the evaluation or the training code.',
      ],
    ],
  ),
  forbidImports(
    ['src/train/**'],
    [['^\\.\\./eval/', 'The evaluation imports the training, never the other way.']],
  ),
];

export default tseslint.config(
  { ignores: ['dist/', 'generated/', 'node_modules/', '.astro/', 'docs/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    files: ['**/*.ts', '**/*.mjs', '**/*.js'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        Buffer: 'readonly',
        performance: 'readonly',
        TextDecoder: 'readonly',
        setTimeout: 'readonly',
        clearInterval: 'readonly',
        setInterval: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  ...layerRules,
);
