import {
  isArn,
  isEntityRef,
  isPathLike,
  isUrl,
  isWordLike,
  looksRandom,
} from './valueShapes';

describe('value shapes', () => {
  it('recognises URLs, ARNs and entity refs', () => {
    expect(isUrl('https://example.com/x')).toBe(true);
    expect(isUrl('url:https://github.com/org/repo')).toBe(true);
    expect(isUrl('example.com')).toBe(false);
    expect(
      isArn('arn:aws:secretsmanager:eu-west-1:123456789012:secret:x'),
    ).toBe(true);
    expect(isEntityRef('resource:default/aurora-writer')).toBe(true);
    expect(isEntityRef('group:payments')).toBe(true);
    expect(isEntityRef('admin:S3cr3tP4ss')).toBe(false);
  });

  it('recognises word-like identifiers and paths', () => {
    expect(isWordLike('prod-db-password')).toBe(true);
    expect(isWordLike('myService2Token')).toBe(true);
    expect(isWordLike('reviews-aurora-writer-v2')).toBe(true);
    expect(isWordLike('k8s-dns-node-cache-app')).toBe(true);
    expect(isWordLike('simplenodeservice-team01-qa')).toBe(true);
    expect(isWordLike('node_memory_Active_bytes|instance,memUsage')).toBe(true);
    expect(isWordLike(['K7MDENG', 'BPXRFICY2X4Q9'].join(''))).toBe(false);
    expect(isWordLike(['Zk8pQ2', 'vLm9XwR4tYbN7c'].join(''))).toBe(false);
    expect(isWordLike('3fa85f64-5717-4562-b3fc-2c963f66afa6')).toBe(false);
    expect(isPathLike('prod/reviews/aurora-writer')).toBe(true);
    expect(isPathLike('/prod/reviews/aurora-writer')).toBe(true);
    expect(isPathLike('0GiS0/tour-of-heroes-dotnet-api')).toBe(true);
    expect(isPathLike(['wJalrXUtnFEMI', 'K7MDENG', 'bPxRfiCY'].join('/'))).toBe(
      false,
    );
  });

  it('treats random tokens as random', () => {
    expect(looksRandom(['a3f9c2e1', 'b4d6e8f0'].join(''))).toBe(true);
    expect(looksRandom('3fa85f64-5717-4562-b3fc-2c963f66afa6')).toBe(true);
    expect(looksRandom(['Zk8pQ2', 'vLm9Xw', 'R4tYbN'].join(''))).toBe(true);
  });

  it('does not treat identifiers, refs or low-entropy strings as random', () => {
    expect(looksRandom('prod-reviews-aurora-writer')).toBe(false);
    expect(looksRandom('prod/reviews/aurora-writer')).toBe(false);
    expect(looksRandom('https://vault.example.com/v1/secret/data/x')).toBe(
      false,
    );
    expect(looksRandom('resource:default/reviews-db-password')).toBe(false);
    expect(
      looksRandom('arn:aws:secretsmanager:eu-west-1:123456789012:secret:db'),
    ).toBe(false);
    expect(looksRandom('aaaaaaaaaaaaaaaaaaaaaa')).toBe(false);
    expect(looksRandom('short1A')).toBe(false);
    expect(looksRandom('has spaces in it 12345')).toBe(false);
    expect(looksRandom('simplenodeservicewithoutdigits')).toBe(false);
    expect(looksRandom('12345678901234567890')).toBe(false);
  });
});
