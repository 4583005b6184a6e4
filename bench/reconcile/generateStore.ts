import {
  CatalogSecret,
  SecretStoreItem,
} from '@stagecraft/plugin-secrets-node';
import { mulberry32 } from '@internal/stagecraft-test-utils';

const DAY_MS = 86_400_000;

/**
 * `size` catalog secrets and `size` store items: 96% matched (half by name, half by
 * ARN), 2% ghosts, 2% shadows; among the matched, about one in ten overdue and one in ten
 * unused, and one in fifty a certificate that may expire soon.
 */
export function generateStore(
  size: number,
  now: Date,
): { secrets: CatalogSecret[]; items: SecretStoreItem[] } {
  const random = mulberry32(size);
  const ago = (days: number) =>
    new Date(now.getTime() - days * DAY_MS).toISOString();
  const secrets: CatalogSecret[] = [];
  const items: SecretStoreItem[] = [];
  for (let i = 0; i < size; i++) {
    const name = `prod/team-${i % 300}/service-${i}/credential`;
    const arn = `arn:aws:secretsmanager:eu-west-1:111122223333:secret:${name}-${i.toString(
      36,
    )}`;
    const draw = random();
    const period = [30, 90, 180, 365][i % 4];
    if (draw >= 0.02) {
      secrets.push({
        ref: `resource:default/secret-${i}`,
        path: i % 2 ? name : arn,
        rotationPeriodDays: period,
        dependents: i % 3,
      });
    }
    if (draw < 0.02 || draw >= 0.04) {
      items.push({
        name: draw < 0.02 ? `${name}-shadow` : name,
        id: arn,
        kind: i % 50 === 0 ? 'certificate' : 'secret',
        // One in ten overdue, one in ten not read for over 90 days.
        lastRotated: ago(Math.floor(random() * period * 1.1)),
        lastAccessed: ago(Math.floor(random() * 100)),
        ...(i % 50 === 0 ? { expiresAt: ago(-Math.floor(random() * 60)) } : {}),
      });
    }
  }
  return { secrets, items };
}
