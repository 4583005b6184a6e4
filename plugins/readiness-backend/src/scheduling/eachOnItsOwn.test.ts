import { mockServices } from '@backstage/backend-test-utils';
import { eachOnItsOwn } from './eachOnItsOwn';

describe('eachOnItsOwn', () => {
  it('logs an item that fails and still runs the others, in order', async () => {
    const logger = mockServices.logger.mock();
    const done: string[] = [];
    await eachOnItsOwn(
      ['a', 'b', 'c'],
      async item => {
        if (item === 'b') throw new Error('boom');
        done.push(item);
      },
      logger,
      item => `Item ${item}: the pass failed`,
    );
    expect(done).toEqual(['a', 'c']);
    expect(logger.error).toHaveBeenCalledTimes(1);
    expect(logger.error).toHaveBeenCalledWith('Item b: the pass failed: boom');
  });
});
