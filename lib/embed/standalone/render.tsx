import { renderToString } from 'preact-render-to-string';
import { EmbedBody, type EmbedProps } from './body';
import { setServerUrl } from './next-navigation';

/** The embed's <main>, rendered on the server for the request's URL (built into .embed/server.mjs by scripts/build-embed.ts). */
export function renderEmbedBody(props: EmbedProps, url: string): string {
  // The render is synchronous: no other request's URL can come between these two lines.
  setServerUrl(new URL(url));
  return renderToString(<EmbedBody {...props} />);
}
