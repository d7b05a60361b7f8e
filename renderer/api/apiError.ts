/**
 * A request the Node side refused or could not serve. `code` is the engine's (ServiceError codes, 'cancelled',
 * 'failed') or the client's own ('unreachable', 'bad-response'); the message is the engine's, shown to the
 * operator beside what to do about it.
 */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly channel: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export const isApiError = (error: unknown): error is ApiError => error instanceof ApiError;

/**
 * The code of an error from either host: the HTTP client's ApiError, or the Electron preload's Error with a
 * `code` property (errors cross the context bridge as plain Errors).
 */
export function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  return typeof error.code === 'string' ? error.code : undefined;
}

/** Whether an error is the answer to the operator's own cancel (not a failure to report). */
export const isCancelled = (error: unknown): boolean => errorCode(error) === 'cancelled';
