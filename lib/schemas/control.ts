import { z } from 'zod';
import { claimCorrection, isoDate, lonLat, slugId, unitPrecision } from './common';
import { citation } from './source';

/** A date with how exactly it is known and the source's own words for it. */
export const datedAs = z.strictObject({
  date: isoDate,
  precision: unitPrecision,
  /** The source's own words for the date, verbatim. */
  text: z.string().min(1),
});
export type DatedAs = z.infer<typeof datedAs>;

/** How an area's outline is given: a schematic circle around its place, or a drawn polygon. */
export const areaOutline = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('circle'), radiusKm: z.number().positive().max(500) }),
  z.strictObject({
    kind: z.literal('polygon'),
    coordinates: z
      .array(z.array(lonLat).min(4).refine((ring) => ring[0][0] === ring.at(-1)![0] && ring[0][1] === ring.at(-1)![1], 'a ring must end where it starts'))
      .min(1),
  }),
]);
export type AreaOutline = z.infer<typeof areaOutline>;

/** An area whose control the data follows. */
export const areaRecord = z.strictObject({
  id: slugId,
  name: z.string().min(1),
  placeId: slugId,
  outline: areaOutline,
  /** What the outline is: `approximate outline` of a city is not a `front line`. */
  geometryPrecision: z.enum(['approximate outline', 'front line', 'administrative boundary']),
  geometryNote: z.string().min(1),
});
export type AreaRecord = z.infer<typeof areaRecord>;

export const controlStatuses = ['controlled', 'contested', 'captured'] as const;

/** Who held an area from when: the period runs until the area's next period begins. */
export const controlPeriodRecord = z.strictObject({
  id: slugId,
  areaId: slugId,
  actor: slugId,
  status: z.enum(controlStatuses),
  /** Omitted when the source gives no start (e.g. a long-standing hold). */
  since: datedAs.optional(),
  /** How much of the area the source says the actor holds ("much of the city"). */
  extent: z.string().min(1),
  /** `reported`: the source says it; `inferred`: the source implies it, as `inference` explains. */
  basis: z.enum(['reported', 'inferred']),
  inference: z.string().min(1).optional(),
  sources: z.array(citation).min(1, 'a control period needs at least one source'),
  /** Corrections made at the desk after it was published, oldest first; readers see them on its card. */
  corrections: z.array(claimCorrection).optional(),
}).refine((p) => (p.basis === 'inferred') === (p.inference !== undefined), {
  message: 'an inferred period needs an inference note, and only an inferred one has it',
  path: ['inference'],
});
export type ControlPeriodRecord = z.infer<typeof controlPeriodRecord>;
