import express from 'express';
import Router from 'express-promise-router';
import { HttpAuthService } from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import {
  DEFAULT_TIME_RANGE,
  PIPELINES_ROUTES,
  TIME_RANGES,
  TimeRange,
  isTimeRange,
} from '@stagecraft/plugin-pipelines-common';
import { PipelinesService } from './service/PipelinesService';
import { EdgeDriftService } from './drift/EdgeDriftService';
import { CapacityService } from './capacity/CapacityService';

export interface RouterOptions {
  httpAuth: HttpAuthService;
  service: PipelinesService;
  /** Serves the edge drift route when given. */
  edgeDrift?: EdgeDriftService;
  /** Serves the capacity route when given. */
  capacity?: CapacityService;
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

/** `kind` is already lower-case: entity routes read the entity in lower case. */
function parseStageKind(kind: string): 'component' | 'resource' {
  if (kind !== 'component' && kind !== 'resource') {
    throw new InputError(
      `Stages are Components or Resources; got kind "${kind}"`,
    );
  }
  return kind;
}

/** Thin HTTP layer over `PipelinesService`; every route needs a signed-in user or a service. */
export async function createRouter({
  httpAuth,
  service,
  edgeDrift,
  capacity,
}: RouterOptions): Promise<express.Router> {
  const router = Router();

  const auth = async (req: express.Request) => ({
    credentials: await httpAuth.credentials(req, {
      allow: ['user', 'service'],
    }),
  });

  const {
    pipeline,
    stageMetrics,
    stageConfig,
    edgeDrift: drift,
  } = PIPELINES_ROUTES;

  router.get(pipeline.pattern, async (req, res) => {
    const credentials = await auth(req);
    const range = parseRange(req.query.range);
    res.json(
      await service.getPipelineView(
        pipeline.refOf(req.params),
        range,
        credentials,
      ),
    );
  });

  router.get(stageMetrics.pattern, async (req, res) => {
    const credentials = await auth(req);
    const range = parseRange(req.query.range);
    const ref = stageMetrics.refOf(req.params);
    res.json(
      await service.getStageMetrics(
        { ...ref, kind: parseStageKind(ref.kind) },
        range,
        credentials,
      ),
    );
  });

  router.get(stageConfig.pattern, async (req, res) => {
    const credentials = await auth(req);
    const ref = stageConfig.refOf(req.params);
    res.json(
      await service.getStageConfig(
        { ...ref, kind: parseStageKind(ref.kind) },
        credentials,
      ),
    );
  });

  if (edgeDrift) {
    router.get(drift.pattern, async (req, res) => {
      const credentials = await auth(req);
      res.json(
        await edgeDrift.getEdgeDrift(drift.refOf(req.params), credentials),
      );
    });
  }

  if (capacity) {
    const route = PIPELINES_ROUTES.capacity;
    router.get(route.pattern, async (req, res) => {
      const credentials = await auth(req);
      res.json(
        await capacity.getCapacity(route.refOf(req.params), credentials),
      );
    });
  }

  return router;
}
