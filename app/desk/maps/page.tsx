import { DeskNav } from '@/components/desk/desk-nav';
import { MapForm } from '@/components/desk/map-form';
import { requireDeskRole } from '@/lib/desk/page-session';
import { mapList } from '@/lib/maps/map-store';

/** The admin's maps: each at its own address, the article's first; a new one made here. */
export default async function MapsPage() {
  const { user, store } = await requireDeskRole('admin');
  const maps = await mapList(store);
  return (
    <main className="desk-main">
      <DeskNav user={user} />
      <h1>Maps</h1>
      <section aria-labelledby="maps">
        <h2 id="maps">Maps of this site</h2>
        <ul className="draft-list">
          {maps.map((m) => (
            <li key={m.slug}>
              <a href={`/desk/maps/${m.slug}`}>{m.title}</a>
              <span>
                at <a href={`/m/${m.slug}`}>/m/{m.slug}</a>, layers: {m.layers.join(', ')}, feed: <a href={`/m/${m.slug}/feed.xml`}>/m/{m.slug}/feed.xml</a>
              </span>
            </li>
          ))}
        </ul>
      </section>
      <MapForm />
    </main>
  );
}
