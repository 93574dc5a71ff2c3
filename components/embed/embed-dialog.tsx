'use client';
import { useRef, useState } from 'react';
import { embedUrlFor, iframeSnippet, responsiveSnippet } from '@/lib/embed/embed-code';
import { parseViewState, shownDate } from '@/lib/url/view-state';
import { useI18n } from '@/components/i18n/i18n-provider';

type Options = { theme: 'light' | 'dark'; legend: boolean; pinDate: boolean; height: number; picture: boolean };

/** The "Embed" button and its dialog: options, the two snippets with copy buttons, and a live preview; `title` names the embedded map. */
export function EmbedButton({ span, title }: { span: { start: string; end: string }; title: string }) {
  const { t } = useI18n();
  const dialog = useRef<HTMLDialogElement>(null);
  const [pageUrl, setPageUrl] = useState<URL | null>(null);
  const [options, setOptions] = useState<Options>({ theme: 'light', legend: true, pinDate: true, height: 560, picture: false });
  const [copied, setCopied] = useState('');

  const open = () => {
    const url = new URL(window.location.href);
    setPageUrl(url);
    setOptions((o) => ({ ...o, theme: url.searchParams.get('theme') === 'dark' ? 'dark' : 'light' }));
    setCopied('');
    dialog.current?.showModal();
  };
  // The day the page shows: its date parameter, read and clamped as the page does.
  const shown = shownDate(span, parseViewState(pageUrl?.searchParams ?? new URLSearchParams()).date);
  // A pinned embed keeps the date shown; an unpinned one follows the data to its latest day.
  const embedSrc = pageUrl
    ? embedUrlFor(pageUrl, {
        set: { theme: options.theme, ...(options.legend ? {} : { legend: 'off' }), ...(options.pinDate ? { date: shown } : {}), ...(options.picture ? { export: 'png' } : {}) },
        omit: [...(options.legend ? ['legend'] : []), ...(options.pinDate ? [] : ['date'])],
      })
    : '';
  const height = Math.min(1200, Math.max(300, options.height || 560));
  const snippets = {
    plain: embedSrc ? iframeSnippet(embedSrc, { title, height }) : '',
    responsive: embedSrc ? responsiveSnippet(embedSrc, { title, height }) : '',
  };
  const copy = async (which: keyof typeof snippets) => {
    try {
      await navigator.clipboard.writeText(snippets[which]);
      setCopied(which === 'plain' ? 'The iframe code is copied.' : 'The responsive code is copied.');
    } catch {
      setCopied('Copying is blocked here: select the code and copy it by hand.');
    }
  };
  const set = (change: Partial<Options>) => setOptions((o) => ({ ...o, ...change }));

  return (
    <>
      <button type="button" className="embed-button" onClick={open}>
        {t('embed')}
      </button>
      {/* The dialog is for editors and is written in English whatever the interface language. */}
      <dialog ref={dialog} className="embed-dialog" aria-labelledby="embed-dialog-title" lang="en" dir="ltr">
        <div className="embed-dialog-head">
          <h2 id="embed-dialog-title">Embed this map</h2>
          <button type="button" onClick={() => dialog.current?.close()} aria-label="Close">
            ×
          </button>
        </div>
        <p>The embed shows the view you have now: the same place, layers and map view. It sets no cookies and asks nothing of any other site.</p>
        <fieldset className="embed-options">
          <legend>Options</legend>
          <label>
            Theme{' '}
            <select value={options.theme} onChange={(e) => set({ theme: e.target.value as Options['theme'] })}>
              <option value="light">Light</option>
              <option value="dark">Dark</option>
            </select>
          </label>
          <label>
            <input type="checkbox" checked={options.legend} onChange={(e) => set({ legend: e.target.checked })} /> Show the legend
          </label>
          <label>
            <input type="checkbox" checked={options.pinDate} onChange={(e) => set({ pinDate: e.target.checked })} /> Pin the date ({shown}), so the map does not change when new data arrives
          </label>
          <label>
            <input type="checkbox" checked={options.picture} onChange={(e) => set({ picture: e.target.checked })} /> Let readers download a PNG of the map, with its credits
          </label>
          <label>
            Height (px){' '}
            <input type="number" min={300} max={1200} step={20} value={options.height} onChange={(e) => set({ height: Number(e.target.value) })} />
          </label>
        </fieldset>
        <label className="embed-code">
          Iframe code
          <textarea readOnly rows={4} value={snippets.plain} onFocus={(e) => e.currentTarget.select()} />
        </label>
        <button type="button" onClick={() => copy('plain')}>
          Copy iframe code
        </button>
        <label className="embed-code">
          Responsive code (the frame’s height follows the map’s content)
          <textarea readOnly rows={5} value={snippets.responsive} onFocus={(e) => e.currentTarget.select()} />
        </label>
        <button type="button" onClick={() => copy('responsive')}>
          Copy responsive code
        </button>
        <p role="status" className="embed-copied">
          {copied}
        </p>
        <h3>Preview</h3>
        {embedSrc && <iframe key={embedSrc} src={embedSrc} title={`Preview: ${title}`} className="embed-preview" style={{ height: Math.min(height, 420) }} />}
      </dialog>
    </>
  );
}
