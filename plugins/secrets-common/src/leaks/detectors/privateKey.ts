import { LeakDetector } from '../types';

const PRIVATE_KEY_HEADER =
  /-----BEGIN[A-Z0-9 ]{0,40} PRIVATE KEY(?: BLOCK)?-----|---- BEGIN SSH2 (?:ENCRYPTED )?PRIVATE KEY ----|PuTTY-User-Key-File-\d: /;

export const privateKey: LeakDetector = {
  id: 'private-key',
  description:
    'PEM and PGP private key blocks (-----BEGIN … PRIVATE KEY-----: RSA, EC, DSA, OPENSSH, ENCRYPTED, PGP … BLOCK), SSH2 (Tectia) private keys and PuTTY .ppk files.',
  message: 'Value contains a private key block.',
  anchors: ['PRIVATE KEY', 'PuTTY-User-Key-File-'],
  test({ head }) {
    return PRIVATE_KEY_HEADER.test(head);
  },
};
