require('sucrase/register/ts');
const { runCli } = require('../src');
runCli({ version: '0' });
