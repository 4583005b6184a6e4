import { HttpAuthService } from '@backstage/backend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import {
  BLAST_RADIUS_ROUTES,
  BlastRadiusQuery,
  BlastRadiusQueryError,
  parseBlastRadiusQuery,
} from '@stagecraft/plugin-blast-radius-common';
import express from 'express';
import Router from 'express-promise-router';
import { BlastRadiusService } from './service/BlastRadiusService';

function parseQuery(params: Record<string, unknown>): BlastRadiusQuery {
  try {
    return parseBlastRadiusQuery(params);
  } catch (error) {
    if (error instanceof BlastRadiusQueryError) {
      throw new InputError(error.message);
    }
    throw error;
  }
}

export function createRouter(options: {
  httpAuth: HttpAuthService;
  blastRadius: BlastRadiusService;
}): express.Router {
  const { httpAuth, blastRadius } = options;
  const router = Router();

  const { blastRadius: route } = BLAST_RADIUS_ROUTES;
  router.get(route.pattern, async (req, res) => {
    const credentials = await httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    const query = parseQuery(req.query);
    const entityRef = stringifyEntityRef(route.refOf(req.params));
    res.json(await blastRadius.getBlastRadius(entityRef, query, credentials));
  });

  return router;
}
