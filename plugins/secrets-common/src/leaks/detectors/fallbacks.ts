import { isPasswordKey, isPasswordOrSecretKey, isSecretKey } from '../keyNames';
import { isFillInPlaceholder, isNotACredential } from '../placeholders';
import {
  isArn,
  isEntityRef,
  isPathLike,
  isUrl,
  looksRandom,
} from '../valueShapes';
import { LeakDetector } from '../types';

// Field-name based detectors. They only run when no format detector matched
// the value, and only the first that matches reports.

/** A fallback judging the trimmed value of a field whose name `isKey` accepts. */
const fieldFallback = (
  spec: Pick<LeakDetector, 'id' | 'description' | 'message'> & {
    isKey: (key: string | undefined) => boolean;
    isLeak: (value: string) => boolean;
  },
): LeakDetector => ({
  id: spec.id,
  description: spec.description,
  message: spec.message,
  fallback: true,
  test: ({ head, key }) => spec.isKey(key) && spec.isLeak(head.trim()),
});

export const genericSecret = fieldFallback({
  id: 'generic-secret',
  description:
    'Random-looking values (16+ characters, no spaces, high entropy, not made of words) in a field named like a secret: secret, token, password, api key, private key, credential, auth. URLs, entity refs, ARNs, paths and ${…} references are skipped; a UUID in such a field counts, because many services issue UUIDs as tokens.',
  message:
    'Value in a secret-named field looks like a secret (random, high-entropy string).',
  isKey: isSecretKey,
  isLeak: value => !isNotACredential(value) && looksRandom(value),
});

export const passwordField = fieldFallback({
  id: 'password-field',
  description:
    'Any literal value in a field literally named password (password, passwd, pwd, pass, e.g. db_password): short passwords are leaks too. References (${…}, paths, URLs, ARNs, entity refs) and non-values (none, n/a) are skipped.',
  message:
    'A field named like a password holds a literal value; the catalog should say where the password is stored, not what it is.',
  isKey: isPasswordKey,
  isLeak: value =>
    !/\s/.test(value) &&
    !isNotACredential(value) &&
    !isUrl(value) &&
    !isArn(value) &&
    !isEntityRef(value) &&
    !isPathLike(value),
});

export const placeholderCredential: LeakDetector = {
  id: 'placeholder-credential',
  fallback: true,
  description:
    'A fill-in placeholder (REPLACE_ME, changeme, <password>, ****) in a field literally named password or secret: not a leak yet, but an invitation to paste the real value into the catalog.',
  message:
    'A field named like a password or secret holds a placeholder; filling it in would put the secret in the catalog. Reference where the secret is stored instead.',
  test({ head, key }) {
    return isPasswordOrSecretKey(key) && isFillInPlaceholder(head);
  },
};
