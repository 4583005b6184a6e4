import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { ScmIntegrations } from '@backstage/integration';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MkdocsCheckingGenerator } from './mkdocsCheckingGenerator';

describe('MkdocsCheckingGenerator', () => {
  const originalPath = process.env.PATH;
  let emptyBin: string;

  beforeEach(() => {
    emptyBin = fs.mkdtempSync(path.join(os.tmpdir(), 'no-mkdocs-'));
    process.env.PATH = emptyBin;
  });

  afterEach(() => {
    process.env.PATH = originalPath;
    fs.rmSync(emptyBin, { recursive: true, force: true });
  });

  it('says what to install when mkdocs is not on the PATH', async () => {
    const config = new ConfigReader({
      techdocs: { generator: { runIn: 'local' } },
    });
    const generator = new MkdocsCheckingGenerator({
      logger: mockServices.logger.mock(),
      config,
      scmIntegrations: ScmIntegrations.fromConfig(config),
    });

    await expect(
      generator.run({
        inputDir: emptyBin,
        outputDir: emptyBin,
        logger: mockServices.logger.mock() as any,
      }),
    ).rejects.toThrow(
      /MkDocs is not installed\. .*sudo apt-get install -y mkdocs mkdocs-material/,
    );
  });
});
