import {
  isFillInPlaceholder,
  isNonValue,
  isNotACredential,
  isReference,
} from './placeholders';

describe('isFillInPlaceholder', () => {
  it.each([
    'REPLACE_ME',
    'replace-me',
    'changeme',
    'CHANGE_ME',
    'changeit',
    'TODO',
    'xxx',
    'XXXXXXXX',
    '****',
    '...',
    '<password>',
    '<your token>',
    '[password]',
    '{password}',
    'your-password',
    'your_password_here',
    'yourtoken',
    'password-here',
    'password',
    'secret',
    'pass',
    'dummy',
  ])('%s is a placeholder', value => {
    expect(isFillInPlaceholder(value)).toBe(true);
  });

  it.each(['hunter2', 'S3cr3t!Pass', 'qwertytoken1234', 'xx', 'p4ssword'])(
    '%s is not a placeholder',
    value => {
      expect(isFillInPlaceholder(value)).toBe(false);
    },
  );
});

describe('isReference', () => {
  it.each([
    '${DB_PASSWORD}',
    '${{ secrets.GITHUB_TOKEN }}',
    '{{ .Values.password }}',
    '$DB_PASSWORD',
    '%PASSWORD%',
    '%s',
    'env:API_TOKEN',
  ])('%s is a reference', value => {
    expect(isReference(value)).toBe(true);
  });

  it.each(['pa$$word', '$3cret'])(
    'does not treat the literal value %s, with a dollar sign, as a reference',
    value => {
      expect(isReference(value)).toBe(false);
    },
  );
});

describe('isNonValue / isNotACredential', () => {
  it.each([
    [isNonValue, '', true],
    [isNonValue, '  ', true],
    [isNonValue, 'n/a', true],
    [isNonValue, 'hunter2', false],
    [isNotACredential, '%24%7BDB_PASSWORD%7D', true],
    [isNotACredential, '%3Cpassword%3E', true],
    [isNotACredential, 'Zx9%2Fk2Lq', false],
    [isNotACredential, '100%', false],
  ])(
    'recognises empty and "none" values and decodes URL-encoded placeholders: %p(%p) is %p',
    (recognises, value, expected) => {
      expect(recognises(value)).toBe(expected);
    },
  );
});
