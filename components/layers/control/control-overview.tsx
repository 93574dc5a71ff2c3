'use client';
import { useI18n } from '@/components/i18n/i18n-provider';
import type { ControlCollection } from '@/lib/hooks/use-control';
import type { Scene } from '../types';

/** The overview's control areas, each a button that opens who holds it. */
export function ControlOverview({ data: control, scene: { places, select } }: { data: ControlCollection | undefined; scene: Scene }) {
  const { t, lang } = useI18n();
  if (!control || control.features.length === 0) return null;
  return (
    <ul className="place-list" aria-label={t('controlAreas')}>
      {control.features.map((f) => (
        <li key={f.properties.areaId}>
          <button type="button" onClick={() => select('area', f.properties.areaId)} data-select={`list-area:${f.properties.areaId}`}>
            {t('areaButton', { name: places?.find((p) => p.id === f.properties.placeId)?.properties.names[lang] ?? f.properties.name })}{' '}
            <span className="place-list-count" lang="en">
              {f.properties.actor.name}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
