import {
  CatalogEntity,
  addAnnotation,
  addLink,
  camel,
  kebab,
  largeLog,
  snake,
} from './entities';
import { SeededRandom } from '@internal/stagecraft-test-utils';
import { SecretFormat, SecretShape } from './secretFormats';

/** One way teams leak a secret into a catalog file. */
export type SecretPlacement = {
  id: string;
  accepts(format: SecretFormat): boolean;
  place(
    entity: CatalogEntity,
    value: string,
    format: SecretFormat,
    r: SeededRandom,
  ): void;
};

const shapeIn =
  (...shapes: SecretShape[]) =>
  (format: SecretFormat) =>
    shapes.includes(format.shape);
const shapeNot =
  (...shapes: SecretShape[]) =>
  (format: SecretFormat) =>
    !shapes.includes(format.shape);

const NEUTRAL_ANNOTATIONS = [
  'example.com/bootstrap',
  'ci.example.com/config',
  'example.com/deploy-note',
];
const PASSWORD_KEYS = ['password', 'db_password', 'adminPassword', 'passwd'];

/** The key a team would put the value under. */
function keyFor(format: SecretFormat, r: SeededRandom): string {
  if (format.shape === 'password' || format.shape === 'numeric') {
    return r.pick(PASSWORD_KEYS);
  }
  return r.pick([snake(format.envName), camel(format.envName)]);
}

const PROSE: Array<(noun: string, value: string, envName: string) => string> = [
  (noun, value) => `Uploader key; ${noun} is ${value}`,
  (noun, value) =>
    `Nightly export job. ${noun}: ${value} (rotate every quarter).`,
  (noun, value) =>
    `Calls the partner API with the ${noun} ${value} until the vault migration lands.`,
  (_, value, envName) => `Temporary, remove after launch: ${envName}=${value}`,
];

function runbook(format: SecretFormat, value: string): string {
  const step =
    format.shape === 'multiline'
      ? `2. Save the ${format.noun} below as ./secrets/key:\n\n${value}\n`
      : `2. export ${format.envName}=${value}`;
  return [
    'Local setup',
    '',
    '1. Install dependencies with `make deps`.',
    step,
    '3. Run `make dev` and open http://localhost:3000.',
    '',
  ].join('\n');
}

const base64 = (text: string) => Buffer.from(text).toString('base64');

export const SECRET_PLACEMENTS: SecretPlacement[] = [
  {
    id: 'annotation',
    accepts: shapeNot('numeric'),
    place(entity, value, format, r) {
      const key =
        format.selfEvident && r.next() < 0.5
          ? r.pick(NEUTRAL_ANNOTATIONS)
          : `ci.example.com/${kebab(format.envName)}`;
      addAnnotation(entity, key, value);
    },
  },
  {
    id: 'spec-field',
    accepts: () => true,
    place(entity, value, format, r) {
      const section = r.pick(['settings', 'integration', 'deploy']);
      entity.spec[section] = { enabled: true, [keyFor(format, r)]: value };
    },
  },
  {
    id: 'number-under-password-key',
    accepts: shapeIn('numeric'),
    place(entity, value) {
      entity.spec.database = {
        host: 'db.internal',
        db_password: Number(value),
      };
    },
  },
  {
    id: 'prose-description',
    accepts: shapeNot('multiline'),
    place(entity, value, format, r) {
      entity.metadata.description = r.pick(PROSE)(
        format.noun,
        value,
        format.envName,
      );
    },
  },
  {
    id: 'block-scalar',
    accepts: () => true,
    place(entity, value, format) {
      entity.spec.runbook = runbook(format, value);
    },
  },
  {
    id: 'url-userinfo',
    accepts: shapeIn('token', 'password', 'numeric'),
    place(entity, value, _, r) {
      const host = r.pick([
        'git.example.com',
        'nexus.internal.example.com',
        'api.partner.example',
      ]);
      addLink(
        entity,
        `https://${r.pick([
          'deploy',
          'x-access-token',
          'ci',
        ])}:${encodeURIComponent(value)}@${host}/${r.pick([
          'orders/app.git',
          'repository/releases',
          'v1/status',
        ])}`,
        'Artifacts',
      );
    },
  },
  {
    id: 'url-query',
    accepts: shapeIn('token', 'password'),
    place(entity, value, format, r) {
      const param =
        format.shape === 'password'
          ? 'password'
          : r.pick(['token', 'access_token', 'api_key', 'apikey', 'key']);
      addLink(
        entity,
        `https://status.example.com/api/v1/notify?${param}=${encodeURIComponent(
          value,
        )}&channel=deploys`,
        'Status hook',
      );
    },
  },
  {
    id: 'kubernetes-env-pair',
    accepts: () => true,
    place(entity, value, format) {
      entity.spec.env = [
        { name: 'LOG_LEVEL', value: 'info' },
        { name: format.envName, value },
      ];
    },
  },
  {
    id: 'key-name',
    accepts: format => format.selfEvident && format.shape === 'token',
    place(entity, value) {
      entity.spec.allowedTokens = { [value]: 'ci-bot' };
    },
  },
  {
    id: 'base64-wrapped',
    accepts: () => true,
    place(entity, value, format, r) {
      entity.spec.bootstrap =
        format.shape === 'multiline'
          ? {
              [r.pick(['tls.key', 'signingKey', 'credentials'])]: base64(value),
            }
          : {
              [r.pick(['env', 'values', 'config'])]: base64(
                `# generated by make bootstrap\n${format.envName}=${value}\n`,
              ),
            };
    },
  },
  {
    id: 'large-value-end',
    accepts: () => true,
    place(entity, value, format, r) {
      entity.spec.lastRunLog = `${largeLog(r)}\n${format.envName}=${value}\n`;
    },
  },
  {
    id: 'connection-string-password',
    accepts: shapeIn('token', 'password', 'numeric'),
    place(entity, value, _, r) {
      entity.spec.database = {
        connectionString: `Server=tcp:${r.pick([
          'orders',
          'ledger',
        ])}.database.windows.net,1433;Initial Catalog=app;User ID=app;Password=${value};Encrypt=True;`,
      };
    },
  },
];
