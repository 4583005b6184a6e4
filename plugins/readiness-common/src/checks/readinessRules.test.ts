import { DEFAULT_CHECK_DEFINITIONS } from '../config/defaults';
import { ROLL_UP_CHECK_IDS } from '../evaluate/evaluateEntity';
import { BUILT_IN_CHECKS } from './builtInChecks';
import { READINESS_RULES } from './readinessRules';

describe('READINESS_RULES', () => {
  it('is every default check but the roll-up, in order, as its definition describes it', () => {
    const definitions = DEFAULT_CHECK_DEFINITIONS.filter(
      d => !ROLL_UP_CHECK_IDS.includes(d.id),
    );
    expect(
      READINESS_RULES.map(({ id, title, description, severity, fixUrl }) => ({
        id,
        title,
        description,
        severity,
        fixUrl,
      })),
    ).toEqual(
      definitions.map(({ id, title, description, severity, fixUrl }) => ({
        id,
        title,
        description,
        severity,
        fixUrl,
      })),
    );
    expect(READINESS_RULES.every(rule => rule.needsCatalog)).toBe(true);
  });

  it('judges with the built-in check of the same id', () => {
    for (const rule of READINESS_RULES) {
      expect(rule.check).toBe(
        BUILT_IN_CHECKS.find(check => check.id === rule.id)!.evaluate,
      );
    }
  });
});
