'use client';
import { useI18n } from '@/components/i18n/i18n-provider';
import { useSituation } from '@/components/situation/situation-context';
import type { ControlCollection } from '@/lib/hooks/use-control';
import { actorColor, CONTROL_FILL_OPACITY } from '@/lib/map/control-layers';

/** Names the holders on the map in their colours, and the edge and hatch treatments. */
export function ControlLegend({ data: control }: { data: ControlCollection | undefined }) {
  const { t } = useI18n();
  const { actorColors } = useSituation();
  const features = control?.features ?? [];
  // An actor is marked inferred when every area it holds here is inferred rather than stated.
  const actors = new Map(features.map((f) => [f.properties.actor.id, { name: f.properties.actor.name, inferred: features.filter((g) => g.properties.actor.id === f.properties.actor.id).every((g) => g.properties.basis === 'inferred') }]));
  const approximate = features.some((f) => f.properties.geometryPrecision === 'approximate outline');
  return (
    <>
      {[...actors].map(([id, { name, inferred }]) => (
        <li key={id} data-actor={id}>
          <span className="legend-swatch" style={{ background: actorColor(id, actorColors), opacity: CONTROL_FILL_OPACITY + 0.2 }} aria-hidden="true" />
          {/* One flex item, so that the words wrap as a sentence, not as columns. */}
          <span>
            {t('heldBy')} <span lang="en">{name}</span>
            {inferred && t('legendInferred')}
          </span>
        </li>
      ))}
      <li>
        <span className="legend-swatch legend-changed" aria-hidden="true" />
        {t('legendChanged')}
      </li>
      <li>
        <span className="legend-swatch legend-hatch" aria-hidden="true" />
        {t('legendContested')}
      </li>
      {approximate && (
        <li>
          <span className="legend-swatch legend-approximate" aria-hidden="true" />
          {t('legendApproximate')}
        </li>
      )}
    </>
  );
}
