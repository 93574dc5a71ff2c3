import { translate, type Lang } from '@/lib/i18n/messages';
import type { Situation } from '@/lib/schemas/situation';

/** The page's title in a language: the app's name and the situation's subtitle. */
export const pageTitle = (situation: Situation, lang: Lang) => `${translate(lang, 'appTitle')}: ${situation.subtitle[lang]}`;

/** An embedded map's title (iframe, the embed page), in English as the Embed dialog is: the app's name and the situation's. */
export const embedTitle = (situation: Situation) => `${translate('en', 'appTitle')}: ${situation.title.en}`;
