import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { LATEST_FILE, LOOKUP_FILE, lookupTuples } from '../../../scripts/make-authority-lookup';
import {
  AUTHORITY_TUPLES,
  FORMER_COUNCIL_TUPLES,
} from '../../../src/domain/tracker/authority-lookup';
import {
  authorityOfCode,
  authorityOfUrn,
  currentAuthorities,
  laCodeKey,
} from '../../../src/domain/tracker/authorities';
import { readData } from './national-fixtures';

const lookup = parse(readData('jt39', 'Provider_data_lookup.csv'), {
  columns: true,
  bom: true,
}) as Record<string, string>[];
const latest = parse(readData('english-la-latest-inspections.csv'), { columns: true }) as Record<
  string,
  string
>[];

test('the shipped module lists what the script takes from the lookup (else: npx tsx scripts/make-authority-lookup.ts)', () => {
  const { authorities, former } = lookupTuples(
    readFileSync(LOOKUP_FILE, 'utf8'),
    readFileSync(LATEST_FILE, 'utf8'),
  );
  expect(AUTHORITY_TUPLES).toEqual(authorities);
  expect(FORMER_COUNCIL_TUPLES).toEqual(former);
});

test("today's 153 authorities are the snapshot's, with its codes, names and regions", () => {
  const authorities = currentAuthorities();
  expect(authorities).toHaveLength(153);
  expect(
    authorities.map(({ laCode, onsCode, name, region }) => [laCode, onsCode, name, region]).sort(),
  ).toEqual(latest.map((row) => [row.dfe_la_code, row.ons_code, row.la_name, row.region]).sort());
});

test("the lookup's other rows are former councils: no statistical neighbours, not current", () => {
  const former = lookup.filter((row) => !authorityOfCode(row.la_code!)?.current);
  expect(
    former.map((row) => [row.la_code, row.local_authority_ons_name, row.stat_neighbours]),
  ).toEqual([
    ['909', 'Cumbria', ''],
    ['928', 'Northamptonshire', ''],
    ['836', 'Poole', ''],
  ]);
  expect(authorityOfUrn('135513')).toMatchObject({ name: 'Cumbria', current: false });
  expect(lookup.filter((row) => row.stat_neighbours === '')).toHaveLength(3);
});

test('URNs and codes are found with or without leading zeros', () => {
  expect(authorityOfUrn('80486')?.name).toBe('Barking and Dagenham');
  expect(authorityOfUrn(' 080486 ')?.laCode).toBe('301');
  expect(authorityOfCode('0301')?.urn).toBe('80486');
  expect(authorityOfCode('999')).toBeUndefined();
  expect(authorityOfUrn('1')).toBeUndefined();
  expect(laCodeKey(' E09000002 ')).toBe('e09000002');
});
