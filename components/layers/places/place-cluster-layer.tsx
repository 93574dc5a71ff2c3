'use client';
import { useMemo } from 'react';
import { useMapParts } from '@/components/map/map-parts';
import { useI18n } from '@/components/i18n/i18n-provider';
import type { PlaceFeature } from '@/lib/data/features';
import { placeLayers, placePoints, placeSource } from '@/lib/map/place-layers';
import type { MapTheme } from '@/lib/map/style';

type Props = { places: PlaceFeature[]; counts: Map<string, number>; selectedPlace: string | null; theme: MapTheme };

/** Many places, clustered on the canvas: clusters show their summed event counts, single places their name and count. */
export function PlaceClusterLayer({ places, counts, selectedPlace, theme }: Props) {
  const { Layer, Source } = useMapParts();
  const { lang, locale } = useI18n();
  const source = useMemo(() => placeSource(placePoints(places, counts, lang)), [places, counts, lang]);
  const layers = useMemo(() => placeLayers(theme, locale, selectedPlace), [theme, locale, selectedPlace]);
  return (
    <Source id="places" {...source}>
      {layers.map((layer) => (
        <Layer key={layer.id} {...layer} />
      ))}
    </Source>
  );
}
