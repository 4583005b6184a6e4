import { stringify } from 'yaml';
import {
  fakeAzureStorageKey,
  fakeGithubToken,
  fakeNumericPassword,
  fakePassword,
} from './fakeSecrets';

/** One way a secret value reaches the catalog, and the values to look for. */
export type LeakCase = {
  name: string;
  /** The values that must be found nowhere. */
  values: string[];
  /** The entity whose refusal is reported, if the case has one. */
  refusedRef?: string;
};

const component = (name: string, extra: Record<string, unknown>) => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name, ...((extra.metadata as object) ?? {}) },
  spec: {
    type: 'service',
    lifecycle: 'production',
    owner: 'group:team-a',
    ...((extra.spec as object) ?? {}),
  },
});

const withUserInfo = (url: string, token: string) =>
  url.replace('://', `://deploy:${token}@`);

/**
 * Files (served over HTTP and read through a `url` location) that leak
 * secret values in every way issue 13 lists, and the locations to register
 * through the catalog API with credentials in their target.
 */
export function leakCases(serverUrl: (file: string) => string) {
  const prose = fakeGithubToken();
  const blockScalar = fakeGithubToken();
  const tagToken = fakeGithubToken();
  const jsonToken = fakeGithubToken();
  const yamlToken = fakeGithubToken();
  const brokenJsonToken = fakeGithubToken();
  const brokenYamlToken = fakeGithubToken();
  const keyToken = fakeGithubToken();
  const numeric = fakeNumericPassword();
  const longValueToken = fakeGithubToken();
  const wrapped = Buffer.from(
    JSON.stringify({ token: fakeGithubToken() }),
  ).toString('base64');
  const k8sPassword = fakePassword();
  const sqlPassword = fakePassword();
  const accountKey = fakeAzureStorageKey();
  const nameToken = fakeGithubToken();
  const userInfoToken = fakeGithubToken();
  const queryToken = fakeGithubToken();
  const apiUserInfoToken = fakeGithubToken();
  const apiQueryToken = fakeGithubToken();

  const entities = [
    component('leak-prose', {
      metadata: {
        description: `Deploys with the bot token ${prose} until the vault migration is done.`,
      },
    }),
    component('leak-block-scalar', {
      spec: {
        runbook: `Restart steps:\n1. export GITHUB_TOKEN=${blockScalar}\n2. run ./deploy.sh\n`,
      },
    }),
    component('leak-text-tag', {
      metadata: { tags: ['orders', { $text: './tag.txt' }] },
    }),
    component('leak-json', {
      spec: { settings: { $json: './settings.json' } },
    }),
    component('leak-yaml', {
      spec: { settings: { $yaml: './settings.yaml' } },
    }),
    component('leak-broken-json', {
      spec: { settings: { $json: './broken.json' } },
    }),
    component('leak-broken-yaml', {
      spec: { settings: { $yaml: './broken.yaml' } },
    }),
    component('leak-key-name', {
      spec: { allowedTokens: { [keyToken]: 'deploy' } },
    }),
    component('leak-number', { spec: { settings: { db_password: numeric } } }),
    component('leak-long-value', {
      spec: {
        notes: `${'lorem ipsum dolor '.repeat(4000)}token ${longValueToken}`,
      },
    }),
    component('leak-base64', { spec: { settings: { config: wrapped } } }),
    component('leak-k8s-env', {
      spec: { env: [{ name: 'DB_PASSWORD', value: k8sPassword }] },
    }),
    component('leak-connection-strings', {
      spec: {
        databases: {
          orders: `Server=orders-db;Database=orders;User Id=app;Password=${sqlPassword};`,
          blobs: `DefaultEndpointsProtocol=https;AccountName=ordersblobs;AccountKey=${accountKey};EndpointSuffix=core.windows.net`,
        },
      },
    }),
    {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Location',
      metadata: { name: 'leak-location-user-info' },
      spec: {
        type: 'url',
        target: withUserInfo(serverUrl('clean.yaml'), userInfoToken),
      },
    },
    {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Location',
      metadata: { name: 'leak-location-query' },
      spec: {
        type: 'url',
        target: `${serverUrl('clean.yaml')}?token=${queryToken}`,
      },
    },
  ];

  const files: Record<string, string> = {
    'cases.yaml': entities.map(e => stringify(e)).join('---\n'),
    // the whole file fails: no stand-in can be named without the token
    'named.yaml': stringify(component(nameToken, {})),
    'clean.yaml': stringify(component('leak-clean-neighbour', {})),
    'tag.txt': tagToken,
    'settings.json': JSON.stringify({ region: 'eu-west-1', token: jsonToken }),
    'settings.yaml': stringify({ region: 'eu-west-1', token: yamlToken }),
    // JSON.parse and the YAML parser quote the source around the error
    'broken.json': `{"token": ${brokenJsonToken}, "region": "eu-west-1"}`,
    'broken.yaml': `region: eu-west-1\ntoken: ${brokenYamlToken}: x\nretries: 3\n`,
  };

  const refused = (name: string, kind = 'component') =>
    `${kind}:default/${name}`;
  const cases: LeakCase[] = [
    {
      name: 'secret in prose (description)',
      values: [prose],
      refusedRef: refused('leak-prose'),
    },
    {
      name: 'secret in a multi-line block scalar',
      values: [blockScalar],
      refusedRef: refused('leak-block-scalar'),
    },
    {
      name: '$text placeholder in tags, served by url',
      values: [tagToken],
      refusedRef: refused('leak-text-tag'),
    },
    {
      name: '$json placeholder',
      values: [jsonToken],
      refusedRef: refused('leak-json'),
    },
    {
      name: '$yaml placeholder',
      values: [yamlToken],
      refusedRef: refused('leak-yaml'),
    },
    {
      name: '$json placeholder that does not parse',
      values: [brokenJsonToken],
      refusedRef: refused('leak-broken-json'),
    },
    {
      name: '$yaml placeholder that does not parse',
      values: [brokenYamlToken],
      refusedRef: refused('leak-broken-yaml'),
    },
    {
      name: 'key name that is a token',
      values: [keyToken],
      refusedRef: refused('leak-key-name'),
    },
    {
      name: 'db_password as a number',
      values: [String(numeric)],
      refusedRef: refused('leak-number'),
    },
    {
      name: 'value over 64 KiB with a token at the end',
      values: [longValueToken],
      refusedRef: refused('leak-long-value'),
    },
    {
      name: 'base64-wrapped token',
      values: [wrapped],
      refusedRef: refused('leak-base64'),
    },
    {
      name: 'Kubernetes {name: DB_PASSWORD, value} pair',
      values: [k8sPassword],
      refusedRef: refused('leak-k8s-env'),
    },
    {
      name: 'Password= and AccountKey= connection strings',
      values: [sqlPassword, accountKey],
      refusedRef: refused('leak-connection-strings'),
    },
    { name: 'token as metadata.name', values: [nameToken] },
    {
      name: 'Location entity target with user:token@',
      values: [userInfoToken],
      refusedRef: refused('leak-location-user-info', 'location'),
    },
    {
      name: 'Location entity target with ?token=',
      values: [queryToken],
      refusedRef: refused('leak-location-query', 'location'),
    },
    {
      name: 'registered location with user:token@',
      values: [apiUserInfoToken],
    },
    { name: 'registered location with ?token=', values: [apiQueryToken] },
  ];

  return {
    files,
    locations: [serverUrl('cases.yaml'), serverUrl('named.yaml')],
    /** Targets registered through `POST /api/catalog/locations`. */
    registeredTargets: [
      withUserInfo(serverUrl('clean.yaml'), apiUserInfoToken),
      `${serverUrl('clean.yaml')}?token=${apiQueryToken}`,
    ],
    cases,
  };
}
