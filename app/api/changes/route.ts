import { changeStream } from '@/lib/api/change-stream';
import { parseQuery } from '@/lib/api/parse-query';
import { errorResponse } from '@/lib/api/respond';
import { changesQuery } from '@/lib/contract/queries';
import { getStore } from '@/lib/store';

export const dynamic = 'force-dynamic';

/** GET /api/changes?since=: Server-Sent Events telling open pages and embeds each new version of the data and what changed. */
export async function GET(request: Request): Promise<Response> {
  try {
    parseQuery(changesQuery, new URL(request.url));
    return changeStream(await getStore(), request);
  } catch (error) {
    return errorResponse(error);
  }
}

export { POST, PUT, PATCH, DELETE } from '@/lib/api/read-only';
