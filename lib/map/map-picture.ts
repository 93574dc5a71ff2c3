// A PNG of the map as drawn, with its title, date, legend and credits drawn into the image (a
// picture that travels without its credits breaks the sources' licences). Browser only.
import type { Map as MapLibreMap } from 'maplibre-gl';

/** How a legend swatch is drawn: a fill, an outline (dashed or not), a hatch, a line of a width, a dot. */
export type Swatch = { fill?: string; stroke?: string; strokeWidth?: number; dashed?: boolean; hatch?: boolean; line?: number; dot?: boolean };

/** One legend entry: its swatch and its words. */
export type LegendEntry = { swatch: Swatch; text: string };

/** What is drawn over the map. */
export type PictureText = { title: string; date: string; legend: LegendEntry[]; credits: string; dir: 'ltr' | 'rtl' };

const FONT = '"Noto Sans", "Noto Sans Arabic", sans-serif';
const INK = '#1f1d1a';
const PAPER = 'rgba(255, 255, 255, 0.92)';

/** Waits for one event of the map. */
const once = (map: MapLibreMap, event: 'idle') => new Promise<void>((resolve) => map.once(event, () => resolve()));

/**
 * The map's canvas drawn onto a 2D canvas at `scale` device pixels per CSS pixel: the map is
 * redrawn at that pixel ratio and copied at once, in the same task (before the browser clears
 * the WebGL buffer, so no preserveDrawingBuffer is needed), and put back as it was.
 */
async function mapPixels(map: MapLibreMap, scale: number): Promise<HTMLCanvasElement> {
  const before = map.getPixelRatio();
  if (before !== scale) {
    const resized = once(map, 'idle');
    map.setPixelRatio(scale);
    await resized;
  }
  try {
    const source = map.getCanvas();
    const out = document.createElement('canvas');
    out.width = source.width;
    out.height = source.height;
    map.redraw();
    out.getContext('2d')!.drawImage(source, 0, 0);
    return out;
  } finally {
    if (before !== scale) map.setPixelRatio(before);
  }
}

