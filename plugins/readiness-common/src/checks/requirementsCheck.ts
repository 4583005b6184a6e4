import { Entity } from '@backstage/catalog-model';
import {
  annotationOf,
  problemWithDocsLink,
} from '@stagecraft/catalog-conventions-common';
import { linksOfType } from '../catalog/links';
import { CheckDefinition } from '../types';
import { CheckOutcome, fail, pass } from './types';

/** Evaluates a check defined in app-config through `require`. */
export function evaluateRequirements(
  entity: Entity,
  definition: CheckDefinition,
  portalBaseUrl?: string,
): CheckOutcome {
  const { annotations = [], linkTypes = [] } = definition.require ?? {};
  const problems: string[] = [];
  const missingAnnotations = annotations.filter(
    name => annotationOf(entity, name) === undefined,
  );
  if (missingAnnotations.length > 0) {
    problems.push(`Missing annotation ${missingAnnotations.join(', ')}.`);
  }
  for (const type of linkTypes) {
    const links = linksOfType(entity, type);
    if (links.length === 0) {
      problems.push(`No link of type ${type} in metadata.links.`);
    } else if (
      links.every(link => problemWithDocsLink(link.url, portalBaseUrl))
    ) {
      problems.push(
        `No link of type ${type} is a portal page or a well-formed https URL.`,
      );
    }
  }
  if (problems.length > 0) {
    return fail(
      problems.join(' '),
      `Add what ${definition.title} requires: ${[
        ...annotations.map(a => `annotation ${a}`),
        ...linkTypes.map(t => `a link of type ${t}`),
      ].join(', ')}.`,
    );
  }
  return pass(
    `Has ${[
      ...annotations.map(a => `annotation ${a}`),
      ...linkTypes.map(t => `a link of type ${t}`),
    ].join(', ')}.`,
  );
}
