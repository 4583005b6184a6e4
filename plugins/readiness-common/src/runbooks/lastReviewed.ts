/** When a runbook was last reviewed, as its front matter says. */
export type RunbookReview =
  | { lastReviewed: string }
  | { lastReviewed?: undefined; problem: string };

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;
const LAST_REVIEWED = /^last_reviewed:[ \t]*(.*?)[ \t]*$/m;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Reads `last_reviewed: YYYY-MM-DD` from a Markdown file's front matter, the field every
 * Stagecraft runbook carries (see docs/catalog-conventions.md).
 */
export function lastReviewedOf(markdown: string): RunbookReview {
  const frontMatter = FRONT_MATTER.exec(markdown)?.[1];
  const raw = frontMatter && LAST_REVIEWED.exec(frontMatter)?.[1];
  if (!raw) {
    return { problem: 'has no last_reviewed date in its front matter' };
  }
  const value = raw.replace(/^(['"])(.*)\1$/, '$2');
  const date = ISO_DATE.exec(value);
  if (!date || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) {
    return {
      problem: `has last_reviewed "${value}", which is not a date (YYYY-MM-DD)`,
    };
  }
  return { lastReviewed: value };
}

/** Whole days from `date` (YYYY-MM-DD, UTC) to `now`. */
export function daysSince(date: string, now: Date): number {
  return Math.floor(
    (now.getTime() - Date.parse(`${date}T00:00:00Z`)) / 86_400_000,
  );
}
