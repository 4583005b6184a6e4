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

const PLUGIN_ID = 'pipelines';
const openManagers: CacheManager[] = [];

/**
 * The pipelines plugin's cache service on the machine's Redis, as one replica has it: each
 * call opens its own client, so two calls are two replicas sharing `namespace`. Close them
 * with `disconnectRedisCaches`.
 */
export function redisCacheService(namespace: string) {
  const manager = CacheManager.fromConfig(
    new ConfigReader({
      backend: {
        cache: {
          store: 'redis',
          connection: 'redis://127.0.0.1:6379',
          redis: { client: { namespace } },
        },
      },
    }),
  );
  openManagers.push(manager);
  return manager.forPlugin(PLUGIN_ID);
}

type RedisStoreFactory = (pluginId: string) => {
  disconnect(): Promise<void>;
};

/**
 * Closes the Redis clients `redisCacheService` opened; each one's socket would keep the Jest
 * worker from exiting. Backstage's CacheManager cannot close its clients (a backend ends
 * with its process), so this asks its Redis store factory, which hands out a Keyv on the
 * manager's one client per plugin, for that client and disconnects it.
 */
export async function disconnectRedisCaches(): Promise<void> {
  const managers = openManagers.splice(0);
  await Promise.all(
    managers.map(manager => {
      const { storeFactories } = manager as unknown as {
        storeFactories: { redis: RedisStoreFactory };
      };
      return storeFactories.redis(PLUGIN_ID).disconnect();
    }),
  );
}
