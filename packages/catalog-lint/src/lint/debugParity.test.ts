import { startTestPortal } from '../__testUtils__/testPortal';
process.env.LOG_LEVEL = 'warn';
const C = '/work/shared/corpus/real-catalog/';
it('debug', async () => {
  const portal = await startTestPortal([C + 'goafabric__backstage__catalog__resources.yaml', C + 'ibm-messaging__mq-dev-patterns__backstage__catalog-info.yaml']);
  const refs = await portal.settle(1, 60000);
  console.log(refs);
  const r = await fetch(`${portal.baseUrl}/api/catalog/entities/by-name/component/default/api-gateway`, { headers: { authorization: `Bearer ${portal.token}` } });
  console.log(JSON.stringify(await r.json(), null, 1).slice(0, 1500));
  await portal.stop();
}, 120000);
