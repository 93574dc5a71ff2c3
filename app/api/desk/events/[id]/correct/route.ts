import { correctClaim } from '@/lib/desk/claim-routes';
import { otherMethods } from '@/lib/desk/methods';

/** An event (the claims routes with kind event). */
export const POST = correctClaim;
export const { GET, PUT, PATCH, DELETE } = otherMethods('POST');
