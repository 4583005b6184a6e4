import { DEFAULT_READINESS_RULES_CONFIG } from '../config/defaults';
import { runbookCheck } from './runbookCheck';
import { runCheck } from '../__testUtils__/check';
import { component } from '../__testUtils__/entities';

const withLinks = (
  links: Array<{ url: string; title?: string; type?: string }>,
) => runCheck(runbookCheck, component('api', { links }));

describe('runbook check', () => {
  it('passes with one https runbook link', () => {
    expect(
      withLinks([
        {
          url: 'https://wiki.example.com/rb',
          title: 'API runbook',
          type: 'runbook',
        },
      ]),
    ).toEqual({ status: 'pass', reason: 'Runbook linked: API runbook.' });
  });

  it('accepts a runbook in the portal, as written in YAML and as the catalog stores it', () => {
    const path = '/docs/default/system/reviews/moderation/';
    const config = {
      ...DEFAULT_READINESS_RULES_CONFIG,
      portalBaseUrl: 'http://localhost:7007',
    };
    const check = (url: string) =>
      runCheck(
        runbookCheck,
        component('api', { links: [{ url, type: 'runbook' }] }),
        undefined,
        config,
      ).status;
    expect(check(path)).toBe('pass');
    expect(check(`http://localhost:7007${path}`)).toBe('pass');
    expect(check(`http://elsewhere.example.com${path}`)).toBe('fail');
  });

  it('counts only links of type runbook, case-insensitively', () => {
    expect(
      withLinks([
        { url: 'https://dash.example.com', type: 'dashboard' },
        { url: 'https://wiki.example.com/a', type: 'Runbook' },
        { url: 'https://wiki.example.com/b', type: 'runbook', title: 'B' },
      ]).reason,
    ).toBe('2 runbooks linked: https://wiki.example.com/a, B.');
  });

  it('fails without a runbook link', () => {
    const outcome = withLinks([
      { url: 'https://dash.example.com', type: 'dashboard' },
    ]);
    expect(outcome.status).toBe('fail');
    expect(outcome.reason).toBe(
      'No runbook: metadata.links has no entry of type runbook.',
    );
    expect(runCheck(runbookCheck, component('api')).status).toBe('fail');
  });

  it.each([
    ['http://wiki.example.com/rb', 'uses http instead of https'],
    ['wiki.example.com/rb', 'is not a valid URL'],
    ['https://user:pw@wiki.example.com/rb', 'contains credentials'],
    ['', 'has no url'],
  ])('fails on the malformed link %p (%s)', (url, problem) => {
    const outcome = withLinks([
      { url: 'https://wiki.example.com/ok', type: 'runbook' },
      { url, type: 'runbook' },
    ]);
    expect(outcome.status).toBe('fail');
    expect(outcome.reason).toBe(
      `Runbook links must be portal pages or https URLs: metadata.links[1] ${problem}.`,
    );
  });
});
