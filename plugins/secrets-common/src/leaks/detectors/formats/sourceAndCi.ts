import { prefixed, TokenFormatSpec } from './tokenFormat';

// GitHub, GitLab and Atlassian API tokens are in ../tokenFormats.ts.
export const SOURCE_AND_CI_FORMATS = [
  {
    id: 'gitlab-runner-registration-token',
    what: 'a GitLab runner registration token',
    anchors: ['GR1348941'],
    pattern: /(?<![A-Za-z0-9_-])GR1348941([A-Za-z0-9_-]{20})(?![A-Za-z0-9_-])/,
  },
  prefixed(
    'bitbucket-app-password',
    'a Bitbucket app password',
    'ATBB',
    '[A-Za-z0-9_=.-]{32}',
  ),
  {
    id: 'circleci-token',
    what: 'a CircleCI API token',
    anchors: ['CCIPAT_', 'CCIPRJ_'],
    pattern:
      /(?<![A-Za-z0-9_])CCIP(?:AT|RJ)_([A-Za-z0-9]{22}_[a-f0-9]{40})(?![A-Za-z0-9_])/,
  },
  prefixed(
    'buildkite-token',
    'a Buildkite token',
    ['bkua_', 'bkat_'],
    '[a-f0-9]{40}',
  ),
  prefixed(
    'sonar-token',
    'a SonarQube / SonarCloud token',
    ['sqp_', 'squ_', 'sqa_'],
    '[a-f0-9]{40}',
  ),
  {
    id: 'harness-token',
    what: 'a Harness access token',
    anchors: ['pat.', 'sat.'],
    pattern:
      /(?<![A-Za-z0-9_.-])(?:pat|sat)\.[A-Za-z0-9_-]{22}\.([a-f0-9]{24}\.[A-Za-z0-9]{20})(?![A-Za-z0-9])/,
  },
  prefixed(
    'octopus-deploy-api-key',
    'an Octopus Deploy API key',
    'API-',
    '[A-Z0-9]{26,32}',
  ),
  prefixed(
    'infracost-api-key',
    'an Infracost API key',
    'ico-',
    '[A-Za-z0-9]{32}',
  ),
  prefixed('prefect-api-key', 'a Prefect API key', 'pnu_', '[A-Za-z0-9]{36}'),
] as const satisfies readonly TokenFormatSpec[];
