'use client';
import * as maplibre from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import { useMemo } from 'react';
import Map, { Marker } from 'react-map-gl/maplibre';
import { buildMapStyle } from '@/lib/map/style';

// The same worker and basemap as the reader's map: everything from this origin, nothing from a tile server.
maplibre.setWorkerUrl('/maplibre-gl-worker.mjs');

/** Where the picker opens when no point is chosen yet: northern Syria, where the desk's places mostly are. */
const START = { longitude: 38.5, latitude: 35.5, zoom: 5 };

/** Degrees to 4 decimals (about 10 m), as the typed fields take them. */
const rounded = (v: number) => Math.round(v * 1e4) / 1e4;

/**
 * A small map of the basemap alone, to place a new place by clicking it: the click's [lon, lat]
 * is handed back, and a marker stands at `point`. Loaded lazily by the place picker.
 */
export function PlaceMap({ point, onPick }: { point: [number, number] | null; onPick: (lonLat: [number, number]) => void }) {
  const mapStyle = useMemo(() => buildMapStyle(window.location.origin), []);
  return (
    <>
      <div className="place-map">
        <Map
          mapLib={maplibre}
          mapStyle={mapStyle}
          initialViewState={point ? { longitude: point[0], latitude: point[1], zoom: 7 } : START}
          minZoom={2}
          maxZoom={12}
          attributionControl={false}
          dragRotate={false}
          touchPitch={false}
          cursor="crosshair"
          style={{ width: '100%', height: '100%' }}
          onClick={(e) => onPick([rounded(e.lngLat.lng), rounded(e.lngLat.lat)])}
          onLoad={(e) => e.target.getContainer().setAttribute('data-loaded', 'true')}
        >
          {point && <Marker longitude={point[0]} latitude={point[1]} anchor="bottom" />}
        </Map>
      </div>
      <p className="place-map-credit">Basemap: Natural Earth</p>
    </>
  );
}
