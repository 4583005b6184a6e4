import fs from 'node:fs';
import {
  parseCatalogYaml,
  resolvePlaceholders,
} from '@stagecraft/plugin-catalog-rules-common';
import { componentYaml } from '../__testUtils__/catalogYaml';
import {
  startCatalog,
  TestCatalog,
  writeCatalogFiles,
} from '@internal/stagecraft-test-utils';
import { parityFiles } from '../__testUtils__/parityFiles';
import { lintFileText } from './lintFileText';

// Cases that the corpus and the example catalog do not cover.
const CASES: Record<string, string> = {
  'valid.yaml': componentYaml('case-valid'),
  'dependson-without-kind.yaml': componentYaml('case-no-kind', {
    spec: ['dependsOn: [db]'],
  }),
  'email-owner.yaml': componentYaml('case-email').replace(
    'team-a',
    'jane@example.com',
  ),
  'bad-label.yaml': componentYaml('case-label', {
    metadata: ['labels:', '  x: "has space"'],
  }),
  'bad-tag.yaml': componentYaml('case-tag', { metadata: ['tags: [Bad_Tag]'] }),
  'foreign-root.yaml': `${componentYaml('case-root')}status: {}\n`,
  'wrong-kind-version.yaml': componentYaml('case-version').replace(
    'v1alpha1',
    'v9',
  ),
  'missing-placeholder.yaml': componentYaml('case-placeholder', {
    metadata: ['description:', '  $text: ./missing.md'],
  }),
  'annotations-null.yaml': componentYaml('case-annotations-null', {
    metadata: ['annotations:'],
  }),
  'beside-template.yaml': `${componentYaml(
    'case-beside-template',
  )}---\napiVersion: scaffolder.backstage.io/v1beta3\nkind: Template\nmetadata:\n  name: t\nspec: {}\n`,
  'nested-duplicate.yaml': componentYaml('case-dup', {
    spec: ['owner: team-b'],
  }),
  'bad-namespace.yaml': componentYaml('case-ns', {
    metadata: ['namespace: Not_Valid'],
  }),
};

/**
 * Entities whose verdict depends on reading something the linter does not:
 * placeholders and Location targets on URLs (the catalog fetches them; tests
 * have no network) and relative placeholders (the catalog resolves those
 * only for url locations, while this test registers file locations).
 */
function unverifiableEntities(file: string): Set<string> {
  const labels = new Set<string>();
  for (const doc of parseCatalogYaml(fs.readFileSync(file, 'utf8')).documents) {
    const data = doc.data as any;
    const targets = [
      data?.spec?.target,
      ...(Array.isArray(data?.spec?.targets) ? data.spec.targets : []),
    ];
    if (
      data &&
      (resolvePlaceholders(data).placeholders.length > 0 ||
        (data.kind === 'Location' &&
          targets.some(t => typeof t === 'string' && /^[a-z]+:|[*?]/i.test(t))))
    ) {
      labels.add(
        `${data.kind}:${data.metadata?.namespace ?? 'default'}/${
          data.metadata?.name
        }`.toLocaleLowerCase('en-US'),
      );
    }
  }
  return labels;
}

describe('parity with the real catalog backend', () => {
  const cases = writeCatalogFiles(CASES);
  const files = parityFiles(cases.dir);
  let portal: TestCatalog;

  beforeAll(async () => {
    portal = await startCatalog({
      locations: files,
      modules: ['portal-links'],
      processingInterval: { milliseconds: 200 },
    });
  }, 60_000);

  afterAll(async () => {
    await portal?.stop();
    cases.remove();
  });

  it('accepts exactly the entities the catalog accepts', async () => {
    const accepted = new Set<string>();
    const unverifiable = new Set<string>();
    for (const file of files) {
      const text = fs.readFileSync(file, 'utf8');
      const result = await lintFileText(text, file, file);
      if (!result.fileRejected) {
        result.entities.forEach(entity => accepted.add(entity.ref));
      }
      unverifiableEntities(file).forEach(ref => unverifiable.add(ref));
    }
    // Wait for most entities, then until processing settles.
    const stored = await portal.catalog.settle(
      Math.floor(accepted.size * 0.8),
      240_000,
    );

    const comparable = (refs: Iterable<string>) =>
      [...new Set(refs)].filter(ref => !unverifiable.has(ref)).sort();
    expect(comparable(stored)).toEqual(comparable(accepted));
    expect(comparable(stored).length).toBeGreaterThan(400);
    // The cases are decided as intended (and not all the same way).
    expect(stored).toEqual(
      expect.arrayContaining([
        'component:default/case-valid',
        'component:default/case-email',
        'component:default/case-annotations-null',
      ]),
    );
    for (const rejected of [
      'case-no-kind',
      'case-label',
      'case-version',
      'case-ns',
      'case-root',
    ]) {
      expect(stored).not.toContain(`component:default/${rejected}`);
    }
    // One disallowed kind in a file: the catalog reads nothing from the file.
    expect(stored).not.toContain('component:default/case-beside-template');
  }, 300_000);
});
