import type { Polygon } from 'geojson';
import { polygonAnchor } from '@/lib/geo/area-outline';
import type { AreaRecord, ControlPeriodRecord } from '@/lib/schemas/control';
import { controlStatuses } from '@/lib/schemas/control';
import { controlPeriodRecord } from '@/lib/schemas/control';
import type { Item } from '@/lib/store/batch';
import type { ActorIndex } from '../actors';
import type { RowArchive } from '../archive';
import { cellQuote } from '../archive';
import { cell, dateIn, needed, type SourceRow } from '../cells';
import { countryByCode, countryByName } from '../countries';
import { ImportError, reject } from '../errors';
import type { GeojsonMapping } from '../mapping';
import type { PlaceIndex } from '../places';
import { shortHash, slugOf } from '../text';
import { cellText } from '../rows';

type Ring = [number, number][];

/** A GeoJSON geometry's polygons (a MultiPolygon's parts), each as rings of 2-D positions; refuses anything else, naming the field. */
function polygonsOf(geometry: unknown): Ring[][] {
  const g = geometry as { type?: string; coordinates?: unknown } | null;
  if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) reject('geometry', `is ${g?.type ? `a ${g.type}` : 'missing'}, not a Polygon or MultiPolygon`);
  const polygons = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates) as unknown[][];
  if (!Array.isArray(polygons) || polygons.length === 0) reject('geometry', 'has no coordinates');
  return polygons.map((rings, k) => {
    if (!Array.isArray(rings) || rings.length === 0) reject('geometry', `polygon ${k + 1} has no rings`);
    return rings.map((ring, r) => {
      if (!Array.isArray(ring) || ring.length < 4) reject('geometry', `polygon ${k + 1}, ring ${r + 1} has fewer than 4 positions`);
      const out = ring.map((p) => {
        const [lon, lat] = Array.isArray(p) ? (p as number[]) : [];
        if (typeof lon !== 'number' || typeof lat !== 'number' || !(lon >= -180 && lon <= 180) || !(lat >= -90 && lat <= 90)) reject('geometry', `polygon ${k + 1}, ring ${r + 1} has a position that is not [longitude, latitude] in range: ${JSON.stringify(p)}`);
        return [lon, lat] as [number, number];
      });
      if (out[0][0] !== out.at(-1)![0] || out[0][1] !== out.at(-1)![1]) reject('geometry', `polygon ${k + 1}, ring ${r + 1} does not end where it starts`);
      return out;
    });
  });
}

/**
 * GeoJSON control areas: each feature (a Polygon, or a MultiPolygon whose parts become areas of
 * their own) becomes an area, anchored at a place (joined by name within 5 km, or made at a point
 * inside it), and a control period: who holds it from when, quoted from the feature's property
 * that the mapping names. Features with the same area id are that area's history.
 */
export class ControlBuilder {
  readonly areas = new Map<string, Item<AreaRecord> & { geometry: string }>();
  readonly control: Item<ControlPeriodRecord>[] = [];
  private readonly periods = new Map<string, string>();

  constructor(
    private readonly mapping: GeojsonMapping,
    private readonly file: string,
    private readonly mapFile: string,
    private readonly archive: RowArchive,
    private readonly places: PlaceIndex,
    private readonly actors: ActorIndex,
  ) {}

