import { MiddlewareFactory } from '@backstage/backend-defaults/rootHttpRouter';
import { mockServices } from '@backstage/backend-test-utils';
import express from 'express';

/** An app serving `router` with Backstage's error middleware, as the backend mounts plugins. */
export function withErrorMiddleware(router: express.Router): express.Express {
  return express()
    .use(router)
    .use(
      MiddlewareFactory.create({
        config: mockServices.rootConfig(),
        logger: mockServices.logger.mock(),
      }).error(),
    );
}
