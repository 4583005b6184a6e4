import { remediationDocsRule } from './remediationDocsRule';
import { runRule } from './__testUtils__/check';
import { secret } from './__testUtils__/entities';

type Links = Array<{ url: string; title?: string; type?: string }>;
const check = (links?: Links) =>
  runRule(remediationDocsRule, secret('s', links ? { links } : { links: [] }));

describe('remediation-docs rule', () => {
  it('passes with an https rotation-guide or incident-response link', () => {
    expect(check([{ url: 'https://wiki/x', type: 'rotation-guide' }])).toEqual(
      [],
    );
    expect(
      check([
        { url: 'https://wiki.example.com/leak', type: 'incident-response' },
      ]),
    ).toEqual([]);
    expect(
      check([{ url: 'https://wiki.example.com/x', type: ' Rotation-Guide ' }]),
    ).toEqual([]);
  });

  it('passes when one of several remediation links is https', () => {
    expect(
      check([
        { url: 'http://old.example.com/x', type: 'rotation-guide' },
        { url: 'https://wiki.example.com/leak', type: 'incident-response' },
      ]),
    ).toEqual([]);
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

  it('points at an untyped link that looks like a rotation guide', () => {
    const [violation] = check([
      {
        url: 'https://wiki.example.com/rotate-db',
        title: 'Rotating the DB password',
      },
    ]);
    expect(violation.message).toMatch(
      /"Rotating the DB password" looks like one but has no type/,
    );
    expect(violation.fix).toMatch(/Set "type: rotation-guide"/);
  });
});
