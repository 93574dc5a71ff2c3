import { correctClaim } from '@/lib/desk/claim-routes';
import { otherMethods } from '@/lib/desk/methods';

/** A published claim of any kind: see lib/desk/claim-routes.ts. */
export const POST = correctClaim;
export const { GET, PUT, PATCH, DELETE } = otherMethods('POST');
