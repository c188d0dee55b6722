/**
 * The architecture, enforced (`npm run lint:architecture`, part of `npm test`), over every folder.
 * Inside src/, imports go one way:
 *
 *   src/main.ts -> src/sheets/ -> src/domain/reminders -> src/domain/tracker
 *     -> src/domain/forecast -> src/domain/rules -> src/domain/text
 *
 * with src/domain/timeline beside reminders: it draws from tracker and below, and nothing in the
 * domain imports it. Nothing in src/ reaches the emulator, the CLI, the tests or Node. Around it
 * (README, Layout):
 *
 *   test/ -> bench/ -> cli/ -> emulator/ -> src/domain/ (and src/sheets/dates.ts, the time-zone
 *   codec the Sheet and the emulator share); backtest/ -> src/domain/; scripts/ stand alone.
 *
 * No cycles anywhere, type-only imports included (tsPreCompilationDeps).
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
      name: 'emulator-models-services-only',
      comment:
        'emulator/ models Apps Script: it may use the domain (and the shared time-zone codec), never the CLI, the bench, the scripts or the tests.',
      severity: 'error',
      from: { path: '^emulator/' },
      to: {
        path: '^(cli|bench|backtest|scripts|test)/|^src/(main\\.ts|sheets/)',
        pathNot: '^src/sheets/dates\\.ts$',
      },
    },
    {
      name: 'cli-below-bench-and-tests',
      comment:
        'cli/ runs the build on a workbook through the emulator and the domain; it never imports the bench, the scripts or the tests, nor the Sheet adapters but the shared time-zone codec.',
      severity: 'error',
      from: { path: '^cli/' },
      to: {
        path: '^(bench|backtest|scripts|test)/|^src/(main\\.ts|sheets/)',
        pathNot: '^src/sheets/dates\\.ts$',
      },
    },
    {
      name: 'backtest-reads-the-domain',
      comment:
        'backtest/ replays history through the domain, and writes the README with scripts/readme-section.',
      severity: 'error',
      from: { path: '^backtest/' },
      to: {
        path: '^(cli|bench|emulator|test)/|^src/(main\\.ts|sheets/)|^scripts/',
        pathNot: '^scripts/readme-section\\.ts$',
      },
    },
    {
      name: 'bench-measures-from-above',
      comment:
        'bench/ measures the build, the CLI and the emulator; nothing but the tests imports it.',
      severity: 'error',
      from: { path: '^(src|emulator|cli|backtest|scripts)/' },
      to: { path: '^bench/' },
    },
    {
      name: 'only-tests-import-tests',
      comment:
        'test/ is at the top: only tests (and the bench, which shares their fixtures) import it.',
      severity: 'error',
      from: { path: '^(src|emulator|cli|backtest|scripts)/' },
      to: { path: '^test/' },
    },
    {
      name: 'scripts-stand-alone',
      comment:
        'scripts/ build, release and generate files; they import none of the CLI, the bench or the tests.',
      severity: 'error',
      from: { path: '^scripts/' },
      to: { path: '^(cli|bench|backtest|test|emulator)/' },
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
