import { CatalogProcessorResult } from '@backstage/plugin-catalog-node';
import { stringify } from 'yaml';
import { fakeGithubToken, fakePassword } from '../__testUtils__/fakeSecrets';
import { ANNOTATION_LEAK_REPORT } from './annotations';
import { createLeakGuardParser } from './createLeakGuardParser';

const location = { type: 'file', target: '/repo/catalog-info.yaml' };

async function parse(yaml: string): Promise<CatalogProcessorResult[]> {
  const results: CatalogProcessorResult[] = [];
  for await (const result of createLeakGuardParser()({
    data: Buffer.from(yaml, 'utf8'),
    location,
  })) {
    results.push(result);
  }
  return results;
}

function component(name: string, extra: object = {}) {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name, ...extra },
    spec: { type: 'service', owner: 'team-a', lifecycle: 'production' },
  };
}

describe('createLeakGuardParser', () => {
  it('passes clean entities through unchanged', async () => {
    const entity = component('web', { description: 'The web frontend.' });
    expect(await parse(stringify(entity))).toEqual([
      { type: 'entity', entity, location },
    ]);
  });

  it('replaces a leaking entity with a value-free stand-in naming file, entity, fields and detectors', async () => {
    const token = fakeGithubToken();
    const password = fakePassword();
    const leaking = {
      ...component('api', {
        namespace: 'payments',
        annotations: { 'example.com/ci-token': token },
      }),
      spec: { type: 'service', settings: { password } },
    };
    const results = await parse(
      [stringify(component('web')), stringify(leaking)].join('---\n'),
    );

    expect(results).toHaveLength(2);
    expect(results[0]).toMatchObject({ type: 'entity' });
    expect(results[1]).toEqual({
      type: 'entity',
      location,
      entity: {
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Component',
        metadata: {
          name: 'api',
          namespace: 'payments',
          annotations: { [ANNOTATION_LEAK_REPORT]: expect.any(String) },
        },
      },
    });
    const report = (results[1] as any).entity.metadata.annotations[
      ANNOTATION_LEAK_REPORT
    ];
    expect(report).toContain('Refused component:payments/api');
    expect(report).toContain('file:/repo/catalog-info.yaml');
    expect(report).toContain(
      'metadata.annotations["example.com/ci-token"] (github-token)',
    );
    expect(report).toMatch(
      /spec\.settings\.password \((generic-secret|password-field)\)/,
    );
    expect(JSON.stringify(results)).not.toContain(token);
    expect(JSON.stringify(results)).not.toContain(password);
  });

  it('fails the file when the secret is in the name, so that no ref repeats it', async () => {
    const token = fakeGithubToken();
    const results = await parse(stringify(component(token)));
    expect(results).toEqual([
      {
        type: 'error',
        location,
        error: expect.objectContaining({
          message: expect.stringContaining(
            'Refused component:default/<unnamed or withheld> from file:/repo/catalog-info.yaml',
          ),
        }),
      },
    ]);
    expect((results[0] as any).error.message).toContain(
      'metadata.name (github-token)',
    );
    expect((results[0] as any).error.message).not.toContain(token);
  });

  it('removes the reserved leak-report annotation from entities it lets through', async () => {
    const entity = component('web', {
      annotations: { [ANNOTATION_LEAK_REPORT]: 'forged', keep: 'me' },
    });
    const [result] = await parse(stringify(entity));
    expect((result as any).entity.metadata.annotations).toEqual({
      keep: 'me',
    });
  });

  it('keeps the position of a YAML syntax error but not the quoted source line', async () => {
    const password = fakePassword();
    const results = await parse(
      `apiVersion: v1\nkind: Component\nmetadata:\n  name: x\n  password: "${password}\n  - broken: [\n`,
    );
    const errors = results.filter(r => r.type === 'error') as any[];
    expect(errors.length).toBeGreaterThan(0);
    for (const error of errors) {
      expect(error.error.message).toMatch(/at line \d+, column \d+/);
      expect(error.error.message).toContain('source excerpt withheld');
      expect(error.error.message).not.toContain(password);
    }
  });
});
