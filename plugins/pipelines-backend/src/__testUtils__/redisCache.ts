import { CacheManager } from '@backstage/backend-defaults/cache';
import { ConfigReader } from '@backstage/config';
import net from 'net';

/** Whether the machine's Redis answers on 127.0.0.1:6379 (the Redis tests skip, saying so, when not). */
export function redisReachable(): Promise<boolean> {
  return new Promise(resolve => {
    const socket = net.connect({ host: '127.0.0.1', port: 6379 });
    socket.setTimeout(500);
    socket.once('connect', () => {
      socket.end();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
}

/**
 * The pipelines plugin's cache service on the machine's Redis, as one replica has it: each
 * call opens its own client, so two calls are two replicas sharing `namespace`.
 */
export function redisCacheService(namespace: string) {
  return CacheManager.fromConfig(
    new ConfigReader({
      backend: {
        cache: {
          store: 'redis',
          connection: 'redis://127.0.0.1:6379',
          redis: { client: { namespace } },
        },
      },
    }),
  ).forPlugin('pipelines');
}
