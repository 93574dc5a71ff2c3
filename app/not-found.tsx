import Link from 'next/link';

export default function NotFound() {
  return (
    <main className="app page-error">
      <h1>No page here.</h1>
      <p><Link href="/">Open the map</Link></p>
    </main>
  );
}
