import type { Metadata, Viewport } from 'next';
import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/700.css';
import '@fontsource/noto-sans-arabic/400.css';
import './globals.css';

export const metadata: Metadata = {
  title: 'Situation map: Aleppo, Damascus, Ankara (Nov–Dec 2024)',
  description: 'Sourced events on an offline map: every claim carries its source and a verbatim quote.',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

// Every page is rendered per request, so that its scripts carry that response's CSP nonce.
export const dynamic = 'force-dynamic';

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
