import { changeStream } from '@/lib/api/change-stream';
import { errorResponse } from '@/lib/api/respond';
import { getStore } from '@/lib/store';

export const dynamic = 'force-dynamic';

/** GET /api/changes: Server-Sent Events telling open pages and embeds each new version of the data and what changed. */
export async function GET(request: Request): Promise<Response> {
  try {
    return changeStream(await getStore(), request);
  } catch (error) {
    return errorResponse(error);
  }
}

export { POST, PUT, PATCH, DELETE } from '@/lib/api/read-only';
