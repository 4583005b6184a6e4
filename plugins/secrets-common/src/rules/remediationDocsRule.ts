import { Entity } from '@backstage/catalog-model';
import { REMEDIATION_LINK_TYPES } from '../remediationLinkTypes';
import {
  findRemediationLinks,
  RecognisedRemediationLink,
} from './remediationLinks';
import { RuleContext, RuleViolation, SecretRule } from './types';

const field = 'metadata.links';
const TYPES = REMEDIATION_LINK_TYPES.join(' or ');

function describeLink(link: RecognisedRemediationLink): string {
  return link.title ? `"${link.title}"` : link.url || `entry ${link.index}`;
}

function check(secret: Entity, context: RuleContext): RuleViolation[] {
  const links = findRemediationLinks(secret, context.config.portalBaseUrl);
  const usable = links.filter(link => link.usable);

  if (usable.some(link => link.recognisedBy === 'type')) {
    return [];
  }
  if (usable.length > 0) {
    const link = usable[0];
    return [
      {
        field: `${field}[${link.index}]`,
        maxSeverity: 'info',
        message: `${describeLink(
          link,
        )} is taken as the secret's remediation docs from its ${
          link.recognisedBy
        }; ${
          link.declaredType
            ? `its type "${link.declaredType}" does not say so`
            : 'it has no type'
        }.`,
        fix: `Set "type: ${link.suggestedType}" on ${describeLink(
          link,
        )} so that every tool recognises it.`,
      },
    ];
  }
  if (links.length > 0) {
    return [
      {
        field,
        message: `The secret's remediation links (${links
          .map(describeLink)
          .join(', ')}) are neither portal pages nor https URLs.`,
        fix: 'Point the rotation-guide or incident-response link at its runbook in the portal (/docs/...) or at an https:// page.',
      },
    ];
  }
  return [
    {
      field,
      message: `The secret has no remediation docs: no metadata.links entry of type ${TYPES}, nor one whose title or URL is about rotation, runbooks, incidents or leaks.`,
      fix: 'Add a metadata.links entry with "type: rotation-guide" pointing at how to rotate this secret, and one with "type: incident-response" for what to do if it leaks.',
    },
  ];
}

export const remediationDocsRule: SecretRule = {
  id: 'remediation-docs',
  severity: 'error',
  description: `At least one remediation link to a portal page (/docs/...) or an https URL: a metadata.links entry whose type is ${TYPES} (case-insensitive) or names rotation, runbooks, incidents, playbooks or leaks, or, without a type, whose title or URL does. A link recognised without a type gets an info hint to set one.`,
  needsCatalog: false,
  check,
};
