import { findSecretValues } from '@stagecraft/plugin-secrets-common';
import { findLocationCredentials } from '../locations/locationCredentials';
import { LeakFinding } from './describeLeak';

/** `spec.target` and `spec.targets[i]` of a Location entity that carry credentials. */
function findCredentialedTargets(entity: Record<string, any>): LeakFinding[] {
  if (entity?.kind !== 'Location' || typeof entity.spec !== 'object') {
    return [];
  }
  const { target, targets } = entity.spec ?? {};
  const candidates: Array<[string, unknown]> = [
    ['spec.target', target],
    ...(Array.isArray(targets)
      ? targets.map((t, i): [string, unknown] => [`spec.targets[${i}]`, t])
      : []),
  ];
  return candidates
    .filter(
      ([, value]) =>
        typeof value === 'string' && findLocationCredentials(value).length > 0,
    )
    .map(([path]) => ({ path, detector: 'location-credentials' }));
}

/**
 * Everything the leak guard refuses in an entity: values that look like
 * secret material, and Location targets with credentials (which the catalog
 * would store as location refs on every entity they produce).
 */
export function findLeaks(entity: unknown): LeakFinding[] {
  const findings: LeakFinding[] = findSecretValues(entity);
  const known = new Set(findings.map(finding => finding.path));
  return findings.concat(
    findCredentialedTargets(entity as Record<string, any>).filter(
      finding => !known.has(finding.path),
    ),
  );
}
