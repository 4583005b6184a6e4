import { mockServices } from '@backstage/backend-test-utils';
import { scheduleHourlyPass } from './scheduleHourlyPass';

describe('scheduleHourlyPass', () => {
  it('runs the pass hourly on one replica, first a minute after start-up', async () => {
    const scheduler = mockServices.scheduler.mock();
    const pass = jest.fn(async () => {});
    await scheduleHourlyPass(scheduler, 'readiness-test', pass);
    expect(scheduler.scheduleTask).toHaveBeenCalledWith({
      id: 'readiness-test',
      frequency: { hours: 1 },
      timeout: { minutes: 10 },
      initialDelay: { minutes: 1 },
      scope: 'global',
      fn: pass,
    });
  });
});
