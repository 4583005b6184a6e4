import http from 'http';
import { AddressInfo } from 'net';

/** How long GetMetricData takes to answer (CloudWatch's is typically 100-300 ms). */
const METRIC_DATA_LATENCY_MS = 250;

/** One call the fake answered: which operation, from which access key (which replica). */
export interface FakeAwsCall {
  operation: string;
  accessKeyId: string;
  /** Every dimension value named in the request (GetMetricData): which stages it asked for. */
  dimensionValues: string[];
  /** GetMetricData's `StartTime` and `EndTime` (epoch ms): which metric window it fetched. */
  window?: { start: number; end: number };
  at: number;
}

/** A DescribeAlarms call held open until `release` is called (a readiness run in progress). */
export interface HeldDescribeAlarms {
  accessKeyId: string;
  release(): void;
}

/** The access key of a SigV4 `Authorization` header: `Credential=<key>/<date>/...`. */
function accessKeyOf(request: http.IncomingMessage): string {
  const match = /Credential=([^/,\s]+)\//.exec(
    String(request.headers.authorization ?? ''),
  );
  return match?.[1] ?? '';
}

function readBody(request: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', chunk => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

type MetricDataQuery = {
  Id?: string;
  MetricStat?: {
    Period?: number;
    Metric?: { Dimensions?: Array<{ Name?: string; Value?: string }> };
  };
};

/** A full series per query, one point per period, in the AWS JSON protocol's epoch seconds. */
function metricDataAnswer(body: {
  MetricDataQueries?: MetricDataQuery[];
  StartTime?: number;
  EndTime?: number;
}) {
  const start = body.StartTime ?? 0;
  const end = body.EndTime ?? start;
  return {
    MetricDataResults: (body.MetricDataQueries ?? []).map((query, i) => {
      const period = query.MetricStat?.Period ?? 60;
      const timestamps: number[] = [];
      for (let t = start; t < end; t += period) timestamps.push(t);
      return {
        Id: query.Id,
        Label: query.Id,
        StatusCode: 'Complete',
        Timestamps: timestamps,
        Values: timestamps.map((_, j) => 100 + ((i * 7 + j) % 13)),
      };
    }),
  };
}

/**
 * CloudWatch on loopback for backend processes (`AWS_ENDPOINT_URL`), speaking the AWS JSON
 * 1.0 protocol the installed `@aws-sdk/client-cloudwatch` uses (`X-Amz-Target:
 * GraniteServiceVersion20100801.<Operation>`). It answers GetMetricData with full series and
 * DescribeAlarms with every named alarm OK, and records each call with the caller's access key,
 * so a test tells the replicas apart by giving each its own key. DescribeAlarms can be held
 * open (`holdDescribeAlarms`) to keep a readiness run in progress. Any other operation (or
 * service) is refused, so nothing is ever answered by accident.
 */
export class FakeAws {
  readonly calls: FakeAwsCall[] = [];
  private holding = false;
  private readonly held: Array<() => void> = [];
  private readonly heldListeners: Array<(call: HeldDescribeAlarms) => void> =
    [];

  private readonly server = http.createServer((request, response) => {
    this.handle(request, response).catch(error => {
      response.writeHead(500, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ message: String(error) }));
    });
  });
  /** Where the fake listens; `AWS_ENDPOINT_URL` for the replicas. */
  url = '';

  static async start(): Promise<FakeAws> {
    const fake = new FakeAws();
    await new Promise<void>(resolve =>
      fake.server.listen(0, '127.0.0.1', () => resolve()),
    );
    const { port } = fake.server.address() as AddressInfo;
    fake.url = `http://127.0.0.1:${port}`;
    return fake;
  }

  /** GetMetricData calls, optionally only those asking for a dimension value containing `about`. */
  metricDataCalls(about?: string): FakeAwsCall[] {
    return this.calls.filter(
      call =>
        call.operation === 'GetMetricData' &&
        (about === undefined ||
          call.dimensionValues.some(value => value.includes(about))),
    );
  }

  /**
   * From now on each DescribeAlarms call waits until released; `onHeld` hears of each.
   * `stopHolding` releases every waiting call and answers later ones at once.
   */
  holdDescribeAlarms(onHeld: (call: HeldDescribeAlarms) => void): void {
    this.holding = true;
    this.heldListeners.push(onHeld);
  }

  stopHolding(): void {
    this.holding = false;
    this.heldListeners.length = 0;
    for (const release of this.held.splice(0)) release();
  }

  async stop(): Promise<void> {
    this.stopHolding();
    this.server.closeAllConnections();
    await new Promise<void>(resolve => this.server.close(() => resolve()));
  }

  private async handle(
    request: http.IncomingMessage,
    response: http.ServerResponse,
  ): Promise<void> {
    const body = await readBody(request);
    const target = String(request.headers['x-amz-target'] ?? '');
    const operation = target.startsWith('GraniteServiceVersion20100801.')
      ? target.slice(target.indexOf('.') + 1)
      : `${request.method} ${request.url}`;
    const accessKeyId = accessKeyOf(request);
    const input = body && target ? JSON.parse(body) : {};
    const dimensionValues = (
      (input.MetricDataQueries ?? []) as MetricDataQuery[]
    ).flatMap(query =>
      (query.MetricStat?.Metric?.Dimensions ?? []).map(d => d.Value ?? ''),
    );
    const window =
      typeof input.StartTime === 'number' && typeof input.EndTime === 'number'
        ? { start: input.StartTime * 1000, end: input.EndTime * 1000 }
        : undefined;
    this.calls.push({
      operation,
      accessKeyId,
      dimensionValues,
      ...(window ? { window } : {}),
      at: Date.now(),
    });

    const answer = (status: number, json: unknown) => {
      if (response.destroyed) return;
      response.writeHead(status, {
        'content-type': 'application/x-amz-json-1.0',
      });
      response.end(JSON.stringify(json));
    };

    if (operation === 'GetMetricData') {
      // CloudWatch takes its time, so viewers on every replica ask while a fetch is running.
      await new Promise(resolve => setTimeout(resolve, METRIC_DATA_LATENCY_MS));
      answer(200, metricDataAnswer(input));
      return;
    }
    if (operation === 'DescribeAlarms') {
      if (this.holding) {
        await new Promise<void>(release => {
          this.held.push(release);
          for (const listener of this.heldListeners) {
            listener({ accessKeyId, release });
          }
        });
      }
      const now = Date.now() / 1000;
      answer(200, {
        MetricAlarms: ((input.AlarmNames ?? []) as string[]).map(name => ({
          AlarmName: name,
          StateValue: 'OK',
          StateUpdatedTimestamp: now,
        })),
        CompositeAlarms: [],
      });
      return;
    }
    answer(400, {
      __type: 'com.amazon.coral.service#UnknownOperationException',
      message: `The replica test's fake AWS does not answer ${operation}`,
    });
  }
}
