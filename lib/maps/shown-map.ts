import 'server-only';
import { notFound } from 'next/navigation';
import { getStore } from '@/lib/store';
import type { Situation } from '@/lib/schemas/situation';
import { getSituation } from '@/lib/situation/get-situation';
import { viewStateSearch } from '@/lib/url/view-state';
import type { MapSettings } from './map-settings';
import { mapBySlug } from './map-store';

/** A map as its pages show it: its settings, the situation opening on its region, and its view as URL parameters (the reader's own win). */
export type ShownMap = { map: MapSettings; situation: Situation; defaults: string };

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/** The map at /m/{slug}, or the app's 404 page. */
export async function shownMap(slug: string): Promise<ShownMap> {
  return (await findShownMap(slug)) ?? notFound();
}

/** The map at /m/{slug}, or null when there is none. */
export async function findShownMap(slug: string): Promise<ShownMap | null> {
  const store = await getStore();
  const map = await mapBySlug(store, slug);
  if (!map) return null;
  const situation = await getSituation();
  // The map opens on its region, kept inside the basemap's (the view may not leave it).
  const [rw, rs, re, rn] = situation.region.bbox;
  const [w, s, e, n] = map.bbox;
  const sw: [number, number] = [clamp(w, rw, re), clamp(s, rs, rn)];
  const ne: [number, number] = [clamp(e, rw, re), clamp(n, rs, rn)];
  const initialBounds = sw[0] < ne[0] && sw[1] < ne[1] ? ([sw, ne] as Situation['region']['initialBounds']) : situation.region.initialBounds;
  const featured = map.featured ? await store.event(map.featured) : undefined;
  const defaults = viewStateSearch(new URLSearchParams(), { layers: map.layers, from: map.first, date: map.last, place: featured?.placeId ?? null });
  return { map, situation: { ...situation, region: { ...situation.region, initialBounds } }, defaults };
}
