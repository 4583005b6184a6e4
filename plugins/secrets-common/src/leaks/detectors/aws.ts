import { isSecretKey, keyHasWords, keyWords } from '../keyNames';
import { LeakDetector } from '../types';
import { patternDetector } from './patternDetector';

export const awsAccessKeyId = patternDetector({
  anchors: ['AKIA', 'ASIA', 'ABIA', 'ACCA'],
  id: 'aws-access-key-id',
  description:
    'AWS access key IDs: AKIA (long-term), ASIA (temporary), ABIA/ACCA followed by 16 upper-case letters or digits.',
  message: 'Value looks like an AWS access key ID.',
  pattern: /(?<![A-Za-z0-9])(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}(?![A-Za-z0-9])/,
});

const SECRET_ACCESS_KEY = /^[A-Za-z0-9/+]{40}$/;
const INLINE_SECRET_ACCESS_KEY =
  /aws_?secret_?access_?key["']?\s*[:=]\s*["']?([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+])/i;

// Git SHAs and other hex digests are also 40 characters; real keys mix cases and digits.
function mixesCharacterClasses(value: string): boolean {
  return /[a-z]/.test(value) && /[A-Z]/.test(value) && /\d/.test(value);
}

function isAwsOrSecretKey(key: string | undefined): boolean {
  return (
    isSecretKey(key) ||
    keyWords(key ?? '').includes('aws') ||
    keyHasWords(key, ['access', 'key'])
  );
}

export const awsSecretAccessKey: LeakDetector = {
  id: 'aws-secret-access-key',
  description:
    'AWS secret access keys: 40 base64 characters mixing cases and digits, in a field whose name mentions aws, secret or access key, or written as aws_secret_access_key=… in text.',
  message: 'Value looks like an AWS secret access key.',
  test({ head, key }) {
    const trimmed = head.trim();
    if (
      SECRET_ACCESS_KEY.test(trimmed) &&
      mixesCharacterClasses(trimmed) &&
      isAwsOrSecretKey(key)
    ) {
      return true;
    }
    const inline = INLINE_SECRET_ACCESS_KEY.exec(head);
    return inline !== null && mixesCharacterClasses(inline[1]);
  },
};
