'use client';
import { useMapParts } from '@/components/map/map-parts';
import { useI18n } from '@/components/i18n/i18n-provider';
import type { PlaceFeature } from '@/lib/data/features';
import { eventCount } from '@/lib/i18n/messages';
import { formatInteger } from '@/lib/i18n/numbers';

type Props = { place: PlaceFeature; count: number; selected: boolean; onSelect: (id: string | null) => void };

/**
 * A place on the map as a real toggle button, named by the place in the interface language and
 * reachable by Tab; Enter or a click opens its events, and again closes them. The event count sits
 * beside the button and describes it, so the button's visible text is its name. An area (a place
 * with a `kind`: events known only to be somewhere in it) is a hollow dashed ring, not a town's dot.
 */
export function PlaceMarker({ place, count, selected, onSelect }: Props) {
  const { Marker } = useMapParts();
  const { t, lang, locale } = useI18n();
  const [longitude, latitude] = place.geometry.coordinates;
  const name = place.properties.names[lang] ?? place.properties.name;
  const countId = `marker-count-${place.id}`;
  const area = place.properties.kind !== undefined;
  return (
    <Marker longitude={longitude} latitude={latitude} anchor={lang === 'ar' ? 'right' : 'left'} offset={[lang === 'ar' ? 8 : -8, 0]}>
      <span className="place-marker-wrap">
        <button
          type="button"
          className={area ? 'place-marker place-marker-area' : 'place-marker'}
          data-area={area || undefined}
          aria-label={name}
          aria-describedby={countId}
          aria-pressed={selected}
          data-place={place.id}
          data-select={`marker:${place.id}`}
          onClick={(e) => {
            e.stopPropagation();
            onSelect(selected ? null : place.id);
          }}
        >
          <span className="place-marker-dot" aria-hidden="true" />
          <span className="place-marker-name">{name}</span>
        </button>
        <span className="place-marker-count" id={countId}>
          <span aria-hidden="true">{formatInteger(locale, count)}</span>
          <span className="visually-hidden">
            {eventCount(lang, count)} {t('soFar')}
            {area && ` (${t('areaMarker')})`}
          </span>
        </span>
      </span>
    </Marker>
  );
}
