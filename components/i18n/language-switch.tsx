'use client';
import { useSearchParams } from 'next/navigation';
import { useI18n } from './i18n-provider';

/** A link to the same view in the other interface language (a full load: the page's lang and dir change). */
export function LanguageSwitch() {
  const { t, lang } = useI18n();
  const params = new URLSearchParams(useSearchParams().toString());
  params.set('lang', lang === 'ar' ? 'en' : 'ar');
  return (
    <a className="language-switch" href={`?${params.toString().replaceAll('%2C', ',')}`} hrefLang={lang === 'ar' ? 'en' : 'ar'} lang={lang === 'ar' ? 'en' : 'ar'} aria-label={t('languageSwitchLabel')}>
      {t('languageSwitch')}
    </a>
  );
}
