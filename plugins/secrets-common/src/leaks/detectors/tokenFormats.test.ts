import { scanned } from '../__testUtils__/scanned';
import { LeakDetector } from '../types';
import { VENDOR_TOKEN_DETECTORS } from './tokenFormats';

const detectorWithId = (id: string) =>
  VENDOR_TOKEN_DETECTORS.find(d => d.id === id) as LeakDetector;

// Test tokens are assembled from parts so that the repository holds nothing
// that secret scanners would take for a live credential.
const r36 = ['R8fK2mQ9xW4pL7vN3', 'bT6yH1cJ5gD0sA2eZ8u'].join('');
const hex32 = ['9f8e7d6c5b4a', '39281706f5e4d3c2b1a0'].join('');

describe('vendor token formats', () => {
  const cases: [string, LeakDetector, string, string][] = [
    [
      'github classic',
      detectorWithId('github-token'),
      ['ghp', r36].join('_'),
      'ghp_short',
    ],
    [
      'github fine-grained',
      detectorWithId('github-token'),
      ['github', 'pat', `11ABCDEFG0${r36}${r36}`].join('_'),
      'github_pat_tooShort',
    ],
    [
      'gitlab',
      detectorWithId('gitlab-token'),
      ['glpat', 'xYz12AbC34dEf56GhI78'].join('-'),
      'glpat-short',
    ],
    [
      'slack bot',
      detectorWithId('slack-token'),
      [
        'xoxb',
        '123456789012',
        '1234567890123',
        'AbCdEfGhIjKlMnOpQrStUvWx',
      ].join('-'),
      'xoxb-not-a-token',
    ],
    [
      'slack webhook',
      detectorWithId('slack-webhook'),
      `https://hooks.slack.com/services/${[
        'T0ABCDEF1',
        'B0ABCDEF2',
        'aBcDeFgHiJkLmNoPqRsTuVwX',
      ].join('/')}`,
      'https://hooks.slack.com/services/',
    ],
    [
      'stripe',
      detectorWithId('stripe-key'),
      ['sk', 'live', '4eC39HqLyjWDarjtT1zdp7dc'].join('_'),
      'pk_live_4eC39HqLyjWDarjtT1zdp7dc',
    ],
    [
      'google',
      detectorWithId('google-api-key'),
      ['AIza', 'SyD-9tSrke72PouQMnMX-a7eZSW0jkFMBWY'].join(''),
      'AIzaShort',
    ],
    ['npm', detectorWithId('npm-token'), ['npm', r36].join('_'), 'npm_install'],
    [
      'twilio',
      detectorWithId('twilio-key'),
      ['SK', hex32].join(''),
      `SK${hex32.slice(2)}`,
    ],
    [
      'sendgrid',
      detectorWithId('sendgrid-key'),
      [
        'SG',
        'ngeVfQFYQlKU0ufo8x5d1A',
        'TwL2iGABf9DHoTf-09kqeF8tAmbihYzrnopKc-1s5cr',
      ].join('.'),
      'SG.short.short',
    ],
    [
      'openai',
      detectorWithId('openai-key'),
      ['sk', 'proj', `${r36}Xy9`].join('-'),
      'sk-learn-extensions-for-python',
    ],
    [
      'atlassian',
      detectorWithId('atlassian-token'),
      ['ATATT3xFfGF0', r36, r36].join(''),
      'ATATT3short',
    ],
  ];

  it.each(cases)(
    '%s: finds the token and ignores a look-alike',
    (_name, detector, token, lookAlike) => {
      expect(detector.test(scanned(token))).toBe(true);
      expect(detector.test(scanned(`token: ${token} (rotate monthly)`))).toBe(
        true,
      );
      expect(detector.test(scanned(lookAlike))).toBe(false);
    },
  );

  it('does not match prefixes inside longer words', () => {
    expect(
      detectorWithId('openai-key').test(
        scanned('task-queue-processor-service-worker'),
      ),
    ).toBe(false);
    expect(detectorWithId('npm-token').test(scanned(`xnpm_${r36}`))).toBe(
      false,
    );
  });
});
