/** The region the basemap covers, [minLon, minLat, maxLon, maxLat]: Greece to the Caspian, Egypt to the Black Sea. */
export const REGION_BBOX: [number, number, number, number] = [20, 26, 56, 47];

/** The view a reader first sees: Ankara, Aleppo and Damascus with room around them. */
export const INITIAL_BOUNDS: [[number, number], [number, number]] = [[29.5, 32.3], [40.5, 41.2]];

/** Files the basemap is built into, under public/. */
export const BASEMAP_FILES = {
  countries: '/geo/countries.geojson',
  borders: '/geo/borders.geojson',
  labels: '/geo/country-labels.geojson',
} as const;
