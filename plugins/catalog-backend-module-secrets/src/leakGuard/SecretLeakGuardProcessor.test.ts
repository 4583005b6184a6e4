import { webComponent } from '../__testUtils__/webComponent';
import { ANNOTATION_LEAK_REPORT } from './annotations';
import { SecretLeakGuardProcessor } from './SecretLeakGuardProcessor';

const processor = new SecretLeakGuardProcessor();

describe('SecretLeakGuardProcessor', () => {
  it('runs before the built-in processors', () => {
    expect(processor.getPriority()).toBeLessThan(20);
  });

  it('fails a stand-in with the message the parser wrote', async () => {
    const standIn = webComponent();
    standIn.metadata.annotations = { [ANNOTATION_LEAK_REPORT]: 'Refused x' };
    await expect(processor.preProcessEntity(standIn)).rejects.toThrow(
      'Refused x',
    );
  });

  it('returns clean entities unchanged', async () => {
    const entity = webComponent();
    await expect(processor.preProcessEntity(entity)).resolves.toBe(entity);
  });
});
