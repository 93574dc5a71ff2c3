import { headers } from 'next/headers';
import type { Lang } from './messages';

/** The interface language the proxy picked for this request (x-lang), for server components. */
export async function requestLang(): Promise<Lang> {
  return (await headers()).get('x-lang') === 'ar' ? 'ar' : 'en';
}