/** Splits text into lines no wider than `width`, at spaces. */
function wrap(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (line && ctx.measureText(next).width > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** A box of lines on a light ground, at (x, y) from its top-left corner (or top-right, in RTL). */
/** Draws a legend swatch in the box (x, y, w, h), as the page's legend draws it. */
function drawSwatch(ctx: CanvasRenderingContext2D, sw: Swatch, x: number, y: number, w: number, h: number, s: number) {
  ctx.save();
  ctx.setLineDash(sw.dashed ? [4 * s, 2 * s] : []);
  if (sw.line !== undefined) {
    ctx.strokeStyle = sw.stroke ?? sw.fill ?? INK;
    ctx.lineWidth = Math.max(1, sw.line) * s;
    ctx.beginPath();
    ctx.moveTo(x, y + h / 2);
    ctx.lineTo(x + w, y + h / 2);
    ctx.stroke();
  } else if (sw.dot) {
    ctx.fillStyle = sw.fill ?? INK;
    ctx.beginPath();
    ctx.arc(x + w / 2, y + h / 2, h / 2, 0, 2 * Math.PI);
    ctx.fill();
  } else {
    if (sw.fill) {
      ctx.fillStyle = sw.fill;
      ctx.fillRect(x, y, w, h);
    }
    if (sw.hatch) {
      ctx.save();
      ctx.beginPath();
      ctx.rect(x, y, w, h);
      ctx.clip();
      ctx.strokeStyle = '#333';
      ctx.lineWidth = 1.5 * s;
      for (let d = -h; d < w; d += 4 * s) {
        ctx.beginPath();
        ctx.moveTo(x + d, y + h);
        ctx.lineTo(x + d + h, y);
        ctx.stroke();
      }
      ctx.restore();
    }
    if (sw.stroke) {
      ctx.strokeStyle = sw.stroke;
      ctx.lineWidth = (sw.strokeWidth ?? 1) * s;
      ctx.strokeRect(x + ctx.lineWidth / 2, y + ctx.lineWidth / 2, w - ctx.lineWidth, h - ctx.lineWidth);
    }
  }
  ctx.restore();
}

function box(ctx: CanvasRenderingContext2D, x: number, y: number, width: number, rows: { text: string; font: string; swatch?: Swatch }[], s: number, dir: 'ltr' | 'rtl') {
  const pad = 6 * s;
  const lineHeight = 18 * s;
  const height = pad * 2 + rows.length * lineHeight;
  const left = dir === 'rtl' ? ctx.canvas.width - x - width : x;
  ctx.fillStyle = PAPER;
  ctx.fillRect(left, y, width, height);
  ctx.textBaseline = 'middle';
  ctx.direction = dir;
  rows.forEach((row, i) => {
    const middle = y + pad + i * lineHeight + lineHeight / 2;
    let textX = dir === 'rtl' ? left + width - pad : left + pad;
    if (row.swatch) {
      const sw = 18 * s;
      drawSwatch(ctx, row.swatch, dir === 'rtl' ? textX - sw : textX, middle - 6 * s, sw, 12 * s, s);
      textX += (dir === 'rtl' ? -1 : 1) * (sw + 6 * s);
    }
    ctx.fillStyle = INK;
    ctx.font = row.font;
    ctx.textAlign = dir === 'rtl' ? 'right' : 'left';
    ctx.fillText(row.text, textX, middle);
  });
  return height;
}

/**
 * The picture: the map at `scale`× its size on screen, the title and date at the top, the legend
 * below them, and the credits (basemap and every source) in a band along the bottom.
 */
export async function mapPicture(map: MapLibreMap, text: PictureText, scale: 1 | 2): Promise<Blob> {
  await Promise.all([document.fonts.load(`700 16px ${FONT}`), document.fonts.load(`400 12px ${FONT}`)]);
  const canvas = await mapPixels(map, scale);
  const ctx = canvas.getContext('2d')!;
  const s = canvas.width / map.getContainer().clientWidth;
  const margin = 10 * s;
  const bold = `700 ${14 * s}px ${FONT}`;
  const small = `400 ${12 * s}px ${FONT}`;

  drawMarkers(ctx, map.getContainer(), s);

  ctx.font = bold;
  const titleWidth = Math.min(canvas.width - 2 * margin, Math.max(ctx.measureText(text.title).width, ctx.measureText(text.date).width) + 12 * s);
  let y = margin + box(ctx, margin, margin, titleWidth, [{ text: text.title, font: bold }, { text: text.date, font: small }], s, text.dir) + margin / 2;

  if (text.legend.length > 0) {
    ctx.font = small;
    const legendWidth = Math.min(canvas.width / 2, Math.max(...text.legend.map((l) => ctx.measureText(l.text).width)) + 32 * s);
    y += box(ctx, margin, y, legendWidth, text.legend.map((l) => ({ text: l.text, font: small, swatch: l.swatch })), s, text.dir);
  }

  // The credits, wrapped to the width, in a band along the bottom edge.
  ctx.font = small;
  const lines = wrap(ctx, text.credits, canvas.width - 2 * margin);
  const lineHeight = 16 * s;
  const band = lines.length * lineHeight + margin;
  ctx.fillStyle = PAPER;
  ctx.fillRect(0, canvas.height - band, canvas.width, band);
  ctx.fillStyle = INK;
  ctx.textBaseline = 'middle';
  ctx.direction = text.dir;
  ctx.textAlign = text.dir === 'rtl' ? 'right' : 'left';
  lines.forEach((line, i) => ctx.fillText(line, text.dir === 'rtl' ? canvas.width - margin : margin, canvas.height - band + margin / 2 + (i + 0.5) * lineHeight));

  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the picture could not be encoded'))), 'image/png'));
}

/**
 * The city markers, which are HTML over the canvas, not in it: each one's dot, name and count,
 * drawn where the page shows them.
 */
function drawMarkers(ctx: CanvasRenderingContext2D, container: HTMLElement, s: number) {
  const origin = container.getBoundingClientRect();
  const at = (el: Element) => {
    const r = el.getBoundingClientRect();
    return { x: (r.left - origin.left) * s, y: (r.top - origin.top) * s, w: r.width * s, h: r.height * s };
  };
  ctx.textBaseline = 'middle';
  ctx.textAlign = 'left';
  for (const marker of container.querySelectorAll('.place-marker-wrap')) {
    const dot = marker.querySelector('.place-marker-dot');
    const name = marker.querySelector('.place-marker-name');
    const count = marker.querySelector('.place-marker-count');
    if (dot) {
      const d = at(dot);
      const st = getComputedStyle(dot);
      // The ring (the page's box-shadow), the light border, the fill.
      ctx.fillStyle = st.backgroundColor;
      ctx.beginPath();
      ctx.arc(d.x + d.w / 2, d.y + d.h / 2, d.w / 2 + s, 0, 2 * Math.PI);
      ctx.fill();
      ctx.fillStyle = st.borderTopColor;
      ctx.beginPath();
      ctx.arc(d.x + d.w / 2, d.y + d.h / 2, d.w / 2, 0, 2 * Math.PI);
      ctx.fill();
      ctx.fillStyle = st.backgroundColor;
      ctx.beginPath();
      ctx.arc(d.x + d.w / 2, d.y + d.h / 2, d.w / 2 - parseFloat(st.borderTopWidth) * s, 0, 2 * Math.PI);
      ctx.fill();
    }
    for (const [el, pill] of [[name, false], [count, true]] as const) {
      // What the page shows: not the words kept for screen readers only ("2 events so far").
      const text = el ? [...el.childNodes].filter((n) => !(n instanceof Element && n.classList.contains('visually-hidden'))).map((n) => n.textContent).join('').trim() : '';
      if (!el || !text) continue;
      const r = at(el);
      const st = getComputedStyle(el);
      ctx.font = `${st.fontWeight} ${parseFloat(st.fontSize) * s}px ${FONT}`;
      if (pill) {
        ctx.fillStyle = st.backgroundColor;
        ctx.beginPath();
        ctx.roundRect(r.x, r.y, r.w, r.h, r.h / 2);
        ctx.fill();
        ctx.textAlign = 'center';
      } else {
        // The page's halo: the name on a light outline, readable over any colour.
        ctx.strokeStyle = PAPER;
        ctx.lineWidth = 3 * s;
        ctx.textAlign = 'left';
        ctx.strokeText(text, r.x, r.y + r.h / 2);
      }
      ctx.fillStyle = st.color;
      ctx.fillText(text, pill ? r.x + r.w / 2 : r.x, r.y + r.h / 2);
    }
  }
}

/** A swatch as the page draws it, read from its computed style. */
function swatchOf(el: HTMLElement | null): Swatch {
  if (!el) return { fill: INK };
  const st = getComputedStyle(el);
  const fill = st.backgroundColor !== 'rgba(0, 0, 0, 0)' ? st.backgroundColor : undefined;
  const border = parseFloat(st.borderTopWidth) > 0 && st.borderTopStyle !== 'none' ? st.borderTopColor : undefined;
  const height = el.getBoundingClientRect().height || parseFloat(st.height) || 0;
  const width = el.getBoundingClientRect().width || parseFloat(st.width) || 0;
  // A flow's width or a route's dash: a swatch much wider than tall.
  if (width > 2 * height && height <= 10) return { line: fill ? height : parseFloat(st.borderTopWidth), stroke: fill ?? border, dashed: st.borderTopStyle === 'dashed' };
  if (st.borderRadius === '50%') return { dot: true, fill: st.backgroundColor };
  return { fill, stroke: border, strokeWidth: parseFloat(st.borderTopWidth), dashed: st.borderTopStyle === 'dashed', hatch: st.backgroundImage !== 'none' };
}

/** The legend as shown: each visible list's entries, their swatches read from the page. */
export function legendEntries(root: Element | null): LegendEntry[] {
  if (!root) return [];
  return [...root.querySelectorAll('ul:not([hidden]) li')].map((li) => ({
    swatch: swatchOf(li.firstElementChild as HTMLElement | null),
    text: (li.textContent ?? '').replace(/\s+/g, ' ').trim(),
  }));
}

/** Saves a blob as a file, as a download link would. */
export function saveBlob(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
