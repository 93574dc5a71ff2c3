import { retractClaim } from '@/lib/desk/claim-routes';
import { otherMethods } from '@/lib/desk/methods';

/** A published claim of any kind: see lib/desk/claim-routes.ts. */
export const POST = retractClaim;
export const { GET, PUT, PATCH, DELETE } = otherMethods('POST');
