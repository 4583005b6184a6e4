import { writeCatalogFiles } from '@internal/stagecraft-test-utils';
import path from 'node:path';
import {
  fakeAwsKeyId,
  fakeGenericSecret,
  fakeGithubToken,
} from '../__testUtils__/fakeTokens';
import { componentYaml } from '../__testUtils__/catalogYaml';
import { lintFileText } from './lintFileText';

const FILE = '/repo/catalog-info.yaml';

function lint(text: string, options?: { checkLocalTargets?: boolean }) {
  return lintFileText(text, 'catalog-info.yaml', FILE, {
    checkLocalTargets: false,
    ...options,
  });
}

/** The text at a problem's position, to check that positions are exact. */
function textAt(text: string, line: number, column: number, endColumn: number) {
  return text.split('\n')[line - 1].slice(column - 1, endColumn - 1);
}

describe('lintFileText', () => {
  it('returns a valid entity and no problems', async () => {
    const result = await lint(componentYaml('svc'));
    expect(result.problems).toEqual([]);
    expect(result.entities).toEqual([
      expect.objectContaining({
        ref: 'component:default/svc',
        documentIndex: 0,
        line: 1,
        file: 'catalog-info.yaml',
      }),
    ]);
  });

  it('places every leak exactly on its value, whatever the key looks like', async () => {
    const secrets = [
      fakeGithubToken(11),
      fakeAwsKeyId(12),
      fakeGenericSecret(13),
    ];
    const text = componentYaml('svc', {
      metadata: [
        'annotations:',
        `  example.com/token: ${secrets[0]}`,
        `  "weird key \\"quoted\\" [0]": ${secrets[1]}`,
        'links:',
        '  - url: https://example.com',
        `    title: see ${secrets[0]}`,
      ],
      spec: ['settings:', '  - apiToken:', `      - ${secrets[2]}`],
    });
    const { problems } = await lint(text);
    const leaks = problems.filter(p => p.ruleId === 'secrets/leak');
    expect(leaks.map(p => p.field)).toEqual([
      'metadata.annotations["example.com/token"]',
      'metadata.annotations["weird key \\"quoted\\" [0]"]',
      'metadata.links[0].title',
      'spec.settings[0].apiToken[0]',
    ]);
    for (const leak of leaks) {
      const found = textAt(text, leak.line, leak.column, leak.endColumn);
      expect(secrets.some(secret => found.includes(secret))).toBe(true);
    }
  });

  it('never puts a secret value in a problem', async () => {
    const token = fakeGithubToken(21);
    const text = componentYaml('svc', {
      metadata: [
        `description: our token is ${token}`,
        'labels:',
        `  token: ${token}`,
      ],
      spec: [`dependsOn: [${token}]`],
    });
    const { problems } = await lint(text);
    expect(problems.map(p => p.ruleId)).toEqual(
      expect.arrayContaining(['secrets/leak', 'catalog/entity-ref']),
    );
    const printed = JSON.stringify(problems);
    expect(printed).not.toContain(token);
    expect(printed).not.toContain(token.slice(4, 16));
  });

  it('still finds leaks in a document the catalog cannot read', async () => {
    const token = fakeGithubToken(31);
    const text = `metadata:\n  name: %{{ values.name }}\n  annotations:\n    example.com/token: ${token}\n`;
    const { problems } = await lint(text);
    expect(problems.map(p => [p.ruleId, p.line])).toEqual([
      ['yaml/syntax', 2],
      ['secrets/leak', 4],
    ]);
  });

  it('labels problems with the entity and places them on the field', async () => {
    const text = componentYaml('svc', { spec: ['subComponentOf: parent'] });
    const { problems } = await lint(text);
    expect(problems).toEqual([
      {
        file: 'catalog-info.yaml',
        line: 9,
        column: 19,
        endLine: 9,
        endColumn: 25,
        entity: 'component:default/svc',
        ruleId: 'catalog/field-casing',
        severity: 'warning',
        field: 'spec.subComponentOf',
        message:
          'spec.subComponentOf is ignored by the catalog: the field is spelled "subcomponentOf".',
      },
    ]);
  });

  it('keeps going after a bad document', async () => {
    const text = `kind: [\n---\n${componentYaml('svc')}---\n- not an entity\n`;
    const result = await lint(text);
    expect(result.problems.map(p => [p.ruleId, p.line])).toEqual([
      ['yaml/syntax', 2],
      ['yaml/not-an-object', 12],
    ]);
    expect(result.entities.map(e => e.ref)).toEqual(['component:default/svc']);
  });

  it('warns about a file without entities', async () => {
    const { problems } = await lint('# nothing yet\n');
    expect(problems).toEqual([
      expect.objectContaining({
        ruleId: 'file/no-entities',
        severity: 'warning',
      }),
    ]);
  });

  describe('local targets', () => {
    const location = (targets: string[]) =>
      [
        'apiVersion: backstage.io/v1alpha1',
        'kind: Location',
        'metadata:',
        '  name: all',
        'spec:',
        '  targets:',
        ...targets.map(t => `    - ${t}`),
        '',
      ].join('\n');

    it('reports Location targets and placeholder files that do not exist', async () => {
      const { dir, remove } = writeCatalogFiles({
        'a.yaml': componentYaml('a'),
      });
      try {
        const text = location([
          './a.yaml',
          './missing.yaml',
          'https://example.com/x.yaml',
          './glob/*.yaml',
        ]);
        const file = path.join(dir, 'all.yaml');
        const { problems } = await lintFileText(text, 'all.yaml', file);
        expect(problems).toEqual([
          expect.objectContaining({
            ruleId: 'catalog/location-target',
            line: 8,
            column: 7,
            field: 'spec.targets[1]',
          }),
        ]);

        const api = [
          'apiVersion: backstage.io/v1alpha1',
          'kind: API',
          'metadata:',
          '  name: api',
          'spec:',
          '  type: openapi',
          '  lifecycle: production',
          '  owner: team-a',
          '  definition:',
          '    $text: ./openapi.yaml',
          '',
        ].join('\n');
        const placeholder = await lintFileText(
          api,
          'api.yaml',
          path.join(dir, 'api.yaml'),
        );
        expect(placeholder.problems).toEqual([
          expect.objectContaining({
            ruleId: 'catalog/placeholder',
            field: 'spec.definition',
            line: 9,
          }),
        ]);
      } finally {
        remove();
      }
    });
  });
});
