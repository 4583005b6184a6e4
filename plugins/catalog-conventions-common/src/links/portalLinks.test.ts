import {
  absolutizeInPortalLinks,
  inPortalPathOf,
  isInPortalPath,
  problemWithDocsLink,
} from './portalLinks';

const RUNBOOK = '/docs/default/system/platform/vault/#sealed-or-down';

describe('in-portal links', () => {
  it('tells portal paths from protocol-relative and absolute URLs', () => {
    expect(isInPortalPath(RUNBOOK)).toBe(true);
    expect(isInPortalPath('//cdn.example.com/x')).toBe(false);
    expect(isInPortalPath('https://x.example.com/docs')).toBe(false);
    expect(isInPortalPath(undefined)).toBe(false);
  });

  it('reads a path, or a URL under the portal base URL, as the same in-portal path', () => {
    expect(inPortalPathOf(RUNBOOK)).toBe(RUNBOOK);
    expect(
      inPortalPathOf(
        `http://localhost:3000${RUNBOOK}`,
        'http://localhost:3000/',
      ),
    ).toBe(RUNBOOK);
    expect(
      inPortalPathOf(
        `https://portal.example.com/backstage${RUNBOOK}`,
        'https://portal.example.com/backstage',
      ),
    ).toBe(RUNBOOK);
  });

  it('does not take other origins, other base paths or credentials for the portal', () => {
    const base = 'https://portal.example.com/backstage';
    expect(inPortalPathOf(`https://evil.example.com${RUNBOOK}`, base)).toBe(
      undefined,
    );
    expect(
      inPortalPathOf(`https://portal.example.com/other${RUNBOOK}`, base),
    ).toBe(undefined);
    expect(
      inPortalPathOf(
        `https://u:p@portal.example.com/backstage${RUNBOOK}`,
        base,
      ),
    ).toBe(undefined);
    expect(inPortalPathOf(`http://localhost:3000${RUNBOOK}`)).toBe(undefined);
  });

  it('accepts in-portal links and https URLs, and says what is wrong with the rest', () => {
    expect(problemWithDocsLink(RUNBOOK)).toBeUndefined();
    expect(
      problemWithDocsLink(
        `http://localhost:7007${RUNBOOK}`,
        'http://localhost:7007',
      ),
    ).toBeUndefined();
    expect(problemWithDocsLink('https://wiki.example.com/a')).toBeUndefined();
    expect(problemWithDocsLink(' ')).toBe('has no url');
    expect(problemWithDocsLink('wiki page')).toBe('is not a valid URL');
    expect(problemWithDocsLink('http://wiki.example.com/a')).toBe(
      'uses http instead of https',
    );
    expect(problemWithDocsLink('https://u@wiki.example.com/a')).toBe(
      'contains credentials',
    );
  });

  it('makes path links absolute as the catalog stores them, leaving other links alone', () => {
    const entity = {
      metadata: {
        name: 'vault',
        links: [
          { url: RUNBOOK, type: 'runbook' },
          { url: 'https://dash.example.com/d', type: 'dashboard' },
        ],
      },
    };
    expect(
      absolutizeInPortalLinks(entity, 'https://portal.example.com/').metadata
        .links,
    ).toEqual([
      { url: `https://portal.example.com${RUNBOOK}`, type: 'runbook' },
      { url: 'https://dash.example.com/d', type: 'dashboard' },
    ]);
    const plain = { metadata: { name: 'plain' } };
    expect(absolutizeInPortalLinks(plain, 'https://p.example.com')).toBe(plain);
  });
});
