import {
  formatOwnersAsCsv,
  formatOwnersAsMarkdown,
  formatOwnersAsText,
  OwnersReport,
} from './formatOwners';

/** The start of the blast radius, which is also an affected entity. */
const store = {
  entityRef: 'resource:default/store',
  kind: 'resource',
  namespace: 'default',
  name: 'store',
  title: 'Secrets Manager (prod)',
  type: 'secret-store',
  distance: 0,
};

const report: OwnersReport = {
  root: store,
  direction: 'dependents',
  depth: null,
  hiddenCount: 2,
  totalCount: 2,
  nodes: [
    {
      entityRef: 'resource:default/store',
      kind: 'resource',
      namespace: 'default',
      name: 'store',
      distance: 0,
    },
    {
      entityRef: 'component:default/api',
      kind: 'component',
      namespace: 'default',
      name: 'api',
      distance: 2,
    },
  ],
  owners: [
    {
      owner: {
        entityRef: 'group:default/platform-team',
        kind: 'group',
        namespace: 'default',
        name: 'platform-team',
        title: 'Platform *Team*',
        email: 'platform@example.com',
      },
      oncall: {
        entityRef: 'user:default/ana',
        name: 'Ana Silva',
        email: 'ana@example.com',
      },
      oncallSchedules: [
        {
          url: 'https://oncall.example.com/platform (prod)',
          title: 'Platform on-call',
          type: 'oncall',
        },
      ],
      entityCount: 1,
      nearestDistance: 0,
      entities: [
        {
          ...store,
          system: 'system:default/platform',
          runbooks: [
            {
              url: 'https://wiki.example.com/store',
              title: 'Store runbook',
              type: 'runbook',
            },
          ],
        },
      ],
    },
    {
      owner: {
        entityRef: 'group:default/ghosts',
        kind: 'group',
        namespace: 'default',
        name: 'ghosts',
      },
      oncallSchedules: [],
      entityCount: 1,
      nearestDistance: 2,
      entities: [
        {
          entityRef: 'component:default/api',
          kind: 'component',
          namespace: 'default',
          name: 'api',
          title: '=HYPERLINK("https://evil.example.com","API, v2")',
          distance: 2,
          runbooks: [],
        },
      ],
    },
  ],
};

/** The report's owners with more entities than it lists; the ghosts' all lie beyond the limit. */
const ownersPastTheLimit: typeof report.owners = [
  { ...report.owners[0], entityCount: 4 },
  { ...report.owners[1], entityCount: 37, entities: [] },
];

describe('formatOwnersAsMarkdown', () => {
  it('writes a section per owner with contact, schedules and runbooks', () => {
    expect(formatOwnersAsMarkdown(report)).toBe(
      [
        '## Blast radius of Secrets Manager (prod) (resource:default/store)',
        '',
        '1 entity, 2 owners, depth all, 2 not shown (no read permission)',
        '',
        '### Platform \\*Team\\* (group:default/platform-team)',
        '- **On call:** Ana Silva <ana@example.com> — [Platform on-call](https://oncall.example.com/platform%20%28prod%29)',
        '- **Team email:** platform@example.com',
        '- Secrets Manager (prod) (`resource:default/store`, resource, secret-store, distance 0) — [Store runbook](https://wiki.example.com/store)',
        '',
        '### ghosts (group:default/ghosts)',
        '- **On call:** _no on-call contact in the catalog_',
        '- =HYPERLINK("https://evil.example.com","API, v2") (`component:default/api`, component, distance 2)',
        '',
      ].join('\n'),
    );
  });
});

describe('formatOwnersAsText', () => {
  it('writes the same list as plain text', () => {
    const text = formatOwnersAsText(report);
    expect(text).toContain('Platform *Team* (group:default/platform-team)');
    expect(text).toContain('  On call: Ana Silva <ana@example.com>');
    expect(text).toContain(
      '  Schedule: Platform on-call <https://oncall.example.com/platform (prod)>',
    );
    expect(text).toContain(
      '      Runbook: Store runbook <https://wiki.example.com/store>',
    );
    expect(text).toContain('  On call: no on-call contact in the catalog');
  });
});

