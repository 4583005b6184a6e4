import {
  isArn,
  isEntityRef,
  isPathLike,
  isUrl,
  isWordLike,
  looksRandom,
} from './valueShapes';

describe('value shapes', () => {
  it.each([
    [isUrl, 'https://example.com/x', true],
    [isUrl, 'url:https://github.com/org/repo', true],
    [isUrl, 'example.com', false],
    [isArn, 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:x', true],
    [isEntityRef, 'resource:default/aurora-writer', true],
    [isEntityRef, 'group:payments', true],
    [isEntityRef, 'admin:S3cr3tP4ss', false],
    [isWordLike, 'prod-db-password', true],
    [isWordLike, 'myService2Token', true],
    [isWordLike, 'reviews-aurora-writer-v2', true],
    [isWordLike, 'k8s-dns-node-cache-app', true],
    [isWordLike, 'simplenodeservice-team01-qa', true],
    [isWordLike, 'node_memory_Active_bytes|instance,memUsage', true],
    [isWordLike, ['K7MDENG', 'BPXRFICY2X4Q9'].join(''), false],
    [isWordLike, ['Zk8pQ2', 'vLm9XwR4tYbN7c'].join(''), false],
    [isWordLike, '3fa85f64-5717-4562-b3fc-2c963f66afa6', false],
    [isPathLike, 'prod/reviews/aurora-writer', true],
    [isPathLike, '/prod/reviews/aurora-writer', true],
    [isPathLike, '0GiS0/tour-of-heroes-dotnet-api', true],
    [isPathLike, ['wJalrXUtnFEMI', 'K7MDENG', 'bPxRfiCY'].join('/'), false],
  ])(
    'recognises URLs, ARNs, entity refs, word-like identifiers and paths: %p(%p) is %p',
    (shape, value, expected) => {
      expect(shape(value)).toBe(expected);
    },
  );

  it.each([
    ['a3f9c2e1', 'b4d6e8f0'].join(''),
    '3fa85f64-5717-4562-b3fc-2c963f66afa6',
    ['Zk8pQ2', 'vLm9Xw', 'R4tYbN'].join(''),
  ])('treats the random token %s as random', value => {
    expect(looksRandom(value)).toBe(true);
  });

  it.each([
    'prod-reviews-aurora-writer',
    'prod/reviews/aurora-writer',
    'https://vault.example.com/v1/secret/data/x',
    'resource:default/reviews-db-password',
    'arn:aws:secretsmanager:eu-west-1:123456789012:secret:db',
    'aaaaaaaaaaaaaaaaaaaaaa',
    'short1A',
    'has spaces in it 12345',
    'simplenodeservicewithoutdigits',
    '12345678901234567890',
  ])(
    'does not treat the identifier, ref or low-entropy string %s as random',
    value => {
      expect(looksRandom(value)).toBe(false);
    },
  );
});