  /** Reads one feature, or refuses it (RowReject) naming the property. */
  add(at: string, feature: unknown) {
    const f = feature as { type?: string; id?: unknown; properties?: Record<string, unknown> | null; geometry?: unknown };
    if (!f || f.type !== 'Feature') reject(undefined, 'is not a GeoJSON Feature');
    const props = f.properties ?? {};
    const order = Object.keys(props);
    const row: SourceRow = { at, cells: Object.fromEntries(order.map((k) => [k, cellText(props[k])])), order };
    const p = this.mapping.properties;
    const fixed = this.mapping.fixed ?? {};
    const polygons = polygonsOf(f.geometry);
    const name = needed(row, p.name);
    const rawId = (p.id ? cell(row, p.id) : undefined) ?? (f.id !== undefined ? String(f.id) : undefined) ?? reject(p.id ?? 'id', 'is empty: the feature has no id');
    const baseId = `${slugOf(this.mapping.dataset, 30)}-${slugOf(rawId, 40) || shortHash(rawId)}`;
    const holderValue = needed(row, p.holder);
    const holder = this.mapping.holders?.[holderValue];
    const date = dateIn(row, p.date, p.dateFormat);
    const status = (cell(row, p.status) ?? fixed.status ?? 'controlled') as (typeof controlStatuses)[number];
    if (!controlStatuses.includes(status)) reject(p.status, `"${status}" is not one of ${controlStatuses.join(', ')}`);
    const extent = cell(row, p.extent) ?? fixed.extent ?? 'the area drawn';
    const countryWord = cell(row, p.country) ?? fixed.country ?? (() => { throw new ImportError(this.mapFile, 'fixed.country', 'is needed when no property gives the country'); })();
    const country = countryByCode(countryWord) ?? countryByName(countryWord) ?? reject(p.country, `"${countryWord}" is not a country the importer knows`);
    needed(row, p.quote);
    const geometryKey = JSON.stringify(polygons);
    const parts = polygons.map((rings, k) => ({ id: polygons.length > 1 ? `${baseId}-part-${k + 1}` : baseId, name: polygons.length > 1 ? `${name} (part ${k + 1} of ${polygons.length})` : name, rings }));
    for (const part of parts) {
      const have = this.areas.get(part.id);
      if (have && have.geometry !== geometryKey) reject('geometry', `differs from the outline ${have.at.record} gives area "${part.id}": the map keeps one outline per area`);
      const periodId = `${part.id}-${date}`;
      if (this.periods.has(periodId)) reject(p.date, `${date}: area "${part.id}" already has a period starting that day (${this.periods.get(periodId)})`);
    }
    const sourceId = this.archive.id;
    const quote = cellQuote(p.quote, row.cells[p.quote]);
    const dateQuote = `${p.date}: ${row.cells[p.date]}`.trim();
    const sources = quote.includes(cell(row, p.date)!) ? [{ sourceId, quote }] : [{ sourceId, quote }, { sourceId, quote: dateQuote }];
    const periods = parts.map((part): ControlPeriodRecord => ({
      id: `${part.id}-${date}`,
      areaId: part.id,
      actor: 'pending',
      status,
      since: { date, precision: fixed.datePrecision ?? 'day', text: cell(row, p.date)! },
      extent,
      basis: 'reported',
      sources,
    }));
    for (const period of periods) {
      const checked = controlPeriodRecord.safeParse(period);
      if (!checked.success) reject(undefined, `the control period made from it is refused: ${checked.error.issues[0].path.join('.')}: ${checked.error.issues[0].message}`);
    }
    // Accepted: archive the properties, then make the actor, places, areas and periods.
    this.archive.add(at, row.order.map((k) => [k, row.cells[k]]));
    const actor = this.actors.idFor(holder?.name ?? holderValue, holder?.kind ?? fixed.holderKind ?? 'armed-group');
    parts.forEach((part, k) => {
      if (!this.areas.has(part.id)) {
        const polygon: Polygon = { type: 'Polygon', coordinates: part.rings };
        const [lon, lat] = polygonAnchor(polygon);
        const place = this.places.placeFor({ name: part.name, lon, lat, country, countryName: country.name, kind: 'region' });
        const area: AreaRecord = {
          id: part.id,
          name: part.name,
          placeId: place.id,
          outline: { kind: 'polygon', coordinates: part.rings },
          geometryPrecision: fixed.geometryPrecision ?? 'approximate outline',
          geometryNote: fixed.geometryNote ?? `Drawn by ${this.mapping.dataset} (${this.file}); not checked against the ground.`,
        };
        this.areas.set(part.id, { at: { file: this.file, record: `${at} (area "${part.id}")` }, value: area, geometry: geometryKey });
      }
      const period = { ...periods[k], actor };
      this.periods.set(period.id, at);
      this.control.push({ at: { file: this.file, record: `${at} (control "${period.id}")` }, value: period });
    });
  }
}
