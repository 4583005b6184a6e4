import { parseOptions, UsageError } from './options';

describe('parseOptions', () => {
  it('has defaults', () => {
    expect(parseOptions(['catalog-info'], {})).toEqual({
      paths: ['catalog-info'],
      format: 'human',
      catalogUrl: undefined,
      token: undefined,
      catalogRules: true,
      configFiles: [],
      maxWarnings: -1,
      quiet: false,
      maxFileSize: 1024 * 1024,
      progress: undefined,
      color: undefined,
      help: false,
      version: false,
    });
  });

  it('reads every option', () => {
    const options = parseOptions(
      [
        '--format',
        'github',
        '--catalog-url',
        'https://portal.example.com',
        '--token',
        't',
        '--config',
        'a.yaml',
        '--config',
        'b.yaml',
        '--max-warnings',
        '3',
        '--quiet',
        '--max-file-size',
        '2MB',
        '--no-progress',
        '--color',
        'x',
        'y',
      ],
      {},
    );
    expect(options).toMatchObject({
      paths: ['x', 'y'],
      format: 'github',
      catalogUrl: 'https://portal.example.com',
      token: 't',
      configFiles: ['a.yaml', 'b.yaml'],
      maxWarnings: 3,
      quiet: true,
      maxFileSize: 2 * 1024 * 1024,
      progress: false,
      color: true,
    });
  });

  it('takes the token from STAGECRAFT_TOKEN only with --catalog-url', () => {
    const env = { STAGECRAFT_TOKEN: 'from-env' };
    expect(parseOptions(['--catalog-url', 'http://x', 'a'], env).token).toBe(
      'from-env',
    );
    expect(parseOptions(['a'], env).token).toBeUndefined();
  });

  it.each([
    [[], 'No files or folders given.'],
    [['--format', 'xml', 'a'], '--format "xml" is not a format'],
    [['--bogus', 'a'], "Unknown option '--bogus'"],
    [
      ['--max-warnings', 'many', 'a'],
      '--max-warnings "many" is not a whole number',
    ],
    [
      ['--max-file-size', '1GBish', 'a'],
      '--max-file-size "1GBish" is not a size',
    ],
    [['--catalog-url', 'http://x', '--no-catalog-rules', 'a'], 'contradict'],
    [['--token', 't', 'a'], '--token is only used with --catalog-url'],
  ])('refuses %j', (argv, message) => {
    expect(() => parseOptions(argv, {})).toThrow(UsageError);
    expect(() => parseOptions(argv, {})).toThrow(message);
  });

  it('reads sizes in bytes, KB and MB', () => {
    expect(parseOptions(['--max-file-size', '500', 'a'], {}).maxFileSize).toBe(
      500,
    );
    expect(parseOptions(['--max-file-size', '64kb', 'a'], {}).maxFileSize).toBe(
      65536,
    );
    expect(parseOptions(['--max-file-size', '1.5M', 'a'], {}).maxFileSize).toBe(
      1572864,
    );
  });
});
