import { notFound } from 'next/navigation';
import { DeskNav } from '@/components/desk/desk-nav';
import { MapDelete } from '@/components/desk/map-delete';
import { MapForm } from '@/components/desk/map-form';
import { ARTICLE_MAP_SLUG } from '@/lib/maps/map-settings';
import { requireDeskRole } from '@/lib/desk/page-session';
import { mapBySlug } from '@/lib/maps/map-store';

type Props = { params: Promise<{ slug: string }> };

/** One map's settings, edited by an admin. */
export default async function EditMapPage({ params }: Props) {
  const { user, store } = await requireDeskRole('admin');
  const map = await mapBySlug(store, (await params).slug);
  if (!map) notFound();
  const featured = map.featured ? await store.event(map.featured) : undefined;
  return (
    <main className="desk-main">
      <DeskNav user={user} />
      <h1>Map: {map.title}</h1>
      <p>
        <a href="/desk/maps">All maps</a> · <a href={`/m/${map.slug}`}>Open /m/{map.slug}</a> · <a href={`/m/${map.slug}/feed.xml`}>Its feed of published changes</a>
      </p>
      <MapForm map={map} featuredTitle={featured && `${featured.title} (${featured.date})`} />
      {map.slug !== ARTICLE_MAP_SLUG && <MapDelete slug={map.slug} />}
    </main>
  );
}
