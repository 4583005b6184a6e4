import { findValueReads } from '../__testUtils__/findValueReads';

// Fixtures are put together at run time so that this file names no read itself.
const j = (...parts: string[]) => parts.join('');
const scan = (source: string, testFile = false) =>
  findValueReads(source, { fileName: 'fixture.ts', testFile }).map(
    ({ rule, line }) => `${line}:${rule}`,
  );

describe('findValueReads', () => {
  it.each([
    [
      'secrets-manager-value',
      j(
        'import { Get',
        'SecretValueCommand } from "@aws-sdk/client-secrets-manager";',
      ),
    ],
    [
      'secrets-manager-value',
      j('await client.send(new BatchGet', 'SecretValueCommand({}));'),
    ],
    [
      'secrets-manager-value',
      j('sm.get', 'SecretValue({ SecretId: id }).promise();'),
    ],
    [
      'ssm-parameter-value',
      j('new Get', 'ParameterCommand({ Name, WithDecryption: true })'),
    ],
    ['ssm-parameter-value', j('new Get', 'ParametersCommand({ Names })')],
    ['ssm-parameter-value', j('new Get', 'ParametersByPathCommand({ Path })')],
    ['ssm-parameter-value', j('ssm.get', 'Parameter({ Name })')],
  ])('finds a value read (%s): %s', (rule, source) => {
    expect(scan(source)).toEqual([`1:${rule}`]);
  });

  it.each([
    [j('fetch(`${addr}/v1/${mount}/da', 'ta/${path}`)')],
    [j("const url = 'kv/da", "ta/prod/team/x';")],
    [j("const action = 'secretsmanager:Get", "SecretValue';")],
  ])('finds a string naming a value read: %s', source => {
    expect(scan(source)).toHaveLength(1);
  });

  it('reports the line', () => {
    expect(
      scan(
        j('const a = 1;\n\nclient.send(new Get', 'SecretValueCommand({}));'),
      ),
    ).toEqual(['3:secrets-manager-value']);
  });

  it('leaves metadata calls, comments and test strings alone', () => {
    expect(
      scan(
        j(
          'new ListSecretsCommand({}); new DescribeParametersCommand({});\n',
          'fetch(`${addr}/v1/${mount}/metadata/${path}`);\n',
          '// never calls Get',
          'SecretValue\n',
          "const dataset = 'data/file.json' === 'x' ? 'my-data' : 'metadata/';\n",
        ),
      ),
    ).toEqual([]);
    expect(
      scan(j("const fixture = 'https://vault/v1/secret/da", "ta/x';"), true),
    ).toEqual([]);
    expect(scan(j('new Get', 'SecretValueCommand({});'), true)).toEqual([
      '1:secrets-manager-value',
    ]);
  });
});
