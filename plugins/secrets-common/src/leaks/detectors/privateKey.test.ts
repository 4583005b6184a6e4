import { privateKey } from './privateKey';
import { scanned } from '../__testUtils__/scanned';

const header = (label: string) => `-----BEGIN ${label}-----`;

describe('privateKey', () => {
  it.each([
    'PRIVATE KEY',
    'RSA PRIVATE KEY',
    'EC PRIVATE KEY',
    'DSA PRIVATE KEY',
    'OPENSSH PRIVATE KEY',
    'ENCRYPTED PRIVATE KEY',
    'PGP PRIVATE KEY BLOCK',
  ])('finds %s blocks', label => {
    expect(privateKey.test(scanned(`${header(label)}\nMIIEvQIBADANBg\n`))).toBe(
      true,
    );
  });

  it('ignores public keys and certificates', () => {
    expect(privateKey.test(scanned(header('PUBLIC KEY')))).toBe(false);
    expect(privateKey.test(scanned(header('CERTIFICATE')))).toBe(false);
    expect(privateKey.test(scanned('rotate the private key yearly'))).toBe(
      false,
    );
  });
});
