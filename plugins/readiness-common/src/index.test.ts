import * as api from '.';

describe('public API', () => {
  it('exports the checks, the evaluation and the configuration helpers', () => {
    expect(api.BUILT_IN_CHECKS.map(c => c.id)).toEqual(
      api.BUILT_IN_CHECK_IDS.filter(id => !api.ROLL_UP_CHECK_IDS.includes(id)),
    );
    for (const name of [
      'evaluateReadiness',
      'evaluateEntityReadiness',
      'evaluateChecks',
      'finalizeReadiness',
      'buildReadinessCatalogView',
      'relatedRefsOf',
      'readReadinessRulesConfig',
      'classifyAlarm',
      'resolveEscalation',
      'readinessEvaluatePermission',
    ]) {
      expect(typeof (api as Record<string, unknown>)[name]).not.toBe(
        'undefined',
      );
    }
  });
});
