import { Entity } from '@backstage/catalog-model';
import {
  LINK_TYPE_INCIDENT_RESPONSE,
  LINK_TYPE_ROTATION_GUIDE,
  problemWithDocsLink,
} from '@stagecraft/catalog-conventions-common';
import { REMEDIATION_LINK_TYPES } from '../remediationLinkTypes';

type Link = { url?: unknown; title?: unknown; type?: unknown };

/** Words that say a link is about rotating a secret or handling its leak. */
const REMEDIATION_WORDS =
  /rotat|run-?book|incident|playbook|leak|compromis|revo[ck]|breach|remediat|break-?glass/i;
const ROTATION_WORDS = /rotat|revo[ck]/i;

/** How a link was recognised as remediation docs. */
export type RemediationEvidence = 'type' | 'title' | 'url';

/** A metadata.links entry taken as remediation docs. */
export type RecognisedRemediationLink = {
  /** 0-based index in metadata.links. */
  index: number;
  url: string;
  title?: string;
  /** As written, trimmed; undefined when the link has none. */
  declaredType?: string;
  /** The declared type (lower case), else `suggestedType`. */
  type: string;
  /** `rotation-guide` when its title or URL is about rotation, else `incident-response`. */
  suggestedType: string;
  recognisedBy: RemediationEvidence;
  /** A page of this portal or an https URL (`problemWithDocsLink`). */
  usable: boolean;
};

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== ''
    ? value.trim()
    : undefined;
}

/** Separators read as `-`, so `Run book`, `run_book` and `runbook` all count. */
function words(value: string | undefined): string {
  return (value ?? '').replace(/[\s_./%+-]+/g, '-');
}

function evidenceOf(link: {
  type?: string;
  title?: string;
  url?: string;
}): RemediationEvidence | undefined {
  const type = link.type?.toLocaleLowerCase('en-US');
  if (
    type &&
    (REMEDIATION_LINK_TYPES.includes(type) ||
      REMEDIATION_WORDS.test(words(type)))
  ) {
    return 'type';
  }
  if (REMEDIATION_WORDS.test(words(link.title))) {
    return 'title';
  }
  if (REMEDIATION_WORDS.test(words(link.url))) {
    return 'url';
  }
  return undefined;
}

/**
 * The secret's links that are remediation docs: recognised from their type
 * (`rotation-guide`, `incident-response`, or one naming rotation, runbooks,
 * incidents, playbooks, leaks…), else from the same words in their title or
 * URL. The review page and the remediation-docs rule both read this.
 */
export function findRemediationLinks(
  entity: Entity,
  portalBaseUrl?: string,
): RecognisedRemediationLink[] {
  const links: unknown[] = Array.isArray(entity.metadata?.links)
    ? entity.metadata.links
    : [];
  return links.flatMap((raw, index) => {
    if (!raw || typeof raw !== 'object') {
      return [];
    }
    const link = raw as Link;
    const fields = {
      url: text(link.url),
      title: text(link.title),
      type: text(link.type),
    };
    const recognisedBy = evidenceOf(fields);
    if (!recognisedBy) {
      return [];
    }
    const suggestedType = ROTATION_WORDS.test(
      words(`${fields.title} ${fields.url}`),
    )
      ? LINK_TYPE_ROTATION_GUIDE
      : LINK_TYPE_INCIDENT_RESPONSE;
    return [
      {
        index,
        url: fields.url ?? '',
        ...(fields.title ? { title: fields.title } : {}),
        ...(fields.type ? { declaredType: fields.type } : {}),
        type: fields.type?.toLocaleLowerCase('en-US') ?? suggestedType,
        suggestedType,
        recognisedBy,
        usable:
          fields.url !== undefined &&
          !problemWithDocsLink(fields.url, portalBaseUrl),
      },
    ];
  });
}
