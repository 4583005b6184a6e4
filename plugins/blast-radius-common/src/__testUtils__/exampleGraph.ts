import { TestCatalog } from './TestCatalog';

/** Who depends on, stores, writes or reads what in the example graph. */
// prettier-ignore
const EDGES: Array<[string, string, string]> = [
  ['resource:default/secret-a', 'dependsOn', 'resource:default/store'],
  ['resource:default/secret-a', 'storedIn', 'resource:default/store'],
  ['resource:default/secret-b', 'dependsOn', 'resource:default/store'],
  ['component:default/api', 'dependsOn', 'resource:default/secret-a'],
  ['component:default/worker', 'dependsOn', 'resource:default/secret-a'],
  ['component:default/worker', 'dependsOn', 'component:default/api'],
  ['component:default/worker', 'writesTo', 'resource:default/stream'],
  ['component:default/consumer', 'readsFrom', 'resource:default/stream'],
];

/**
 * A small catalog: a secret store, two secrets in it, services using them, a
 * stream one of them writes and a consumer of that stream; three teams.
 */
export function exampleGraph(): TestCatalog {
  const catalog = new TestCatalog()
    .add('user:default/ana', {
      profile: { displayName: 'Ana Silva', email: 'ana@example.com' },
    })
    .add('user:default/ben', { profile: { displayName: 'Ben Ode' } })
    .add('group:default/platform-team', {
      title: 'Platform',
      annotations: { 'stagecraft.io/oncall-contact': 'user:default/ana' },
      links: [
        {
          url: 'https://oncall.example.com/platform',
          title: 'Platform on-call',
          type: 'oncall',
        },
        { url: 'https://chat.example.com/platform', title: 'chat' },
      ],
      profile: { displayName: 'Platform Team', email: 'platform@example.com' },
    })
    .add('group:default/reviews-team', {
      title: 'Reviews',
      annotations: { 'stagecraft.io/oncall-contact': 'ben' },
    })
    .add('group:default/ghost-team', { title: 'Ghosts' })
    .add('system:default/platform', {
      title: 'Platform',
      owner: 'group:default/platform-team',
    })
    .add('system:default/reviews', {
      title: 'Reviews',
      owner: 'group:default/reviews-team',
    })
    .add('resource:default/store', {
      title: 'Secrets Manager',
      type: 'secret-store',
      owner: 'group:default/platform-team',
      system: 'system:default/platform',
      links: [
        {
          url: 'https://wiki.example.com/store-runbook',
          title: 'Store runbook',
          type: 'runbook',
        },
        { url: 'https://wiki.example.com/store-docs', title: 'Docs' },
      ],
    })
    .add('resource:default/secret-a', {
      type: 'secret',
      owner: 'group:default/reviews-team',
      system: 'system:default/reviews',
      links: [
        {
          url: 'https://wiki.example.com/secret-a-leak',
          title: 'Secret A leak',
          type: 'incident-response',
        },
        {
          url: 'https://wiki.example.com/secret-a-rotate',
          title: 'Rotate',
          type: 'rotation-guide',
        },
      ],
    })
    .add('resource:default/secret-b', {
      type: 'secret',
      owner: 'group:default/platform-team',
    })
    .add('component:default/api', {
      type: 'service',
      owner: 'group:default/reviews-team',
      system: 'system:default/reviews',
      links: [
        {
          url: 'https://wiki.example.com/api-runbook',
          title: 'API runbook',
          type: 'runbook',
        },
      ],
    })
    .add('component:default/worker', {
      type: 'lambda-function',
      owner: 'group:default/reviews-team',
    })
    .add('resource:default/stream', {
      type: 'kinesis-stream',
      owner: 'group:default/reviews-team',
    })
    .add('component:default/consumer', {
      type: 'lambda-function',
      owner: 'group:default/ghost-team',
    })
    .add('component:default/unrelated', {
      owner: 'group:default/ghost-team',
    });
  for (const [source, type, target] of EDGES) {
    catalog.relate(source, type, target);
  }
  return catalog;
}
