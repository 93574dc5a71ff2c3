/**
 * MapLibre draws each label glyph alone on an OffscreenCanvas (its TinySDF), whose text direction
 * is inherited from the page: on an Arabic page (dir="rtl") every "(" came out as ")" (a flow's
 * "(UNHCR)" read ")UNHCR("). MapLibre orders a label's glyphs itself, so the canvas's direction does
 * nothing for a lone glyph but mirror it: new 2-D contexts of offscreen canvases start left to right.
 * Call once, in the browser, before the map draws its first label.
 */
export function drawGlyphsLeftToRight() {
  if (typeof OffscreenCanvas === 'undefined') return;
  const proto = OffscreenCanvas.prototype as OffscreenCanvas & { __ltrGlyphs?: true };
  if (proto.__ltrGlyphs) return;
  const getContext = proto.getContext;
  proto.getContext = function (this: OffscreenCanvas, ...args: Parameters<OffscreenCanvas['getContext']>) {
    const context = getContext.apply(this, args);
    if (args[0] === '2d' && context) (context as OffscreenCanvasRenderingContext2D).direction = 'ltr';
    return context;
  } as OffscreenCanvas['getContext'];
  proto.__ltrGlyphs = true;
}
