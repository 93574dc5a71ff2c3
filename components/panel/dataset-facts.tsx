'use client';
import { useI18n } from '@/components/i18n/i18n-provider';
import type { EventProperties } from '@/lib/data/features';
import { datasetLine, deathsLine } from '@/lib/i18n/event-words';

/** An imported event's dataset line: "UCDP GED 23.1, citing …", the dataset's own type and sub-type, and deaths as it states them. */
export function DatasetFacts({ event }: { event: EventProperties }) {
  const { t, locale, lang } = useI18n();
  const { dataset, fatalities, sources } = event;
  if (!dataset && !fatalities) return null;
  const type = [dataset?.type, dataset?.subType].filter(Boolean).join(' · ');
  return (
    <ul className="event-dataset">
      {dataset && (
        <li className="event-dataset-line">
          {datasetLine(dataset, sources, t, lang)}
          {dataset.citationUrl && (
            <>
              {' '}
              <a href={dataset.citationUrl} target="_blank" rel="noopener noreferrer">
                ↗<span className="visually-hidden">{t('opensNewTab')}</span>
              </a>
            </>
          )}
        </li>
      )}
      {type && (
        <li>
          {t('datasetType')}
          <bdi lang="en">{type}</bdi>
        </li>
      )}
      {fatalities && <li className="event-deaths">{deathsLine(fatalities, t, locale)}</li>}
    </ul>
  );
}
