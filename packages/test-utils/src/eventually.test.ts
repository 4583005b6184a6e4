import { eventually } from './eventually';

describe('eventually', () => {
  it('returns the first answer that is not undefined, null or false', async () => {
    const answers = [undefined, null, false, 0, 1];
    const probe = jest.fn(async () => answers.shift());
    await expect(
      eventually('a number', probe, { intervalMs: 1 }),
    ).resolves.toBe(0);
    expect(probe).toHaveBeenCalledTimes(4);
  });

  it('fails naming what it waited for once the time is up', async () => {
    await expect(
      eventually('the catalog', async () => undefined, {
        timeoutMs: 20,
        intervalMs: 5,
      }),
    ).rejects.toThrow('Timed out after 20 ms waiting for the catalog');
  });
});
