import { DEFAULT_NAMESPACE } from '@backstage/catalog-model';
import { LocationSpec } from '@backstage/plugin-catalog-common';
import { redactLocationRef } from '../locations/locationCredentials';

/**
 * A flagged field: a `findSecretValues` finding, or a location target with
 * credentials (`location-credentials`).
 */
export type LeakFinding = { path: string; detector: string };

/** The fields that make up an entity's identity, as `findSecretValues` names them. */
const IDENTITY_PATHS = {
  apiVersion: 'apiVersion',
  kind: 'kind',
  name: 'metadata.name',
  namespace: 'metadata.namespace',
} as const;

/**
 * The entity's identity where it can be told without repeating a secret: a
 * field that is missing, not a string, or itself flagged is left out.
 */
export type SafeIdentity = {
  apiVersion?: string;
  kind?: string;
  name?: string;
  namespace?: string;
};

function safeField(
  value: unknown,
  path: string,
  findings: LeakFinding[],
): string | undefined {
  if (typeof value !== 'string' || value === '') {
    return undefined;
  }
  return findings.some(finding => finding.path === path) ? undefined : value;
}

export function safeIdentity(
  entity: Record<string, any>,
  findings: LeakFinding[],
): SafeIdentity {
  const metadata =
    entity.metadata && typeof entity.metadata === 'object'
      ? entity.metadata
      : {};
  return {
    apiVersion: safeField(
      entity.apiVersion,
      IDENTITY_PATHS.apiVersion,
      findings,
    ),
    kind: safeField(entity.kind, IDENTITY_PATHS.kind, findings),
    name: safeField(metadata.name, IDENTITY_PATHS.name, findings),
    namespace: safeField(
      metadata.namespace,
      IDENTITY_PATHS.namespace,
      findings,
    ),
  };
}

/** `kind:namespace/name` with placeholders for what is unknown or withheld. */
export function describeEntity(identity: SafeIdentity): string {
  const kind = identity.kind?.toLocaleLowerCase('en-US') ?? '<unknown kind>';
  const namespace = identity.namespace ?? DEFAULT_NAMESPACE;
  const name = identity.name ?? '<unnamed or withheld>';
  return `${kind}:${namespace}/${name}`;
}

/**
 * The refusal message: names the file, the entity, every flagged field and
 * the detector that flagged it. Built only from field paths, detector ids and
 * the identity above, so it cannot contain the value.
 */
export function describeLeak(
  identity: SafeIdentity,
  location: LocationSpec,
  findings: LeakFinding[],
): string {
  const fields = findings
    .map(finding => `${finding.path} (${finding.detector})`)
    .join(', ');
  const count = findings.length === 1 ? 'a value' : `${findings.length} values`;
  return (
    `Refused ${describeEntity(identity)} from ${redactLocationRef(
      location,
    )}: ${count} that look${
      findings.length === 1 ? 's' : ''
    } like secret material at ${fields}. ` +
    'Secret values never belong in the catalog: keep the value in a secret store and name where it lives ' +
    '(stagecraft.io/secret-path), remove it from the file, and rotate it, since it is in the file history.'
  );
}
