import { Entity } from '@backstage/catalog-model';
import { catalogEntity } from '@internal/stagecraft-test-utils';
import { webComponent } from '../__testUtils__/webComponent';
import { fakeGithubToken, fakePassword } from '../__testUtils__/fakeSecrets';
import {
  RESOLVED_VALUES_PRIORITY,
  ResolvedValuesLeakGuardProcessor,
} from './ResolvedValuesLeakGuardProcessor';

const processor = new ResolvedValuesLeakGuardProcessor();

async function refusal(entity: Entity, target = 'https://host/c.yaml') {
  return processor.preProcessEntity(entity, { type: 'url', target }).then(
    () => undefined,
    (e: Error) => e,
  );
}

describe('ResolvedValuesLeakGuardProcessor', () => {
  it('runs after the built-in pre-processors (placeholders are priority 20)', () => {
    expect(processor.getPriority()).toBe(RESOLVED_VALUES_PRIORITY);
    expect(RESOLVED_VALUES_PRIORITY).toBeGreaterThan(20);
  });

  it('fails an entity whose value appeared after parsing, without repeating it', async () => {
    const token = fakeGithubToken();
    const error = await refusal(webComponent({ settings: { token } }));
    expect(error).toBeInstanceOf(Error);
    expect(error?.message).toContain('Refused component:default/web');
    expect(error?.message).toContain('spec.settings.token (github-token)');
    expect(error?.message).not.toContain(token);
  });

  it('fails a Location entity whose target carries credentials, and redacts its own location', async () => {
    // not token-shaped: only the location check can find it
    const signature = fakePassword();
    const location = catalogEntity('Location', 'remote', {
      type: 'url',
      targets: ['https://host/ok.yaml', `https://host/c.yaml?sig=${signature}`],
    });
    const error = await refusal(location, `https://x:${signature}@host/a.yaml`);
    expect(error?.message).toContain(
      'Refused location:default/remote from url:https://***@host/a.yaml',
    );
    expect(error?.message).toContain('spec.targets[1] (location-credentials)');
    expect(error?.message).not.toContain(signature);
  });

  it('returns clean entities unchanged', async () => {
    const entity = webComponent();
    await expect(
      processor.preProcessEntity(entity, {
        type: 'url',
        target: 'https://h/c',
      }),
    ).resolves.toBe(entity);
  });
});
