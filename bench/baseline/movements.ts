// Benchmark baseline only: the app's former in-memory dataset (lib/data/movements.ts at commit e9a6cea), kept
// for bench/run.mjs to measure against the store. Never imported by the app.
import { z } from 'zod';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { feature } from 'topojson-client';
import { countryLabelPoints } from '@/lib/geo/basemap';
import { countryRecord, flowRecord, itineraryRecord, type CountryRecord, type FlowEnd, type FlowRecord, type ItineraryRecord } from '@/lib/schemas/movement';
import { checkCitations, checkWordsCited, indexById, requireRef } from './checks';
import { DataError, parseFile } from '@/lib/data/data-error';

/** A country with the point its flows start or end at: its Natural Earth label point, computed. */
export type Country = CountryRecord & { anchor: [number, number] };

export type Movements = {
  countryByCode: Map<string, Country>;
  flows: FlowRecord[];
  itineraries: ItineraryRecord[];
};

type Refs = {
  sources: Map<string, { file: string; text: string }>;
  placeById: Map<string, unknown>;
  actorById: Map<string, unknown>;
  eventById: Map<string, { placeId: string; date: string; actors: string[] }>;
};

/** Label points of Natural Earth countries by their numeric id. */
function naturalEarthAnchors(topologyText: string): Map<string, [number, number]> {
  const topology = JSON.parse(topologyText) as Topology;
  const object = topology.objects.countries as GeometryCollection<{ name: string }>;
  const countries = feature(topology, object) as FeatureCollection<Polygon | MultiPolygon, { name: string }>;
  const withIds = { ...countries, features: countries.features.filter((f) => f.id !== undefined).map((f) => ({ ...f, properties: { id: String(f.id), name: f.properties.name } })) };
  return new Map(countryLabelPoints(withIds).features.map((f) => [f.properties.id, f.geometry.coordinates as [number, number]]));
}

/** Validates countries, flows and itineraries against each other and the rest of the data. */
export function buildMovements(files: { 'countries.json': string; 'flows.json': string; 'itineraries.json': string; naturalEarth: string }, refs: Refs): Movements {
  const anchors = naturalEarthAnchors(files.naturalEarth);
  const countryByCode = new Map<string, Country>();
  parseFile('data/countries.json', files['countries.json'], z.array(countryRecord)).forEach((c, i) => {
    const anchor = anchors.get(c.naturalEarthId);
    if (!anchor) throw new DataError('data/countries.json', `[${i}] (code "${c.code}").naturalEarthId`, `Natural Earth has no country ${c.naturalEarthId}`);
    if (countryByCode.has(c.code)) throw new DataError('data/countries.json', `[${i}] (code "${c.code}")`, 'code is used twice');
    countryByCode.set(c.code, { ...c, anchor });
  });

  const flows = parseFile('data/flows.json', files['flows.json'], z.array(flowRecord));
  indexById('data/flows.json', flows);
  flows.forEach((f, i) => {
    const record = `[${i}] (id "${f.id}")`;
    const end = (e: FlowEnd, field: string) =>
      'country' in e
        ? requireRef(countryByCode, e.country, 'data/flows.json', `${record}.${field}.country`, 'country')
        : requireRef(refs.placeById, e.placeId, 'data/flows.json', `${record}.${field}.placeId`, 'place');
    end(f.origin, 'origin');
    end(f.destination, 'destination');
    checkCitations(refs.sources, f.sources, 'data/flows.json', record);
    checkWordsCited(f.sources, f.magnitude.text, 'data/flows.json', `${record}.magnitude.text`, 'the figure words');
    checkWordsCited(f.sources, f.asOf.text, 'data/flows.json', `${record}.asOf.text`, 'the date words');
    f.sources.forEach((c, j) => c.attribution && checkWordsCited([c], c.attribution, 'data/flows.json', `${record}.sources[${j}].attribution`, 'the credited outlet'));
  });

  const itineraries = parseFile('data/itineraries.json', files['itineraries.json'], z.array(itineraryRecord));
  indexById('data/itineraries.json', itineraries);
  itineraries.forEach((it, i) => {
    const record = `[${i}] (id "${it.id}")`;
    requireRef(refs.actorById, it.person, 'data/itineraries.json', `${record}.person`, 'actor');
    it.stops.forEach((stop, j) => {
      const at = `${record}.stops[${j}]`;
      requireRef(refs.placeById, stop.placeId, 'data/itineraries.json', `${at}.placeId`, 'place');
      if (j > 0 && it.stops[j - 1].placeId === stop.placeId) throw new DataError('data/itineraries.json', at, 'a stop repeats the place of the stop before it');
      stop.eventIds.forEach((id, k) => {
        requireRef(refs.eventById, id, 'data/itineraries.json', `${at}.eventIds[${k}]`, 'event');
        const event = refs.eventById.get(id)!;
        if (event.placeId !== stop.placeId) throw new DataError('data/itineraries.json', `${at}.eventIds[${k}]`, `event "${id}" is at ${event.placeId}, not at the stop's place ${stop.placeId}`);
        if (!event.actors.includes(it.person)) throw new DataError('data/itineraries.json', `${at}.eventIds[${k}]`, `event "${id}" does not name ${it.person} among its actors`);
        if (k > 0 && event.date < refs.eventById.get(stop.eventIds[0])!.date) throw new DataError('data/itineraries.json', `${at}.eventIds[${k}]`, 'the first event of a stop is its arrival: no event there may be earlier');
      });
      const arrival = refs.eventById.get(stop.eventIds[0])!.date;
      const previous = j > 0 ? refs.eventById.get(it.stops[j - 1].eventIds[0])!.date : arrival;
      if (arrival < previous) throw new DataError('data/itineraries.json', at, 'stops must be in the order they were reached');
    });
  });
  return { countryByCode, flows, itineraries };
}
