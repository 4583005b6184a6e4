import {
  createBackendModule,
  ExtensionPoint,
  ServiceRef,
} from '@backstage/backend-plugin-api';

type Deps = { [name in string]: ServiceRef<unknown> | ExtensionPoint<unknown> };

/** What `init` is handed for `deps`: each service or extension point's instance. */
type Instances<TDeps extends Deps> = {
  [name in keyof TDeps]: TDeps[name] extends ServiceRef<
    unknown,
    'root' | 'plugin',
    'multiton'
  >
    ? Array<TDeps[name]['T']>
    : TDeps[name]['T'];
};

/**
 * A backend module of `pluginId` that only runs `init` with `deps`: how a test hooks into
 * a plugin (adds a reader, subscribes to a topic, sets a policy).
 */
export function initModule<TDeps extends Deps>(
  ids: { pluginId: string; moduleId: string },
  deps: TDeps,
  init: (instances: Instances<TDeps>) => Promise<void>,
) {
  return createBackendModule({
    ...ids,
    register(reg) {
      reg.registerInit({ deps, init });
    },
  });
}
