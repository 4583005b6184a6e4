const { transformSync } = require('@swc/core'); require('pirates').addHook((code, filename) => transformSync(code, { filename, sourceMaps: 'inline', module: { type: 'commonjs', ignoreDynamic: true }, jsc: { target: 'es2022', parser: { syntax: 'typescript' } } }).code, { exts: ['.ts'], ignoreNodeModules: true });
const { runCli } = require('../src');
runCli({ version: '0' });
