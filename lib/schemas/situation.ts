import { z } from 'zod';
import { lonLat, slugId } from './common';

/** A text in each interface language. */
export const localizedText = z.strictObject({ en: z.string().min(1), ar: z.string().min(1) });
export type LocalizedText = z.infer<typeof localizedText>;

/** A colour written #rrggbb. */
export const hexColor = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour written #rrggbb');

const longitude = z.number().min(-180).max(180);
const latitude = z.number().min(-90).max(90);

/** [minLon, minLat, maxLon, maxLat] in WGS84 degrees, west of east and south of north. */
export const bbox = z
  .tuple([longitude, latitude, longitude, latitude])
  .refine(([w, s, e, n]) => w < e && s < n, 'must be [minLon, minLat, maxLon, maxLat], each min below its max');
export type Bbox = z.infer<typeof bbox>;

/** [[west, south], [east, north]]: a view's corners. */
export const bounds = z.tuple([lonLat, lonLat]).refine(([[w, s], [e, n]]) => w < e && s < n, 'must be [[west, south], [east, north]], south-west first');
export type Bounds = z.infer<typeof bounds>;

/** Where the situation is: the region the map may show (and the basemap covers), and the first view, inside it. */
export const region = z
  .strictObject({ bbox, initialBounds: bounds })
  .refine(({ bbox: [w, s, e, n], initialBounds: [[vw, vs], [ve, vn]] }) => vw >= w && vs >= s && ve <= e && vn <= n, {
    message: 'must lie inside the region\'s bbox',
    path: ['initialBounds'],
  });

/**
 * What makes one situation differ from another besides its events: its titles in each interface
 * language, its region, and the colours of the actors who hold areas. data/situation.json.
 */
export const situationRecord = z.strictObject({
  /** The situation's short name, after the app's ("Situation map: …"): the embed's title. */
  title: localizedText,
  /** The page header's line under the app's name. */
  subtitle: localizedText,
  /** The panel's heading and introduction when nothing is selected. */
  overview: z.strictObject({ title: localizedText, intro: localizedText }),
  region,
  /** Actor id to colour; an actor without one gets a stable colour from a fallback palette. */
  actorColors: z.record(slugId, hexColor),
});
export type Situation = z.infer<typeof situationRecord>;
export type ActorColors = Situation['actorColors'];

/** Reads a situation file's JSON, or throws an Error naming the file, the field and the reason. */
export function parseSituation(text: string, file = 'data/situation.json'): Situation {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new Error(`${file}: is not valid JSON (${(e as Error).message})`);
  }
  const result = situationRecord.safeParse(raw);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue.path.map((k, i) => (typeof k === 'number' ? `[${k}]` : `${i ? '.' : ''}${String(k)}`)).join('') || 'file';
  throw new Error(`${file}: ${field}: ${issue.message}`);
}
