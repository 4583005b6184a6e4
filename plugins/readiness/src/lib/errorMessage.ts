import { ResponseError } from '@backstage/errors';

/** What to show for a failed request: the backend's own message when it sent one. */
export function errorMessage(error: Error): string {
  return error instanceof ResponseError
    ? error.body?.error?.message ?? error.message
    : error.message;
}
