import { mockApis } from '@backstage/test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import { secretsApiRef } from '../api';
import { FakeSecretsApi } from './fixtures';

/** The secrets API and a permission API answering `permission` to every question. */
export const secretsTestApis = (
  secretsApi: FakeSecretsApi,
  permission: AuthorizeResult.ALLOW | AuthorizeResult.DENY,
) =>
  [
    [secretsApiRef, secretsApi],
    [permissionApiRef, mockApis.permission({ authorize: permission })],
  ] as const;
