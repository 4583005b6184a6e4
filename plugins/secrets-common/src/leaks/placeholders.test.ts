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

  it('does not treat literal values with a dollar sign as references', () => {
    expect(isReference('pa$$word')).toBe(false);
    expect(isReference('$3cret')).toBe(false);
  });
});

describe('isNonValue / isNotACredential', () => {
  it('recognises empty and "none" values', () => {
    expect(isNonValue('')).toBe(true);
    expect(isNonValue('  ')).toBe(true);
    expect(isNonValue('n/a')).toBe(true);
    expect(isNonValue('hunter2')).toBe(false);
  });

  it('decodes URL-encoded placeholders', () => {
    expect(isNotACredential('%24%7BDB_PASSWORD%7D')).toBe(true);
    expect(isNotACredential('%3Cpassword%3E')).toBe(true);
    expect(isNotACredential('Zx9%2Fk2Lq')).toBe(false);
    expect(isNotACredential('100%')).toBe(false);
  });
});
