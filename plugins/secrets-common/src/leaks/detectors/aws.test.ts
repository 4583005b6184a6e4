import { awsAccessKeyId, awsSecretAccessKey } from './aws';
import { scanned } from '../__testUtils__/scanned';

const KEY_ID = ['AKIA', 'IOSFODNN7EXAMPLE'].join('');
const SECRET_KEY = ['wJalrXUtnFEMI', 'K7MDENG', 'bPxRfiCYEXAMPLEKEY'].join('/');

describe('awsAccessKeyId', () => {
  it('finds AKIA and ASIA key IDs anywhere in a value', () => {
    expect(awsAccessKeyId.test(scanned(KEY_ID))).toBe(true);
    expect(awsAccessKeyId.test(scanned(`use ${KEY_ID} for uploads`))).toBe(
      true,
    );
    expect(
      awsAccessKeyId.test(scanned(['ASIA', 'Y34FZKBOKMUTVV7A'].join(''))),
    ).toBe(true);
  });

  it('ignores other AWS IDs and longer strings', () => {
    expect(
      awsAccessKeyId.test(scanned(['AROA', 'IOSFODNN7EXAMPLE'].join(''))),
    ).toBe(false);
    expect(awsAccessKeyId.test(scanned(`${KEY_ID}X`))).toBe(false);
    expect(awsAccessKeyId.test(scanned('AKIA-style keys are banned'))).toBe(
      false,
    );
  });
});

describe('awsSecretAccessKey', () => {
  it('finds a 40-character key in an aws or secret field', () => {
    expect(
      awsSecretAccessKey.test(scanned(SECRET_KEY, 'aws_secret_access_key')),
    ).toBe(true);
    expect(awsSecretAccessKey.test(scanned(SECRET_KEY, 'secretKey'))).toBe(
      true,
    );
    expect(awsSecretAccessKey.test(scanned(SECRET_KEY, 'aws'))).toBe(true);
  });

  it('finds aws_secret_access_key=… written in text', () => {
    expect(
      awsSecretAccessKey.test(
        scanned(`aws_secret_access_key = ${SECRET_KEY}`, 'description'),
      ),
    ).toBe(true);
  });

  it('ignores such strings in unrelated fields and 40-character hex digests', () => {
    expect(awsSecretAccessKey.test(scanned(SECRET_KEY, 'commit'))).toBe(false);
    expect(
      awsSecretAccessKey.test(
        scanned('93e5d173fddc110776d3cd2f9a9e9faa00239f9b', 'aws-secret'),
      ),
    ).toBe(false);
  });
});
