import 'server-only';
import type { PlaceRecord } from '@/lib/schemas/place';
import type { Situation } from '@/lib/store/situation';
import { placeOfEntry, searchGazetteer, type GazetteerEntry } from './geonames';
import { foldName } from './names';
import { nameIndex } from './search';

/** A gazetteer entry that a search found: the new place it would make, and what the picker shows of it. */
export type GazetteerHit = {
  from: 'gazetteer';
  place: PlaceRecord;
  population: number;
  feature: string;
  /** The name that answered the query (a local spelling or transliteration, maybe). */
  matched: string;
};

/** What the desk's place search answers: the map's own places first, then the gazetteer's. */
export type PlacesFound = { places: PlaceRecord[]; gazetteer: GazetteerHit[] };

const namesOf = (p: PlaceRecord) => [p.name, ...Object.values(p.names)];
// One index per version of the map's places (a new version brings a new array).
const ownIndexes = new WeakMap<PlaceRecord[], ReturnType<typeof nameIndex<PlaceRecord>>>();
const intlCountry = new Intl.DisplayNames(['en'], { type: 'region' });

/** The map's place that a gazetteer entry is, if any: the same entry, or a place within about 10 km sharing one of its names. */
function onMap(e: GazetteerEntry, own: PlaceRecord[]): PlaceRecord | undefined {
  let folded: Set<string> | undefined;
  return own.find((p) => {
    if (p.coordinatesFrom?.id === e.id) return true;
    if (Math.abs(p.coordinates[0] - e.coordinates[0]) >= 0.1 || Math.abs(p.coordinates[1] - e.coordinates[1]) >= 0.1) return false;
    folded ??= new Set(e.allNames.map(foldName));
    return namesOf(p).some((n) => folded!.has(foldName(n)));
  });
}

/**
 * The places a query names, matched on any of their names (case, accents and Arabic spelling
 * aside): the map's own (those whose own names match, then those the gazetteer knows by the name:
 * "Halab" finds the map's Aleppo), then the gazetteer's that the map does not have.
 */
export function findPlaces(situation: Situation, query: string, limit = 20): PlacesFound {
  let own = ownIndexes.get(situation.places);
  if (!own) ownIndexes.set(situation.places, (own = nameIndex(situation.places, namesOf)));
  const places = own.search(query, limit).map((r) => r.item);
  const taken = new Set(situation.placeById.keys());
  const gazetteer: GazetteerHit[] = [];
  for (const { item, matched } of searchGazetteer(query, 2 * limit)) {
    const known = onMap(item, situation.places);
    if (known) {
      if (!places.includes(known) && places.length < limit) places.push(known);
    } else if (gazetteer.length < limit) {
      const countryName = situation.countryByCode.get(item.country)?.name ?? intlCountry.of(item.country) ?? item.country;
      gazetteer.push({ from: 'gazetteer', place: placeOfEntry(item, countryName, taken), population: item.population, feature: item.feature, matched });
    }
  }
  return { places, gazetteer };
}
