import { Entity } from '@backstage/catalog-model';
import { fakeGithubToken } from '../__testUtils__/fakeSecrets';
import { ANNOTATION_LEAK_REPORT } from './annotations';
import { SecretLeakGuardProcessor } from './SecretLeakGuardProcessor';

const location = { type: 'file', target: '/repo/catalog-info.yaml' };
const processor = new SecretLeakGuardProcessor();

function component(spec: object = {}): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: 'web' },
    spec: { type: 'service', owner: 'team-a', ...spec },
  };
}

describe('SecretLeakGuardProcessor', () => {
  it('runs before the built-in processors', () => {
    expect(processor.getPriority()).toBeLessThan(20);
  });

  it('fails a stand-in with the message the parser wrote', async () => {
    const standIn = component();
    standIn.metadata.annotations = { [ANNOTATION_LEAK_REPORT]: 'Refused x' };
    await expect(processor.preProcessEntity(standIn)).rejects.toThrow(
      'Refused x',
    );
  });

  it('fails an entity whose value appeared after parsing, without repeating it', async () => {
    const token = fakeGithubToken();
    const error = await processor
      .postProcessEntity(component({ settings: { token } }), location)
      .catch(e => e);
    expect(error).toBeInstanceOf(Error);
    expect(error.message).toContain('Refused component:default/web');
    expect(error.message).toContain('spec.settings.token (github-token)');
    expect(error.message).not.toContain(token);
  });

  it('returns clean entities unchanged', async () => {
    const entity = component();
    await expect(processor.preProcessEntity(entity)).resolves.toBe(entity);
    await expect(processor.postProcessEntity(entity, location)).resolves.toBe(
      entity,
    );
  });
});
