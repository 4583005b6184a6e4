import {
  HttpRouterService,
  RootConfigService,
} from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import { describeLocationCredentials } from './locationCredentials';

type Handler = Parameters<HttpRouterService['use']>[0];
type HandlerArgs = Parameters<Handler>;

/** Where a catalog route's JSON body holds a location `{ type, target }`. */
type LocationField = (body: any) => unknown;

function locationFieldOf(
  method: string,
  path: string,
): LocationField | undefined {
  if (method === 'POST' && /^\/locations\/?$/.test(path)) {
    return body => body;
  }
  if (method === 'PUT' && /^\/locations\/[^/]+\/?$/.test(path)) {
    return body => body;
  }
  if (method === 'POST' && /^\/analyze-location\/?$/.test(path)) {
    return body => body?.location;
  }
  return undefined;
}

/** A location request is a few hundred bytes; refuse to buffer more than this. */
const MAX_LOCATION_BODY_BYTES = 1024 * 1024;

function isLocation(value: unknown): value is { type: string; target: string } {
  const candidate = value as { type?: unknown; target?: unknown } | undefined;
  return (
    typeof candidate?.type === 'string' && typeof candidate?.target === 'string'
  );
}

async function readJsonBody(req: HandlerArgs[0]): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > MAX_LOCATION_BODY_BYTES) {
      throw new InputError('Location request body is too large');
    }
    chunks.push(Buffer.from(chunk));
  }
  const text = Buffer.concat(chunks).toString('utf8');
  return text.trim() ? JSON.parse(text) : {};
}

/**
 * Refuses to register (create, update, dry-run or analyze) a location whose
 * target carries credentials, before the catalog stores, logs or audits it.
 * Mounted on the catalog's own router, ahead of the catalog's routes.
 *
 * The body is parsed here and marked parsed (`_body`, as body-parser does)
 * so that the catalog's JSON parser uses it instead of reading the stream
 * again.
 */
export function createCredentialedLocationGuard(): Handler {
  return async function credentialedLocationGuard(req, _res, next) {
    const isJson = String(req.headers['content-type'] ?? '').includes('json');
    const locationField = locationFieldOf(req.method, req.path);
    if (!isJson || !locationField) {
      next();
      return;
    }
    try {
      const parsed = req.body ?? (await readJsonBody(req));
      const request = req as typeof req & { _body?: boolean };
      request.body = parsed;
      request._body = true;
      const location = locationField(parsed);
      const refusal = isLocation(location)
        ? describeLocationCredentials(location)
        : undefined;
      next(refusal ? new InputError(refusal) : undefined);
    } catch (error) {
      // Malformed JSON or an oversized body: nothing was stored.
      next(
        error instanceof InputError
          ? error
          : new InputError('Request body is not valid JSON'),
      );
    }
  };
}

/**
 * Fails backend start-up when a `catalog.locations` entry of app-config
 * carries credentials; the message names the location with them withheld.
 */
export function assertConfigLocationsWithoutCredentials(
  config: RootConfigService,
) {
  const refusals = (config.getOptionalConfigArray('catalog.locations') ?? [])
    .map(location =>
      describeLocationCredentials({
        type: location.getString('type'),
        target: location.getString('target'),
      }),
    )
    .filter((refusal): refusal is string => Boolean(refusal));
  if (refusals.length > 0) {
    throw new Error(
      `catalog.locations in app-config: ${refusals.join('; ')}. ` +
        'The catalog is not started with credentials in a location target.',
    );
  }
}
