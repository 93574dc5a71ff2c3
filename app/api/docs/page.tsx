import type { Metadata } from 'next';
import { ApiReference } from '@/components/api-docs/api-reference';
import { openApiDocument } from '@/lib/contract/openapi';

export const metadata: Metadata = { title: 'API reference: Situation map', description: 'Every route of the situation map API, its parameters, answers and errors.' };

/** GET /api/docs: the API reference, rendered by the app itself from /api/openapi.json's document (no script, no CDN). */
export default function ApiDocsPage() {
  return <ApiReference doc={openApiDocument()} />;
}
