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

const withSettings = (name: string, settings: Record<string, unknown>) =>
  component(name, { spec: { settings } });

const location = (name: string, target: string) => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Location',
  metadata: { name },
  spec: { type: 'url', target },
});

/**
 * A `$json` or `$yaml` placeholder in `spec.settings` bringing in
 * `settings.<format>`, or `broken.<format>` (a file that does not parse).
 */
const placeholderLeak = (
  format: 'json' | 'yaml',
  token: string,
  { broken = false }: { broken?: boolean } = {},
) => ({
  name: `$${format} placeholder${broken ? ' that does not parse' : ''}`,
  values: [token],
  entity: withSettings(`leak-${broken ? 'broken-' : ''}${format}`, {
    [`$${format}`]: `./${broken ? 'broken' : 'settings'}.${format}`,
  }),
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

  // Each case of cases.yaml beside the entity it is refused as; the others
  // leak through named.yaml or a registered location.
  const leaks: Array<
    LeakCase & { entity?: { kind: string; metadata: { name: string } } }
  > = [
    {
      name: 'secret in prose (description)',
      values: [prose],
      entity: component('leak-prose', {
        metadata: {
          description: `Deploys with the bot token ${prose} until the vault migration is done.`,
        },
      }),
    },
    {
      name: 'secret in a multi-line block scalar',
      values: [blockScalar],
      entity: component('leak-block-scalar', {
        spec: {
          runbook: `Restart steps:\n1. export GITHUB_TOKEN=${blockScalar}\n2. run ./deploy.sh\n`,
        },
      }),
    },
    {
      name: '$text placeholder in tags, served by url',
      values: [tagToken],
      entity: component('leak-text-tag', {
        metadata: { tags: ['orders', { $text: './tag.txt' }] },
      }),
    },
    placeholderLeak('json', jsonToken),
    placeholderLeak('yaml', yamlToken),
    placeholderLeak('json', brokenJsonToken, { broken: true }),
    placeholderLeak('yaml', brokenYamlToken, { broken: true }),
    {
      name: 'key name that is a token',
      values: [keyToken],
      entity: component('leak-key-name', {
        spec: { allowedTokens: { [keyToken]: 'deploy' } },
      }),
    },
    {
      name: 'db_password as a number',
      values: [String(numeric)],
      entity: withSettings('leak-number', { db_password: numeric }),
    },
    {
      name: 'value over 64 KiB with a token at the end',
      values: [longValueToken],
      entity: component('leak-long-value', {
        spec: {
          notes: `${'lorem ipsum dolor '.repeat(4000)}token ${longValueToken}`,
        },
      }),
    },
    {
      name: 'base64-wrapped token',
      values: [wrapped],
      entity: withSettings('leak-base64', { config: wrapped }),
    },
    {
      name: 'Kubernetes {name: DB_PASSWORD, value} pair',
      values: [k8sPassword],
      entity: component('leak-k8s-env', {
        spec: { env: [{ name: 'DB_PASSWORD', value: k8sPassword }] },
      }),
    },
    {
      name: 'Password= and AccountKey= connection strings',
      values: [sqlPassword, accountKey],
      entity: component('leak-connection-strings', {
        spec: {
          databases: {
            orders: `Server=orders-db;Database=orders;User Id=app;Password=${sqlPassword};`,
            blobs: `DefaultEndpointsProtocol=https;AccountName=ordersblobs;AccountKey=${accountKey};EndpointSuffix=core.windows.net`,
          },
        },
      }),
    },
    { name: 'token as metadata.name', values: [nameToken] },
    {
      name: 'Location entity target with user:token@',
      values: [userInfoToken],
      entity: location(
        'leak-location-user-info',
        withUserInfo(serverUrl('clean.yaml'), userInfoToken),
      ),
    },
    {
      name: 'Location entity target with ?token=',
      values: [queryToken],
      entity: location(
        'leak-location-query',
        `${serverUrl('clean.yaml')}?token=${queryToken}`,
      ),
    },
    {
      name: 'registered location with user:token@',
      values: [apiUserInfoToken],
    },
    { name: 'registered location with ?token=', values: [apiQueryToken] },
  ];
  const entities = leaks.flatMap(({ entity }) => (entity ? [entity] : []));
  const cases: LeakCase[] = leaks.map(({ entity, ...leak }) =>
    entity
      ? {
          ...leak,
          refusedRef: `${entity.kind.toLocaleLowerCase('en-US')}:default/${
            entity.metadata.name
          }`,
        }
      : leak,
  );

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
