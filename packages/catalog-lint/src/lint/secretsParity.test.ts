import fs from 'node:fs';
import path from 'node:path';
import secretsPlugin from '@stagecraft/plugin-secrets-backend';
import {
  MAX_REVIEW_LIMIT,
  SECRET_RULES,
  SecretsReviewPage,
} from '@stagecraft/plugin-secrets-common';
import { entityYaml } from '../__testUtils__/catalogYaml';
import {
  startCatalog,
  TestCatalog,
  writeCatalogFiles,
} from '@internal/stagecraft-test-utils';
import { REPO_ROOT } from '../__testUtils__/parityFiles';
import { collectFiles } from '../files/collectFiles';
import { lintFiles } from './lintFiles';
import { LintReport } from './types';

const BAZAARVOICE_DIR = path.resolve(
  REPO_ROOT,
  'plugins/secrets-common/src/rules/__fixtures__/bazaarvoice',
);

const store = (name: string, title?: string) =>
  entityYaml('Resource', name, [
    ...(title ? [`  title: ${title}`] : []),
    '  description: A place where a team keeps secrets, for the parity test.',
    'spec:',
    '  type: secret-store',
    '  owner: group:default/parity-team',
  ]);

const secret = (name: string, storeName: string, links: string[]) =>
  entityYaml('Resource', name, [
    '  description: A credential of the parity service, used by its API.',
    ...(links.length ? ['  links:', ...links] : []),
    'spec:',
    '  type: secret',
    '  owner: group:default/parity-team',
    '  system: system:default/parity',
    `  dependsOn: [resource:default/${storeName}]`,
  ]);

const ROTATION_LINK = [
  '    - url: https://wiki.example.com/x',
  '      type: rotation-guide',
];

const UNSAFE_STORES = [
  'dev-laptops',
  'secrets-spreadsheet',
  'ops-slack',
  'ops-email',
  'finance-shared-drive',
];

const CASES: Record<string, string> = {
  'org.yaml': [
    entityYaml('Group', 'parity-team', [
      'spec:',
      '  type: team',
      '  children: []',
    ]),
    entityYaml('System', 'parity', [
      'spec:',
      '  owner: group:default/parity-team',
    ]),
  ].join('---\n'),
  'unknown-store.yaml': [
    store('reviews-keystore'),
    secret('parity-in-unknown-store', 'reviews-keystore', ROTATION_LINK),
  ].join('---\n'),
  'unsafe-stores.yaml': UNSAFE_STORES.flatMap(name => [
    store(name),
    secret(`parity-in-${name}`, name, ROTATION_LINK),
  ]).join('---\n'),
  'store-by-title.yaml': [
    store('reviews-store', 'HashiCorp Vault (prod)'),
    secret('parity-link-by-title', 'reviews-store', [
      '    - url: https://wiki.example.com/security/parity',
      '      title: Leak response',
    ]),
    secret('parity-link-by-url', 'reviews-store', [
      '    - url: https://wiki.example.com/runbooks/rotate-parity-key',
    ]),
    secret('parity-no-remediation-link', 'reviews-store', [
      '    - url: https://grafana.example.com/d/parity',
      '      title: Dashboard',
    ]),
  ].join('---\n'),
};

type Verdict = string;

const unique = (items: Verdict[]) => [...new Set(items)].sort();

const SECRET_RULE_IDS = new Set(SECRET_RULES.map(rule => `secrets/${rule.id}`));

/** `<secret ref> <rule>/<severity>: <message>` of every secret-rule finding of the linter. */
function lintVerdicts(report: LintReport): Verdict[] {
  return report.problems
    .filter(p => SECRET_RULE_IDS.has(p.ruleId))
    .map(
      p =>
        `${p.entity?.toLocaleLowerCase('en-US')} ${p.ruleId.slice(
          'secrets/'.length,
        )}/${p.severity}: ${p.message}`,
    );
}

