import { CacheManager } from '@backstage/backend-defaults/cache';
import { LoggerService } from '@backstage/backend-plugin-api';
import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { SharedCache } from '../cache/SharedCache';

/** The pipelines plugin's cache service on the in-memory store, as a backend without Redis has. */
function memoryCacheService() {
  return CacheManager.fromConfig(
    new ConfigReader({ backend: { cache: { store: 'memory' } } }),
  ).forPlugin('pipelines');
}

/** A `SharedCache` over a fresh in-memory cache service. */
export function memorySharedCache(
  logger: LoggerService = mockServices.logger.mock(),
): SharedCache {
  return new SharedCache(memoryCacheService(), logger);
}
