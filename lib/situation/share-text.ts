import { eventCount, translate, type Lang } from '@/lib/i18n/messages';
import type { PlaceRecord } from '@/lib/schemas/place';
import type { Situation } from '@/lib/schemas/situation';
import { pageTitle } from './titles';

/** The title and line of the link preview image (in English, the language its font covers): the situation's, or a place's with its event count. */
export function placePreviewText(situation: Situation, place: PlaceRecord | undefined, counts: Map<string, number>) {
  if (!place) return { title: situation.title.en, subtitle: situation.subtitle.en };
  return { title: `${place.name}, ${place.countryName}`, subtitle: `${eventCount('en', counts.get(place.id) ?? 0)} · ${situation.subtitle.en}` };
}

/** What a shared link says in the reader's language: the page's title and description, a place's name and event count first when the link opens one. */
export function shareText(situation: Situation, lang: Lang, place: PlaceRecord | undefined, counts: Map<string, number>) {
  const base = pageTitle(situation, lang);
  const about = translate(lang, 'pageDescription');
  if (!place) return { title: base, description: `${situation.subtitle[lang]}. ${about}` };
  const name = place.names[lang] ?? place.name;
  return { title: `${name} · ${base}`, description: `${name}: ${eventCount(lang, counts.get(place.id) ?? 0)}, ${situation.subtitle[lang]}. ${about}` };
}
