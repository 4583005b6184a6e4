import { prefixed, TokenFormatSpec } from './tokenFormat';

// Stripe secret and restricted keys are in ../tokenFormats.ts.
export const PAYMENT_FORMATS = [
  prefixed(
    'stripe-webhook-secret',
    'a Stripe webhook signing secret',
    'whsec_',
    '[A-Za-z0-9+/]{32,64}',
  ),
  prefixed(
    'square-token',
    'a Square access token or application secret',
    ['sq0atp-', 'sq0csp-', 'EAAA'],
    '[A-Za-z0-9_-]{22,60}',
  ),
  {
    id: 'braintree-access-token',
    what: 'a PayPal Braintree access token',
    anchors: ['access_token$'],
    pattern:
      /(?<![A-Za-z0-9_])access_token\$(?:production|sandbox)\$[a-z0-9]{16}\$([a-f0-9]{32})(?![a-f0-9])/,
  },
  {
    id: 'adyen-api-key',
    what: 'an Adyen API key',
    anchors: ['AQE'],
    pattern:
      /(?<![A-Za-z0-9+/])AQE([A-Za-z0-9+/]{60,200}={0,2}-[A-Za-z0-9+/]{30,60}={0,2})/,
  },
  prefixed(
    'shopify-token',
    'a Shopify access token or shared secret',
    ['shpat_', 'shpca_', 'shppa_', 'shpss_'],
    '[a-fA-F0-9]{32}',
  ),
  prefixed(
    'plaid-access-token',
    'a Plaid access token',
    ['access-production-', 'access-development-', 'access-sandbox-'],
    '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
  ),
  prefixed(
    'flutterwave-secret-key',
    'a Flutterwave secret key',
    ['FLWSECK-', 'FLWSECK_TEST-'],
    '[a-h0-9]{32}-X',
  ),
  prefixed(
    'shippo-token',
    'a Shippo API token',
    ['shippo_live_', 'shippo_test_'],
    '[a-f0-9]{40}',
  ),
] as const satisfies readonly TokenFormatSpec[];
