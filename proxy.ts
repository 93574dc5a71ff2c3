import { NextResponse, type NextRequest } from 'next/server';
import { embedAncestors, framingHeaders } from '@/lib/embed/frame-policy';

// Read at start-up, so EMBED_FRAME_ANCESTORS takes effect on `npm start` without a rebuild;
// a malformed value stops the server rather than silently opening or closing framing.
const ancestors = embedAncestors(process.env.EMBED_FRAME_ANCESTORS);

/** Sets the framing rules on every response: /embed for the allowed sites, all else for the app only. */
export function proxy(request: NextRequest) {
  const response = NextResponse.next();
  for (const [name, value] of Object.entries(framingHeaders(request.nextUrl.pathname, ancestors))) response.headers.set(name, value);
  return response;
}

export const config = { matcher: '/((?!_next/static|_next/image).*)' };
