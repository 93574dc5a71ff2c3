/** Whether [lon, lat] lies in [minLon, minLat, maxLon, maxLat], edges included; a box with minLon > maxLon crosses the antimeridian. */
export function inBbox([lon, lat]: readonly number[], [minLon, minLat, maxLon, maxLat]: readonly number[]): boolean {
  const inLat = lat >= minLat && lat <= maxLat;
  const inLon = minLon <= maxLon ? lon >= minLon && lon <= maxLon : lon >= minLon || lon <= maxLon;
  return inLat && inLon;
}
