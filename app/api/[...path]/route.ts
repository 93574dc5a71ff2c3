import { ApiError, notFound } from '@/lib/api/api-error';
import { errorResponse } from '@/lib/api/respond';

/** Any other /api path: a JSON 404 rather than an HTML page. */
export function GET(request: Request) {
  return errorResponse(notFound(`no API endpoint at ${new URL(request.url).pathname}`));
}

const readOnly = () => errorResponse(new ApiError(405, 'method_not_allowed', 'the API is read-only: use GET'));
export { readOnly as POST, readOnly as PUT, readOnly as PATCH, readOnly as DELETE };
