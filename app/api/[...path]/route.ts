import { notFound } from '@/lib/api/api-error';
import { errorResponse } from '@/lib/api/respond';

/** Any other /api path, whatever the method: a JSON 404 rather than an HTML page. */
function noSuchEndpoint(request: Request) {
  return errorResponse(notFound(`no API endpoint at ${new URL(request.url).pathname.slice(0, 200)}`, 'path'));
}

export { noSuchEndpoint as GET, noSuchEndpoint as POST, noSuchEndpoint as PUT, noSuchEndpoint as PATCH, noSuchEndpoint as DELETE };
