import Link from 'next/link';
import { translate } from '@/lib/i18n/messages';
import { requestLang } from '@/lib/i18n/request-lang';

export default async function NotFound() {
  const lang = await requestLang();
  return (
    <main className="app page-error">
      <h1>{translate(lang, 'notFoundTitle')}</h1>
      <p>
        <Link href="/">{translate(lang, 'openTheMap')}</Link>
      </p>
    </main>
  );
}
