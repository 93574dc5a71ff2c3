import type { Metadata, Viewport } from 'next';
import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/700.css';
import '@fontsource/noto-sans-arabic/400.css';
import '@fontsource/noto-sans-arabic/700.css';
import './globals.css';
import { I18nProvider } from '@/components/i18n/i18n-provider';
import { dir, translate } from '@/lib/i18n/messages';
import { requestLang } from '@/lib/i18n/request-lang';
import { getSituation } from '@/lib/situation/get-situation';
import { pageTitle } from '@/lib/situation/titles';

export async function generateMetadata(): Promise<Metadata> {
  const lang = await requestLang();
  return { title: pageTitle(await getSituation(), lang), description: translate(lang, 'pageDescription') };
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

// Every page is rendered per request, so that its scripts carry that response's CSP nonce.
export const dynamic = 'force-dynamic';

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const lang = await requestLang();
  return (
    <html lang={lang} dir={dir(lang)}>
      <body>
        <I18nProvider lang={lang}>{children}</I18nProvider>
      </body>
    </html>
  );
}
