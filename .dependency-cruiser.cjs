/**
 * The architecture, enforced (`npm run lint:architecture`, part of `npm test`). Imports go one way:
 *
 *   src/main.ts -> src/sheets/ -> src/domain/reminders -> src/domain/tracker
 *     -> src/domain/forecast -> src/domain/rules -> src/domain/text
 *
 * with src/domain/timeline beside reminders: it draws from tracker and below, and nothing in the
 * domain imports it. Nothing in src/ reaches the emulator, the CLI, the tests or Node. No cycles
 * anywhere, type-only imports included (tsPreCompilationDeps).
 */
const LAYERS = ['text', 'rules', 'forecast', 'tracker'];

/** Rooms side by side above the layers: each may import every layer, and neither the other. */
const TOP_ROOMS = ['reminders', 'timeline'];

/** Each room and the rooms it may import besides itself (see README, Layout). */
const ROOMS = [
  ...LAYERS.map((room, index) => [room, LAYERS.slice(0, index)]),
  ...TOP_ROOMS.map((room) => [room, LAYERS]),
];

const roomRules = ROOMS.map(([room, below]) => ({
  name: `domain-${room}-imports-downward`,
  comment: `src/domain/${room} may import only ${[...below, room].join(', ')} (see README, Layout).`,
  severity: 'error',
  from: { path: `^src/domain/${room}/` },
  to: {
    path: '^src/',
    pathNot: [...below, room].map((allowed) => `^src/domain/${allowed}/`),
  },
}));

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'No import cycles, type-only ones included.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    ...roomRules,
    {
      name: 'domain-has-rooms',
      comment: 'Every file of src/domain lives in one of its rooms.',
      severity: 'error',
      from: { path: '^src/domain/[^/]+$' },
      to: {},
    },
    {
      name: 'sheets-below-main',
      comment: 'src/sheets/ adapts the domain for Apps Script; only src/main.ts sits above it.',
      severity: 'error',
      from: { path: '^src/sheets/' },
      to: { path: '^src/main\\.ts$' },
    },
    {
      name: 'src-stays-in-src',
      comment: 'What ships to Apps Script never imports the emulator, the CLI, the bench or tests.',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^(emulator|cli|bench|test|scripts)/' },
    },
    {
      name: 'src-has-no-node',
      comment: 'Apps Script has no Node modules.',
      severity: 'error',
      from: { path: '^src/' },
      to: { dependencyTypes: ['core'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js', '.mjs', '.cjs'] },
  },
};
