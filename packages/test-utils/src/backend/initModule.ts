import {
  createBackendModule,
  ExtensionPoint,
  ServiceRef,
} from '@backstage/backend-plugin-api';

/** The services and extension points a module's `init` needs, by name. */
export type InitModuleDeps = {
  [name in string]: ServiceRef<unknown> | ExtensionPoint<unknown>;
};

/** What `init` is handed for `deps`: each service or extension point's instance. */
export type InitModuleInstances<TDeps extends InitModuleDeps> = {
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
export function initModule<TDeps extends InitModuleDeps>(
  ids: { pluginId: string; moduleId: string },
  deps: TDeps,
  init: (instances: InitModuleInstances<TDeps>) => Promise<void>,
) {
  return createBackendModule({
    ...ids,
    register(reg) {
      reg.registerInit({ deps, init });
    },
  });
}
