import { findSecretValues } from './findSecretValues';
import {
  FakeSecret,
  FORMAT_SECRETS,
  KEYED_SECRETS,
} from './__testUtils__/fakeSecrets';
import {
  ANYWHERE_PLACEMENTS,
  KEYED_PLACEMENTS,
  Placement,
} from './__testUtils__/placements';
import { LeakFinding } from './types';

type Case = {
  secret: FakeSecret;
  placement: Placement;
  path: string;
  findings: LeakFinding[];
};

const cases: Case[] = [
  ...FORMAT_SECRETS.flatMap(secret =>
    ANYWHERE_PLACEMENTS.map(placement => ({ secret, placement })),
  ),
  ...KEYED_SECRETS.flatMap(secret =>
    KEYED_PLACEMENTS.map(placement => ({ secret, placement })),
  ),
].map(({ secret, placement }) => {
  const { entity, path } = placement.place(secret.value, secret.key);
  return { secret, placement, path, findings: findSecretValues(entity) };
});

const found = cases.filter(c =>
  c.findings.some(f => f.path === c.path && f.detector === c.secret.detector),
);
const secretCount = FORMAT_SECRETS.length + KEYED_SECRETS.length;
const recall = ((100 * found.length) / cases.length).toFixed(1);

describe('findSecretValues recall', () => {
  it('has at least 40 fake secrets', () => {
    expect(secretCount).toBeGreaterThanOrEqual(40);
  });

  it(`recall ${recall}%: ${found.length}/${cases.length} placements of ${secretCount} fake secrets found by the expected detector`, () => {
    const missed = cases
      .filter(c => !found.includes(c))
      .map(
        c =>
          `${c.secret.name} in ${c.placement.name} → ${JSON.stringify(
            c.findings.map(f => `${f.path}:${f.detector}`),
          )}`,
      );
    expect(missed).toEqual([]);
  });

  it.each(cases.map(c => [c.secret.name, c.placement.name, c] as const))(
    '%s in %s: found, and no finding text contains the value',
    (_secret, _placement, c) => {
      expect(c.findings.map(f => f.path)).toContain(c.path);
      const { value, sensitive = value } = c.secret;
      const window = Math.min(8, sensitive.length);
      for (const finding of c.findings) {
        const text = `${finding.message} ${finding.detector}`;
        expect(text).not.toContain(value);
        expect(finding.path).not.toContain(sensitive);
        for (let i = 0; i + window <= sensitive.length; i++) {
          const part = sensitive.slice(i, i + window);
          if (text.includes(part)) {
            throw new Error(
              `finding text contains part of the value: "${part}"`,
            );
          }
        }
      }
    },
  );

  it('reports only the placed value, nothing else in the entity', () => {
    for (const c of cases) {
      expect(c.findings.every(f => f.path === c.path)).toBe(true);
    }
  });
});
