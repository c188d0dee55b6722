// Dates must not depend on the machine's time zone, so the suite never runs in UTC, where
// time-zone mistakes hide. Worker processes inherit this.
if (!process.env.TZ || process.env.TZ === 'UTC') process.env.TZ = 'America/New_York';

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  transform: { '^.+\\.ts$': ['ts-jest', { diagnostics: false }] },
  // Two test files at a time: the machines this runs on have two cores (jest's default there is
  // one). A test's time limit is generous, so that a busy machine slows the suite without failing
  // it; a test that is long by nature says so with a limit of its own.
  maxWorkers: 2,
  testTimeout: 60_000,
};
