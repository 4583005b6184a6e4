import {
  BackstageCredentials,
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { InputError, NotAllowedError, NotFoundError } from '@backstage/errors';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { csvResponseHeaders } from '@stagecraft/catalog-conventions-common';
import {
  driftToCsv,
  parseReviewQuery,
  SECRETS_ROUTES,
  secretsReviewPermission,
  secretsToCsv,
} from '@stagecraft/plugin-secrets-common';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { StoreDriftService } from './drift/StoreDriftService';
import { visibleDrift } from './drift/visibleDrift';
import { parseTrendDays, visibleDriftTrend } from './drift/driftTrend';
import { entityDrift } from './drift/entityDrift';
import express from 'express';
import Router from 'express-promise-router';
import { SecretsReviewService } from './service/SecretsReviewService';

export async function createRouter(options: {
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  review: SecretsReviewService;
  drift: StoreDriftService;
  catalog: CatalogService;
}): Promise<express.Router> {
  const { httpAuth, permissions, review, drift, catalog } = options;
  const router = Router();

  const credentialsOf = (req: express.Request) =>
    httpAuth.credentials(req, { allow: ['user', 'service'] });

  async function mayReview(credentials: BackstageCredentials) {
    const [decision] = await permissions.authorize(
      [{ permission: secretsReviewPermission }],
      { credentials },
    );
    return decision.result === AuthorizeResult.ALLOW;
  }

  async function requireReviewPermission(credentials: BackstageCredentials) {
    if (!(await mayReview(credentials))) {
      throw new NotAllowedError(
        `Reading the secrets review requires the ${secretsReviewPermission.name} permission`,
      );
    }
  }

  /** The caller (a secrets reviewer) and the review query of the request. */
  async function reviewRequest(req: express.Request) {
    const credentials = await credentialsOf(req);
    await requireReviewPermission(credentials);
    const parsed = parseReviewQuery(req.query as Record<string, unknown>);
    if ('error' in parsed) {
      throw new InputError(parsed.error);
    }
    return { credentials, query: parsed.query };
  }

  router.get(SECRETS_ROUTES.review, async (req, res) => {
    const { credentials, query } = await reviewRequest(req);
    res.json(await review.getReviewPage(query, credentials));
  });

  router.get(SECRETS_ROUTES.reviewCsv, async (req, res) => {
    const { credentials, query } = await reviewRequest(req);
    const { items, generatedAt } = await review.getReviewRows(
      query,
      credentials,
    );
    res
      .set(csvResponseHeaders({ name: 'secrets-review', date: generatedAt }))
      .send(secretsToCsv(items));
  });

  /** Drift of the stores and secrets the caller may read; for secrets reviewers only. */
  async function driftFor(req: express.Request) {
    const credentials = await credentialsOf(req);
    await requireReviewPermission(credentials);
    return visibleDrift(await drift.current(), catalog, credentials);
  }

  router.get(SECRETS_ROUTES.drift, async (req, res) => {
    res.json({ stores: await driftFor(req) });
  });

  router.get(SECRETS_ROUTES.driftCsv, async (req, res) => {
    const stores = await driftFor(req);
    res
      .set(
        csvResponseHeaders({
          name: 'secrets-drift',
          date: new Date().toISOString(),
        }),
      )
      .send(driftToCsv(stores));
  });

  /** Daily drift of the stores the caller may read; for secrets reviewers only. */
  router.get(SECRETS_ROUTES.driftTrend, async (req, res) => {
    const credentials = await credentialsOf(req);
    await requireReviewPermission(credentials);
    const days = parseTrendDays(req.query.days);
    if (days === undefined) {
      throw new InputError(
        'Invalid query parameter days: expected a whole number from 1 to 365',
      );
    }
    const rows = await drift.history(days);
    res.json({ days: await visibleDriftTrend(rows, catalog, credentials) });
  });

  const { entityDrift: entityDriftRoute } = SECRETS_ROUTES;
  router.get(entityDriftRoute.pattern, async (req, res) => {
    const credentials = await credentialsOf(req);
    const ref = entityDriftRoute.refOf(req.params);
    const entity = await catalog.getEntityByRef(ref, { credentials });
    if (!entity) {
      throw new NotFoundError(
        `No entity ${stringifyEntityRef(ref)} in the catalog`,
      );
    }
    res.json(
      await entityDrift(entity, {
        driftOf: store => drift.currentOf(store),
        catalog,
        credentials,
        mayReview: await mayReview(credentials),
      }),
    );
  });

  const { entitySecrets } = SECRETS_ROUTES;
  router.get(entitySecrets.pattern, async (req, res) => {
    const credentials = await credentialsOf(req);
    const ref = entitySecrets.refOf(req.params);
    res.json(await review.getForEntity(ref, credentials));
  });

  return router;
}
