'use client';
import { useEcho } from '@/lib/hooks/use-echo';
import { LAYERS, type LayerId } from '@/lib/url/view-state';
import { MapDrawer } from './map-drawer';
import { useI18n } from '@/components/i18n/i18n-provider';


/** Checkboxes that show and hide the map's layers; the choice is kept in the URL. */
export function LayerToggles({ layers, onChange }: { layers: LayerId[]; onChange: (layers: LayerId[]) => void }) {
  const { t } = useI18n();
  const [current, setCurrent] = useEcho(layers, (l) => l.join());
  const shown = new Set(current);
  const toggle = (layer: LayerId, on: boolean) => {
    const next = LAYERS.filter((l) => (l === layer ? on : shown.has(l)));
    setCurrent(next);
    onChange(next);
  };
  return (
    <MapDrawer title={t('layers')} className="layer-toggles">
      <fieldset>
      <legend className="visually-hidden">{t('layers')}</legend>
      {LAYERS.map((layer) => (
        <label key={layer}>
          <input
            type="checkbox"
            checked={shown.has(layer)}
            onChange={(e) => toggle(layer, e.target.checked)}
          />
          {t(`layer_${layer}`)}
        </label>
      ))}
      </fieldset>
    </MapDrawer>
  );
}
