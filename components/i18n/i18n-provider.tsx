'use client';
import { createContext, useContext, useMemo } from 'react';
import { LOCALES, translate, type Lang, type MessageKey } from '@/lib/i18n/messages';

type I18n = { lang: Lang; locale: string; t: (key: MessageKey, values?: Record<string, string | number>) => string };

const I18nContext = createContext<I18n>({ lang: 'en', locale: LOCALES.en, t: (key, values) => translate('en', key, values) });

/** Gives the components below the interface language the server chose. */
export function I18nProvider({ lang, children }: { lang: Lang; children: React.ReactNode }) {
  const value = useMemo<I18n>(() => ({ lang, locale: LOCALES[lang], t: (key, values) => translate(lang, key, values) }), [lang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The interface language and its translate function. */
export const useI18n = () => useContext(I18nContext);
