export const base64url = (data: string | Buffer) =>
  Buffer.from(data).toString('base64url');

/** Wraps a base64 body at 64 columns, as PEM does. */
export function wrap64(body: string): string {
  return body.match(/.{1,64}/g)!.join('\n');
}
