'use client';
import { useI18n } from '@/components/i18n/i18n-provider';
import { LAYER_REGISTRY } from '@/components/layers/registry';
import { useEcho } from '@/lib/hooks/use-echo';
import { LAYERS, type LayerId } from '@/lib/url/view-state';
import { MapDrawer } from './map-drawer';

/** Checkboxes that show and hide the map's layers, one per kind in the registry; the choice is kept in the URL. */
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
      {LAYER_REGISTRY.map(({ id, toggleLabel }) => (
        <label key={id}>
          <input
            type="checkbox"
            checked={shown.has(id)}
            onChange={(e) => toggle(id, e.target.checked)}
          />
          {t(toggleLabel)}
        </label>
      ))}
      </fieldset>
    </MapDrawer>
  );
}
