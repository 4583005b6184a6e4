import { stringifyEntityRef } from '@backstage/catalog-model';
import {
  ANNOTATION_ONCALL_CONTACT,
  isKind,
  LINK_TYPE_ONCALL,
  oncallContactOf,
  problemWithDocsLink,
} from '@stagecraft/catalog-conventions-common';
import { linksOfType } from '../catalog/links';
import { resolveOwner } from './resolveOwner';
import { fail, pass, ReadinessCheck } from './types';

export const oncallContactCheck: ReadinessCheck = {
  id: 'oncall-contact',
  evaluate(entity, { catalog, config }) {
    const owner = resolveOwner(entity, catalog);
    if (owner.status !== 'resolved') {
      return fail(
        'The owner does not resolve to a Group in the catalog, so there is no on-call contact to find.',
        'Fix spec.owner first (see the owner check).',
      );
    }
    const { ref: groupRef, group } = owner;
    const problems: string[] = [];
    const fixes: string[] = [];

    const contact = oncallContactOf(group);
    let contactRef: string | undefined;
    if (!contact) {
      problems.push(
        `${groupRef} has no ${ANNOTATION_ONCALL_CONTACT} annotation.`,
      );
      fixes.push(
        `Add ${ANNOTATION_ONCALL_CONTACT}: user:default/<name> to ${groupRef}.`,
      );
    } else if (!contact.ref) {
      problems.push(
        `${groupRef} annotation ${ANNOTATION_ONCALL_CONTACT} "${contact.raw}" is not a valid entity ref.`,
      );
      fixes.push(`Set ${ANNOTATION_ONCALL_CONTACT} to user:default/<name>.`);
    } else {
      contactRef = stringifyEntityRef(contact.ref);
      const user = catalog.getEntity(contact.ref);
      if (!user) {
        problems.push(
          `The on-call contact ${contactRef} named by ${groupRef} does not exist in the catalog.`,
        );
        fixes.push(`Point ${ANNOTATION_ONCALL_CONTACT} at an existing User.`);
      } else if (!isKind(user, 'user')) {
        problems.push(
          `The on-call contact ${contactRef} named by ${groupRef} is a ${user.kind}, not a User.`,
        );
        fixes.push(`Point ${ANNOTATION_ONCALL_CONTACT} at a User.`);
      }
    }

    const schedules = linksOfType(group, LINK_TYPE_ONCALL);
    const goodSchedules = schedules.filter(
      l => !problemWithDocsLink(l.url, config.portalBaseUrl),
    );
    if (schedules.length === 0) {
      problems.push(
        `${groupRef} links no on-call schedule (a link of type oncall).`,
      );
      fixes.push(
        `Add the on-call schedule to ${groupRef} as a link with type: oncall.`,
      );
    } else if (goodSchedules.length === 0) {
      const first = schedules[0];
      problems.push(
        `${groupRef} metadata.links[${
          first.index
        }] (type oncall) ${problemWithDocsLink(
          first.url,
          config.portalBaseUrl,
        )}.`,
      );
      fixes.push('Make the on-call schedule link an https URL.');
    }

    if (problems.length > 0) {
      return fail(problems.join(' '), fixes.join(' '));
    }
    return pass(
      `${groupRef} names on-call contact ${contactRef} and links its on-call schedule.`,
      {
        details: {
          ownerRef: groupRef,
          oncallContactRef: contactRef!,
          oncallScheduleUrl: goodSchedules[0].url,
        },
      },
    );
  },
};
