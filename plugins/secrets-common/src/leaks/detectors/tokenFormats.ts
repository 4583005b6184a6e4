import { looksRandom } from '../valueShapes';
import { TokenFormatSpec, tokenFormatDetector } from './formats/tokenFormat';

// Vendor tokens with a recognisable prefix, found anywhere in a value.
// Lookbehinds keep a prefix from matching in the middle of a longer word.
// Unlike the formats in ./formats, a match here is reported without checking
// that the token looks random (`random: false`).

export const VENDOR_TOKEN_FORMATS = [
  {
    id: 'github-token',
    what: 'a GitHub token',
    description:
      'GitHub tokens: ghp_, gho_, ghu_, ghs_, ghr_ followed by 36+ characters, and fine-grained github_pat_ tokens.',
    anchors: ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_', 'github_pat_'],
    pattern:
      /(?<![A-Za-z0-9_])(?:gh[pousr]_[A-Za-z0-9]{36,251}|github_pat_[A-Za-z0-9_]{60,255})(?![A-Za-z0-9_])/,
    random: false,
  },
  {
    id: 'gitlab-token',
    what: 'a GitLab access token',
    description:
      'GitLab tokens: glpat- (personal), gldt- (deploy), glrt- (runner), glptt- (pipeline trigger) and similar prefixes followed by 20+ characters.',
    anchors: [
      'glpat-',
      'gldt-',
      'glrt-',
      'glptt-',
      'glsoat-',
      'glcbt-',
      'glimt-',
      'glft-',
      'glagent-',
      'gloas-',
      'glffct-',
      'glwt-',
    ],
    pattern:
      /(?<![A-Za-z0-9_-])(?:glpat|gldt|glrt|glptt|glsoat|glcbt|glimt|glft|glagent|gloas|glffct|glwt)-[A-Za-z0-9_-]{20,}/,
    random: false,
  },
  {
    id: 'slack-token',
    what: 'a Slack token',
    description:
      'Slack tokens: xoxb- (bot), xoxp- (user), xoxa-, xoxr-, xoxs-, xoxe- and xapp- (app-level) tokens.',
    anchors: ['xox', 'xapp-'],
    pattern:
      /(?<![A-Za-z0-9_-])(?:xox[abposre]-\d+-[A-Za-z0-9-]{10,}|xapp-\d-[A-Z0-9]+-\d+-[A-Za-z0-9]{16,})/,
    random: false,
  },
  {
    id: 'slack-webhook',
    what: 'a Slack incoming-webhook URL, which works as a credential',
    description:
      'Slack incoming-webhook URLs (hooks.slack.com/services/T…/B…/…): the URL itself is the credential.',
    anchors: ['hooks.slack.com/'],
    pattern:
      /hooks\.slack\.com\/(?:services|workflows|triggers)\/T[A-Z0-9]{6,}\/[A-Z0-9]{6,}\/[A-Za-z0-9]{16,}/,
    random: false,
  },
  {
    id: 'stripe-key',
    what: 'a Stripe secret or restricted API key',
    description:
      'Stripe secret and restricted keys: sk_live_, rk_live_, sk_test_, rk_test_ (publishable pk_ keys are not secret).',
    anchors: ['sk_live_', 'rk_live_', 'sk_test_', 'rk_test_'],
    pattern: /(?<![A-Za-z0-9_])(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{16,}/,
    random: false,
  },
  {
    id: 'google-api-key',
    what: 'a Google API key',
    description: 'Google API keys: AIza followed by 35 characters.',
    anchors: ['AIza'],
    pattern: /(?<![A-Za-z0-9_-])AIza[0-9A-Za-z_-]{35}(?![A-Za-z0-9_-])/,
    random: false,
  },
  {
    id: 'npm-token',
    what: 'an npm access token',
    description: 'npm access tokens: npm_ followed by 36 characters.',
    anchors: ['npm_'],
    pattern: /(?<![A-Za-z0-9_])npm_[A-Za-z0-9]{36}(?![A-Za-z0-9_])/,
    random: false,
  },
  {
    id: 'twilio-key',
    what: 'a Twilio API key or account SID',
    description:
      'Twilio API key SIDs (SK + 32 hex) and account SIDs (AC + 32 hex), which pair with a secret and should not be published either.',
    anchors: ['SK', 'AC'],
    pattern: /(?<![A-Za-z0-9])(?:SK|AC)[0-9a-f]{32}(?![A-Za-z0-9])/,
    random: false,
  },
  {
    id: 'sendgrid-key',
    what: 'a SendGrid API key',
    description: 'SendGrid API keys: SG.<22 characters>.<43 characters>.',
    anchors: ['SG.'],
    pattern:
      /(?<![A-Za-z0-9_-])SG\.[A-Za-z0-9_-]{16,32}\.[A-Za-z0-9_-]{30,64}(?![A-Za-z0-9_-])/,
    random: false,
  },
  {
    id: 'openai-key',
    what: 'an OpenAI-style secret API key',
    description:
      'OpenAI-style secret keys: sk- (also sk-proj-, sk-svcacct-, sk-admin-, sk-ant-api03-) followed by 20+ random characters. Word-like names such as sk-learn-utils are ignored.',
    anchors: ['sk-'],
    pattern:
      /(?<![A-Za-z0-9_-])sk-(?:proj-|svcacct-|admin-|ant-(?:api|admin)\d\d-)?([A-Za-z0-9_-]{20,})/,
    accept: match => looksRandom(match[1]),
    random: false,
  },
  {
    id: 'atlassian-token',
    what: 'an Atlassian API token',
    description:
      'Atlassian API tokens: ATATT3… or ATCTT3… followed by 50+ characters.',
    anchors: ['ATATT3', 'ATCTT3'],
    pattern: /(?<![A-Za-z0-9_-])AT[AC]TT3[A-Za-z0-9_=-]{50,}/,
    random: false,
  },
] as const satisfies readonly TokenFormatSpec[];

/** The vendor token detectors above, in reporting order. */
export const VENDOR_TOKEN_DETECTORS =
  VENDOR_TOKEN_FORMATS.map(tokenFormatDetector);

export type VendorTokenId = (typeof VENDOR_TOKEN_FORMATS)[number]['id'];
