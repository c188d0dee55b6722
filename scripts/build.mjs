/**
 * Builds build/Code.js and build/appsscript.json, the two files `clasp push` sends.
 *
 * Apps Script finds custom functions, menu handlers and triggers only as top-level `function`
 * declarations, and reads a custom function's JSDoc from the comment right above it. esbuild keeps
 * neither, so the bundle is wrapped: every function exported by src/main.ts gets a top-level
 * declaration with its own name, parameters and JSDoc that calls into the bundle. The bundle runs
 * on the first call, not at load: Apps Script evaluates Code.js for every custom-function call,
 * so the top level only defines functions. The national snapshot goes beside it as an HTML file.
 */
import { parse } from 'csv-parse/sync';
import { build } from 'esbuild';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const entry = path.join(root, 'src/main.ts');
const outDir = path.join(root, 'build');
/** The national snapshot Set up puts on the National data sheet. */
export const NATIONAL_SNAPSHOT = path.join(root, 'data', 'english-la-latest-inspections.csv');

const BUNDLE = 'ilacsBundle_';
const EXPORTS = 'ilacsExports';
const LOADED = 'ilacsLoaded_';
const LOAD = 'ilacs_';

/** Every exported function of the entry file: its name, parameter names and JSDoc text. */
export async function entryPoints(file = entry) {
  const source = ts.createSourceFile(
    file,
    await readFile(file, 'utf8'),
    ts.ScriptTarget.ES2020,
    true,
  );
  return source.statements.flatMap((statement) => {
    const exported = ts.getCombinedModifierFlags(statement) & ts.ModifierFlags.Export;
    if (!ts.isFunctionDeclaration(statement) || !exported || !statement.name) return [];
    const jsDoc = ts.getJSDocCommentsAndTags(statement).find(ts.isJSDoc);
    return [
      {
        name: statement.name.text,
        parameters: statement.parameters.map((parameter) => parameter.name.getText(source)),
        jsDoc: jsDoc ? jsDoc.getText(source) : '',
      },
    ];
  });
}

function declaration({ name, parameters, jsDoc }) {
  const list = parameters.join(', ');
  return `${jsDoc ? `${jsDoc}\n` : ''}function ${name}(${list}) {\n  return ${LOAD}().${name}(${list});\n}\n`;
}

async function main() {
  const bundled = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    globalName: EXPORTS,
    platform: 'neutral',
    mainFields: ['module', 'main'],
    target: 'es2020',
    // Readable, not minified: the Apps Script editor and its execution log are a maintainer's only
    // window in a live Sheet, and a stack trace there points at lines a person can read. Measured
    // (README, Performance): 370 KB against 202 KB minified, and the same cost where it matters,
    // the evaluation every custom-function call pays (0.3-0.4 ms with a fresh context, either
    // way) and the bundle's first run (0.8-1.0 ms either way). keepNames keeps each function's own
    // name on the function object, which is what V8 prints, through esbuild's renaming.
    minify: false,
    keepNames: true,
    legalComments: 'none',
    write: false,
  });
  const points = await entryPoints();
  const code = [
    '// Built by `npm run build` from src/ (ilacs-tracker). Do not edit: edit src/ and build again.\n',
    ...points.map(declaration),
    `var ${LOADED};\n`,
    `function ${LOAD}() {\n  return ${LOADED} || (${LOADED} = ${BUNDLE}());\n}\n`,
    `function ${BUNDLE}() {\n${bundled.outputFiles[0].text}return ${EXPORTS};\n}\n`,
  ].join('\n');
  await mkdir(outDir, { recursive: true });
  await writeFile(path.join(outDir, 'Code.js'), code);
  await copyFile(path.join(root, 'appsscript.json'), path.join(outDir, 'appsscript.json'));
  // An HTML file of the project, not code: Apps Script evaluates every .js file for every call,
  // but reads this only when Set up asks HtmlService for it.
  const snapshot = parse(await readFile(NATIONAL_SNAPSHOT, 'utf8'), { skip_empty_lines: true });
  await writeFile(path.join(outDir, 'national-data.html'), JSON.stringify(snapshot));
  console.log(`build/Code.js: ${points.length} entry points, ${code.length} bytes`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
