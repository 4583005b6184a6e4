import { LeakDetector } from '../types';
import { decodeBase64Url } from './base64url';

const JWT_CANDIDATE =
  /(?<![A-Za-z0-9_-])(eyJ[A-Za-z0-9_-]{8,2000})\.[A-Za-z0-9_-]{2,}\.[A-Za-z0-9_-]*/g;

function headerHasAlg(encodedHeader: string): boolean {
  const json = decodeBase64Url(encodedHeader);
  if (json === undefined) {
    return false;
  }
  try {
    const header = JSON.parse(json);
    return (
      header !== null &&
      typeof header === 'object' &&
      typeof header.alg === 'string'
    );
  } catch {
    return false;
  }
}

export const jwt: LeakDetector = {
  id: 'jwt',
  description:
    'JSON Web Tokens: three base64url segments whose first segment decodes to a JSON header with "alg".',
  message: 'Value looks like a JSON Web Token (JWT).',
  anchors: ['eyJ'],
  test({ head }) {
    // Every candidate starts with the encoded `{"`; most values have none.
    if (!head.includes('eyJ')) {
      return false;
    }
    for (const match of head.matchAll(new RegExp(JWT_CANDIDATE))) {
      if (headerHasAlg(match[1])) {
        return true;
      }
    }
    return false;
  },
};
