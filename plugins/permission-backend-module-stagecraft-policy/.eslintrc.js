module.exports = require('@backstage/cli/config/eslint-factory')(__dirname, {
  rules: {
    // The policy tests' shared expectation (`expectLimitedToConfiguredGroups`) asserts.
    'jest/expect-expect': [
      'warn',
      { assertFunctionNames: ['expect', 'expectLimitedToConfiguredGroups'] },
    ],
  },
});
