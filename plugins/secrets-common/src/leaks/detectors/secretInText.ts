import { isNotACredential } from '../placeholders';
import { awsSecretAccessKey } from './aws';
import { genericSecret, passwordField } from './fallbacks';
import { KEYED_VENDOR_DETECTORS } from './keyedVendors';
import { datadogApiKey, pagerdutyIntegrationKey } from './keyedTokens';
import { LeakDetector } from '../types';
import { isArn, isEntityRef, isPathLike, looksRandom } from '../valueShapes';

// A credential written out in text: a keyword, then within a few characters
// (`is`, `:`, `=`, quotes, a line break) a random-looking run.

const KEYWORDS = [
  'aws[_ ]?secret[_ ]?access[_ ]?key',
  'secret[ _-]?access[ _-]?key',
  'client[ _-]?secret',
  'secret[ _-]?key',
  'secret',
  'passwords?',
  'passwd',
  'pwd',
  'pass[ _-]?phrase',
  'api[ _-]?keys?',
  'apikey',
  '(?:access|auth|refresh|bearer|api|bot)[ _-]?tokens?',
  'tokens?',
  'bearer',
  'private[ _-]?key',
  'account[ _-]?key',
  'shared[ _-]?access[ _-]?key',
  '(?:encryption|signing|master|license|access)[ _-]?key',
].join('|');

const SEPARATOR = String.raw`["'\]]?[ \t]{0,3}(?:(?:is|was|are)[ \t]{1,3}|(?::=|=>|->|[:=])[ \t]{0,3})?(?:\r?\n[ \t]{0,16})?["'\x60]?`;

const KEYWORD_THEN_VALUE = new RegExp(
  String.raw`(?<![A-Za-z0-9])(${KEYWORDS})(?![A-Za-z0-9_-])${SEPARATOR}([A-Za-z0-9+/][^\s"'\x60,;<>()[\]{}]{11,511})`,
  'gi',
);

// Every keyword above contains one of these (case-insensitively), and a match
// is at least 15 characters long (a 3-letter keyword, a 12-character run): a
// cheap test that rules out most values before the keyword search.
const KEYWORD_PART = /secret|pass|pwd|key|token|bearer/i;
const MIN_KEYWORD_THEN_VALUE_LENGTH = 15;

// Identifiers that follow such keywords in ordinary prose and are not secrets.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const KMS_MULTI_REGION_KEY = /^mrk-[0-9a-f]{32}$/;
const DIGEST = /^(?:sha\d{1,3}|md5):/i;
const HEX = /^[0-9a-f]+$/i;
const BARE_TOKEN_WORD = /^(?:tokens?|bearer)$/i;

function isIdentifier(candidate: string, keyword: string): boolean {
  if (
    UUID.test(candidate) ||
    KMS_MULTI_REGION_KEY.test(candidate) ||
    DIGEST.test(candidate) ||
    candidate.includes('://') ||
    isArn(candidate) ||
    isEntityRef(candidate) ||
    isPathLike(candidate)
  ) {
    return true;
  }
  // Git SHAs (40), SHA-256 digests (64) and trace ids (32) are hex; a 32-hex
  // API key is a secret only when the keyword says key, secret or password.
  if (HEX.test(candidate)) {
    return candidate.length !== 32 || BARE_TOKEN_WORD.test(keyword);
  }
  return false;
}

// `DB_PASSWORD=…` in a runbook or log, `?access_token=…` in a URL: the
// assigned name is the field name, judged like a property.
const ASSIGNMENT =
  /(?<![A-Za-z0-9_])([A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+|[A-Z][A-Z0-9]{2,63})=("[^"\n]{1,512}"|'[^'\n]{1,512}'|[^\s"'&#;]{1,512})/g;
const QUERY_PARAMETER =
  /[?&]([A-Za-z][A-Za-z0-9_.-]{1,63})=([^&#\s"']{1,512})/g;
const FIELD_DETECTORS: readonly LeakDetector[] = [
  ...KEYED_VENDOR_DETECTORS,
  datadogApiKey,
  pagerdutyIntegrationKey,
  awsSecretAccessKey,
  genericSecret,
  passwordField,
];

function decodeQueryValue(value: string): string {
  try {
    return decodeURIComponent(value.replace(/\+/g, ' '));
  } catch {
    return value;
  }
}

function hasSecretAssignment(text: string): boolean {
  const assignments = [
    ...[...text.matchAll(ASSIGNMENT)].map(m => [
      m[1],
      m[2].replace(/^["']|["']$/g, ''),
    ]),
    ...[...text.matchAll(QUERY_PARAMETER)].map(m => [
      m[1],
      decodeQueryValue(m[2]),
    ]),
  ];
  // `${{ … }}`, `$(…)`, `{{ … }}`, `<…>` start a reference or placeholder.
  return assignments.some(
    ([key, value]) =>
      !/^[\s$%{<]/.test(value) &&
      FIELD_DETECTORS.some(d => d.test({ value, head: value, key })),
  );
}

export const secretInText: LeakDetector = {
  id: 'secret-in-text',
  contextual: true,
  description:
    'A credential assigned in text (DB_PASSWORD=…, ?access_token=…), judged like a field of that name; or written out in text, in any field: a keyword (secret, secret access key, password, passwd, token, api key, client secret, bearer, AccountKey, aws_secret_access_key …) followed within a few characters (is, :, =, quotes, a line break) by a random-looking run of 16+ characters. UUIDs, hex digests and git SHAs after "token", KMS key ids, ARNs, URLs, paths and ${…} references are not reported.',
  message:
    'Text names a secret and is followed by a random-looking value; the value looks like the secret itself.',
  test({ head }) {
    const mayNameSecret =
      head.length >= MIN_KEYWORD_THEN_VALUE_LENGTH && KEYWORD_PART.test(head);
    for (const match of mayNameSecret
      ? head.matchAll(KEYWORD_THEN_VALUE)
      : []) {
      const keyword = match[1];
      const candidate = match[2].replace(/[.!?:]+$/, '');
      if (
        !isNotACredential(candidate) &&
        !isIdentifier(candidate, keyword) &&
        looksRandom(candidate)
      ) {
        return true;
      }
    }
    return head.includes('=') && hasSecretAssignment(head);
  },
};
