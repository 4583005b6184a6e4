import { cloudWatchAlarmsOf } from './monitors';
import { component } from '../__testUtils__/entities';

describe('cloudWatchAlarmsOf', () => {
  it('de-duplicates alarm names', () => {
    const entity = component('x', {
      annotations: { 'stagecraft.io/cloudwatch-alarms': 'a,b,a' },
    });
    expect(cloudWatchAlarmsOf(entity)).toEqual(['a', 'b']);
  });
});
