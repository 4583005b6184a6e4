/**
 * What a caught value says, for a log line: an Error's message, anything else as text.
 *
 * @public
 */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
