/**
 * `npm run release`: copies what `npm run build` made into release/, the committed folder a
 * coordinator without Node pastes into the Apps Script editor. A test fails while the two differ.
 */
import { copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** Exactly what a person pastes: the script, the national snapshot, the manifest. */
export const RELEASE_FILES = ['Code.js', 'national-data.html', 'appsscript.json'];

await mkdir(path.join(root, 'release'), { recursive: true });
for (const file of RELEASE_FILES) {
  await copyFile(path.join(root, 'build', file), path.join(root, 'release', file));
}
console.log(`release/: ${RELEASE_FILES.join(', ')} copied from build/; commit them.`);
