import { aliasBomb } from '@internal/stagecraft-test-utils';
import { componentYaml } from './catalogYaml';

/**
 * Broken and hostile catalog files, each with the rule it must be reported
 * under and the line it must be reported on.
 */
export const HOSTILE_INPUTS: Record<
  string,
  { content: string | Buffer; ruleId: string; line: number }
> = {
  'syntax-error.yaml': {
    content:
      'apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata: {name: [x\n',
    ruleId: 'yaml/syntax',
    line: 4,
  },
  'duplicate-key.yaml': {
    content: 'metadata:\n  name: a\n  name: b\n',
    ruleId: 'yaml/duplicate-key',
    line: 3,
  },
  'concatenated.yaml': {
    content: `${componentYaml('a')}${componentYaml('b')}`,
    ruleId: 'yaml/duplicate-key',
    line: 9,
  },
  'alias-bomb.yaml': {
    content: aliasBomb(),
    ruleId: 'yaml/alias-limit',
    line: 1,
  },
  'deep-flow.yaml': {
    content: `kind: Component\nspec:\n  x: ${'['.repeat(500_000)}`,
    ruleId: 'yaml/too-deep',
    line: 3,
  },
  'deep-block.yaml': {
    content: Array.from(
      { length: 1200 },
      (_, i) => `${' '.repeat(i)}k${i}:`,
    ).join('\n'),
    ruleId: 'yaml/too-deep',
    line: 201,
  },
  'deep-sequence.yaml': {
    content: `spec:\n  x: ${'- '.repeat(200_000)}`,
    ruleId: 'yaml/too-deep',
    line: 2,
  },
  'nul-bytes.yaml': {
    content: Buffer.from([0x6b, 0x3a, 0x20, 0x00, 0x01, 0x02, 0x0a]),
    ruleId: 'file/not-text',
    line: 1,
  },
  'latin1.yaml': {
    content: Buffer.from('name: caf\xe9\n', 'latin1'),
    ruleId: 'file/not-text',
    line: 1,
  },
  'utf16.yaml': {
    content: Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from('kind: Component\n', 'utf16le'),
    ]),
    ruleId: 'file/not-text',
    line: 1,
  },
  'too-large.yaml': {
    content: `# ${'x'.repeat(2 * 1024 * 1024)}\n`,
    ruleId: 'file/too-large',
    line: 1,
  },
  'scalar.yaml': {
    content: 'just some text\n',
    ruleId: 'yaml/not-an-object',
    line: 1,
  },
  'list.yaml': {
    content: '- kind: Component\n',
    ruleId: 'yaml/not-an-object',
    line: 1,
  },
  'empty.yaml': { content: '', ruleId: 'file/no-entities', line: 1 },
  'only-separators.yaml': {
    content: '---\n---\n...\n',
    ruleId: 'file/no-entities',
    line: 1,
  },
  'many-errors.yaml': {
    content: `kind: Component\n${'[]\n'.repeat(30_000)}`,
    ruleId: 'yaml/syntax',
    line: 2,
  },
  'many-null-keys.yaml': {
    // yaml places an empty key at the end of the line before it.
    content: ':\n'.repeat(30_000),
    ruleId: 'yaml/duplicate-key',
    line: 1,
  },
  'huge-mapping.yaml': {
    content: Array.from({ length: 30_000 }, (_, i) => `key${i}: ${i}`).join(
      '\n',
    ),
    ruleId: 'catalog/envelope',
    line: 1,
  },
};