describe('formatOwnersAsCsv', () => {
  it('writes one row per affected entity, quoted and formula-safe', () => {
    const lines = formatOwnersAsCsv(report).split('\r\n');
    expect(lines[0]).toBe(
      'owner,owner_title,owner_email,oncall_user,oncall_name,oncall_email,oncall_schedules,owner_affected_entities,entity,entity_title,kind,type,system,distance,runbooks',
    );
    expect(lines[1]).toBe(
      'group:default/platform-team,Platform *Team*,platform@example.com,user:default/ana,Ana Silva,ana@example.com,Platform on-call <https://oncall.example.com/platform (prod)>,1,resource:default/store,Secrets Manager (prod),resource,secret-store,system:default/platform,0,Store runbook <https://wiki.example.com/store>',
    );
    expect(lines[2]).toBe(
      `group:default/ghosts,,,,,,,1,component:default/api,"'=HYPERLINK(""https://evil.example.com"",""API, v2"")",component,,,2,`,
    );
    expect(lines[3]).toBe('');
    expect(lines).toHaveLength(4);
  });
});

describe('an answer cut at its limit', () => {
  const cut: typeof report = {
    ...report,
    totalCount: 41,
    owners: ownersPastTheLimit,
    nodes: report.nodes.slice(0, 1),
  };

  it('says how many entities there are and how many are listed', () => {
    expect(formatOwnersAsMarkdown(cut)).toContain(
      '40 entities, the nearest 0 listed, 2 owners, depth all',
    );
  });

  it('keeps owners whose entities all lie beyond the limit, with their count', () => {
    const markdown = formatOwnersAsMarkdown(cut);
    expect(markdown).toContain(
      '### ghosts (group:default/ghosts)\n- **On call:** _no on-call contact in the catalog_\n- _37 affected entities, nearest at distance 2, beyond the listed ones_',
    );
    expect(markdown).toContain(
      '- _3 more affected entities beyond the listed ones_',
    );
    expect(formatOwnersAsText(cut)).toContain(
      'ghosts (group:default/ghosts)\n  On call: no on-call contact in the catalog\n  - 37 affected entities, nearest at distance 2, beyond the listed ones',
    );
  });

  it('gives such an owner a CSV row of its own, entity columns empty', () => {
    const lines = formatOwnersAsCsv(cut).split('\r\n');
    expect(lines[1]).toMatch(
      /^group:default\/platform-team,.*,4,resource:default\/store,/,
    );
    expect(lines[2]).toBe('group:default/ghosts,,,,,,,37,,,,,,,');
    expect(lines).toHaveLength(4);
  });
});

describe('the owners of what an entity needs', () => {
  const needs: typeof report = {
    ...report,
    direction: 'dependencies',
    owners: ownersPastTheLimit,
  };

  it('are owners of "needed" entities in Markdown and text, where a blast radius says "affected"', () => {
    const markdown = formatOwnersAsMarkdown(needs);
    expect(markdown).toContain(
      '- _37 needed entities, nearest at distance 2, beyond the listed ones_',
    );
    expect(markdown).toContain(
      '- _3 more needed entities beyond the listed ones_',
    );
    expect(markdown).not.toContain('affected');
    expect(formatOwnersAsText(needs)).toContain(
      '  - 37 needed entities, nearest at distance 2, beyond the listed ones',
    );
    expect(formatOwnersAsText(needs)).not.toContain('affected');
    expect(
      formatOwnersAsMarkdown({ ...needs, direction: 'dependents' }),
    ).toContain('- _3 more affected entities beyond the listed ones_');
  });

  it('count "needed" entities in the CSV header, where a blast radius counts "affected" ones', () => {
    const header = (r: typeof report) => formatOwnersAsCsv(r).split('\r\n')[0];
    expect(header(needs)).toContain(',owner_needed_entities,');
    expect(header(needs)).not.toContain('affected');
    expect(header(report)).toContain(',owner_affected_entities,');
  });
});
