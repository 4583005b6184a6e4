import { prefixed, TokenFormatSpec } from './tokenFormat';

// SendGrid keys and Twilio SIDs are in ../tokenFormats.ts; credentials
// recognisable only by their field (Twilio auth tokens, Vonage secrets,
// Postmark server tokens, SES SMTP passwords…) are in ../keyedVendors.ts.
export const EMAIL_AND_SMS_FORMATS = [
  prefixed('mailgun-api-key', 'a Mailgun API key', 'key-', '[0-9a-f]{32}'),
  {
    id: 'mailgun-private-key',
    what: 'a Mailgun private API key',
    anchors: [],
    pattern:
      /(?<![A-Za-z0-9_-])([0-9a-f]{32}-[0-9a-f]{8}-[0-9a-f]{8})(?![A-Za-z0-9_-])/,
  },
  {
    id: 'mailchimp-api-key',
    what: 'a Mailchimp API key',
    anchors: ['-us'],
    pattern: /(?<![A-Za-z0-9_-])([0-9a-f]{32})-us\d{1,2}(?![A-Za-z0-9_-])/,
  },
  prefixed(
    'mandrill-api-key',
    'a Mandrill API key',
    'md-',
    '[A-Za-z0-9_-]{22}',
  ),
  prefixed(
    'brevo-api-key',
    'a Brevo (Sendinblue) API or SMTP key',
    ['xkeysib-', 'xsmtpsib-'],
    '[a-f0-9]{64}-[A-Za-z0-9]{16}',
  ),
  prefixed(
    'messagebird-api-key',
    'a MessageBird (Bird) access key',
    ['live_'],
    '[A-Za-z0-9]{25}',
  ),
  prefixed(
    'mailersend-token',
    'a MailerSend API token',
    'mlsn.',
    '[a-f0-9]{64}',
  ),
  {
    id: 'resend-api-key',
    what: 'a Resend API key',
    anchors: ['re_'],
    pattern:
      /(?<![A-Za-z0-9_-])re_([A-Za-z0-9]{8}_[A-Za-z0-9]{24})(?![A-Za-z0-9_-])/,
  },
  prefixed(
    'telnyx-api-key',
    'a Telnyx API key',
    'KEY',
    '[0-9A-F]{32}_[A-Za-z0-9]{22}',
  ),
  prefixed(
    'klaviyo-private-key',
    'a Klaviyo private API key',
    'pk_',
    '[a-f0-9]{34}',
  ),
  {
    id: 'twilio-credentials',
    what: 'a Twilio account SID with its auth token',
    anchors: ['AC'],
    pattern:
      /(?<![A-Za-z0-9])AC[0-9a-f]{32}\s{0,3}[:/|,]\s{0,3}([0-9a-f]{32})(?![A-Za-z0-9])/,
  },
  {
    id: 'aws-ses-smtp-url',
    what: 'an Amazon SES SMTP URL with its password',
    anchors: ['email-smtp.'],
    pattern:
      /smtps?:\/\/(?:AKIA|ASIA)[A-Z0-9]{16}:([A-Za-z0-9+/%]{40,60})@email-smtp\./,
  },
] as const satisfies readonly TokenFormatSpec[];
