import { buildReadinessCatalogView } from '../catalog/catalogView';
import { DEFAULT_READINESS_RULES_CONFIG } from '../config/defaults';
import { loadRunbookPages, RunbookSource } from '../runbooks/runbookPages';
import { runCheck } from '../__testUtils__/check';
import { component, group, user } from '../__testUtils__/entities';
import { runbookCheck } from './runbookCheck';
import { runbookReviewedCheck } from './runbookReviewedCheck';
import { ReadinessCheck } from './types';

const NOW = new Date('2026-12-05T12:00:00Z');
const SITE = 'system:default/reviews';

/** A docs site of `system:default/reviews`, as files under its docs folder. */
function site(files: Record<string, string>): RunbookSource {
  return {
    async readMarkdown(entityRef, file) {
      if (entityRef !== SITE) throw new Error(`no docs for ${entityRef}`);
      return files[file];
    },
  };
}

const reviewed = (date: string) =>
  `---\nlast_reviewed: ${date}\n---\n# Runbook\n`;

async function judge(
  check: ReadinessCheck,
  urls: string[],
  source: RunbookSource,
  config = DEFAULT_READINESS_RULES_CONFIG,
) {
  const entity = component('moderation', {
    links: urls.map((url, i) => ({
      url,
      title: `Runbook ${i}`,
      type: 'runbook',
    })),
  });
  const runbooks = await loadRunbookPages([entity], source);
  const definition = config.checks.find(c => c.id === check.id)!;
  return check.evaluate(entity, {
    catalog: buildReadinessCatalogView([entity, group(), user()]),
    config,
    definition,
    runbooks,
    now: NOW,
  });
}

describe('runbook-reviewed check', () => {
  it('passes a runbook reviewed within 180 days, with the date for the on-call card', async () => {
    const outcome = await judge(
      runbookReviewedCheck,
      ['/docs/default/system/reviews/moderation/'],
      site({ 'moderation.md': reviewed('2026-11-20') }),
    );
    expect(outcome).toEqual({
      status: 'pass',
      reason: 'Runbook reviewed 15 days ago (2026-11-20): Runbook 0.',
      details: {
        lastReviewed: '2026-11-20',
        daysSinceReview: 15,
        maxAgeDays: 180,
      },
    });
  });

  it('fails a runbook reviewed longer ago than maxAgeDays, or without a date, with the fix', async () => {
    const outcome = await judge(
      runbookReviewedCheck,
      [
        '/docs/default/system/reviews/moderation/',
        '/docs/default/system/reviews/aurora/#failover',
      ],
      site({
        'moderation.md': reviewed('2026-05-01'),
        'aurora/index.md': '# Aurora\n',
      }),
    );
    expect(outcome.status).toBe('fail');
    expect(outcome.reason).toBe(
      'Runbook not reviewed in the last 180 days: Runbook 0 was last reviewed on 2026-05-01, 218 days ago; Runbook 1 (aurora/index.md) has no last_reviewed date in its front matter.',
    );
    expect(outcome.fix).toBe(
      'Review the runbook with whoever is paged, then set last_reviewed: 2026-12-05 in its front matter.',
    );
  });

  it('takes maxAgeDays from config', async () => {
    const config = {
      ...DEFAULT_READINESS_RULES_CONFIG,
      runbookReviewMaxAgeDays: 10,
    };
    const outcome = await judge(
      runbookReviewedCheck,
      ['/docs/default/system/reviews/moderation/'],
      site({ 'moderation.md': reviewed('2026-11-20') }),
      config,
    );
    expect(outcome.status).toBe('fail');
  });

  it.each([
    [
      'runbooks outside the portal, whose review date cannot be read',
      'https://wiki.example.com/moderation',
      { reason: expect.stringContaining('TechDocs runbooks only') },
    ],
    [
      'when the docs cannot be read, and says so',
      '/docs/default/system/other/page/',
      { notes: ['Could not read Runbook 0.'] },
    ],
  ])('passes %s', async (_what, url, expected) => {
    const outcome = await judge(runbookReviewedCheck, [url], site({}));
    expect(outcome).toMatchObject({ status: 'pass', ...expected });
  });
});

describe('runbook check on TechDocs runbooks', () => {
  it('fails a runbook link to a page the docs do not have, naming the files looked for', async () => {
    const outcome = await judge(
      runbookCheck,
      [
        '/docs/default/system/reviews/moderation/',
        '/docs/default/system/reviews/gone/',
      ],
      site({ 'moderation.md': reviewed('2026-11-20') }),
    );
    expect(outcome.status).toBe('fail');
    expect(outcome.reason).toBe(
      "Runbook page not found in the portal's docs: /docs/default/system/reviews/gone/ (no gone.md or gone/index.md or gone/README.md in the docs of system:default/reviews).",
    );
  });

  it('passes when the page exists', async () => {
    const outcome = await judge(
      runbookCheck,
      ['/docs/default/system/reviews/moderation/'],
      site({ 'moderation.md': reviewed('2026-11-20') }),
    );
    expect(outcome.status).toBe('pass');
    expect(runCheck(runbookCheck, component('x')).status).toBe('fail');
  });
});
