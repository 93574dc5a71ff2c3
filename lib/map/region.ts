/** Files the basemap is built into, under public/ (clipped to the situation's region: data/situation.json). */
export const BASEMAP_FILES = {
  countries: '/geo/countries.geojson',
  borders: '/geo/borders.geojson',
  labels: '/geo/country-labels.geojson',
} as const;
