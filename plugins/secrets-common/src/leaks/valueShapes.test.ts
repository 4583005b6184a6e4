import {
  isArn,
  isEntityRef,
  isPathLike,
  isUrl,
  isWordLike,
  looksRandom,
} from './valueShapes';
import { expectedAnswersOf } from './__testUtils__/expectedAnswers';

describe('value shapes', () => {
  it.each(
    expectedAnswersOf<string>(
      [
        isUrl,
        {
          yes: ['https://example.com/x', 'url:https://github.com/org/repo'],
          no: ['example.com'],
        },
      ],
      [
        isArn,
        {
          yes: ['arn:aws:secretsmanager:eu-west-1:123456789012:secret:x'],
          no: [],
        },
      ],
      [
        isEntityRef,
        {
          yes: ['resource:default/aurora-writer', 'group:payments'],
          no: ['admin:S3cr3tP4ss'],
        },
      ],
      [
        isWordLike,
        {
          yes: [
            'prod-db-password',
            'myService2Token',
            'reviews-aurora-writer-v2',
            'k8s-dns-node-cache-app',
            'simplenodeservice-team01-qa',
            'node_memory_Active_bytes|instance,memUsage',
          ],
          no: [
            ['K7MDENG', 'BPXRFICY2X4Q9'].join(''),
            ['Zk8pQ2', 'vLm9XwR4tYbN7c'].join(''),
            '3fa85f64-5717-4562-b3fc-2c963f66afa6',
          ],
        },
      ],
      [
        isPathLike,
        {
          yes: [
            'prod/reviews/aurora-writer',
            '/prod/reviews/aurora-writer',
            '0GiS0/tour-of-heroes-dotnet-api',
          ],
          no: [['wJalrXUtnFEMI', 'K7MDENG', 'bPxRfiCY'].join('/')],
        },
      ],
    ),
  )(
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
