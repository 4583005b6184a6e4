import { SeededRandom } from '@internal/stagecraft-test-utils';

/** A catalog entity as teams write it; placements add to it. */
export type CatalogEntity = {
  apiVersion: string;
  kind: string;
  metadata: {
    name: string;
    namespace?: string;
    description?: string;
    annotations?: Record<string, string>;
    links?: Array<{ url: string; title: string }>;
    tags?: string[];
  };
  spec: Record<string, any>;
};

const TEAMS = ['payments', 'orders', 'platform', 'identity', 'data', 'search'];
const COMPONENT_TYPES = ['service', 'website', 'library', 'pipeline'];
const RESOURCE_TYPES = ['database', 's3-bucket', 'sqs-queue', 'kinesis-stream'];

export function baseEntity(r: SeededRandom, index: number): CatalogEntity {
  const component = r.next() < 0.75;
  const team = r.pick(TEAMS);
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: component ? 'Component' : 'Resource',
    metadata: {
      name: `${team}-${component ? 'svc' : 'res'}-${index}`,
      ...(r.next() < 0.3 ? { namespace: team } : {}),
      ...(r.next() < 0.4
        ? { tags: [team, r.pick(['java', 'node', 'go'])] }
        : {}),
    },
    spec: {
      type: r.pick(component ? COMPONENT_TYPES : RESOURCE_TYPES),
      owner: `group:default/${team}`,
      ...(component
        ? { lifecycle: r.pick(['production', 'experimental']) }
        : {}),
    },
  };
}

export function addAnnotation(
  entity: CatalogEntity,
  key: string,
  value: string,
) {
  entity.metadata.annotations = {
    ...entity.metadata.annotations,
    [key]: value,
  };
}

export function addLink(entity: CatalogEntity, url: string, title: string) {
  entity.metadata.links = [...(entity.metadata.links ?? []), { url, title }];
}

/** `DD_API_KEY` → `dd-api-key`. */
export const kebab = (envName: string) =>
  envName.toLowerCase().replace(/_+/g, '-');
/** `DD_API_KEY` → `dd_api_key`. */
export const snake = (envName: string) =>
  envName.toLowerCase().replace(/_+/g, '_');
/** `DD_API_KEY` → `ddApiKey`. */
export const camel = (envName: string) =>
  envName
    .toLowerCase()
    .replace(/_+([a-z0-9])/g, (_, c: string) => c.toUpperCase());

/** Values just over the guard's 64 KiB scan window. */
export const LARGE_VALUE_BYTES = 66 * 1024;

/** Harmless log lines, the kind of blob teams paste into a description or spec. */
export function largeLog(r: SeededRandom, bytes = LARGE_VALUE_BYTES): string {
  const lines: string[] = [];
  let size = 0;
  const start = Date.UTC(2024, 4, 1);
  while (size < bytes) {
    const line = `${new Date(
      start + lines.length * 1337,
    ).toISOString()} ${r.pick(['INFO', 'WARN', 'DEBUG'])} ${r.pick(
      TEAMS,
    )}-api request completed path=/v1/${r.pick([
      'orders',
      'items',
      'health',
    ])}/${r.int(1, 99999)} status=${r.pick([
      200, 201, 204, 404,
    ])} duration_ms=${r.int(1, 900)}`;
    lines.push(line);
    size += line.length + 1;
  }
  return lines.join('\n');
}
