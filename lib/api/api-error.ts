import type { ApiErrorBody } from '@/lib/contract/wire';

/** An error a client caused (4xx), carried to the one place that answers it. */
export class ApiError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 405 | 409 | 410 | 413 | 429 | 501,
    readonly code: string,
    message: string,
    readonly param?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** The JSON body of this error. */
  toBody(): ApiErrorBody {
    return { error: { code: this.code, message: this.message, ...(this.param !== undefined ? { param: this.param } : {}) } };
  }
}

/** 400 for a parameter whose value is not acceptable. */
export const badParam = (param: string, message: string) => new ApiError(400, 'invalid_parameter', message, param);

/** 404 for a resource that does not exist. */
export const notFound = (message: string, param?: string) => new ApiError(404, 'not_found', message, param);
