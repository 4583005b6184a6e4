import { Entity } from '@backstage/catalog-model';
import { collectFiles, MissingPathError } from '../files/collectFiles';
import { formatGithub } from '../format/github';
import { formatHuman } from '../format/human';
import { formatJson } from '../format/json';
import { lintFiles } from '../lint/lintFiles';
import { LintReport } from '../lint/types';
import {
  fetchPortalEntities,
  PortalError,
} from '../remote/fetchPortalEntities';
import { CliOptions, parseOptions, USAGE, UsageError } from './options';
import { createProgress } from './progress';
import { ConfigFileError, readLintConfig } from './readLintConfig';

/** Exit codes, documented in the README and `--help`. */
export const EXIT_OK = 0;
export const EXIT_PROBLEMS = 1;
export const EXIT_USAGE = 2;

type Stream = { write(text: string): unknown; isTTY?: boolean };

export type CliIo = {
  stdout: Stream;
  stderr: Stream;
  env: Record<string, string | undefined>;
  cwd: string;
  version: string;
};

function useColor(options: CliOptions, io: CliIo): boolean {
  if (options.color !== undefined) {
    return options.color;
  }
  if (io.env.NO_COLOR) {
    return false;
  }
  return Boolean(io.env.FORCE_COLOR) || Boolean(io.stdout.isTTY);
}

function render(report: LintReport, options: CliOptions, io: CliIo): string {
  const shown: LintReport = options.quiet
    ? {
        ...report,
        problems: report.problems.filter(p => p.severity === 'error'),
      }
    : report;
  switch (options.format) {
    case 'json':
      return formatJson(shown);
    case 'github':
      return formatGithub(shown);
    default:
      return formatHuman(shown, { color: useColor(options, io) });
  }
}

async function run(options: CliOptions, io: CliIo): Promise<number> {
  const files = collectFiles(options.paths, io.cwd);
  if (files.length === 0) {
    throw new UsageError(
      `No *.yaml or *.yml files found in ${options.paths.join(', ')}.`,
    );
  }
  const config = readLintConfig(options.configFiles);

  let portalEntities: Entity[] | undefined;
  if (options.catalogUrl) {
    portalEntities = await fetchPortalEntities({
      baseUrl: options.catalogUrl,
      token: options.token,
    });
  }

  const progress = createProgress(io.stderr, options.progress);
  const report = await lintFiles(files, {
    cwd: io.cwd,
    catalogRules: options.catalogRules,
    portalEntities,
    secretsConfig: config.secrets,
    readinessConfig: config.readiness,
    allowedKinds: config.allowedKinds,
    maxFileSize: options.maxFileSize,
    onProgress: progress.update,
  });
  progress.done();

  io.stdout.write(render(report, options, io));
  const { errors, warnings } = report.summary;
  const tooManyWarnings =
    options.maxWarnings >= 0 && warnings > options.maxWarnings;
  if (tooManyWarnings && errors === 0) {
    io.stderr.write(
      `Too many warnings: ${warnings}, more than --max-warnings ${options.maxWarnings}.\n`,
    );
  }
  return errors > 0 || tooManyWarnings ? EXIT_PROBLEMS : EXIT_OK;
}

/**
 * Runs the CLI and returns its exit code. Expected failures (bad options,
 * missing paths, bad configuration, an unreachable portal) are one line on
 * stderr and exit code 2, never a stack trace.
 */
export async function main(argv: string[], io: CliIo): Promise<number> {
  let options: CliOptions;
  try {
    options = parseOptions(argv, io.env);
  } catch (error) {
    io.stderr.write(`${(error as Error).message}\n\n${USAGE}`);
    return EXIT_USAGE;
  }
  if (options.help) {
    io.stdout.write(USAGE);
    return EXIT_OK;
  }
  if (options.version) {
    io.stdout.write(`${io.version}\n`);
    return EXIT_OK;
  }
  try {
    return await run(options, io);
  } catch (error) {
    if (
      error instanceof UsageError ||
      error instanceof MissingPathError ||
      error instanceof ConfigFileError ||
      error instanceof PortalError
    ) {
      io.stderr.write(`stagecraft-catalog-lint: ${error.message}\n`);
      return EXIT_USAGE;
    }
    io.stderr.write(
      `stagecraft-catalog-lint: unexpected failure: ${
        (error as Error)?.message ?? String(error)
      }\n`,
    );
    return EXIT_USAGE;
  }
}
