import { LeakDetector } from '../types';

const PRIVATE_KEY_HEADER =
  /-----BEGIN[A-Z0-9 ]{0,40} PRIVATE KEY(?: BLOCK)?-----/;

export const privateKey: LeakDetector = {
  id: 'private-key',
  description:
    'PEM and PGP private key blocks (-----BEGIN … PRIVATE KEY-----: RSA, EC, DSA, OPENSSH, ENCRYPTED, PGP …). Checked over the whole value, however long.',
  message: 'Value contains a private key block.',
  // Reads the whole value, not the head: a key pasted at the end of a long
  // description must still be found. includes() keeps this linear and cheap.
  test({ value }) {
    if (!value.includes('PRIVATE KEY')) {
      return false;
    }
    return PRIVATE_KEY_HEADER.test(value);
  },
};
