import { driftToCsv } from './driftCsv';
import { StoreDrift } from './drift';

const store: StoreDrift = {
  store: 'resource:default/aws-secrets-manager-prod',
  provider: 'aws-secrets-manager',
  simulated: true,
  status: 'ok',
  checkedAt: '2026-12-05T12:00:00.000Z',
  lastGoodAt: '2026-12-05T12:00:00.000Z',
  items: 2,
  itemsInCatalog: 1,
  findings: [
    {
      kind: 'shadow',
      severity: 'error',
      store: 'resource:default/aws-secrets-manager-prod',
      item: 'shared/ci-deploy-token',
      evidence:
        'shared/ci-deploy-token (secret) is in the store, and no catalog secret names it.',
      fix: 'Add it to the catalog, or delete it.',
    },
  ],
};

describe('driftToCsv', () => {
  it('writes one row per finding, and a row with the problem for a store without findings', () => {
    const csv = driftToCsv([
      store,
      {
        ...store,
        store: 'resource:default/vault',
        status: 'unknown',
        problem: 'access-denied: Vault refused the token',
        lastGoodAt: undefined,
        findings: [],
      },
    ]);
    expect(csv.trim().split(/\r?\n/)).toEqual([
      'store,provider,simulated,storeStatus,checkedAt,lastGoodAt,kind,severity,secret,item,evidence,fix',
      'resource:default/aws-secrets-manager-prod,aws-secrets-manager,true,ok,2026-12-05T12:00:00.000Z,2026-12-05T12:00:00.000Z,shadow,error,,shared/ci-deploy-token,"shared/ci-deploy-token (secret) is in the store, and no catalog secret names it.","Add it to the catalog, or delete it."',
      'resource:default/vault,aws-secrets-manager,true,unknown,2026-12-05T12:00:00.000Z,,,,,,access-denied: Vault refused the token,',
    ]);
  });
});
