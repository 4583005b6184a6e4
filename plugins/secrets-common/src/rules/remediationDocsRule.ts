import { Entity } from '@backstage/catalog-model';
import { REMEDIATION_LINK_TYPES } from '../model';
import { RuleViolation, SecretRule } from './types';

type Link = { url?: unknown; title?: unknown; type?: unknown };

const LOOKS_LIKE_REMEDIATION = /rotat|incident|leak|compromis|revok|runbook/i;

function isRemediationType(type: unknown): boolean {
  return (
    typeof type === 'string' &&
    REMEDIATION_LINK_TYPES.includes(type.trim().toLocaleLowerCase('en-US'))
  );
}

function isHttpsUrl(url: unknown): boolean {
  if (typeof url !== 'string') {
    return false;
  }
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === 'https:' && parsed.hostname !== '';
  } catch {
    return false;
  }
}

function describeLink(link: Link): string {
  return typeof link.title === 'string' && link.title.trim()
    ? `"${link.title.trim()}"`
    : String(link.url);
}

const TYPES = REMEDIATION_LINK_TYPES.join(' or ');

function check(secret: Entity): RuleViolation[] {
  const field = 'metadata.links';
  const links: Link[] = Array.isArray(secret.metadata?.links)
    ? (secret.metadata.links as Link[]).filter(l => l && typeof l === 'object')
    : [];
  const remediation = links.filter(link => isRemediationType(link.type));

  if (remediation.some(link => isHttpsUrl(link.url))) {
    return [];
  }
  if (remediation.length > 0) {
    return [
      {
        field,
        message: `The secret's remediation links (${remediation
          .map(describeLink)
          .join(', ')}) do not have an https URL.`,
        fix: 'Point the rotation-guide or incident-response link at an https:// page.',
      },
    ];
  }
  const untyped = links.filter(
    link =>
      !link.type &&
      (LOOKS_LIKE_REMEDIATION.test(String(link.title ?? '')) ||
        LOOKS_LIKE_REMEDIATION.test(String(link.url ?? ''))),
  );
  if (untyped.length > 0) {
    return [
      {
        field,
        message: `The secret has no link of type ${TYPES}; ${untyped
          .map(describeLink)
          .join(', ')} looks like one but has no type.`,
        fix: `Set "type: rotation-guide" (or "type: incident-response") on ${untyped
          .map(describeLink)
          .join(', ')}.`,
      },
    ];
  }
  return [
    {
      field,
      message: `The secret has no remediation docs: no metadata.links entry of type ${TYPES}.`,
      fix: 'Add a metadata.links entry with "type: rotation-guide" pointing at how to rotate this secret, and one with "type: incident-response" for what to do if it leaks.',
    },
  ];
}

export const remediationDocsRule: SecretRule = {
  id: 'remediation-docs',
  description: `At least one metadata.links entry whose type is ${TYPES} (case-insensitive) and whose url is https.`,
  needsCatalog: false,
  check,
};
