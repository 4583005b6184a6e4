import { stringifyLocationRef } from '@backstage/catalog-model';

/**
 * Query parameters that carry credentials in URLs: tokens, signed-URL
 * signatures (Azure SAS `sig`, AWS `X-Amz-*`, GCS `X-Goog-*`), API keys and
 * passwords. Matched case-insensitively against the whole parameter name.
 */
const CREDENTIAL_PARAMETER =
  /^(sig|signature|key|api[-_]?key|auth|pwd|pass|x-(amz|goog)-(signature|credential|security-token))$|token|secret|passw(or)?d|credential/i;

const WITHHELD = '***';

function parseUrl(target: string): URL | undefined {
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(target)) {
    return undefined;
  }
  try {
    return new URL(target);
  } catch {
    return undefined;
  }
}

/**
 * The credentials a location target carries, described without their values:
 * `user-info` and `query parameter 'token'`. Empty when there are none.
 */
export function findLocationCredentials(target: string): string[] {
  const url = parseUrl(target);
  if (!url) {
    // Not a URL the catalog could read; a `user:secret@host` inside it is
    // still refused.
    return /\/\/[^/\s]*@/.test(target) ? ['user-info'] : [];
  }
  const found = url.username || url.password ? ['user-info'] : [];
  const parameters = new Set(url.searchParams.keys());
  for (const parameter of parameters) {
    if (CREDENTIAL_PARAMETER.test(parameter)) {
      found.push(`query parameter '${parameter}'`);
    }
  }
  return found;
}

/**
 * The target with its user-info, query string and fragment withheld, so that
 * it can be printed or stored: `https://***@host/path?***`.
 */
export function redactLocationTarget(target: string): string {
  const url = parseUrl(target);
  if (!url) {
    return target
      .replace(/\/\/[^/\s]*@/, `//${WITHHELD}@`)
      .replace(/([?#]).*$/s, `$1${WITHHELD}`);
  }
  const userInfo = url.username || url.password ? `${WITHHELD}@` : '';
  const query = url.search ? `?${WITHHELD}` : '';
  const fragment = url.hash ? `#${WITHHELD}` : '';
  return `${url.protocol}//${userInfo}${url.host}${url.pathname}${query}${fragment}`;
}

/** `type:target` with the target redacted, for messages. */
export function redactLocationRef(location: {
  type: string;
  target: string;
}): string {
  return stringifyLocationRef({
    type: location.type,
    target: redactLocationTarget(location.target),
  });
}

/**
 * Why a location target is refused, or undefined when it carries no
 * credentials. Names the problem and the redacted target, never the value.
 */
export function describeLocationCredentials(location: {
  type: string;
  target: string;
}): string | undefined {
  const found = findLocationCredentials(location.target);
  if (found.length === 0) {
    return undefined;
  }
  return (
    `Location ${redactLocationRef(location)} carries credentials in its ` +
    `${found.join(', ')}; configure an integration token instead ` +
    '(integrations.<host> in app-config) and remove the credentials from the target'
  );
}
