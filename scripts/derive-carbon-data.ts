// Derives the emissions data files in data/ from ../shared (cloud regions, Google's GCP
// figures) and the installed @tgwf/co2 package (Electricity Maps zones, Ember countries).
// Run: npx tsx scripts/derive-carbon-data.ts
// Output is byte-stable (sorted keys, fixed formatting) so a re-run shows no diff.
// ODbL (Electricity Maps) and CC BY-SA (Ember) data go to separate files, each with its attribution.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { averageIntensity } from '@tgwf/co2/data';
import * as electricityMaps from '@tgwf/co2/data/electricity-maps';
import type { ElectricityMapsYear } from '@tgwf/co2/data/electricity-maps';
import { requireSharedFiles } from './shared-inputs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const shared = join(root, '..', 'shared');
requireSharedFiles('derive-carbon-data', shared, ['regions/cloud-regions.csv', 'grid/gcp-region-carbon-2024.csv']);
// The package's exports map hides package.json, so read it from node_modules directly.
const co2Version: string = JSON.parse(
  readFileSync(join(root, 'node_modules', '@tgwf', 'co2', 'package.json'), 'utf8'),
).version;

function writeJson(name: string, value: unknown): void {
  writeFileSync(join(root, 'data', name), JSON.stringify(value, null, 2) + '\n');
  console.log(`derive-carbon-data: data/${name}`);
}

function fail(message: string): never {
  console.error(`derive-carbon-data: ${message}`);
  process.exit(1);
}

