import { ApiError } from './api-error';
import { errorResponse } from './respond';

/** The API is read-only: any method but GET (and HEAD, OPTIONS, which Next answers) gets a JSON 405. */
function methodNotAllowed(): Response {
  const response = errorResponse(new ApiError(405, 'method_not_allowed', 'the API is read-only: use GET'));
  response.headers.set('Allow', 'GET, HEAD, OPTIONS');
  return response;
}

export { methodNotAllowed as POST, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE };
