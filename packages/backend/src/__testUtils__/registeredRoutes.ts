import { Server } from 'http';

type Layer = {
  route?: { path: string | string[]; methods: Record<string, boolean> };
  handle: { stack?: Layer[] };
  regexp: RegExp & { fast_slash?: boolean };
};

/** The fixed path an express `use()` layer is mounted on, from its regexp; '' for none. */
function mountPathOf(layer: Layer): string {
  if (layer.regexp.fast_slash) return '';
  const match = layer.regexp.source
    .replace('\\/?(?=\\/|$)', '')
    .match(/^\^((?:\\\/[\w.-]+)+)$/);
  if (!match) {
    throw new Error(
      `Cannot read the mount path of an express layer from ${layer.regexp}`,
    );
  }
  return match[1].replace(/\\\//g, '/');
}

function collect(stack: Layer[], prefix: string, into: string[]) {
  for (const layer of stack) {
    if (layer.route) {
      const paths = ([] as string[]).concat(layer.route.path);
      for (const method of Object.keys(layer.route.methods)) {
        for (const path of paths) {
          into.push(`${method.toUpperCase()} ${prefix}${path}`);
        }
      }
    } else if (layer.handle.stack) {
      collect(layer.handle.stack, prefix + mountPathOf(layer), into);
    }
  }
}

/**
 * Every route registered on the server's express app, as `GET /api/x/y/:id`,
 * found by walking the routers' stacks (express 4).
 */
export function registeredRoutes(server: Server): string[] {
  const [app] = server.listeners('request') as Array<{
    _router?: { stack: Layer[] };
  }>;
  if (!app?._router) {
    throw new Error('The test server does not serve an express app');
  }
  const routes: string[] = [];
  collect(app._router.stack, '', routes);
  return [...new Set(routes)].sort();
}