const sortedObject = <T>(entries: [string, T][]): Record<string, T> =>
  Object.fromEntries([...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

// ---------- Electricity Maps zones (ODbL) ----------
// Newest year first; a zone missing from (or null in) a year falls back to the next older one.
const years: [number, ElectricityMapsYear][] = [
  [2025, electricityMaps.yearly2025],
  [2024, electricityMaps.yearly2024],
  [2023, electricityMaps.yearly2023],
  [2022, electricityMaps.yearly2022],
  [2021, electricityMaps.yearly2021],
];
const zoneIds = new Set<string>();
for (const [, y] of years) for (const id of Object.keys(y.data)) zoneIds.add(id);
const zones: [string, { gPerKWh: number; year: number; name: string }][] = [];
let fellBack = 0;
for (const id of zoneIds) {
  for (const [year, y] of years) {
    const z = y.data[id];
    const v = z?.carbonIntensity?.value;
    if (typeof v === 'number' && Number.isFinite(v) && v >= 0) {
      const name = z.zone.countryName ? `${z.zone.zoneName}, ${z.zone.countryName}` : z.zone.zoneName;
      zones.push([id, { gPerKWh: v, year, name }]);
      if (year !== 2025) fellBack++;
      break;
    }
  }
}
writeJson('grid-intensity-zones.json', {
  attribution: `Electricity Maps (electricitymaps.com), via Green Web Foundation CO2.js ${co2Version}, ODbL`,
  licence: 'ODbL-1.0 (https://opendatacommons.org/licenses/odbl/1-0/)',
  boundary: 'lifecycle',
  unit: 'gCO2eq/kWh',
  methodology: electricityMaps.yearly2025.methodology,
  note: 'Yearly average per zone; newest year available per zone (2025 unless the zone lacks a 2025 value).',
  zones: sortedObject(zones),
});
console.log(`derive-carbon-data: ${zones.length} zones, ${fellBack} from a year before 2025`);

// ---------- Ember countries (CC BY-SA 4.0) ----------
// ISO 3166-1 alpha-3 → alpha-2 for every country key in CO2.js's Ember data (hand table;
// checked below against Intl.DisplayNames so a typo cannot name a non-existent region).
const alpha3ToAlpha2: Record<string, string> = {
  ABW: 'AW',
  AFG: 'AF',
  AGO: 'AO',
  ALB: 'AL',
  ARE: 'AE',
  ARG: 'AR',
  ARM: 'AM',
  ASM: 'AS',
  ATG: 'AG',
  AUS: 'AU',
  AUT: 'AT',
  AZE: 'AZ',
  BDI: 'BI',
  BEL: 'BE',
  BEN: 'BJ',
  BFA: 'BF',
  BGD: 'BD',
  BGR: 'BG',
  BHR: 'BH',
  BHS: 'BS',
  BIH: 'BA',
  BLR: 'BY',
  BLZ: 'BZ',
  BOL: 'BO',
  BRA: 'BR',
  BRB: 'BB',
  BRN: 'BN',
  BTN: 'BT',
  BWA: 'BW',
  CAF: 'CF',
  CAN: 'CA',
  CHE: 'CH',
  CHL: 'CL',
  CHN: 'CN',
  CIV: 'CI',
  CMR: 'CM',
  COD: 'CD',
  COG: 'CG',
  COK: 'CK',
  COL: 'CO',
  COM: 'KM',
  CPV: 'CV',
  CRI: 'CR',
  CUB: 'CU',
  CYM: 'KY',
  CYP: 'CY',
  CZE: 'CZ',
  DEU: 'DE',
  DJI: 'DJ',
  DMA: 'DM',
  DNK: 'DK',
  DOM: 'DO',
  DZA: 'DZ',
  ECU: 'EC',
  EGY: 'EG',
  ERI: 'ER',
  ESP: 'ES',
  EST: 'EE',
  ETH: 'ET',
  FIN: 'FI',
  FJI: 'FJ',
  FLK: 'FK',
  FRA: 'FR',
  FRO: 'FO',
  GAB: 'GA',
  GBR: 'GB',
  GEO: 'GE',
  GHA: 'GH',
  GIN: 'GN',
  GLP: 'GP',
  GMB: 'GM',
  GNB: 'GW',
  GNQ: 'GQ',
  GRC: 'GR',
  GRD: 'GD',
  GRL: 'GL',
  GTM: 'GT',
  GUF: 'GF',
  GUM: 'GU',
  GUY: 'GY',
  HKG: 'HK',
  HND: 'HN',
  HRV: 'HR',
  HTI: 'HT',
  HUN: 'HU',
  IDN: 'ID',
  IND: 'IN',
  IRL: 'IE',
  IRN: 'IR',
  IRQ: 'IQ',
  ISL: 'IS',
  ISR: 'IL',
  ITA: 'IT',
  JAM: 'JM',
  JOR: 'JO',
  JPN: 'JP',
  KAZ: 'KZ',
  KEN: 'KE',
  KGZ: 'KG',
  KHM: 'KH',
  KIR: 'KI',
  KNA: 'KN',
  KOR: 'KR',
  KWT: 'KW',
  LAO: 'LA',
  LBN: 'LB',
  LBR: 'LR',
  LBY: 'LY',
  LCA: 'LC',
  LKA: 'LK',
  LSO: 'LS',
  LTU: 'LT',
  LUX: 'LU',
  LVA: 'LV',
  MAC: 'MO',
  MAR: 'MA',
  MDA: 'MD',
  MDG: 'MG',
  MDV: 'MV',
  MEX: 'MX',
  MKD: 'MK',
  MLI: 'ML',
  MLT: 'MT',
  MMR: 'MM',
  MNE: 'ME',
  MNG: 'MN',
  MOZ: 'MZ',
  MRT: 'MR',
  MSR: 'MS',
  MTQ: 'MQ',
  MUS: 'MU',
  MWI: 'MW',
  MYS: 'MY',
  NAM: 'NA',
  NCL: 'NC',
  NER: 'NE',
  NGA: 'NG',
  NIC: 'NI',
  NLD: 'NL',
  NOR: 'NO',
  NPL: 'NP',
  NRU: 'NR',
  NZL: 'NZ',
  OMN: 'OM',
  PAK: 'PK',
  PAN: 'PA',
  PER: 'PE',
  PHL: 'PH',
  PNG: 'PG',
  POL: 'PL',
  PRI: 'PR',
  PRK: 'KP',
  PRT: 'PT',
  PRY: 'PY',
  PSE: 'PS',
  PYF: 'PF',
  QAT: 'QA',
  REU: 'RE',
  ROU: 'RO',
  RUS: 'RU',
  RWA: 'RW',
  SAU: 'SA',
  SDN: 'SD',
  SEN: 'SN',
  SGP: 'SG',
  SLB: 'SB',
  SLE: 'SL',
  SLV: 'SV',
  SOM: 'SO',
  SPM: 'PM',
  SRB: 'RS',
  SSD: 'SS',
  STP: 'ST',
  SUR: 'SR',
  SVK: 'SK',
  SVN: 'SI',
  SWE: 'SE',
  SWZ: 'SZ',
  SYC: 'SC',
  SYR: 'SY',
  TCA: 'TC',
  TCD: 'TD',
  TGO: 'TG',
  THA: 'TH',
  TJK: 'TJ',
  TKM: 'TM',
  TON: 'TO',
  TTO: 'TT',
  TUN: 'TN',
  TUR: 'TR',
  TWN: 'TW',
  TZA: 'TZ',
  UGA: 'UG',
  UKR: 'UA',
  URY: 'UY',
  USA: 'US',
  UZB: 'UZ',
  VCT: 'VC',
  VEN: 'VE',
  VGB: 'VG',
  VIR: 'VI',
  VNM: 'VN',
  VUT: 'VU',
  WSM: 'WS',
  XKX: 'XK',
  YEM: 'YE',
  ZAF: 'ZA',
  ZMB: 'ZM',
  ZWE: 'ZW',
};
// Aggregates in the Ember data that are not countries.
const aggregates = new Set([
  'AFRICA',
  'ASEAN',
  'ASIA',
  'EU',
  'EUROPE',
  'G20',
  'G7',
  'LATIN AMERICA AND CARIBBEAN',
  'MIDDLE EAST',
  'NORTH AMERICA',
  'OCEANIA',
  'OECD',
  'WORLD',
]);
const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });
const seenAlpha2 = new Set<string>();
const countries: [string, { alpha2: string; name: string; gPerKWh: number }][] = [];
for (const [key, value] of Object.entries(averageIntensity.data)) {
  if (aggregates.has(key)) continue;
  const alpha2 = alpha3ToAlpha2[key];
  if (!alpha2) fail(`Ember key ${key} has no alpha-2 code in the hand table`);
  const name = regionNames.of(alpha2);
  if (!name || name === alpha2) fail(`alpha-2 ${alpha2} (for ${key}) is not a region Intl knows`);
  if (seenAlpha2.has(alpha2)) fail(`alpha-2 ${alpha2} used twice`);
  seenAlpha2.add(alpha2);
  countries.push([key, { alpha2, name, gPerKWh: value }]);
}
const world = averageIntensity.data.WORLD;
if (typeof world !== 'number') fail('Ember data has no WORLD figure');
writeJson('grid-intensity-countries.json', {
  attribution: `Ember (ember-climate.org), via CO2.js ${co2Version}, CC BY-SA 4.0`,
  licence: 'CC-BY-SA-4.0 (https://creativecommons.org/licenses/by-sa/4.0/)',
  unit: 'gCO2e/kWh',
  year: null,
  yearNote: "Each country's latest year in Ember's yearly data when CO2.js was built; CO2.js does not ship the year.",
  worldGPerKWh: world,
  countries: sortedObject(countries),
});
// ISO alpha-2 ↔ alpha-3 codes are facts (ISO 3166-1), kept apart so the CC BY-SA file holds only Ember data.
writeJson('country-codes.json', {
  source:
    'ISO 3166-1 alpha-2/alpha-3 pairs, hand table in scripts/derive-carbon-data.ts, checked against Intl.DisplayNames',
  alpha3ToAlpha2: sortedObject(Object.entries(alpha3ToAlpha2)),
});

