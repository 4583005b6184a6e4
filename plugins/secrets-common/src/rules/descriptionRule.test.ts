import { descriptionRule } from './descriptionRule';
import { runRule } from './__testUtils__/check';
import { secret } from './__testUtils__/entities';

const messagesFor = (description?: string, title?: string) =>
  runRule(
    descriptionRule,
    secret('reviews-db-password', { description, title }),
  ).map(v => v.message);

describe('description rule', () => {
  it.each([
    'Password of the reviews_app user on the Aurora writer endpoint',
    'API key for the moderation service',
    'Stores artist details',
  ])('passes %j', description => {
    expect(messagesFor(description)).toEqual([]);
  });

  it('fails without a description', () => {
    expect(messagesFor(undefined)).toEqual(['The secret has no description.']);
    expect(messagesFor('   ')).toEqual(['The secret has no description.']);
  });

  it.each([
    'TODO',
    'tbd',
    'FIXME',
    'n/a',
    'N/A',
    'secret',
    '-',
    '?',
    '...',
    'none',
  ])('fails the placeholder %j', description => {
    expect(messagesFor(description)[0]).toMatch(/is a placeholder/);
  });

  it.each([
    ['Lorem ipsum dolor sit amet, consectetur', /lorem ipsum/],
    ['TODO: describe what this token is for', /TODO/],
    ['Agentic tooling token (tbd)', /TODO/],
    ['Please add description for this secret', /add description/],
    ['${{ values.description }}', /un-rendered template/],
  ])('fails the unfinished %j', (description, pattern) => {
    expect(messagesFor(description)[0]).toMatch(pattern);
  });

  it.each(['DB password', 'Artist Lookup', 'Reviews key'])(
    'fails the too short %j',
    description => {
      expect(messagesFor(description)[0]).toMatch(/too short/);
    },
  );

  it('fails a description that repeats the name or title', () => {
    expect(
      messagesFor('Reviews DB password', 'Reviews DB password')[0],
    ).toMatch(/repeats/);
    expect(messagesFor('reviews db password')[0]).toMatch(/repeats/);
  });

  it('gives the field and a fix', () => {
    const [violation] = runRule(
      descriptionRule,
      secret('x', { description: 'TODO' }),
    );
    expect(violation.field).toBe('metadata.description');
    expect(violation.fix).toMatch(/^Write one or two sentences/);
  });
});
