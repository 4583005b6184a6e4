import { linksOfType } from './links';
import { component } from '../__testUtils__/entities';

describe('links', () => {
  it('finds links by type and keeps their position', () => {
    const entity = component('x', {
      links: [
        { url: 'https://a', type: 'dashboard' },
        { url: 'https://b', type: ' RUNBOOK ' },
      ],
    });
    expect(linksOfType(entity, 'runbook')).toEqual([
      { index: 1, url: 'https://b', title: undefined, type: ' RUNBOOK ' },
    ]);
  });
});
