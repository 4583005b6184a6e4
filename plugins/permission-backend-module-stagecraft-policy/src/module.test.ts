import {
  createServiceFactory,
  coreServices,
} from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import permissionPlugin from '@backstage/plugin-permission-backend';
import { readinessExemptionApprovePermission } from '@stagecraft/plugin-readiness-common';
import { secretsReviewPermission } from '@stagecraft/plugin-secrets-common';
import request from 'supertest';
import { directoryUserInfo } from './__testUtils__/directoryUserInfo';
import { permissionModuleStagecraftPolicy } from './module';

// Each test starts a real backend, which took over 5 s on a loaded CI machine.
jest.setTimeout(60_000);

async function startPermissionBackend(secrets: object, readiness = {}) {
  return startTestBackend({
    features: [
      permissionPlugin,
      permissionModuleStagecraftPolicy,
      createServiceFactory({
        service: coreServices.userInfo,
        deps: {},
        factory: () => directoryUserInfo,
      }),
      mockServices.rootConfig.factory({
        data: {
          permission: { enabled: true },
          stagecraft: { secrets, readiness },
        },
      }),
    ],
  });
}

type Backend = Awaited<ReturnType<typeof startPermissionBackend>>;

async function authorize(
  backend: Backend,
  userRef: string,
  permission: object,
) {
  const res = await request(backend.server)
    .post('/api/permission/authorize')
    .set('Authorization', mockCredentials.user.header(userRef))
    .send({ items: [{ id: '1', permission }] });
  expect(res.status).toBe(200);
  return res.body.items[0].result;
}

/**
 * Runs `check` against the real permission backend configured with `secrets` and
 * `readiness`, asking its decisions through `authorizeAs`; stops the backend after.
 */
async function withPermissionBackend(
  secrets: object,
  readiness: object,
  check: (
    authorizeAs: (userRef: string, permission: object) => Promise<string>,
  ) => Promise<void>,
) {
  const backend = await startPermissionBackend(secrets, readiness);
  try {
    await check((userRef, permission) =>
      authorize(backend, userRef, permission),
    );
  } finally {
    await backend.stop();
  }
}

describe('the Stagecraft policy in the real permission backend', () => {
  it('limits the review to the configured groups and allows the rest', async () => {
    await withPermissionBackend(
      { reviewers: ['group:default/security-team'] },
      {},
      async authorizeAs => {
        expect(
          await authorizeAs(
            'user:default/sam.security',
            secretsReviewPermission,
          ),
        ).toBe('ALLOW');
        expect(
          await authorizeAs('user:default/dana.dev', secretsReviewPermission),
        ).toBe('DENY');
        expect(
          await authorizeAs('user:default/dana.dev', {
            type: 'basic',
            name: 'catalog.entity.create',
            attributes: { action: 'create' },
          }),
        ).toBe('ALLOW');
      },
    );
  });

  it('allows the review to everyone when no reviewers are configured', async () => {
    await withPermissionBackend({}, {}, async authorizeAs => {
      expect(
        await authorizeAs('user:default/dana.dev', secretsReviewPermission),
      ).toBe('ALLOW');
    });
  });

  it('limits approving readiness exemptions to the configured approvers', async () => {
    await withPermissionBackend(
      {},
      { exemptions: { approvers: ['security-team'] } },
      async authorizeAs => {
        expect(
          await authorizeAs(
            'user:default/sam.security',
            readinessExemptionApprovePermission,
          ),
        ).toBe('ALLOW');
        expect(
          await authorizeAs(
            'user:default/dana.dev',
            readinessExemptionApprovePermission,
          ),
        ).toBe('DENY');
      },
    );
  });

  it('refuses to start with an invalid reviewer ref, naming the key', async () => {
    await expect(
      startPermissionBackend({ reviewers: ['group:'] }),
    ).rejects.toThrow(/stagecraft\.secrets\.reviewers\[0\]/);
  });
});
