import { clientApis } from '@internal/stagecraft-frontend-test-utils';
import { PipelinesClient } from './PipelinesClient';

describe('PipelinesClient', () => {
  const baseUrl = 'http://backend';

  it('calls the pipeline and stage routes', async () => {
    const urls: string[] = [];
    const client = new PipelinesClient(
      clientApis({
        baseUrl,
        fetch: async (input: any) => {
          urls.push(String(input));
          return new Response(JSON.stringify({}), { status: 200 });
        },
      }),
    );
    await client.getPipelineView(
      { kind: 'Component', namespace: 'default', name: 'p' },
      '3h',
    );
    await client.getStageMetrics(
      { kind: 'Resource', namespace: 'default', name: 'q' },
      '7d',
    );
    await client.getStageConfig({
      kind: 'Component',
      namespace: 'default',
      name: 'fn',
    });
    await client.getEdgeDrift({
      kind: 'Component',
      namespace: 'default',
      name: 'p',
    });
    await client.getCapacity({
      kind: 'System',
      namespace: 'default',
      name: 'Shop',
    });
    expect(urls).toEqual([
      'http://backend/api/pipelines/entities/component/default/p/pipeline?range=3h',
      'http://backend/api/pipelines/entities/resource/default/q/metrics?range=7d',
      'http://backend/api/pipelines/entities/component/default/fn/config',
      'http://backend/api/pipelines/entities/component/default/p/drift',
      'http://backend/api/pipelines/entities/system/default/shop/capacity',
    ]);
  });

  it('turns an error response into an error carrying the backend message', async () => {
    const client = new PipelinesClient(
      clientApis({
        baseUrl,
        fetch: async () =>
          new Response(
            JSON.stringify({
              error: { name: 'InputError', message: 'range must be one of …' },
              response: { statusCode: 400 },
            }),
            { status: 400, headers: { 'content-type': 'application/json' } },
          ),
      }),
    );
    const error = await client
      .getPipelineView(
        { kind: 'Component', namespace: 'default', name: 'p' },
        '3h',
      )
      .catch(e => e);
    expect(error.name).toBe('ResponseError');
    expect(error.statusCode).toBe(400);
    expect(error.cause.message).toBe('range must be one of …');
  });
});
