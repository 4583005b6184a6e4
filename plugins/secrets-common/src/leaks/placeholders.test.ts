import {
  isFillInPlaceholder,
  isNonValue,
  isNotACredential,
  isReference,
} from './placeholders';
import {
  expectedAnswers,
  expectedAnswersOf,
} from './__testUtils__/expectedAnswers';

describe('isFillInPlaceholder', () => {
  it.each(
    expectedAnswers({
      yes: [
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
      ],
      no: ['hunter2', 'S3cr3t!Pass', 'qwertytoken1234', 'xx', 'p4ssword'],
    }),
  )('%p is a placeholder: %p', (value, expected) => {
    expect(isFillInPlaceholder(value)).toBe(expected);
  });
});

describe('isReference', () => {
  it.each(
    expectedAnswers({
      yes: [
        '${DB_PASSWORD}',
        '${{ secrets.GITHUB_TOKEN }}',
        '{{ .Values.password }}',
        '$DB_PASSWORD',
        '%PASSWORD%',
        '%s',
        'env:API_TOKEN',
      ],
      // literal values with a dollar sign
      no: ['pa$$word', '$3cret'],
    }),
  )('%p is a reference: %p', (value, expected) => {
    expect(isReference(value)).toBe(expected);
  });
});

describe('isNonValue / isNotACredential', () => {
  it.each(
    expectedAnswersOf(
      [isNonValue, { yes: ['', '  ', 'n/a'], no: ['hunter2'] }],
      [
        isNotACredential,
        {
          yes: ['%24%7BDB_PASSWORD%7D', '%3Cpassword%3E'],
          no: ['Zx9%2Fk2Lq', '100%'],
        },
      ],
    ),
  )(
    'recognises empty and "none" values and decodes URL-encoded placeholders: %p(%p) is %p',
    (recognises, value, expected) => {
      expect(recognises(value)).toBe(expected);
    },
  );
});
