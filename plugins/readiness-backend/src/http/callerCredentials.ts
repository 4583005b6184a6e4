import {
  BackstageCredentials,
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { NotAllowedError } from '@backstage/errors';
import {
  AuthorizeResult,
  BasicPermission,
} from '@backstage/plugin-permission-common';
import { Request } from 'express';

type CallerOf = (req: Request) => Promise<BackstageCredentials>;

/** A request's caller: a signed-in user or a service. */
export const callerCredentials =
  (httpAuth: HttpAuthService): CallerOf =>
  req =>
    httpAuth.credentials(req, { allow: ['user', 'service'] });

/**
 * A request's caller once `permission` is allowed for them; a NotAllowedError saying
 * `refusal` otherwise.
 */
export const authorizedCaller =
  (
    deps: { httpAuth: HttpAuthService; permissions: PermissionsService },
    permission: BasicPermission,
    refusal: string,
  ): CallerOf =>
  async req => {
    const credentials = await callerCredentials(deps.httpAuth)(req);
    const [decision] = await deps.permissions.authorize([{ permission }], {
      credentials,
    });
    if (decision.result !== AuthorizeResult.ALLOW) {
      throw new NotAllowedError(refusal);
    }
    return credentials;
  };
