/**
 * The abort signal an AWS SDK client's first `send` was given, from an
 * aws-sdk-client-mock client's `send` stub.
 */
export function abortSignalOfFirstSend(send: {
  getCall(index: number): { args: unknown[] };
}): AbortSignal | undefined {
  const [, options] = send.getCall(0).args;
  return (options as { abortSignal?: AbortSignal } | undefined)?.abortSignal;
}
