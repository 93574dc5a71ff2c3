import { ApiError } from '@/lib/api/api-error';
import { errorResponse } from '@/lib/api/respond';
import { withDeskHeaders } from './guard';

const ALL = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;
type Method = (typeof ALL)[number];

/**
 * JSON 405 answers for the methods a desk route does not take (Next's own 405 has no body):
 * `export const { PUT, PATCH, DELETE } = otherMethods('GET', 'POST')`.
 */
export function otherMethods(...allowed: Method[]): Record<Method, () => Response> {
  const refuse = () => {
    const response = withDeskHeaders(errorResponse(new ApiError(405, 'method_not_allowed', `this desk endpoint takes ${allowed.join(' or ')}`)));
    response.headers.set('Allow', allowed.join(', '));
    return response;
  };
  return Object.fromEntries(ALL.map((m) => [m, refuse])) as Record<Method, () => Response>;
}
