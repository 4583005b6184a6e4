import { toCsv, toCsvInParts } from './toCsv';
import { readiness } from '../__testUtils__/results';

describe('toCsv', () => {
  it('writes a header, one row per entity and one column per check', () => {
    const csv = toCsv(
      [readiness('fn', { failing: ['runbook'] })],
      ['owner', 'runbook', 'monitors', 'oncall-contact'],
    );
    const [header, row, end] = csv.split('\r\n');
    expect(header).toBe(
      'entity_ref,title,kind,type,lifecycle,owner,system,domain,status,score,owner,runbook,monitors,oncall-contact,to_fix,exemptions,evaluated_at',
    );
    expect(row).toBe(
      'component:default/fn,,Component,lambda-function,production,group:default/team-a,system:default/sys-a,domain:default/dom,fail,75,pass,fail,pass,,runbook: runbook fail,,2026-11-22T10:00:00.000Z',
    );
    expect(end).toBe('');
  });

  it('says which checks are exempt, until when, who approved and why, and leaves them out of what to fix', () => {
    const result = readiness('fn', { failing: ['runbook', 'monitors'] });
    result.checks[1] = {
      ...result.checks[1],
      status: 'exempt',
      exemption: {
        id: 'ex-1',
        reason: 'Moving to TechDocs',
        expiresAt: '2026-12-20T00:00:00.000Z',
        approvedBy: 'user:default/lead',
        originalStatus: 'fail',
      },
    };
    const row = toCsv([result], ['runbook', 'monitors']).split('\r\n')[1];
    expect(row).toContain(
      ',exempt,fail,monitors: monitors fail,"runbook: until 2026-12-20, approved by user:default/lead: Moving to TechDocs",',
    );
  });

  it('quotes commas and quotes, and defuses formulas', () => {
    const result = {
      ...readiness('fn'),
      title: '=HYPERLINK("https://evil.example.net","click"), really',
    };
    const row = toCsv([result], []).split('\r\n')[1];
    expect(row).toContain(
      `"'=HYPERLINK(""https://evil.example.net"",""click""), really"`,
    );
  });

  it("keeps a reason written in lines (capacity's one check a line) inside its quoted to_fix cell", () => {
    const result = readiness('fn');
    result.checks[0] = {
      ...result.checks[0],
      checkId: 'capacity',
      status: 'fail',
      reason:
        'Lambda fn-prod: needs 400; reserved 100.\nKinesis stream events-prod: needs 12 shards; has 4.',
    };
    const [, row, end] = toCsv([result], ['capacity']).split('\r\n');
    expect(row).toContain(
      ',fail,"capacity: Lambda fn-prod: needs 400; reserved 100.\nKinesis stream events-prod: needs 12 shards; has 4.",,',
    );
    expect(end).toBe('');
  });
});

describe('toCsvInParts', () => {
  it('writes what toCsv writes of all the parts, one header first', async () => {
    const results = [
      readiness('a', { failing: ['runbook'] }),
      readiness('b'),
      readiness('c', { failing: ['monitors'] }),
    ];
    async function* parts() {
      yield results.slice(0, 2);
      yield results.slice(2);
    }
    const checkIds = ['runbook', 'monitors'];
    expect(await toCsvInParts(parts(), checkIds)).toBe(
      toCsv(results, checkIds),
    );
  });
});
