// Dates must not depend on the machine's time zone, so the suite never runs in UTC, where
// time-zone mistakes hide. Worker processes inherit this.
if (!process.env.TZ || process.env.TZ === 'UTC') process.env.TZ = 'America/New_York';

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  transform: { '^.+\\.ts$': ['ts-jest', { diagnostics: false }] },
};
