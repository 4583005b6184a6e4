/* eslint-disable no-restricted-syntax */
// Only ever loaded inside the repository, whose root installs these.
/* eslint-disable @backstage/no-undeclared-imports */
// Inside the repository the TypeScript sources run directly: compile them on
// load with SWC, the compiler of the Backstage CLI's own node transform,
// registered without that transform's ESM loader thread (about 0.1 s faster
// to start; measured against it, esbuild and sucrase). Used by the bin script
// and by the lint worker threads.
try {
  const { transformSync } = require('@swc/core');
  require('pirates').addHook(
    (code, filename) =>
      transformSync(code, {
        filename,
        sourceMaps: 'inline',
        module: { type: 'commonjs', ignoreDynamic: true },
        jsc: { target: 'es2022', parser: { syntax: 'typescript' } },
      }).code,
    { exts: ['.ts'], ignoreNodeModules: true },
  );
} catch (error) {
  if (error.code !== 'MODULE_NOT_FOUND') {
    throw error;
  }
  require('@backstage/cli-node/config/nodeTransform.cjs');
}
