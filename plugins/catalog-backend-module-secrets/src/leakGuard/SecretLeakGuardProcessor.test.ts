import { Entity } from '@backstage/catalog-model';
import { ANNOTATION_LEAK_REPORT } from './annotations';
import { SecretLeakGuardProcessor } from './SecretLeakGuardProcessor';

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

  it('returns clean entities unchanged', async () => {
    const entity = component();
    await expect(processor.preProcessEntity(entity)).resolves.toBe(entity);
  });
});
