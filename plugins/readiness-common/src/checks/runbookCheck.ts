import { Entity } from '@backstage/catalog-model';
import { LINK_TYPE_RUNBOOK } from '@stagecraft/catalog-conventions-common';
import { problemWithDocsLink } from '@stagecraft/catalog-conventions-common';
import { linksOfType } from '../catalog/links';
import { RunbookPages, techDocsRunbooksOf } from '../runbooks/runbookPages';
import { markdownSourcesOf } from '../runbooks/techDocsPage';
import { fail, pass, ReadinessCheck } from './types';

/** The TechDocs runbooks whose page the docs do not have, described for the reason. */
function missingPages(
  entity: Entity,
  portalBaseUrl: string | undefined,
  pages: RunbookPages | undefined,
): string[] {
  if (!pages) return [];
  return techDocsRunbooksOf(entity, portalBaseUrl).flatMap(({ path, page }) => {
    if (pages.factsOf(page)?.exists !== false) return [];
    const files = markdownSourcesOf(page.page).join(' or ');
    return [`${path} (no ${files} in the docs of ${page.entityRef})`];
  });
}

export const runbookCheck: ReadinessCheck = {
  id: 'runbook',
  evaluate(entity, context) {
    const { config } = context;
    const runbooks = linksOfType(entity, LINK_TYPE_RUNBOOK);
    const pages = context.runbooks;
    if (runbooks.length === 0) {
      return fail(
        'No runbook: metadata.links has no entry of type runbook.',
        'Write a runbook for whoever is paged and link it in metadata.links with type: runbook.',
      );
    }
    const malformed = runbooks.flatMap(link => {
      const problem = problemWithDocsLink(link.url, config.portalBaseUrl);
      return problem ? [`metadata.links[${link.index}] ${problem}`] : [];
    });
    if (malformed.length > 0) {
      return fail(
        `Runbook links must be portal pages or https URLs: ${malformed.join(
          '; ',
        )}.`,
        'Point the runbook link at its page in the portal (/docs/...) or at an absolute https URL without credentials.',
      );
    }
    const missing = missingPages(entity, config.portalBaseUrl, pages);
    if (missing.length > 0) {
      return fail(
        `Runbook page not found in the portal's docs: ${missing.join('; ')}.`,
        'Write the page in the docs folder beside the catalog YAML, or fix the link.',
      );
    }
    const names = runbooks.map(link => link.title ?? link.url);
    return pass(
      runbooks.length === 1
        ? `Runbook linked: ${names[0]}.`
        : `${runbooks.length} runbooks linked: ${names.join(', ')}.`,
    );
  },
};
