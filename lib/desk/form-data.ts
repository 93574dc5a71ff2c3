import 'server-only';
import { notFound } from 'next/navigation';
import type { SourceRecord } from '@/lib/schemas/source';
import { KINDS, type Claim } from './claim-kinds';
import { kindParam } from './claims';
import type { DraftKind } from './draft-kinds';
import type { DeskContext } from './guard';

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);

/** What the event form chooses from: the archived sources (newest first) and the actors. */
export async function eventFormChoices({ desk, store }: DeskContext) {
  const sources = (await desk.sourceList()).map((r) => JSON.parse(r.record) as SourceRecord).sort((a, b) => b.published.localeCompare(a.published) || a.id.localeCompare(b.id));
  const actors = [...(await store.situation()).actorById.values()].map((a) => ({ id: a.id, name: a.name })).sort(byName);
  return { sources: sources.map(({ id, title, publisher, published }) => ({ id, title, publisher, published })), actors };
}

/** What every claim form chooses from: the event form's choices, and the areas and countries (control periods, flows). */
export async function claimFormChoices(ctx: DeskContext) {
  const s = await ctx.store.situation();
  return {
    ...(await eventFormChoices(ctx)),
    areas: [...s.areaById.values()].map((a) => ({ id: a.id, name: a.name })).sort(byName),
    countries: [...s.countryByCode.values()].map((c) => ({ id: c.code, name: c.name })).sort(byName),
  };
}
export type ClaimFormChoices = Awaited<ReturnType<typeof claimFormChoices>>;

/** The places a claim names (an event's place, a flow's ends, a trip's stops), for its form's place pickers. */
export async function placesNamed(ctx: DeskContext, kind: DraftKind, record: Claim) {
  const { placeById } = await ctx.store.situation();
  return KINDS[kind].placeIds(record).flatMap((id) => placeById.get(id) ?? []);
}

/** A claim kind named in a desk page's path, or the 404 page. */
export function kindOfPath(kind: string): DraftKind {
  const parsed = kindParam.safeParse(kind);
  if (!parsed.success) notFound();
  return parsed.data;
}
