import { scanned } from '../__testUtils__/scanned';
import {
  atlassianToken,
  githubToken,
  gitlabToken,
  googleApiKey,
  npmToken,
  openAiKey,
  sendgridKey,
  slackToken,
  slackWebhook,
  stripeKey,
  twilioKey,
} from './tokenFormats';

// Test tokens are assembled from parts so that the repository holds nothing
// that secret scanners would take for a live credential.
const r36 = ['R8fK2mQ9xW4pL7vN3', 'bT6yH1cJ5gD0sA2eZ8u'].join('');
const hex32 = ['9f8e7d6c5b4a', '39281706f5e4d3c2b1a0'].join('');

describe('vendor token formats', () => {
  const cases: [string, { test: typeof githubToken.test }, string, string][] = [
    ['github classic', githubToken, ['ghp', r36].join('_'), 'ghp_short'],
    [
      'github fine-grained',
      githubToken,
      ['github', 'pat', `11ABCDEFG0${r36}${r36}`].join('_'),
      'github_pat_tooShort',
    ],
    [
      'gitlab',
      gitlabToken,
      ['glpat', 'xYz12AbC34dEf56GhI78'].join('-'),
      'glpat-short',
    ],
    [
      'slack bot',
      slackToken,
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
      slackWebhook,
      `https://hooks.slack.com/services/${[
        'T0ABCDEF1',
        'B0ABCDEF2',
        'aBcDeFgHiJkLmNoPqRsTuVwX',
      ].join('/')}`,
      'https://hooks.slack.com/services/',
    ],
    [
      'stripe',
      stripeKey,
      ['sk', 'live', '4eC39HqLyjWDarjtT1zdp7dc'].join('_'),
      'pk_live_4eC39HqLyjWDarjtT1zdp7dc',
    ],
    [
      'google',
      googleApiKey,
      ['AIza', 'SyD-9tSrke72PouQMnMX-a7eZSW0jkFMBWY'].join(''),
      'AIzaShort',
    ],
    ['npm', npmToken, ['npm', r36].join('_'), 'npm_install'],
    ['twilio', twilioKey, ['SK', hex32].join(''), `SK${hex32.slice(2)}`],
    [
      'sendgrid',
      sendgridKey,
      [
        'SG',
        'ngeVfQFYQlKU0ufo8x5d1A',
        'TwL2iGABf9DHoTf-09kqeF8tAmbihYzrnopKc-1s5cr',
      ].join('.'),
      'SG.short.short',
    ],
    [
      'openai',
      openAiKey,
      ['sk', 'proj', `${r36}Xy9`].join('-'),
      'sk-learn-extensions-for-python',
    ],
    [
      'atlassian',
      atlassianToken,
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
    expect(openAiKey.test(scanned('task-queue-processor-service-worker'))).toBe(
      false,
    );
    expect(npmToken.test(scanned(`xnpm_${r36}`))).toBe(false);
  });
});
