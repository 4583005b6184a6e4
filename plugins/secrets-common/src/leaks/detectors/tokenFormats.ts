import { looksRandom } from '../valueShapes';
import { patternDetector } from './patternDetector';

// Vendor tokens with a recognisable prefix, found anywhere in a value.
// Lookbehinds keep a prefix from matching in the middle of a longer word.

export const githubToken = patternDetector({
  anchors: ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_', 'github_pat_'],
  id: 'github-token',
  description:
    'GitHub tokens: ghp_, gho_, ghu_, ghs_, ghr_ followed by 36+ characters, and fine-grained github_pat_ tokens.',
  message: 'Value looks like a GitHub token.',
  pattern:
    /(?<![A-Za-z0-9_])(?:gh[pousr]_[A-Za-z0-9]{36,251}|github_pat_[A-Za-z0-9_]{60,255})(?![A-Za-z0-9_])/,
});

export const gitlabToken = patternDetector({
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
  id: 'gitlab-token',
  description:
    'GitLab tokens: glpat- (personal), gldt- (deploy), glrt- (runner), glptt- (pipeline trigger) and similar prefixes followed by 20+ characters.',
  message: 'Value looks like a GitLab access token.',
  pattern:
    /(?<![A-Za-z0-9_-])(?:glpat|gldt|glrt|glptt|glsoat|glcbt|glimt|glft|glagent|gloas|glffct|glwt)-[A-Za-z0-9_-]{20,}/,
});

export const slackToken = patternDetector({
  anchors: ['xox', 'xapp-'],
  id: 'slack-token',
  description:
    'Slack tokens: xoxb- (bot), xoxp- (user), xoxa-, xoxr-, xoxs-, xoxe- and xapp- (app-level) tokens.',
  message: 'Value looks like a Slack token.',
  pattern:
    /(?<![A-Za-z0-9_-])(?:xox[abposre]-\d+-[A-Za-z0-9-]{10,}|xapp-\d-[A-Z0-9]+-\d+-[A-Za-z0-9]{16,})/,
});

export const slackWebhook = patternDetector({
  anchors: ['hooks.slack.com/'],
  id: 'slack-webhook',
  description:
    'Slack incoming-webhook URLs (hooks.slack.com/services/T…/B…/…): the URL itself is the credential.',
  message:
    'Value looks like a Slack incoming-webhook URL, which works as a credential.',
  pattern:
    /hooks\.slack\.com\/(?:services|workflows|triggers)\/T[A-Z0-9]{6,}\/[A-Z0-9]{6,}\/[A-Za-z0-9]{16,}/,
});

export const stripeKey = patternDetector({
  anchors: ['sk_live_', 'rk_live_', 'sk_test_', 'rk_test_'],
  id: 'stripe-key',
  description:
    'Stripe secret and restricted keys: sk_live_, rk_live_, sk_test_, rk_test_ (publishable pk_ keys are not secret).',
  message: 'Value looks like a Stripe secret or restricted API key.',
  pattern: /(?<![A-Za-z0-9_])(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{16,}/,
});

export const googleApiKey = patternDetector({
  anchors: ['AIza'],
  id: 'google-api-key',
  description: 'Google API keys: AIza followed by 35 characters.',
  message: 'Value looks like a Google API key.',
  pattern: /(?<![A-Za-z0-9_-])AIza[0-9A-Za-z_-]{35}(?![A-Za-z0-9_-])/,
});

export const npmToken = patternDetector({
  anchors: ['npm_'],
  id: 'npm-token',
  description: 'npm access tokens: npm_ followed by 36 characters.',
  message: 'Value looks like an npm access token.',
  pattern: /(?<![A-Za-z0-9_])npm_[A-Za-z0-9]{36}(?![A-Za-z0-9_])/,
});

export const twilioKey = patternDetector({
  anchors: ['SK', 'AC'],
  id: 'twilio-key',
  description:
    'Twilio API key SIDs (SK + 32 hex) and account SIDs (AC + 32 hex), which pair with a secret and should not be published either.',
  message: 'Value looks like a Twilio API key or account SID.',
  pattern: /(?<![A-Za-z0-9])(?:SK|AC)[0-9a-f]{32}(?![A-Za-z0-9])/,
});

export const sendgridKey = patternDetector({
  anchors: ['SG.'],
  id: 'sendgrid-key',
  description: 'SendGrid API keys: SG.<22 characters>.<43 characters>.',
  message: 'Value looks like a SendGrid API key.',
  pattern:
    /(?<![A-Za-z0-9_-])SG\.[A-Za-z0-9_-]{16,32}\.[A-Za-z0-9_-]{30,64}(?![A-Za-z0-9_-])/,
});

export const openAiKey = patternDetector({
  anchors: ['sk-'],
  id: 'openai-key',
  description:
    'OpenAI-style secret keys: sk- (also sk-proj-, sk-svcacct-, sk-admin-, sk-ant-api03-) followed by 20+ random characters. Word-like names such as sk-learn-utils are ignored.',
  message: 'Value looks like an OpenAI-style secret API key.',
  pattern:
    /(?<![A-Za-z0-9_-])sk-(?:proj-|svcacct-|admin-|ant-(?:api|admin)\d\d-)?([A-Za-z0-9_-]{20,})/,
  accept: match => looksRandom(match[1]),
});

export const atlassianToken = patternDetector({
  anchors: ['ATATT3', 'ATCTT3'],
  id: 'atlassian-token',
  description:
    'Atlassian API tokens: ATATT3… or ATCTT3… followed by 50+ characters.',
  message: 'Value looks like an Atlassian API token.',
  pattern: /(?<![A-Za-z0-9_-])AT[AC]TT3[A-Za-z0-9_=-]{50,}/,
});

/** The vendor token detectors above, in reporting order. */
export const VENDOR_TOKEN_DETECTORS = [
  githubToken,
  gitlabToken,
  slackToken,
  slackWebhook,
  stripeKey,
  googleApiKey,
  npmToken,
  twilioKey,
  sendgridKey,
  openAiKey,
  atlassianToken,
];
