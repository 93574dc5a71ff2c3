import type { PlaceKind, PlaceRecord } from '@/lib/schemas/place';
import type { Country } from './countries';
import { foldName, shortHash, slugOf } from './text';

/** How far apart two places of the same name may be and still be one place. */
export const JOIN_KM = 5;

/** Where a row says it happened: a name, a point, a country, and (for an area) what kind of area. */
export type PlaceDraft = { name: string; lon: number; lat: number; country: Country; countryName: string; kind?: PlaceKind };

/** Words for settlements that datasets write after a name ("Aleppo town"): the same place as "Aleppo". */
const SETTLEMENT_WORDS = /\s+(town|city|village|hamlet|camp)$/;

/** A place name folded for matching: accents, case and a trailing "town" or "village" do not matter. */
export const placeKey = (name: string) => foldName(name).replace(SETTLEMENT_WORDS, '');

/** Great-circle distance in km. */
export function distanceKm(a: [number, number], b: [number, number]): number {
  const rad = Math.PI / 180;
  const dLat = (b[1] - a[1]) * rad;
  const dLon = (b[0] - a[0]) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * rad) * Math.cos(b[1] * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * The places an import puts its rows at: a row joins a place of the same name (any of its names,
 * folded) and the same kind (a town is never an area, nor a province a town) within 5 km, whether
 * the store has it or an earlier row made it; otherwise it makes a new place at the row's point.
 * New ids are the name's slug, then with the country, then with a hash of the point.
 */
export class PlaceIndex {
  private readonly byKey = new Map<string, PlaceRecord[]>();
  private readonly ids = new Set<string>();
  readonly added: PlaceRecord[] = [];

  constructor(existing: Iterable<PlaceRecord>) {
    for (const p of existing) this.index(p);
  }

  private index(p: PlaceRecord) {
    this.ids.add(p.id);
    for (const name of new Set([p.name, ...Object.values(p.names)])) {
      const key = placeKey(name);
      this.byKey.set(key, [...(this.byKey.get(key) ?? []), p]);
    }
  }

  /** The place a row's location joins or makes. */
  placeFor(d: PlaceDraft): PlaceRecord {
    const point: [number, number] = [d.lon, d.lat];
    const near = (this.byKey.get(placeKey(d.name)) ?? [])
      .filter((p) => p.kind === d.kind)
      .map((p) => ({ p, km: distanceKm(p.coordinates, point) }))
      .filter(({ km }) => km <= JOIN_KM)
      .sort((a, b) => a.km - b.km)[0];
    if (near) return near.p;
    const slug = slugOf(d.name) || 'place';
    const id = [slug, `${slug}-${d.country.code.toLowerCase()}`, `${slug}-${d.country.code.toLowerCase()}-${shortHash(`${d.lon},${d.lat}`)}`].find((c) => !this.ids.has(c))!;
    const place: PlaceRecord = {
      id,
      name: d.name,
      names: { en: d.name },
      country: d.country.code,
      countryName: d.countryName,
      coordinates: point,
      ...(d.kind && { kind: d.kind }),
    };
    this.index(place);
    this.added.push(place);
    return place;
  }
}
