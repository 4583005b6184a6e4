import { prefixed, TokenFormatSpec } from './tokenFormat';

export const SAAS_FORMATS = [
  {
    id: 'dropbox-token',
    what: 'a Dropbox access token',
    anchors: ['sl.'],
    pattern:
      /(?<![A-Za-z0-9_.-])sl\.(?:u\.)?([A-Za-z0-9_-]{130,1400})(?![A-Za-z0-9_-])/,
  },
  prefixed(
    'figma-token',
    'a Figma access token',
    'figd_',
    '[A-Za-z0-9_-]{40,64}',
  ),
  prefixed(
    'linear-api-key',
    'a Linear API key',
    ['lin_api_', 'lin_oauth_'],
    '[A-Za-z0-9]{40,64}',
  ),
  prefixed(
    'notion-token',
    'a Notion integration token',
    'secret_',
    '[A-Za-z0-9]{43}',
  ),
  {
    id: 'notion-api-key',
    what: 'a Notion API token',
    anchors: ['ntn_'],
    pattern: /(?<![A-Za-z0-9_-])ntn_(\d{11}[A-Za-z0-9]{35})(?![A-Za-z0-9_-])/,
  },
  {
    id: 'airtable-token',
    what: 'an Airtable personal access token',
    anchors: ['pat'],
    pattern:
      /(?<![A-Za-z0-9_-])pat[A-Za-z0-9]{14}\.([a-f0-9]{64})(?![A-Za-z0-9])/,
  },
  {
    id: 'asana-token',
    what: 'an Asana personal access token',
    anchors: ['1/', '2/'],
    pattern:
      /(?<![A-Za-z0-9/])[12]\/\d{13,17}(?:\/\d{13,17})?:([A-Za-z0-9]{32})(?![A-Za-z0-9])/,
  },
  {
    id: 'postman-api-key',
    what: 'a Postman API key',
    anchors: ['PMAK-'],
    pattern:
      /(?<![A-Za-z0-9_-])PMAK-([a-f0-9]{24}-[a-f0-9]{34})(?![A-Za-z0-9])/,
  },
  prefixed(
    'contentful-token',
    'a Contentful personal access token',
    'CFPAT-',
    '[A-Za-z0-9_-]{43}',
  ),
  {
    id: 'mapbox-secret-token',
    what: 'a Mapbox secret token',
    anchors: ['sk.eyJ'],
    pattern:
      /(?<![A-Za-z0-9_.-])sk\.(eyJ[A-Za-z0-9_-]{20,200}\.[A-Za-z0-9_-]{20,100})(?![A-Za-z0-9_-])/,
  },
  prefixed(
    'supabase-key',
    'a Supabase access or secret key',
    ['sbp_', 'sb_secret_'],
    '[A-Za-z0-9_-]{31,40}',
  ),
  prefixed(
    'planetscale-token',
    'a PlanetScale token or password',
    ['pscale_tkn_', 'pscale_pw_', 'pscale_oauth_'],
    '[A-Za-z0-9_.-]{32,64}',
  ),
  {
    id: 'databricks-token',
    what: 'a Databricks access token',
    anchors: ['dapi', 'dose'],
    pattern:
      /(?<![A-Za-z0-9_-])(?:dapi|dose)([a-f0-9]{32})(?:-\d)?(?![A-Za-z0-9_-])/,
  },
  {
    id: 'age-secret-key',
    what: 'an age secret key',
    anchors: ['AGE-SECRET-KEY-1'],
    pattern:
      /(?<![A-Za-z0-9_-])AGE-SECRET-KEY-1([QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58})(?![A-Za-z0-9])/,
  },
  prefixed(
    'onepassword-token',
    'a 1Password service-account token',
    'ops_eyJ',
    '[A-Za-z0-9+/=_-]{200,2000}',
  ),
  {
    id: 'onepassword-secret-key',
    what: 'a 1Password account secret key',
    anchors: ['A3-'],
    pattern:
      /(?<![A-Za-z0-9-])A3-([A-Z0-9]{6}-(?:[A-Z0-9]{11}|[A-Z0-9]{6}-[A-Z0-9]{5})-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5})(?![A-Za-z0-9-])/,
  },
  prefixed(
    'typeform-token',
    'a Typeform personal access token',
    'tfp_',
    '[A-Za-z0-9_-]{40,60}',
  ),
  prefixed('readme-api-key', 'a ReadMe API key', 'rdme_', '[a-z0-9]{70}'),
  {
    id: 'twitch-oauth-token',
    what: 'a Twitch OAuth token',
    anchors: ['oauth:'],
    pattern: /(?<![A-Za-z0-9_-])oauth:([a-z0-9]{30})(?![A-Za-z0-9])/,
  },
  prefixed(
    'launchdarkly-sdk-key',
    'a LaunchDarkly SDK or mobile key',
    ['sdk-', 'mob-'],
    '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
  ),
] as const satisfies readonly TokenFormatSpec[];
