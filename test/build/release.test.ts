/**
 * release/ is what a coordinator without Node pastes into the Apps Script editor (README, "Install
 * without Node"). It is committed, so it must be exactly what `npm run build` makes from src/.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

const root = path.join(__dirname, '..', '..');
const RELEASE_FILES = ['Code.js', 'appsscript.json', 'national-data.html'];

test('release/ holds exactly the three files a person pastes', () => {
  expect(readdirSync(path.join(root, 'release')).sort()).toEqual(RELEASE_FILES);
});

test('release/ is byte for byte what `npm run build` makes (else: npm run release)', () => {
  const stale = RELEASE_FILES.filter(
    (file) =>
      !readFileSync(path.join(root, 'release', file)).equals(
        readFileSync(path.join(root, 'build', file)),
      ),
  );
  if (stale.length > 0) {
    throw new Error(
      `release/ differs from build/ in ${stale.join(', ')}: run \`npm run release\` and commit release/.`,
    );
  }
  expect(stale).toEqual([]);
});
