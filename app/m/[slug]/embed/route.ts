import { embedPage } from '@/lib/embed/standalone/page';
import { shownMap } from '@/lib/maps/shown-map';

export const dynamic = 'force-dynamic';

/** One of the deployment's maps alone, for other sites' pages. */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return embedPage(request, `/m/${slug}/embed`, await shownMap(slug));
}
