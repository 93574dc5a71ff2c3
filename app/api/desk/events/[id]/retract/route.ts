import { retractClaim } from '@/lib/desk/claim-routes';
import { otherMethods } from '@/lib/desk/methods';

/** An event (the claims routes with kind event). */
export const POST = retractClaim;
export const { GET, PUT, PATCH, DELETE } = otherMethods('POST');
