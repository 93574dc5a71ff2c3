import { geoJsonRoute } from '@/lib/api/respond';
import { parseQuery } from '@/lib/api/parse-query';
import { openApiDocument } from '@/lib/contract/openapi';
import { noQuery } from '@/lib/contract/queries';

/** GET /api/openapi.json: this API in OpenAPI 3.1, made from the contract's zod schemas. */
export const GET = geoJsonRoute((url) => {
  parseQuery(noQuery, url);
  return openApiDocument();
}, 'application/json');

export { POST, PUT, PATCH, DELETE } from '@/lib/api/read-only';
