import { embedPage } from '@/lib/embed/standalone/page';

export const dynamic = 'force-dynamic';

/** The default map alone, for other sites' pages. */
export function GET(request: Request) {
  return embedPage(request, '/embed');
}
