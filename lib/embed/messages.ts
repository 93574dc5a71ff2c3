import { z } from 'zod';
import { isoDate, slugId } from '@/lib/schemas/common';

/** Every message the embed sends or accepts has a type starting with this. */
export const MESSAGE_PREFIX = 'situation-map:';
export const EMBED_API_VERSION = 1;

const view = z.strictObject({
  longitude: z.number().min(-180).max(180),
  latitude: z.number().min(-85).max(85),
  zoom: z.number().min(0).max(22),
});

/** Messages from the embed to the page that frames it. */
export const outgoingMessage = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal(`${MESSAGE_PREFIX}ready`), version: z.literal(EMBED_API_VERSION) }),
  z.strictObject({ type: z.literal(`${MESSAGE_PREFIX}height`), height: z.number().int().positive() }),
  z.strictObject({ type: z.literal(`${MESSAGE_PREFIX}place-selected`), place: slugId.nullable() }),
]);
export type OutgoingMessage = z.infer<typeof outgoingMessage>;

/** Messages the framing page may send to the embed; anything else is ignored. */
export const incomingMessage = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal(`${MESSAGE_PREFIX}select-place`), place: slugId.nullable() }),
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
