import http from 'http';
import { AddressInfo } from 'net';

/**
 * A local stand-in for CloudWatch's GetMetricData (AWS JSON 1.0: `POST /` with
 * `X-Amz-Target: GraniteServiceVersion20100801.GetMetricData`), answering every query with one
 * point at the window's start and counting the calls. Point the plugin at it with
 * `stagecraft.pipelines.cloudwatch.endpoint`.
 */
export async function startFakeCloudWatch() {
  const calls: { queries: number }[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', chunk => {
      body += chunk;
    });
    req.on('end', () => {
      const target = String(req.headers['x-amz-target'] ?? '');
      if (!target.endsWith('.GetMetricData')) {
        res.writeHead(400, { 'content-type': 'application/x-amz-json-1.0' });
        res.end(JSON.stringify({ __type: 'UnknownOperationException' }));
        return;
      }
      const input = JSON.parse(body) as {
        MetricDataQueries: { Id: string }[];
        StartTime: number;
      };
      calls.push({ queries: input.MetricDataQueries.length });
      res.writeHead(200, { 'content-type': 'application/x-amz-json-1.0' });
      res.end(
        JSON.stringify({
          MetricDataResults: input.MetricDataQueries.map((q, i) => ({
            Id: q.Id,
            StatusCode: 'Complete',
            Timestamps: [input.StartTime],
            Values: [i],
          })),
        }),
      );
    });
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  return {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    calls,
    close: () => new Promise<void>(resolve => server.close(() => resolve())),
  };
}
