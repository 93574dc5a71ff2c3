import type { PlaceRecord } from '@/lib/schemas/place';
import { MAP_COLORS } from '@/lib/map/style';

export const PREVIEW_SIZE = { width: 1200, height: 630 } as const;

type Props = {
  /** The title and the line under it (the situation's, or the place's). */
  title: string;
  subtitle: string;
  /** The countries, as one SVG path already projected into the picture. */
  land: string;
  /** The places with events, projected, with their counts. */
  places: { place: PlaceRecord; at: [number, number]; count: number }[];
  /** The place the link is about: drawn larger and named. */
  selected?: string;
  footer: string;
};

/** The link preview (Open Graph and Twitter card) of the map: land and sea, the places and their event counts, the title. Rendered by next/og. */
export function MapPreview({ title, subtitle, land, places, selected, footer }: Props) {
  const { width, height } = PREVIEW_SIZE;
  return (
    <div style={{ width, height, display: 'flex', position: 'relative', background: MAP_COLORS.sea, fontFamily: 'Noto Sans' }}>
      <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} style={{ position: 'absolute', left: 0, top: 0 }}>
        <path d={land} fill={MAP_COLORS.land} stroke={MAP_COLORS.border} strokeWidth={1.5} />
        {places.map(({ place, at: [x, y] }) => (
          <circle key={place.id} cx={x} cy={y} r={place.id === selected ? 14 : 9} fill="#1f3147" stroke="#ffffff" strokeWidth={3} />
        ))}
      </svg>
      {places.map(({ place, at: [x, y], count }) => (
        <div key={place.id} style={{ position: 'absolute', left: x + 16, top: y - 17, display: 'flex', alignItems: 'center', gap: 6, fontSize: place.id === selected ? 30 : 22, fontWeight: 700, color: '#1f1d1a' }}>
          <span>{place.name}</span>
          <span style={{ fontSize: 18, color: '#ffffff', background: '#1f1d1a', borderRadius: 999, padding: '0 9px' }}>{count}</span>
        </div>
      ))}
      <div style={{ position: 'absolute', left: 32, bottom: 28, maxWidth: 560, display: 'flex', flexDirection: 'column', background: 'rgba(255,255,255,0.94)', borderRadius: 12, padding: '18px 26px', color: '#1f1d1a' }}>
        <div style={{ fontSize: 40, fontWeight: 700, lineHeight: 1.15 }}>{title}</div>
        <div style={{ fontSize: 24, color: '#57534a', marginTop: 6 }}>{subtitle}</div>
      </div>
      <div style={{ position: 'absolute', right: 24, bottom: 18, fontSize: 18, color: '#1f1d1a', background: 'rgba(255,255,255,0.85)', borderRadius: 8, padding: '4px 12px' }}>{footer}</div>
    </div>
  );
}
