/**
 * Removes anything shaped like an AWS access key id (long-term `AKIA…` or temporary
 * `ASIA…`) from a message.
 *
 * @public
 */
export function redactAwsMessage(message: string): string {
  return message.replace(/\b(AKIA|ASIA)[A-Z0-9]{16}\b/g, '[redacted key id]');
}

/**
 * What an AWS SDK error says, fit for a log line or an answer: its message without key
 * ids. AWS messages name resources and actions; they never hold a secret's value, and
 * neither do the requests Stagecraft sends (metadata calls only).
 *
 * @public
 */
export function awsErrorDetail(error: unknown): string {
  const message = (error as { message?: unknown } | undefined)?.message;
  return redactAwsMessage(
    typeof message === 'string' ? message : String(error),
  );
}
