import {
  BackstageCredentials,
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { NotAllowedError } from '@backstage/errors';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
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

  router.get('/secrets', async (req, res) => {
    await requireReviewPermission(await credentialsOf(req));
    const { json } = await review.getReview();
    res.type('application/json').send(json());
  });

  router.get('/secrets/export.csv', async (req, res) => {
    await requireReviewPermission(await credentialsOf(req));
    const { response } = await review.getReview();
    const date = response.generatedAt.slice(0, 10);
    res
      .type('text/csv; charset=utf-8')
      .attachment(`secrets-review-${date}.csv`)
      .send(secretsToCsv(response.items));
  });

  router.get('/secrets/by-entity/:kind/:namespace/:name', async (req, res) => {
    const credentials = await credentialsOf(req);
    const { kind, namespace, name } = req.params;
    res.json(await review.getForEntity({ kind, namespace, name }, credentials));
  });

  return router;
}
