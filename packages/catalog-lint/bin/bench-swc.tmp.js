require('@backstage/cli-node/config/nodeTransform.cjs');
const { runCli } = require('../src');
runCli({ version: '0' });
