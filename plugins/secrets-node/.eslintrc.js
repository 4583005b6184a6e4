module.exports = require('@backstage/cli/config/eslint-factory')(__dirname, {
  rules: {
    // The reader tests' shared expectations (`awsFailures.expectTimeout`, ...) assert.
    'jest/expect-expect': [
      'warn',
      { assertFunctionNames: ['expect', 'awsFailures.expect*'] },
    ],
  },
});
