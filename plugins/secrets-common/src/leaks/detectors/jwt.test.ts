import { jwt } from './jwt';
import { scanned } from '../__testUtils__/scanned';

const b64url = (text: string) =>
  btoa(text).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');

const header = b64url('{"alg":"HS256","typ":"JWT"}');
const payload = b64url('{"sub":"1234567890","name":"Jane","iat":1516239022}');
const signature = 'SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c';

describe('jwt', () => {
  it('finds a signed JWT, alone or in text', () => {
    const token = [header, payload, signature].join('.');
    expect(jwt.test(scanned(token))).toBe(true);
    expect(jwt.test(scanned(`Authorization: Bearer ${token}`))).toBe(true);
  });

  it('finds an unsigned JWT (alg none, empty signature)', () => {
    const token = [b64url('{"alg":"none"}'), payload, ''].join('.');
    expect(jwt.test(scanned(token))).toBe(true);
  });

  it('ignores look-alikes whose header is not a JOSE header', () => {
    const noAlg = [b64url('{"typ":"JWT","x":1}'), payload, signature].join('.');
    expect(jwt.test(scanned(noAlg))).toBe(false);
    expect(jwt.test(scanned('eyJhbGciOiJIUzI1NiJ9'))).toBe(false);
    expect(jwt.test(scanned('eyJnotbase64json.abc.def'))).toBe(false);
  });
});