/** Every row of the review page, page by page (the route pages on the server). */
async function allReviewItems(
  portal: TestCatalog,
): Promise<SecretsReviewPage['items']> {
  const items: SecretsReviewPage['items'] = [];
  for (;;) {
    const response = await fetch(
      `${portal.baseUrl}/api/secrets/secrets?offset=${items.length}&limit=${MAX_REVIEW_LIMIT}`,
      { headers: { authorization: `Bearer ${portal.token}` } },
    );
    if (response.status !== 200) {
      throw new Error(`GET /api/secrets/secrets answered ${response.status}`);
    }
    const page = (await response.json()) as SecretsReviewPage;
    items.push(...page.items);
    if (page.items.length === 0 || items.length >= page.total) {
      return items;
    }
  }
}

describe('parity of the secret rules with the secrets backend', () => {
  const cases = writeCatalogFiles({
    ...CASES,
    ...Object.fromEntries(
      fs
        .readdirSync(BAZAARVOICE_DIR)
        .filter(file => file.endsWith('.yaml'))
        .map(file => [
          `bazaarvoice/${file}`,
          fs.readFileSync(path.join(BAZAARVOICE_DIR, file), 'utf8'),
        ]),
    ),
  });
  const files = [
    ...collectFiles(['catalog-info'], REPO_ROOT),
    ...collectFiles([cases.dir], REPO_ROOT),
  ];
  let portal: TestCatalog;
  let report: LintReport;
  let backend: Verdict[];
  let reviewed: Set<string>;

  beforeAll(async () => {
    portal = await startCatalog({
      locations: files,
      modules: ['portal-links'],
      features: [secretsPlugin],
      processingInterval: { milliseconds: 200 },
    });
    report = await lintFiles(files, { cwd: REPO_ROOT });
    await portal.catalog.settle(
      Math.floor(report.summary.entities * 0.8),
      240_000,
    );
    const review = { items: await allReviewItems(portal) };
    reviewed = new Set(
      review.items.map(i => i.entityRef.toLocaleLowerCase('en-US')),
    );
    backend = review.items.flatMap(item =>
      item.compliance.findings.map(
        f =>
          `${item.entityRef.toLocaleLowerCase('en-US')} ${f.ruleId}/${
            f.severity
          }: ${f.message}`,
      ),
    );
  }, 300_000);

  afterAll(async () => {
    await portal?.stop();
    cases.remove();
  });

  it('gives the verdicts of the review page, finding for finding', () => {
    const lint = lintVerdicts(report).filter(v =>
      reviewed.has(v.split(' ')[0]),
    );
    expect(reviewed.size).toBeGreaterThan(20);
    expect(unique(lint)).toEqual(unique(backend));
  });

  it.each(SECRET_RULES.map(rule => rule.id))(
    'gives the verdicts of the review page for the %s rule',
    id => {
      const ofRule = (verdicts: Verdict[]) =>
        verdicts.filter(v => v.split(' ')[1].startsWith(`${id}/`));
      const lint = lintVerdicts(report).filter(v =>
        reviewed.has(v.split(' ')[0]),
      );
      expect(unique(ofRule(lint))).toEqual(unique(ofRule(backend)));
    },
  );

  it.each([
    ['reviews-api-db-password', ['remediation-docs/info']],
    ['parity-in-unknown-store', ['approved-store/warning']],
    ...UNSAFE_STORES.map(name => [
      `parity-in-${name}`,
      ['approved-store/error'],
    ]),
    ['parity-link-by-title', ['remediation-docs/info']],
    ['parity-link-by-url', ['remediation-docs/info']],
    ['parity-no-remediation-link', ['remediation-docs/error']],
  ] as [string, string[]][])('judges %s: %j', (name, expected) => {
    const ref = `resource:default/${name}`;
    const findings = (verdicts: Verdict[]) =>
      verdicts
        .filter(v => v.startsWith(`${ref} `))
        .map(v => v.slice(ref.length + 1).split(':')[0])
        .sort();
    expect(reviewed).toContain(ref);
    expect(findings(backend)).toEqual(expected);
    expect(findings(lintVerdicts(report))).toEqual(expected);
  });
});
