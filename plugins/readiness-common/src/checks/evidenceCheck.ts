import { Entity } from '@backstage/catalog-model';
import { annotationOf } from '@stagecraft/catalog-conventions-common';
import { linksOfType } from '../catalog/links';
import { fail, pass, ReadinessCheck } from './types';

/** Days before now an evidence check looks back when no campaign gives it a window. */
export const DEFAULT_EVIDENCE_WINDOW_DAYS = 90;

/** What an evidence check looks for: a dated link of one type, or a date annotation. */
export type EvidenceKind = {
  id: string;
  /** What was done, in a sentence: `load test`. */
  what: string;
  linkType: string;
  annotation: string;
};

type Dated = { date: string; source: string };

const DATE = /(\d{4}-\d{2}-\d{2})/;

function validDate(text: string): string | undefined {
  const match = DATE.exec(text)?.[1];
  return match && !Number.isNaN(Date.parse(`${match}T00:00:00Z`))
    ? match
    : undefined;
}

/** Every dated piece of evidence on the entity, and the undated links (which cannot count). */
export function evidenceOf(
  entity: Entity,
  kind: EvidenceKind,
): { dated: Dated[]; undated: string[]; invalid?: string } {
  const dated: Dated[] = [];
  const undated: string[] = [];
  for (const link of linksOfType(entity, kind.linkType)) {
    const date = validDate(link.title ?? '') ?? validDate(link.url);
    const source = `metadata.links[${link.index}]`;
    if (date) dated.push({ date, source });
    else undated.push(source);
  }
  const annotated = annotationOf(entity, kind.annotation);
  let invalid: string | undefined;
  if (annotated) {
    const date = /^\d{4}-\d{2}-\d{2}$/.test(annotated)
      ? validDate(annotated)
      : undefined;
    if (date) dated.push({ date, source: kind.annotation });
    else
      invalid = `${kind.annotation} is "${annotated}", not a date (YYYY-MM-DD)`;
  }
  return { dated, undated, invalid };
}

const day = (date: Date) => date.toISOString().slice(0, 10);

/**
 * A check that passes when the entity shows evidence (a dated link or a date annotation) of
 * work done within the window: a campaign's start date to its deadline, or else the last
 * {@link DEFAULT_EVIDENCE_WINDOW_DAYS} days.
 */
export function evidenceCheck(kind: EvidenceKind): ReadinessCheck {
  return {
    id: kind.id,
    evaluate(entity, { window, now = new Date() }) {
      const from =
        window?.from ??
        new Date(now.getTime() - DEFAULT_EVIDENCE_WINDOW_DAYS * 86_400_000);
      const to = window?.to ?? now;
      const fromDay = day(from);
      const toDay = day(to);
      const span = `${fromDay} to ${toDay}`;
      const { dated, undated, invalid } = evidenceOf(entity, kind);
      const inWindow = dated
        .filter(e => e.date >= fromDay && e.date <= toDay)
        .sort((a, b) => b.date.localeCompare(a.date));
      if (inWindow.length > 0) {
        const [newest] = inWindow;
        return pass(
          `Last ${kind.what} on ${newest.date} (${newest.source}), within ${span}.`,
          {
            details: {
              lastDate: newest.date,
              windowFrom: fromDay,
              windowTo: toDay,
            },
          },
        );
      }
      const newest = [...dated].sort((a, b) => b.date.localeCompare(a.date))[0];
      const problems = [
        newest
          ? `the last ${kind.what} recorded was on ${newest.date} (${newest.source})`
          : `no ${kind.what} is recorded`,
        ...(undated.length
          ? [
              `${undated.join(', ')} of type ${
                kind.linkType
              } has no date in its title or URL`,
            ]
          : []),
        ...(invalid ? [invalid] : []),
      ];
      return fail(
        `No ${kind.what} within ${span}: ${problems.join('; ')}.`,
        `Run a ${kind.what}, then link its report with type ${kind.linkType} and the date (YYYY-MM-DD) in the title, or set ${kind.annotation}: <date>.`,
        { details: { windowFrom: fromDay, windowTo: toDay } },
      );
    },
  };
}