// ---------- Cloud regions (facts, ../shared/regions/cloud-regions.csv) ----------
interface RegionRow {
  provider: string;
  region: string;
  display_name: string;
  city: string;
  country_iso2: string;
  em_zone: string;
  latitude: string;
  longitude: string;
  source: string;
}
const rows: RegionRow[] = parse(readFileSync(join(shared, 'regions', 'cloud-regions.csv'), 'utf8'), {
  columns: true,
  skip_empty_lines: true,
});
const zoneMap = new Map(zones);
const regions = rows
  .map((r) => {
    if (!['azure', 'aws', 'gcp'].includes(r.provider)) fail(`unknown provider ${r.provider}`);
    if (!zoneMap.has(r.em_zone)) fail(`${r.provider}:${r.region} zone ${r.em_zone} has no intensity`);
    if (!seenAlpha2.has(r.country_iso2))
      fail(`${r.provider}:${r.region} country ${r.country_iso2} has no Ember figure`);
    return {
      id: `${r.provider}:${r.region}`,
      provider: r.provider,
      region: r.region,
      displayName: r.display_name,
      city: r.city,
      countryIso2: r.country_iso2,
      zone: r.em_zone,
      latitude: Number(r.latitude),
      longitude: Number(r.longitude),
      source: r.source,
    };
  })
  .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
writeJson('regions.json', {
  source: 'shared/regions/cloud-regions.csv (see its NOTES.md for the zone choices and uncertain rows)',
  regions,
});

