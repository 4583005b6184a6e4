const { transformSync } = require('esbuild'); require('pirates').addHook((code, filename) => transformSync(code, { loader: 'ts', format: 'cjs', target: 'node20', sourcefile: filename, sourcemap: 'inline' }).code, { exts: ['.ts'], ignoreNodeModules: true });
const { runCli } = require('../src');
runCli({ version: '0' });
