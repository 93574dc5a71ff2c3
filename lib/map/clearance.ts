/** A box in CSS pixels, as getBoundingClientRect gives it. */
export type Box = { left: number; top: number; width: number; height: number };
/** MapLibre's padding: how far each edge of the map is covered. */
export type Padding = { top: number; right: number; bottom: number; left: number };

export const NO_PADDING: Padding = { top: 0, right: 0, bottom: 0, left: 0 };

/**
 * The padding that leaves the map its largest uncovered side when `cover` (a sheet over the map)
 * lies on it: a bottom sheet covers the bottom, a side sheet the side it sits on.
 */
export function paddingForCover(map: Box, cover: Box | null): Padding {
  if (!cover || cover.width <= 0 || cover.height <= 0) return NO_PADDING;
  const right = map.left + map.width;
  const bottom = map.top + map.height;
  const clamp = (n: number, max: number) => Math.round(Math.min(Math.max(n, 0), max));
  const free = [
    { area: (cover.top - map.top) * map.width, padding: { ...NO_PADDING, bottom: clamp(bottom - cover.top, map.height) } },
    { area: (bottom - cover.top - cover.height) * map.width, padding: { ...NO_PADDING, top: clamp(cover.top + cover.height - map.top, map.height) } },
    { area: (cover.left - map.left) * map.height, padding: { ...NO_PADDING, right: clamp(right - cover.left, map.width) } },
    { area: (right - cover.left - cover.width) * map.height, padding: { ...NO_PADDING, left: clamp(cover.left + cover.width - map.left, map.width) } },
  ];
  return free.reduce((best, side) => (side.area > best.area ? side : best)).padding;
}

/** Whether a point of the map (pixels from its top left) lies in the part `padding` leaves free, `margin` inside its edges. */
export function inFreePart(point: { x: number; y: number }, size: { width: number; height: number }, padding: Padding, margin: number): boolean {
  return (
    point.x >= padding.left + margin &&
    point.x <= size.width - padding.right - margin &&
    point.y >= padding.top + margin &&
    point.y <= size.height - padding.bottom - margin
  );
}
