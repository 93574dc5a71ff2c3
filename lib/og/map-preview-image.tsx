import 'server-only';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { ImageResponse } from 'next/og';
import { MapPreview, PREVIEW_SIZE } from '@/components/og/map-preview';
import type { PlaceRecord } from '@/lib/schemas/place';
import type { Situation as SituationConfig } from '@/lib/schemas/situation';
import { fitMercator, svgPath } from './preview-geometry';

/** The most places named on the preview: the busiest, and always the one the link is about. */
const NAMED_MAX = 10;

const root = () => /* turbopackIgnore: true */ process.cwd();
const file = (...parts: string[]) => readFile(path.join(/* turbopackIgnore: true */ root(), ...parts));
let assets: Promise<{ countries: FeatureCollection<Polygon | MultiPolygon>; fonts: Buffer[] }> | undefined;

/** The basemap's countries (public/geo, built offline) and Noto Sans from the installed package: nothing is fetched. */
function loadAssets() {
  assets ??= Promise.all([
    file('public/geo/countries.geojson').then((b) => JSON.parse(b.toString('utf8'))),
    file('node_modules/@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff'),
    file('node_modules/@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff'),
  ]).then(([countries, regular, bold]) => ({ countries, fonts: [regular, bold] }));
  assets.catch(() => (assets = undefined));
  return assets;
}

type Input = { config: SituationConfig; places: PlaceRecord[]; counts: Map<string, number>; selected?: PlaceRecord; title: string; subtitle: string };

/** The 1200 × 630 PNG a shared link shows: the region's map with its places and counts, the selected place named largest. */
export async function mapPreviewImage({ config, places, counts, selected, title, subtitle }: Input): Promise<ImageResponse> {
  const { countries, fonts } = await loadAssets();
  const [[w, s], [e, n]] = config.region.initialBounds;
  const inView = (p: PlaceRecord) => p.coordinates[0] >= w && p.coordinates[0] <= e && p.coordinates[1] >= s && p.coordinates[1] <= n;
  const [bw, bs, be, bn] = config.region.bbox;
  const bounds: [[number, number], [number, number]] = !selected || inView(selected) ? config.region.initialBounds : [[bw, bs], [be, bn]];
  const project = fitMercator(bounds, PREVIEW_SIZE.width, PREVIEW_SIZE.height, 40);
  const busiest = places
    .filter((p) => (counts.get(p.id) ?? 0) > 0 && p.id !== selected?.id)
    .sort((a, b) => (counts.get(b.id) ?? 0) - (counts.get(a.id) ?? 0))
    .slice(0, selected ? NAMED_MAX - 1 : NAMED_MAX);
  const shown = [...busiest, ...(selected ? [selected] : [])].map((place) => ({ place, at: project(place.coordinates), count: counts.get(place.id) ?? 0 }));
  return new ImageResponse(
    <MapPreview title={title} subtitle={subtitle} land={svgPath(countries.features, project)} places={shown} selected={selected?.id} footer="Basemap: Natural Earth · every event sourced and quoted" />,
    {
      ...PREVIEW_SIZE,
      fonts: [
        { name: 'Noto Sans', data: fonts[0], weight: 400, style: 'normal' },
        { name: 'Noto Sans', data: fonts[1], weight: 700, style: 'normal' },
      ],
      headers: { 'Cache-Control': 'public, max-age=600' },
    },
  );
}
