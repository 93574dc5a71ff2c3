import type { Metadata } from 'next';

export const metadata: Metadata = { title: 'The desk', robots: { index: false, follow: false, nocache: true } };

/** The editors' desk: plain pages, never indexed, framed by nobody (proxy.ts). */
export default function DeskLayout({ children }: { children: React.ReactNode }) {
  return (
    <div className="desk" lang="en" dir="ltr">
      {children}
    </div>
  );
}
