'use client';
import { useEffect, useRef, useState } from 'react';
import { useI18n } from '@/components/i18n/i18n-provider';
import { LAYER_REGISTRY, type LayerLoads } from '@/components/layers/registry';
import type { Scene } from '@/components/layers/types';
import { useSituation } from '@/components/situation/situation-context';
import { Overview } from './overview';

type Props = {
  scene: Scene;
  loads: LayerLoads;
  /** The load failures said in the panel (the places'). */
  failures: React.ReactNode;
  /** Closes what is open and gives focus back to what opened it. */
  onClose: () => void;
  /** The embed's compact sheet: a Close button instead of the way back to the overview. */
  compact?: boolean;
};

/** The side panel: the selected thing's card (from its kind in the registry), or an overview of everything. */
export function EventPanel({ scene, loads, failures, onClose, compact = false }: Props) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const { overview } = useSituation();
  const heading = useRef<HTMLHeadingElement>(null);
  // On phones the panel is a bottom sheet over the map: half open, or drawn up to read.
  const [expanded, setExpanded] = useState(false);
  const { place, area, flow } = scene.selected;
  const selection = `${place}|${area}|${flow}`;
  const shown = useRef(selection);
  useEffect(() => {
    // Move focus to the new heading when the reader picks something, not on the first paint
    // (comparing with what was shown, so that StrictMode's second effect run changes nothing),
    // and not on closing, when focus goes back to where the reader opened it from.
    if (shown.current !== selection && selection !== 'null|null|null') heading.current?.focus();
    shown.current = selection;
  }, [selection]);

  // The overview's lists appear together once every kind's data is there (and then stay), so that
  // none pushes the ones below it down as it arrives (a layout shift).
  const [overviewReady, setOverviewReady] = useState(false);
  if (!overviewReady && LAYER_REGISTRY.every(({ id }) => loads[id].data !== undefined || loads[id].error)) setOverviewReady(true);

  // The first kind, in registry order, whose selection is set opens its card.
  const open = LAYER_REGISTRY.find(({ card }) => card && scene.selected[card.selects]);
  const id = open?.card && scene.selected[open.card.selects];
  const { title, body } = open?.card && id ? open.card.render({ id, data: loads[open.id].data, scene, i18n }) : { title: undefined, body: undefined };
  const back = (
    <button type="button" className="panel-back" onClick={onClose}>
      {compact ? t('close') : t('backToOverview')}
    </button>
  );
  return (
    <aside className={`panel${expanded ? ' panel-expanded' : ''}`} aria-label={t('panelRegion')}>
      {!compact && (
        <button type="button" className="sheet-handle" aria-expanded={expanded} onClick={() => setExpanded(!expanded)}>
          <span aria-hidden="true" className="sheet-grip" />
          {expanded ? t('sheetLess') : t('sheetMore')}
        </button>
      )}
      {failures}
      {title ? back : null}
      <h2 ref={heading} tabIndex={-1}>
        {title ?? overview.title[lang]}
      </h2>
      {body ?? (
        <>
          <p className="panel-intro">{overview.intro[lang]}</p>
          {overviewReady ? <Overview scene={scene} loads={loads} /> : <p className="panel-status">{t('loading')}</p>}
        </>
      )}
    </aside>
  );
}
