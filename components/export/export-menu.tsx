'use client';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useReducer, useState } from 'react';
import { useI18n } from '@/components/i18n/i18n-provider';
import { useSituation } from '@/components/situation/situation-context';
import { exportUrl } from '@/lib/contract/paths';
import { formatPeriod } from '@/lib/dates/format';
import { dir } from '@/lib/i18n/messages';
import { legendEntries, mapPicture, saveBlob } from '@/lib/map/map-picture';
import { pageTitle } from '@/lib/situation/titles';

type Props = {
  map: MapLibreMap | null;
  place: string | null;
  /** The day the map shows: exports hold the events up to it, as the map and panel do. */
  date: string;
  /** Only the picture (the embed's option). */
  pictureOnly?: boolean;
};

/** The map's box in view, rounded outwards to 4 decimals; whole-world longitudes when the view wraps. */
function viewBbox(map: MapLibreMap): [number, number, number, number] {
  const b = map.getBounds();
  const out = (v: number, up: boolean) => (up ? Math.ceil(v * 1e4) : Math.floor(v * 1e4)) / 1e4;
  const clampLat = (v: number) => Math.max(-90, Math.min(90, v));
  const west = b.getWest();
  const east = b.getEast();
  const wraps = east - west >= 360;
  const lon = (v: number) => ((((v + 180) % 360) + 360) % 360) - 180;
  return [wraps ? -180 : out(lon(west), false), out(clampLat(b.getSouth()), false), wraps ? 180 : out(lon(east), true), out(clampLat(b.getNorth()), true)];
}

/** The Export menu: the events shown as GeoJSON, CSV or HXL CSV (from GET /api/export), and a PNG of the map with its credits. */
export function ExportMenu({ map, place, date, pictureOnly = false }: Props) {
  const { t, lang, locale } = useI18n();
  const situation = useSituation();
  const [inView, setInView] = useState(true);
  const [status, setStatus] = useState('');
  // The box in the links follows the map as it moves.
  const [, moved] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    map?.on('moveend', moved);
    return () => void map?.off('moveend', moved);
  }, [map]);
  const filter = { place: place ?? undefined, to: date, bbox: inView && map ? viewBbox(map) : undefined };
  const shownOn = t('exportShownOn', { date: formatPeriod(date, 'day', date, locale) });

  const picture = async (scale: 1 | 2) => {
    if (!map) return;
    setStatus(t('exportPngMaking'));
    try {
      const container = map.getContainer();
      const credits = container.querySelector('.maplibregl-ctrl-attrib-inner')?.textContent?.trim() ?? '';
      const blob = await mapPicture(map, { title: pageTitle(situation, lang), date: shownOn, legend: legendEntries(document.querySelector('.legend')), credits, dir: dir(lang) }, scale);
      saveBlob(blob, `map-${place ? `${place}-` : ''}${date}${scale === 2 ? '@2x' : ''}.png`);
      setStatus('');
    } catch (e) {
      setStatus(t('exportPngFailed', { message: (e as Error).message }));
    }
  };

  return (
    <details className="export-menu">
      <summary>{t('exportMenu')}</summary>
      <div className="export-menu-body">
        {!pictureOnly && (
          <section aria-labelledby="export-data-h">
            <h3 id="export-data-h">{t('exportData')}</h3>
            <label className="export-in-view">
              <input type="checkbox" checked={inView} onChange={(e) => setInView(e.target.checked)} />
              {t('exportInView')}
            </label>
            <ul>
              <li><a href={exportUrl({ format: 'geojson', ...filter })} download>{t('exportGeoJson')}</a></li>
              <li><a href={exportUrl({ format: 'csv', ...filter })} download>{t('exportCsv')}</a></li>
              <li><a href={exportUrl({ format: 'hxl', ...filter })} download>{t('exportHxl')}</a></li>
            </ul>
            <p className="export-note">{t('exportNote')}</p>
          </section>
        )}
        <section aria-labelledby="export-picture-h">
          <h3 id="export-picture-h">{t('exportPicture')}</h3>
          <ul>
            {([1, 2] as const).map((n) => (
              <li key={n}>
                <button type="button" onClick={() => void picture(n)} disabled={!map}>
                  {t('exportPng', { n })}
                </button>
              </li>
            ))}
          </ul>
          <p role="status" className="export-status">{status}</p>
        </section>
      </div>
    </details>
  );
}
