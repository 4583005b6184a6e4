import { ConfigReader } from '@backstage/config';
import { readReviewers } from './readReviewers';

const read = (reviewers?: unknown) =>
  readReviewers(
    new ConfigReader(
      reviewers === undefined ? {} : { stagecraft: { secrets: { reviewers } } },
    ),
  );

describe('readReviewers', () => {
  it('is undefined when not configured', () => {
    expect(read()).toBeUndefined();
  });

  it('normalises refs: kind group, namespace default, lower case', () => {
    expect(
      read(['security-team', 'Group:Platform/SRE', 'group:default/x ']),
    ).toEqual([
      'group:default/security-team',
      'group:platform/sre',
      'group:default/x',
    ]);
  });

  it('names the key of an invalid ref', () => {
    expect(() => read(['group:default/ok', 'group:'])).toThrow(
      /Invalid configuration at stagecraft\.secrets\.reviewers\[1\]: "group:"/,
    );
  });
});
