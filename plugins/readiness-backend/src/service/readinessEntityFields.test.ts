import { mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { ConfigReader } from '@backstage/config';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  evaluateReadiness,
  readReadinessRulesConfig,
  ReadinessRulesConfig,
} from '@stagecraft/plugin-readiness-common';
import { loadExampleCatalog } from '@internal/stagecraft-test-utils';
import { ReadinessCatalogReader } from './ReadinessCatalogReader';
import { READINESS_ENTITY_FIELDS } from './readinessEntityFields';

const AT = new Date('2026-11-22T10:00:00Z');

/**
 * Rules that read what only configuration names: an annotation and a link type a check
 * requires, an `appliesTo` on an annotation, on tags and on what an entity reads from, and
 * the evidence checks (which apply to no entity unless configured).
 */
const CONFIGURED_RULES = readReadinessRulesConfig(
  new ConfigReader({
    stagecraft: {
      readiness: {
        checks: {
          'load-test': {
            appliesTo: [{ kind: ['Component'], lifecycle: ['production'] }],
          },
          'failover-drill': {
            appliesTo: [{ kind: ['Component'], excludeTags: ['batch'] }],
          },
          dashboard: {
            title: 'Dashboard',
            severity: 'warning',
            appliesTo: [
              { annotations: ['stagecraft.io/cloudwatch-alarms'] },
              { kind: ['Component'], readsFromType: ['kinesis-stream'] },
              { tags: ['java', 'typescript'] },
            ],
            require: {
              annotations: ['pagerduty.com/service-id'],
              linkTypes: ['dashboard'],
            },
          },
        },
      },
    },
  }),
);

const RULES: Array<[string, ReadinessRulesConfig | undefined]> = [
  ['the default rules', undefined],
  ['configured rules', CONFIGURED_RULES],
];

/** The example catalog as a run reads it: through the reader, from the catalog. */
async function readAsARunDoes(entities: Entity[]): Promise<Entity[]> {
  const reader = new ReadinessCatalogReader(
    catalogServiceMock({ entities }),
    mockServices.auth(),
  );
  return reader.readAll();
}

const isCovered = (path: string) =>
  READINESS_ENTITY_FIELDS.some(
    field =>
      path === field ||
      path.startsWith(`${field}.`) ||
      // an object on the way to a field, e.g. `spec` read for `spec.owner`
      field.startsWith(`${path}.`),
  );

/** The entities, each wrapped so that every path read from it is added to `read`. */
function recordingReads(entities: Entity[], read: Set<string>): Entity[] {
  const wrap = (value: unknown, path: string): any => {
    if (typeof value !== 'object' || value === null) return value;
    return new Proxy(value, {
      get(target, key, receiver) {
        if (typeof key === 'symbol') return Reflect.get(target, key, receiver);
        const at = path ? `${path}.${key}` : key;
        read.add(at);
        return wrap(Reflect.get(target, key, receiver), at);
      },
      has(target, key) {
        if (typeof key !== 'symbol') read.add(path ? `${path}.${key}` : key);
        return Reflect.has(target, key);
      },
      ownKeys(target) {
        read.add(path ? `${path}.*` : '*');
        return Reflect.ownKeys(target);
      },
    });
  };
  return entities.map(entity => wrap(entity, ''));
}

describe('the entity fields a readiness run reads from the catalog', () => {
  const whole = loadExampleCatalog();

  it('are fewer than the whole entities hold', async () => {
    const light = await readAsARunDoes(whole);
    expect(light).toHaveLength(whole.length);
    const user = light.find(entity => entity.kind === 'User')!;
    expect(user.spec).toBeUndefined();
    expect(JSON.stringify(light).length).toBeLessThan(
      JSON.stringify(whole).length,
    );
  });

  it.each(RULES)(
    'give every example entity the verdicts its whole entity gets, under %s',
    async (_name, rules) => {
      const expected = evaluateReadiness(whole, rules, AT);
      expect(expected.length).toBeGreaterThan(40);

      const actual = evaluateReadiness(await readAsARunDoes(whole), rules, AT);

      expect(actual).toEqual(expected);
    },
  );

  it.each(RULES)(
    'cover every field an evaluation reads, under %s',
    (_name, rules) => {
      const read = new Set<string>();
      const results = evaluateReadiness(recordingReads(whole, read), rules, AT);
      expect(results.length).toBeGreaterThan(40);
      expect(read).toContain('spec.owner');

      expect([...read].filter(path => !isCovered(path))).toEqual([]);
    },
  );
});
