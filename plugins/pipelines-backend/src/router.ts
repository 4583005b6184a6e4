import express from 'express';
import Router from 'express-promise-router';
import { HttpAuthService } from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import {
  DEFAULT_TIME_RANGE,
  TIME_RANGES,
  TimeRange,
  isTimeRange,
} from '@stagecraft/plugin-pipelines-common';
import { PipelinesService } from './service/PipelinesService';

export interface RouterOptions {
  httpAuth: HttpAuthService;
  service: PipelinesService;
}

function parseRange(value: unknown): TimeRange {
  if (value === undefined) return DEFAULT_TIME_RANGE;
  if (!isTimeRange(value)) {
    throw new InputError(
      `range must be one of ${TIME_RANGES.join(', ')}; got ${JSON.stringify(
        value,
      )}`,
    );
  }
  return value;
}

function parseStageKind(value: string): 'component' | 'resource' {
  const kind = value.toLocaleLowerCase('en-US');
  if (kind !== 'component' && kind !== 'resource') {
    throw new InputError(
      `Stages are Components or Resources; got kind "${value}"`,
    );
  }
  return kind;
}

/** Thin HTTP layer over `PipelinesService`; every route needs a signed-in user or a service. */
export async function createRouter({
  httpAuth,
  service,
}: RouterOptions): Promise<express.Router> {
  const router = Router();

  const auth = async (req: express.Request) => ({
    credentials: await httpAuth.credentials(req, {
      allow: ['user', 'service'],
    }),
  });

  router.get('/pipelines/:namespace/:name', async (req, res) => {
    const credentials = await auth(req);
    const range = parseRange(req.query.range);
    const { namespace, name } = req.params;
    res.json(
      await service.getPipelineView(
        { kind: 'component', namespace, name },
        range,
        credentials,
      ),
    );
  });

  router.get('/stages/:kind/:namespace/:name/metrics', async (req, res) => {
    const credentials = await auth(req);
    const range = parseRange(req.query.range);
    const kind = parseStageKind(req.params.kind);
    const { namespace, name } = req.params;
    res.json(
      await service.getStageMetrics(
        { kind, namespace, name },
        range,
        credentials,
      ),
    );
  });

  router.get('/stages/:kind/:namespace/:name/config', async (req, res) => {
    const credentials = await auth(req);
    const kind = parseStageKind(req.params.kind);
    const { namespace, name } = req.params;
    res.json(
      await service.getStageConfig({ kind, namespace, name }, credentials),
    );
  });

  return router;
}
