import { nameWords } from '@stagecraft/catalog-conventions-common';

// Catalogs reuse a small set of property names, and every detector asks for
// the words of the same key: split each name once.
const KEY_WORDS_CACHE_SIZE = 10_000;
const keyWordsCache = new Map<string, readonly string[]>();

/**
 * Splits a property name into lower-case words (`nameWords`, cached):
 * `example.com/apiToken` → example, com, api, token; `DBPassword` → db, password.
 */
export function keyWords(key: string): readonly string[] {
  let words = keyWordsCache.get(key);
  if (!words) {
    words = Object.freeze(nameWords(key));
    if (keyWordsCache.size >= KEY_WORDS_CACHE_SIZE) {
      keyWordsCache.clear();
    }
    keyWordsCache.set(key, words);
  }
  return words;
}

function lastWord(key: string): string | undefined {
  const words = keyWords(key);
  return words[words.length - 1];
}

const SECRET_KEY_PATTERN =
  /(secret|token|passw(or)?d|pwd|api[-_.]?key|private[-_.]?key|credential|auth)/;

// Words that contain "auth" without being about authentication secrets.
const AUTH_FALSE_FRIENDS = /author(s|ity|ities|ed|ing)?/g;

/**
 * A key that contains a secret word but ends in one of these names a property
 * *of* a secret (`secret-name`, `token-url`, `secretsManagerArn`), not the
 * secret itself.
 */
const DESCRIPTIVE_LAST_WORDS = new Set([
  'id',
  'ids',
  'name',
  'names',
  'type',
  'types',
  'kind',
  'mode',
  'method',
  'methods',
  'url',
  'urls',
  'uri',
  'endpoint',
  'issuer',
  'provider',
  'header',
  'scheme',
  'path',
  'paths',
  'ref',
  'refs',
  'arn',
  'file',
  'location',
  'role',
  'scope',
  'scopes',
  'audience',
  'ttl',
  'expiry',
  'expires',
  'lifetime',
  'period',
  'rotation',
  'enabled',
  'required',
  'version',
  'format',
  'length',
  'policy',
  'store',
  'strategy',
  'source',
  'manager',
  'vault',
  'server',
  'host',
  'service',
  'label',
  'labels',
  'description',
  'title',
  'selector',
  'namespace',
  'owner',
  'count',
  'kinds',
]);

const secretKeyCache = new Map<string, boolean>();

/** True when the key says its value is a secret: `api_key`, `example.com/token`, `dbPassword`. */
export function isSecretKey(key: string | undefined): boolean {
  if (!key) {
    return false;
  }
  let secret = secretKeyCache.get(key);
  if (secret === undefined) {
    secret = namesSecret(key);
    if (secretKeyCache.size >= KEY_WORDS_CACHE_SIZE) {
      secretKeyCache.clear();
    }
    secretKeyCache.set(key, secret);
  }
  return secret;
}

function namesSecret(key: string): boolean {
  const lower = key.toLocaleLowerCase('en-US').replace(AUTH_FALSE_FRIENDS, '');
  if (!SECRET_KEY_PATTERN.test(lower)) {
    return false;
  }
  const last = lastWord(key);
  return last === undefined || !DESCRIPTIVE_LAST_WORDS.has(last);
}

const PASSWORD_WORDS = new Set(['password', 'passwd', 'pwd', 'pass']);

/** True when the key's last word is literally a password: `password`, `db_passwd`, `kong/password`. */
export function isPasswordKey(key: string | undefined): boolean {
  return key !== undefined && PASSWORD_WORDS.has(lastWord(key) ?? '');
}

/** True when the key's last word is literally password or secret. */
export function isPasswordOrSecretKey(key: string | undefined): boolean {
  return (
    isPasswordKey(key) || (key !== undefined && lastWord(key) === 'secret')
  );
}

/** True when the key's words contain all of `words`, e.g. `['api', 'key']` for `DD_API_KEY` or `apiKey`. */
export function keyHasWords(key: string | undefined, words: string[]): boolean {
  if (!key) {
    return false;
  }
  const all = keyWords(key);
  const joined = all.join('');
  return (
    words.every(word => all.includes(word)) || joined.includes(words.join(''))
  );
}
