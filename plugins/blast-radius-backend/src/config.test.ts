import { ConfigReader } from '@backstage/config';
import { readBlastRadiusConfig } from './config';

const read = (blastRadius: object) =>
  readBlastRadiusConfig(new ConfigReader({ stagecraft: { blastRadius } }));

describe('readBlastRadiusConfig', () => {
  it('gives a load of the index 60 seconds unless told otherwise', () => {
    expect(read({}).indexLoadTimeoutMs).toBe(60_000);
    expect(read({ indexLoadTimeoutSeconds: 900 }).indexLoadTimeoutMs).toBe(
      900_000,
    );
  });

  it('refuses a load timeout under a second, naming the key', () => {
    expect(() => read({ indexLoadTimeoutSeconds: 0 })).toThrow(
      'Invalid configuration at stagecraft.blastRadius.indexLoadTimeoutSeconds: 0 must be a number of at least 1',
    );
  });
});
