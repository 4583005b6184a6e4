import { parseArgs } from 'node:util';
import { DEFAULT_MAX_FILE_SIZE } from '../files/readCatalogFile';

export type OutputFormat = 'human' | 'json' | 'github';

export type CliOptions = {
  paths: string[];
  format: OutputFormat;
  catalogUrl?: string;
  token?: string;
  catalogRules: boolean;
  configFiles: string[];
  /** -1: no limit. */
  maxWarnings: number;
  quiet: boolean;
  maxFileSize: number;
  progress?: boolean;
  color?: boolean;
  help: boolean;
  version: boolean;
};

/** A command line that cannot be run; exit code 2. */
export class UsageError extends Error {}

export const USAGE = `Usage: stagecraft-catalog-lint [options] <files or folders...>

Lints Stagecraft catalog YAML with the rules the catalog backend applies
(YAML that the catalog can read, entity validity, secret values in the YAML,
secret compliance). Folders are searched for *.yaml and *.yml files
(node_modules and .git skipped).

Options:
  --format <format>       human (default), json or github
  --catalog-url <url>     base URL of a Stagecraft portal; its catalog is read
                          for the whole-catalog rules (owners, stores, names)
  --token <token>         token for --catalog-url (default: $STAGECRAFT_TOKEN)
  --no-catalog-rules      skip the rules that need the whole catalog
  --config <file>         app-config YAML: stagecraft.secrets settings and
                          catalog.rules allowed kinds (repeatable; later
                          files override earlier ones)
  --max-warnings <n>      exit 1 when there are more than n warnings
  --quiet                 report errors only
  --max-file-size <size>  skip larger files with an error (default 1MB;
                          bytes, or a number with KB or MB)
  --progress              show progress on stderr (default: when it is a
                          terminal and there are many files); --no-progress
  --color, --no-color     force colours on or off (default: when stdout is
                          a terminal and NO_COLOR is not set)
  -h, --help              show this help
  --version               show the version

Exit codes: 0 no errors, 1 errors found (or more warnings than
--max-warnings), 2 usage, configuration or portal error.
`;

function parseSize(text: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*(b|kb?|mb?)?$/i.exec(text.trim());
  if (!match) {
    throw new UsageError(
      `--max-file-size "${text}" is not a size; use bytes or a number with KB or MB, e.g. 2MB`,
    );
  }
  const factors: Record<string, number> = { b: 1, k: 1024, m: 1024 * 1024 };
  const factor = factors[(match[2] ?? 'b')[0].toLowerCase()];
  return Math.round(Number(match[1]) * factor);
}

function parseCount(text: string, option: string): number {
  if (!/^\d+$/.test(text.trim())) {
    throw new UsageError(`${option} "${text}" is not a whole number`);
  }
  return Number(text);
}

/** Reads the command line; throws UsageError for anything it cannot run. */
export function parseOptions(
  argv: string[],
  env: Record<string, string | undefined>,
): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string' },
        'catalog-url': { type: 'string' },
        token: { type: 'string' },
        'no-catalog-rules': { type: 'boolean' },
        config: { type: 'string', multiple: true },
        'max-warnings': { type: 'string' },
        quiet: { type: 'boolean' },
        'max-file-size': { type: 'string' },
        progress: { type: 'boolean' },
        'no-progress': { type: 'boolean' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;

  const format = values.format ?? 'human';
  if (!['human', 'json', 'github'].includes(format)) {
    throw new UsageError(
      `--format "${format}" is not a format; expected human, json or github`,
    );
  }
  const catalogRules = !values['no-catalog-rules'];
  const catalogUrl = values['catalog-url'];
  if (catalogUrl !== undefined && !catalogRules) {
    throw new UsageError(
      '--catalog-url and --no-catalog-rules contradict each other',
    );
  }
  if (values.token !== undefined && catalogUrl === undefined) {
    throw new UsageError('--token is only used with --catalog-url');
  }
  const help = Boolean(values.help);
  const version = Boolean(values.version);
  if (positionals.length === 0 && !help && !version) {
    throw new UsageError('No files or folders given.');
  }

  return {
    paths: positionals,
    format: format as OutputFormat,
    catalogUrl,
    token:
      values.token ??
      (catalogUrl ? env.STAGECRAFT_TOKEN || undefined : undefined),
    catalogRules,
    configFiles: values.config ?? [],
    maxWarnings:
      values['max-warnings'] === undefined
        ? -1
        : parseCount(values['max-warnings'], '--max-warnings'),
    quiet: Boolean(values.quiet),
    maxFileSize:
      values['max-file-size'] === undefined
        ? DEFAULT_MAX_FILE_SIZE
        : parseSize(values['max-file-size']),
    progress: values['no-progress'] ? false : values.progress,
    color: values['no-color'] ? false : values.color,
    help,
    version,
  };
}
