// The benches are not a workspace package: they take the lint rules of the private
// node-library package they build on, packages/test-utils.
module.exports = require('@backstage/cli/config/eslint-factory')(
  require('path').resolve(__dirname, '../packages/test-utils'),
);
