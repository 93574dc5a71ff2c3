import { getClaim } from '@/lib/desk/claim-routes';
import { otherMethods } from '@/lib/desk/methods';

/** A published claim of any kind: see lib/desk/claim-routes.ts. */
export const GET = getClaim;
export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
