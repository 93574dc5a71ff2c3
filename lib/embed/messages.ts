// zod's small build: this runs in every embed, where each kilobyte is the host page's.
import * as z from 'zod/mini';
import { isCalendarDate, ISO_DATE_PATTERN, SLUG_PATTERN } from '@/lib/schemas/formats';

const slugId = z.string().check(z.regex(SLUG_PATTERN));
const isoDate = z.string().check(z.regex(ISO_DATE_PATTERN), z.refine(isCalendarDate));

/** Every message the embed sends or accepts has a type starting with this. */
export const MESSAGE_PREFIX = 'situation-map:';
export const EMBED_API_VERSION = 1;

const between = (min: number, max: number) => z.number().check(z.gte(min), z.lte(max));
const view = z.strictObject({
  longitude: between(-180, 180),
  latitude: between(-85, 85),
  zoom: between(0, 22),
});

/** Messages from the embed to the page that frames it. */
export const outgoingMessage = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal(`${MESSAGE_PREFIX}ready`), version: z.literal(EMBED_API_VERSION) }),
  z.strictObject({ type: z.literal(`${MESSAGE_PREFIX}height`), height: z.int().check(z.positive()) }),
  z.strictObject({ type: z.literal(`${MESSAGE_PREFIX}place-selected`), place: z.nullable(slugId) }),
]);
export type OutgoingMessage = z.infer<typeof outgoingMessage>;

/** Messages the framing page may send to the embed; anything else is ignored. */
export const incomingMessage = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal(`${MESSAGE_PREFIX}select-place`), place: z.nullable(slugId) }),
  z.strictObject({ type: z.literal(`${MESSAGE_PREFIX}set-date`), date: isoDate }),
  z.strictObject({ type: z.literal(`${MESSAGE_PREFIX}fit-view`), view }),
]);
export type IncomingMessage = z.infer<typeof incomingMessage>;

/** A received message if it is one the embed accepts, else null (malformed messages are ignored). */
export function parseIncoming(data: unknown): IncomingMessage | null {
  const result = incomingMessage.safeParse(data);
  return result.success ? result.data : null;
}

/** An http(s) origin, or null for anything else (an opaque "null" origin, file:, data:). */
function httpOrigin(value: string | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : null;
  } catch {
    return null;
  }
}

/** The framing page's origin when the browser tells it (ancestorOrigins, then the referrer), else null. */
export function parentOrigin(location: { ancestorOrigins?: { length: number; [i: number]: string } }, referrer: string): string | null {
  if (location.ancestorOrigins && location.ancestorOrigins.length > 0) return httpOrigin(location.ancestorOrigins[0]);
  return httpOrigin(referrer);
}

/** Whether a received message may be acted on: it came from the parent window, and from its known origin. */
export function acceptsMessage(event: { source: unknown; origin: string }, parent: unknown, origin: string | null): boolean {
  return event.source === parent && (origin === null || event.origin === origin);
}
