import { DEFAULT_SECRETS_RULES_CONFIG } from '../config/defaults';
import { remediationDocsRule } from './remediationDocsRule';
import { runRule } from './__testUtils__/check';
import { secret } from './__testUtils__/entities';

type Links = Array<{ url: string; title?: string; type?: string }>;
const check = (links?: Links) =>
  runRule(remediationDocsRule, secret('s', links ? { links } : { links: [] }));

describe('remediation-docs rule', () => {
  it.each<{ when: string; links: Links }>([
    {
      when: 'an https rotation-guide link',
      links: [{ url: 'https://wiki/x', type: 'rotation-guide' }],
    },
    {
      when: 'an https incident-response link',
      links: [
        { url: 'https://wiki.example.com/leak', type: 'incident-response' },
      ],
    },
    {
      when: 'a remediation type in other case and spacing',
      links: [{ url: 'https://wiki.example.com/x', type: ' Rotation-Guide ' }],
    },
    {
      when: 'several remediation links, one of them https',
      links: [
        { url: 'http://old.example.com/x', type: 'rotation-guide' },
        { url: 'https://wiki.example.com/leak', type: 'incident-response' },
      ],
    },
    ...['runbook', 'rotation', 'leak-response-playbook'].map(type => ({
      when: `a link typed "${type}", remediation words needing no hint`,
      links: [{ url: 'https://wiki.example.com/x', type }],
    })),
    {
      when: 'a typed remediation link beside an untyped one',
      links: [
        { url: 'https://wiki.example.com/rotate', title: 'Rotate' },
        { url: 'https://wiki.example.com/x', type: 'incident-response' },
      ],
    },
  ])('passes with $when', ({ links }) => {
    expect(check(links)).toEqual([]);
  });

  it('fails without links or with links of other types', () => {
    for (const links of [
      undefined,
      [{ url: 'https://grafana.example.com', type: 'dashboard' }],
    ]) {
      const [violation] = check(links);
      expect(violation.message).toMatch(/no remediation docs/);
      expect(violation.field).toBe('metadata.links');
      expect(violation.fix).toMatch(/type: rotation-guide/);
    }
  });

  const portalRunbook = '/docs/default/system/platform/vault/';
  it.each([
    [portalRunbook, 0],
    [`http://localhost:7007${portalRunbook}`, 0],
    [`http://elsewhere.example.com${portalRunbook}`, 1],
  ])(
    'accepts a runbook in the portal, as written in YAML and as the catalog stores it: %s, %i violations',
    (url, violations) => {
      const portalConfig = {
        ...DEFAULT_SECRETS_RULES_CONFIG,
        portalBaseUrl: 'http://localhost:7007',
      };
      const secretWithLink = secret('s', {
        links: [{ url, type: 'rotation-guide' }],
      });
      expect(
        runRule(remediationDocsRule, secretWithLink, undefined, portalConfig),
      ).toHaveLength(violations);
    },
  );

  it('fails when remediation links are not https', () => {
    for (const url of [
      'http://wiki.example.com/rotate',
      'ftp://x/y',
      'not a url',
      '',
    ]) {
      const [violation] = check([
        { url, title: 'Rotate it', type: 'rotation-guide' },
      ]);
      expect(violation.message).toMatch(/"Rotate it".*https/);
    }
  });

  it('recognises an untyped link from its title or URL, with an info hint to type it', () => {
    const byTitle = check([
      { url: 'https://wiki.example.com/security/db', title: 'Rotation guide' },
    ]);
    expect(byTitle).toEqual([
      {
        field: 'metadata.links[0]',
        maxSeverity: 'info',
        message:
          '"Rotation guide" is taken as the secret\'s remediation docs from its title; it has no type.',
        fix: 'Set "type: rotation-guide" on "Rotation guide" so that every tool recognises it.',
      },
    ]);
    const byUrl = check([
      { url: 'https://wiki.example.com/x', title: 'Wiki' },
      { url: 'https://wiki.example.com/playbooks/leak-response' },
    ]);
    expect(byUrl).toEqual([
      expect.objectContaining({
        field: 'metadata.links[1]',
        maxSeverity: 'info',
        message:
          "https://wiki.example.com/playbooks/leak-response is taken as the secret's remediation docs from its url; it has no type.",
        fix: 'Set "type: incident-response" on https://wiki.example.com/playbooks/leak-response so that every tool recognises it.',
      }),
    ]);
  });

  it.each([
    'Rotating the DB password',
    'Runbook',
    'Run book: revoke and reissue',
    'Incident response',
    'Leak response playbook',
    'If this is compromised',
  ])('recognises the title %s', title => {
    expect(
      check([{ url: 'https://wiki.example.com/x', title }])[0].maxSeverity,
    ).toBe('info');
  });

  it('hints at the type of a link whose other type does not say remediation', () => {
    const [violation] = check([
      { url: 'https://wiki.example.com/x', title: 'Rotation', type: 'docs' },
    ]);
    expect(violation.message).toMatch(/its type "docs" does not say so/);
    expect(violation.fix).toMatch(/Set "type: rotation-guide"/);
  });

  it('fails when the only recognised link is not https, hint or not', () => {
    const [violation] = check([
      { url: 'http://wiki.example.com/x', title: 'Rotation guide' },
    ]);
    expect(violation.maxSeverity).toBeUndefined();
    expect(violation.message).toMatch(/"Rotation guide".*https/);
  });

  it('does not take unrelated links for remediation docs', () => {
    const [violation] = check([
      { url: 'https://grafana.example.com/d/reviews', title: 'Dashboard' },
      { url: 'https://wiki.example.com/reviews/architecture', title: 'Design' },
    ]);
    expect(violation.maxSeverity).toBeUndefined();
    expect(violation.message).toMatch(/no remediation docs/);
  });
});
