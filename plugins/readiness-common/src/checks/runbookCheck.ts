import { LINK_TYPE_RUNBOOK } from '@stagecraft/catalog-conventions-common';
import { linksOfType, problemWithHttpsUrl } from '../catalog/links';
import { fail, pass, ReadinessCheck } from './types';

export const runbookCheck: ReadinessCheck = {
  id: 'runbook',
  evaluate(entity) {
    const runbooks = linksOfType(entity, LINK_TYPE_RUNBOOK);
    if (runbooks.length === 0) {
      return fail(
        'No runbook: metadata.links has no entry of type runbook.',
        'Write a runbook for whoever is paged and link it in metadata.links with type: runbook.',
      );
    }
    const malformed = runbooks.flatMap(link => {
      const problem = problemWithHttpsUrl(link.url);
      return problem ? [`metadata.links[${link.index}] ${problem}`] : [];
    });
    if (malformed.length > 0) {
      return fail(
        `Runbook links must be https URLs: ${malformed.join('; ')}.`,
        'Fix the runbook link so that it is an absolute https URL without credentials.',
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
