import { getClaim } from '@/lib/desk/claim-routes';
import { otherMethods } from '@/lib/desk/methods';

/** An event (the claims routes with kind event). */
export const GET = getClaim;
export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
