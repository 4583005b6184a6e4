import { prefixed, TokenFormatSpec } from './tokenFormat';

export const CLOUD_FORMATS = [
  {
    id: 'aws-session-token',
    what: 'an AWS session token',
    anchors: ['FwoGZXIvYXdz', 'IQoJb3JpZ2luX2Vj'],
    pattern:
      /(?<![A-Za-z0-9+/])(?:FwoGZXIvYXdz|IQoJb3JpZ2luX2Vj)([A-Za-z0-9+/]{100,2000}={0,2})/,
  },
  {
    id: 'gcp-service-account-key',
    what: 'a Google Cloud service-account key (private_key_id)',
    anchors: ['private_key_id'],
    pattern: /"private_key_id"\s{0,4}:\s{0,4}"([0-9a-f]{40})"/,
  },
  prefixed(
    'google-oauth-secret',
    'a Google OAuth client secret',
    'GOCSPX-',
    '[A-Za-z0-9_-]{28}',
  ),
  {
    id: 'google-oauth-token',
    what: 'a Google OAuth access or refresh token',
    anchors: ['ya29.', '1//0'],
    pattern:
      /(?<![A-Za-z0-9_.-])(?:ya29\.|1\/\/0)([A-Za-z0-9_-]{30,1000})(?![A-Za-z0-9_-])/,
  },
  {
    id: 'firebase-fcm-server-key',
    what: 'a Firebase Cloud Messaging server key',
    anchors: ['AAAA'],
    pattern:
      /(?<![A-Za-z0-9_-])AAAA[A-Za-z0-9_-]{7}:([A-Za-z0-9_-]{140})(?![A-Za-z0-9_-])/,
  },
  {
    id: 'azure-ad-client-secret',
    what: 'an Azure AD (Entra ID) client secret',
    anchors: ['Q~'],
    pattern:
      /(?<![A-Za-z0-9_~.-])([A-Za-z0-9_~.-]{3}\dQ~[A-Za-z0-9_~.-]{31,34})(?![A-Za-z0-9_~.-])/,
  },
  {
    id: 'azure-sas-token',
    what: 'an Azure shared access signature',
    anchors: ['sig='],
    pattern: /(?:^|[?&;\s"'])sig=([A-Za-z0-9%+/]{40,120}(?:%3D|=){0,2})/,
    accept: match => /(?:^|[?&;])s[vpe]=/.test(match.input ?? ''),
  },
  {
    id: 'azure-devops-pat',
    what: 'an Azure DevOps personal access token',
    anchors: ['AZDO'],
    pattern:
      /(?<![A-Za-z0-9])([A-Za-z0-9]{52}JQQJ99[A-Za-z0-9]{3}AZDO[A-Za-z0-9]{4}|[A-Za-z0-9]{76}AZDO[A-Za-z0-9]{4})(?![A-Za-z0-9])/,
  },
  prefixed(
    'alibaba-access-key-id',
    'an Alibaba Cloud access key ID',
    'LTAI',
    '[A-Za-z0-9]{12,20}',
  ),
  prefixed(
    'digitalocean-token',
    'a DigitalOcean token',
    ['dop_v1_', 'doo_v1_', 'dor_v1_'],
    '[a-f0-9]{64}',
  ),
  prefixed(
    'heroku-api-key',
    'a Heroku API key',
    'HRKU-',
    '[A-Za-z0-9_-]{60,64}',
  ),
  {
    id: 'scaleway-access-key',
    what: 'a Scaleway access key ID',
    anchors: ['SCW'],
    pattern: /(?<![A-Za-z0-9])SCW([A-Z0-9]{17})(?![A-Za-z0-9])/,
  },
  {
    id: 'cloudflare-origin-ca-key',
    what: 'a Cloudflare Origin CA key',
    anchors: ['v1.0-'],
    pattern: /(?<![A-Za-z0-9_-])v1\.0-([a-f0-9]{24}-[a-f0-9]{146})(?![a-f0-9])/,
  },
  prefixed(
    'vercel-token',
    'a Vercel token',
    ['vcp_', 'vci_', 'vca_', 'vcr_', 'vck_'],
    '[A-Za-z0-9]{24,64}',
  ),
  prefixed(
    'netlify-token',
    'a Netlify access token',
    ['nfp_', 'nfc_', 'nfo_', 'nfu_'],
    '[A-Za-z0-9]{36,40}',
  ),
  {
    id: 'doppler-token',
    what: 'a Doppler token',
    anchors: ['dp.'],
    pattern:
      /(?<![A-Za-z0-9_.-])dp\.(?:pt|st|sa|ct|scim|audit)\.(?:[a-z0-9_-]{1,40}\.)?([A-Za-z0-9]{40,44})(?![A-Za-z0-9])/,
  },
  prefixed(
    'vault-token',
    'a HashiCorp Vault token',
    ['hvs.', 'hvb.', 'hvr.'],
    '[A-Za-z0-9_-]{24,300}',
  ),
  {
    id: 'terraform-cloud-token',
    what: 'a Terraform Cloud / HCP API token',
    anchors: ['.atlasv1.'],
    pattern:
      /(?<![A-Za-z0-9])[A-Za-z0-9]{14}\.atlasv1\.([A-Za-z0-9_=-]{60,70})(?![A-Za-z0-9_=-])/,
  },
  prefixed('pulumi-token', 'a Pulumi access token', 'pul-', '[a-f0-9]{40}'),
  {
    id: 'ibm-cloud-iam-key',
    what: 'an IBM Cloud API key in a credentials file',
    anchors: ['apikey'],
    pattern: /"apikey"\s{0,4}:\s{0,4}"([A-Za-z0-9_-]{44})"/,
  },
  prefixed(
    'fly-token',
    'a Fly.io token',
    ['fm1r_', 'fm2_', 'fo1_'],
    '[A-Za-z0-9+/=_-]{40,1000}',
  ),
  prefixed('render-api-key', 'a Render API key', 'rnd_', '[A-Za-z0-9]{32}'),
  prefixed(
    'tailscale-key',
    'a Tailscale key',
    [
      'tskey-api-',
      'tskey-auth-',
      'tskey-client-',
      'tskey-scim-',
      'tskey-webhook-',
    ],
    '[A-Za-z0-9]{6,20}-[A-Za-z0-9]{20,64}',
  ),
] as const satisfies readonly TokenFormatSpec[];
