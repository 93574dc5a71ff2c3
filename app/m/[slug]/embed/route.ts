import { embedNotFound, embedPage } from '@/lib/embed/standalone/page';
import { findShownMap } from '@/lib/maps/shown-map';

export const dynamic = 'force-dynamic';

/** One of the deployment's maps alone, for other sites' pages; 404 for a map that is not there. */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const shown = await findShownMap(slug);
  return shown ? embedPage(request, `/m/${slug}/embed`, shown) : embedNotFound(request);
}
