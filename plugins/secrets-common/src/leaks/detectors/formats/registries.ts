import { prefixed, TokenFormatSpec } from './tokenFormat';

// npm tokens are in ../tokenFormats.ts.
export const REGISTRY_FORMATS = [
  prefixed(
    'pypi-token',
    'a PyPI upload token',
    ['pypi-AgEIcHlwaS5vcmc', 'pypi-AgENdGVzdC5weXBpLm9yZw'],
    '[A-Za-z0-9_-]{50,300}',
  ),
  prefixed(
    'rubygems-api-key',
    'a RubyGems API key',
    'rubygems_',
    '[a-f0-9]{48}',
  ),
  prefixed('nuget-api-key', 'a NuGet API key', 'oy2', '[a-z0-9]{43}'),
  prefixed(
    'docker-hub-token',
    'a Docker Hub access token',
    ['dckr_pat_', 'dckr_oat_'],
    '[A-Za-z0-9_-]{27,40}',
  ),
  prefixed(
    'jfrog-api-key',
    'a JFrog Artifactory API key',
    'AKCp',
    '[A-Za-z0-9]{69}',
  ),
  prefixed(
    'jfrog-identity-token',
    'a JFrog Artifactory identity or reference token',
    'cmVmdGtuOjAxOj',
    '[A-Za-z0-9]{40,100}',
  ),
  prefixed(
    'crates-io-token',
    'a crates.io API token',
    'cio',
    '[A-Za-z0-9]{32}',
  ),
  prefixed(
    'clojars-token',
    'a Clojars deploy token',
    'CLOJARS_',
    '[a-z0-9]{60}',
  ),
] as const satisfies readonly TokenFormatSpec[];
