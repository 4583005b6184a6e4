import { DEFAULT_SEVERITIES } from '../config/defaults';
import { SECRET_RULE_IDS } from '../types';
import { SECRET_RULES } from './secretRules';

describe('SECRET_RULES', () => {
  it('lists every rule once, in the order findings are reported', () => {
    expect(SECRET_RULES.map(rule => rule.id)).toEqual(SECRET_RULE_IDS);
  });

  it('describes each rule with the severity configuration defaults to', () => {
    for (const rule of SECRET_RULES) {
      expect([rule.id, rule.severity]).toEqual([
        rule.id,
        DEFAULT_SEVERITIES[rule.id],
      ]);
    }
  });
});
