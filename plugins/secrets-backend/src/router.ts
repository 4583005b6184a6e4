import {
  BackstageCredentials,
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { NotAllowedError } from '@backstage/errors';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { csvResponseHeaders } from '@stagecraft/catalog-conventions-common';
import {
  SECRETS_ROUTES,
  secretsReviewPermission,
  secretsToCsv,
} from '@stagecraft/plugin-secrets-common';
import express from 'express';
import Router from 'express-promise-router';
import { SecretsReviewService } from './service/SecretsReviewService';

export async function createRouter(options: {
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  review: SecretsReviewService;
}): Promise<express.Router> {
  const { httpAuth, permissions, review } = options;
  const router = Router();

  const credentialsOf = (req: express.Request) =>
    httpAuth.credentials(req, { allow: ['user', 'service'] });

  async function requireReviewPermission(credentials: BackstageCredentials) {
    const [decision] = await permissions.authorize(
      [{ permission: secretsReviewPermission }],
      { credentials },
    );
    if (decision.result !== AuthorizeResult.ALLOW) {
      throw new NotAllowedError(
        `Reading the secrets review requires the ${secretsReviewPermission.name} permission`,
      );
    }
  }

  router.get(SECRETS_ROUTES.review, async (req, res) => {
    await requireReviewPermission(await credentialsOf(req));
    const { json } = await review.getReview();
    res.type('application/json').send(json());
  });

  router.get(SECRETS_ROUTES.reviewCsv, async (req, res) => {
    await requireReviewPermission(await credentialsOf(req));
    const { response } = await review.getReview();
    res
      .set(
        csvResponseHeaders({
          name: 'secrets-review',
          date: response.generatedAt,
        }),
      )
      .send(secretsToCsv(response.items));
  });

  const { entitySecrets } = SECRETS_ROUTES;
  router.get(entitySecrets.pattern, async (req, res) => {
    const credentials = await credentialsOf(req);
    const ref = entitySecrets.refOf(req.params);
    res.json(await review.getForEntity(ref, credentials));
  });

  return router;
}
