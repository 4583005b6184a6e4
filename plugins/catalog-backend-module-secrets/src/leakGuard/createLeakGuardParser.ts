import { Entity } from '@backstage/catalog-model';
import {
  CatalogProcessorEntityResult,
  CatalogProcessorParser,
  CatalogProcessorResult,
  parseEntityYaml,
  processingResult,
} from '@backstage/plugin-catalog-node';
import { ANNOTATION_LEAK_REPORT } from './annotations';
import { describeLeak, safeIdentity } from './describeLeak';
import { findLeaks } from './findLeaks';

/** What the catalog backend uses when no parser is set (it does not export it). */
export const defaultEntityDataParser: CatalogProcessorParser =
  async function* defaultParser({ data, location }) {
    yield* parseEntityYaml(data, location);
  };

/**
 * The stand-in for a refused entity: its identity and the refusal message,
 * nothing else. `SecretLeakGuardProcessor` fails its processing with that
 * message, so the error is recorded on the entity and published on the
 * catalog's error topic while the rest of the file is ingested.
 */
function quarantine(
  result: CatalogProcessorEntityResult,
): CatalogProcessorResult | undefined {
  const findings = findLeaks(result.entity);
  if (findings.length === 0) {
    return undefined;
  }
  const identity = safeIdentity(result.entity, findings);
  const message = describeLeak(identity, result.location, findings);
  if (!identity.kind || !identity.name) {
    // No identity to hang the error on: fail the file, as the catalog does
    // for any entity it cannot name.
    return processingResult.generalError(result.location, message);
  }
  const standIn: Entity = {
    apiVersion: identity.apiVersion ?? 'backstage.io/v1alpha1',
    kind: identity.kind,
    metadata: {
      name: identity.name,
      ...(identity.namespace ? { namespace: identity.namespace } : {}),
      annotations: { [ANNOTATION_LEAK_REPORT]: message },
    },
  };
  return processingResult.entity(result.location, standIn, {
    ...(result.locationKey !== undefined
      ? { locationKey: result.locationKey }
      : {}),
  });
}

function withoutReservedAnnotation(
  result: CatalogProcessorEntityResult,
): CatalogProcessorResult {
  const annotations = result.entity.metadata?.annotations;
  if (!annotations || !(ANNOTATION_LEAK_REPORT in annotations)) {
    return result;
  }
  const { [ANNOTATION_LEAK_REPORT]: _reserved, ...rest } = annotations;
  return {
    ...result,
    entity: {
      ...result.entity,
      metadata: { ...result.entity.metadata, annotations: rest },
    },
  };
}

/**
 * YAML syntax errors quote the offending source line, which may be the line
 * holding a secret. Keep the position, drop the quote.
 */
function withoutSourceExcerpt(
  result: CatalogProcessorResult,
): CatalogProcessorResult {
  if (result.type !== 'error' || !result.error.message.includes(':\n\n')) {
    return result;
  }
  const message = `${result.error.message.replace(
    /:\n\n[\s\S]*$/,
    '',
  )} (source excerpt withheld: it may contain a secret value)`;
  return processingResult.generalError(result.location, message);
}

/**
 * Wraps an entity data parser so that an entity containing something that
 * looks like a secret value never reaches the catalog's storage: the catalog
 * keeps a raw copy of every parsed entity (`refresh_state.unprocessed_entity`)
 * before any processor runs, so the check has to happen here.
 *
 * A flagged entity is replaced by a value-free stand-in that fails processing
 * with a message naming the file, the entity, the fields and the detectors.
 * The other entities of the file are ingested normally. (Emitting an error
 * result instead would fail the whole file: the catalog writes none of a
 * location's entities when its processing reports an error.)
 */
export function createLeakGuardParser(
  options: { parser?: CatalogProcessorParser } = {},
): CatalogProcessorParser {
  const inner = options.parser ?? defaultEntityDataParser;
  return async function* leakGuardParser(input) {
    for await (const result of inner(input)) {
      if (result.type === 'entity') {
        yield quarantine(result) ?? withoutReservedAnnotation(result);
      } else {
        yield withoutSourceExcerpt(result);
      }
    }
  };
}
