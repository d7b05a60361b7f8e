import { errorCode } from '../../api/apiError.js';

/** An error as the operator reads it: what happened (the engine's own words) and what to do about it. */
export interface ErrorText {
  readonly message: string;
  /** Message key of the advice for this kind of error. */
  readonly adviceKey: string;
}

/** Advice by error code; the engine's ServiceError codes, the host's, and the client's own. */
const ADVICE: Readonly<Record<string, string>> = {
  'no-dialogs': 'app.error.advice.noDialogs',
  'unknown-object': 'app.error.advice.unknownObject',
  'nothing-open': 'app.error.advice.nothingOpen',
  'invalid-request': 'app.error.advice.invalidRequest',
  failed: 'app.error.advice.failed',
  internal: 'app.error.advice.failed',
  unreachable: 'app.error.advice.unreachable',
  forbidden: 'app.error.advice.forbidden',
  'bad-response': 'app.error.advice.unreachable',
  'no-token': 'app.error.advice.forbidden',
};

export function describeError(error: unknown): ErrorText {
  const code = errorCode(error);
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : JSON.stringify(error);
  return { message, adviceKey: (code && ADVICE[code]) || 'app.error.advice.failed' };
}
