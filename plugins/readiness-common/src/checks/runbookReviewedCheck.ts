import { daysSince } from '../runbooks/lastReviewed';
import { techDocsRunbooksOf } from '../runbooks/runbookPages';
import { fail, pass, ReadinessCheck } from './types';

/**
 * Runbooks in the portal's docs say when they were last reviewed (`last_reviewed` in their
 * front matter); one not reviewed within `runbookReviewMaxAgeDays` fails.
 */
export const runbookReviewedCheck: ReadinessCheck = {
  id: 'runbook-reviewed',
  evaluate(entity, { config, runbooks, now = new Date() }) {
    const maxAgeDays = config.runbookReviewMaxAgeDays;
    const inPortal = techDocsRunbooksOf(entity, config.portalBaseUrl);
    if (inPortal.length === 0) {
      return pass(
        'No runbook in the portal: review dates are read from TechDocs runbooks only.',
      );
    }
    if (!runbooks) {
      return pass('Runbook pages not read here; the portal checks them.');
    }
    const stale: string[] = [];
    const reviewed: Array<{ name: string; date: string; days: number }> = [];
    const unknown: string[] = [];
    for (const { path, title, page } of inPortal) {
      const name = title ?? path;
      const facts = runbooks.factsOf(page);
      if (!facts) {
        unknown.push(name);
      } else if (facts.exists && facts.review) {
        const { review } = facts;
        if (review.lastReviewed === undefined) {
          stale.push(`${name} (${facts.source}) ${review.problem}`);
        } else {
          const days = daysSince(review.lastReviewed, now);
          if (days > maxAgeDays) {
            stale.push(
              `${name} was last reviewed on ${review.lastReviewed}, ${days} days ago`,
            );
          }
          reviewed.push({ name, date: review.lastReviewed, days });
        }
      }
    }
    const oldest = [...reviewed].sort((a, b) => b.days - a.days)[0];
    const details = oldest
      ? { lastReviewed: oldest.date, daysSinceReview: oldest.days, maxAgeDays }
      : undefined;
    if (stale.length > 0) {
      return fail(
        `Runbook not reviewed in the last ${maxAgeDays} days: ${stale.join(
          '; ',
        )}.`,
        `Review the runbook with whoever is paged, then set last_reviewed: ${now
          .toISOString()
          .slice(0, 10)} in its front matter.`,
        details ? { details } : undefined,
      );
    }
    if (!oldest) {
      return pass(
        `Review date not known yet: ${unknown.join(', ') || 'no page found'}.`,
        unknown.length
          ? { notes: [`Could not read ${unknown.join(', ')}.`] }
          : undefined,
      );
    }
    return pass(
      `Runbook reviewed ${oldest.days} days ago (${oldest.date}): ${oldest.name}.`,
      {
        details: details!,
        ...(unknown.length
          ? { notes: [`Could not read ${unknown.join(', ')}.`] }
          : {}),
      },
    );
  },
};
