import { parseCampaignInput } from './parseCampaignInput';

const known = ['runbook', 'load-test'];
const valid = {
  name: ' Cyber Week 2026 ',
  startDate: '2026-11-01',
  deadline: '2026-11-20',
  scope: { owners: ['group:default/commerce'], tags: [] },
  requiredChecks: ['runbook', 'load-test', 'runbook'],
};

describe('parseCampaignInput', () => {
  it('trims, drops empty scope fields and repeated checks', () => {
    expect(parseCampaignInput(valid, known)).toEqual({
      name: 'Cyber Week 2026',
      description: '',
      startDate: '2026-11-01',
      deadline: '2026-11-20',
      scope: { owners: ['group:default/commerce'] },
      requiredChecks: ['runbook', 'load-test'],
    });
  });

  it.each([
    [{ ...valid, name: '' }, 'Campaign field name must be a non-empty string'],
    [
      { ...valid, deadline: '2026-13-01' },
      'Campaign field deadline must be a date',
    ],
    [
      { ...valid, deadline: '2026-10-01' },
      'Campaign field deadline (2026-10-01) is before startDate (2026-11-01)',
    ],
    [
      { ...valid, requiredChecks: ['capacity'] },
      'Campaign field requiredChecks names unknown checks capacity',
    ],
    [
      { ...valid, scope: { teams: ['x'] } },
      'Campaign field scope.teams is not one of',
    ],
    [
      { ...valid, runbookReviewedWithinDays: 0 },
      'Campaign field runbookReviewedWithinDays must be a positive whole number',
    ],
  ])('names the bad field', (body, message) => {
    expect(() => parseCampaignInput(body, known)).toThrow(message);
  });
});
