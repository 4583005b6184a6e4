export const base64url = (data: string | Buffer) =>
  Buffer.from(data).toString('base64url');

/** Wraps a base64 body at 64 columns, as PEM does. */
export function wrap64(body: string): string {
  return body.match(/.{1,64}/g)!.join('\n');
}

/** A length-prefixed string, as SSH key formats write them. */
export function sshString(data: string | Buffer): Buffer {
  const bytes = Buffer.from(data);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(bytes.length);
  return Buffer.concat([length, bytes]);
}
