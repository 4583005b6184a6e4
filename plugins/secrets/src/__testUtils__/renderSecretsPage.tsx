import { ApiRef } from '@backstage/core-plugin-api';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { SignalApi, signalApiRef } from '@backstage/plugin-signals-react';
import { renderWithApis } from '@internal/stagecraft-frontend-test-utils';
import { SecretsPage } from '../components/SecretsPage';
import { FakeSecretsApi } from './fixtures';
import { secretsTestApis } from './secretsTestApis';

/**
 * Renders the Secrets page at `url` (`/` unless given), with a permission API answering
 * `permission` (ALLOW unless given), the signal API if given, and entity links resolvable.
 */
export function renderSecretsPage(
  secretsApi: FakeSecretsApi,
  options: {
    url?: string;
    permission?: AuthorizeResult.ALLOW | AuthorizeResult.DENY;
    signalApi?: SignalApi;
  } = {},
) {
  const apis: (readonly [ApiRef<unknown>, Partial<unknown>])[] = [
    ...secretsTestApis(secretsApi, options.permission ?? AuthorizeResult.ALLOW),
  ];
  if (options.signalApi) {
    apis.push([signalApiRef, options.signalApi]);
  }
  return renderWithApis(<SecretsPage />, {
    apis,
    routeEntries: [options.url ?? '/'],
  });
}