// ---------- Google's own GCP figures (Apache-2.0) ----------
const gcpRows: string[][] = parse(readFileSync(join(shared, 'grid', 'gcp-region-carbon-2024.csv'), 'utf8'), {
  from_line: 2,
  skip_empty_lines: true,
});
const gcp = gcpRows.map(
  ([region, location, cfe, grid]): [string, { location: string; cfeShare: number; gPerKWh: number }] => {
    const gPerKWh = Number(grid);
    if (!Number.isFinite(gPerKWh)) fail(`GCP ${region}: bad intensity ${grid}`);
    return [region, { location, cfeShare: Number(cfe), gPerKWh }];
  },
);
writeJson('gcp-region-carbon-2024.json', {
  attribution:
    'Google Cloud region carbon data, GoogleCloudPlatform/region-carbon-info data/yearly/2024.csv (commit 49f3f26), Apache-2.0',
  licence: 'Apache-2.0',
  year: 2024,
  boundary: 'operational',
  note: 'Location-based grid intensity (operational, no upstream lifecycle emissions); differs from the Electricity Maps lifecycle figures.',
  regions: sortedObject(gcp),
});

// ---------- Constants with sources ----------
writeJson('pue.json', {
  azure: {
    value: 1.185,
    source:
      'Azure fleet-wide trailing 12-month PUE 1.185 (Microsoft statement, as used by Cloud Carbon Footprint, methodology "Power Usage Effectiveness")',
  },
  aws: {
    value: 1.135,
    source:
      'AWS PUE 1.135 (Cloud Carbon Footprint estimate from public AWS information, methodology "Power Usage Effectiveness")',
  },
  gcp: {
    value: 1.1,
    source: 'Google Cloud fleet-wide PUE 1.10 (Google data-centre efficiency page, as used by Cloud Carbon Footprint)',
  },
  unknown: {
    value: 1.0,
    source: 'PUE 1.0: no cloud provider known (on-premises or unknown); the facility overhead is not counted.',
  },
});

// Cloud Carbon Footprint (CCF) coefficients: ccfcoef/constants.py and output/coefficients-azure-embodied.csv
// in cloud-carbon-footprint/cloud-carbon-coefficients (Apache-2.0).
writeJson('embodied.json', {
  hostKgCo2e: 1560.79,
  breakdownKgCo2e: { baseServer: 1000, additionalMemory: 510.79, additionalStorage: 50, additionalCpus: 0, gpus: 0 },
  lifespanYears: 4,
  hoursPerYear: 8766,
  source:
    'Cloud Carbon Footprint embodied coefficient for Azure "D2as – D96as v4" (AMD EPYC host, the CCF family closest to GitHub runners): 1000 kg base rack server + 510.79 kg memory (384 GB platform, 533 kg per 384 GB from the Dell R740 LCA) + 50 kg storage = 1560.79 kg CO2e; lifespan 4 years (CCF/Teads, Dell R740 LCA)',
  references: [
    'https://github.com/cloud-carbon-footprint/cloud-carbon-coefficients/blob/main/ccfcoef/constants.py',
    'https://github.com/cloud-carbon-footprint/cloud-carbon-coefficients/blob/main/output/coefficients-azure-embodied.csv',
    'https://www.cloudcarbonfootprint.org/docs/embodied-emissions',
  ],
});

writeJson('equivalents.json', {
  carDriving: {
    gCo2PerKm: 244.2,
    derivation: '3.93e-4 t CO2e per mile (393 g/mile) ÷ 1.609344 km/mile = 244.2 g/km',
    source:
      'US EPA Greenhouse Gas Equivalencies Calculator, Calculations and References: miles driven by an average gasoline-powered passenger vehicle (eGRID2022-era revision)',
    basis: 'co2e',
  },
  smartphoneCharge: {
    gCo2PerCharge: 12.4,
    derivation: '1.24e-5 t CO2 per smartphone charged = 12.4 g',
    source:
      'US EPA Greenhouse Gas Equivalencies Calculator, Calculations and References: number of smartphones charged (CO2 only, at a US grid rate)',
    basis: 'co2e',
  },
  tvHour: {
    gCo2PerHour: 97,
    derivation: '0.097 kg CO2 per hour of watching a 32-inch LCD TV',
    source:
      'energyusage (Lottick et al., "Energy Usage Reports: Environmental awareness as part of algorithmic accountability", NeurIPS 2019 workshop), carbon_to_tv(): "Ratio is 0.097 kg CO2 / 1 hour tv", citing the US EPA; the same ratio Carbontracker-era and CodeCarbon tools print. A legacy, CO2-based figure: the TV\'s power at the US grid rate of its day',
    basis: 'co2e',
  },
  householdDay: {
    whPerDay: 29564,
    derivation: '10,791 kWh per year ÷ 365 days = 29.564 kWh per day',
    source: 'US EIA, "How much electricity does an American home use?": 10,791 kWh per residential customer in 2022',
    basis: 'energy',
  },
});
