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

/** Whether a gazetteer entry is a place the map has already: the same entry, or one of its names within about 10 km. */
function onMap(e: GazetteerEntry, own: PlaceRecord[]): boolean {
  const folded = new Set(e.allNames.map(foldName));
  return own.some(
    (p) =>
      p.coordinatesFrom?.id === e.id ||
      (Math.abs(p.coordinates[0] - e.coordinates[0]) < 0.1 && Math.abs(p.coordinates[1] - e.coordinates[1]) < 0.1 && namesOf(p).some((n) => folded.has(foldName(n)))),
  );
}

/** The places a query names, matched on any of their names (case, accents and Arabic spelling aside): the map's own, then the gazetteer's not on the map. */
export function findPlaces(situation: Situation, query: string, limit = 20): PlacesFound {
  let own = ownIndexes.get(situation.places);
  if (!own) ownIndexes.set(situation.places, (own = nameIndex(situation.places, namesOf)));
  const places = own.search(query, limit).map((r) => r.item);
  const taken = new Set(situation.placeById.keys());
  const gazetteer = searchGazetteer(query, limit + places.length)
    .filter((r) => !onMap(r.item, places))
    .slice(0, limit)
    .map(({ item, matched }) => ({
      from: 'gazetteer' as const,
      place: placeOfEntry(item, situation.countryByCode.get(item.country)?.name ?? intlCountry.of(item.country) ?? item.country, taken),
      population: item.population,
      feature: item.feature,
      matched,
    }));
  return { places, gazetteer };
}
