import { PlaceholderResolverParams } from '@backstage/plugin-catalog-node';
import { fakeGithubToken } from '../__testUtils__/fakeSecrets';
import {
  jsonPlaceholderResolver,
  textPlaceholderResolver,
  yamlPlaceholderResolver,
} from './valueFreePlaceholderResolvers';

const BASE = 'https://github.com/org/repo/blob/main/catalog-info.yaml';

function params(
  key: string,
  value: unknown,
  files: Record<string, string>,
): PlaceholderResolverParams & { emitted: unknown[] } {
  const emitted: unknown[] = [];
  return {
    key,
    value: value as any,
    baseUrl: BASE,
    resolveUrl: (url, base) => new URL(url, base).toString(),
    read: async url => {
      if (!(url in files)) {
        throw Object.assign(new Error(`could not read ${url}, 404`), {
          name: 'NotFoundError',
        });
      }
      return Buffer.from(files[url], 'utf8');
    },
    emit: result => emitted.push(result),
    emitted,
  };
}

const FILE = 'https://github.com/org/repo/blob/main/data.txt';

describe('value-free placeholder resolvers', () => {
  it('resolve and register the file for refresh as the built-in ones do', async () => {
    const text = params('text', './data.txt', { [FILE]: 'hello' });
    await expect(textPlaceholderResolver(text)).resolves.toBe('hello');
    expect(text.emitted).toEqual([{ type: 'refresh', key: `url:${FILE}` }]);
    await expect(
      jsonPlaceholderResolver(
        params('json', './data.txt', { [FILE]: '{"a":[1]}' }),
      ),
    ).resolves.toEqual({ a: [1] });
    await expect(
      yamlPlaceholderResolver(
        params('yaml', './data.txt', { [FILE]: 'a: [1]\n' }),
      ),
    ).resolves.toEqual({ a: [1] });
  });

  it('refuse a $json file that does not parse without quoting its data', async () => {
    const token = fakeGithubToken();
    const error = await jsonPlaceholderResolver(
      params('json', './data.txt', { [FILE]: `{"token": "${token}" oops}` }),
    ).catch(e => e);
    expect(error.message).toBe(
      'Placeholder $json at ./data.txt is not valid JSON (the data is withheld: it may contain a secret value)',
    );
  });

  it('refuse a $yaml file that does not parse with its position, not its source line', async () => {
    const token = fakeGithubToken();
    const error = await yamlPlaceholderResolver(
      params('yaml', './data.txt', {
        [FILE]: `a: 1\ntoken: "${token}\nb: [\n`,
      }),
    ).catch(e => e);
    expect(error.message).toMatch(
      /^Placeholder \$yaml at \.\/data\.txt is not valid YAML: [A-Z_]+ at line \d+, column \d+ \(the data is withheld/,
    );
    expect(error.message).not.toContain(token.slice(4, 16));
  });

  it.each([
    [
      'a placeholder URL that carries credentials, without repeating them',
      `https://github.com/org/repo/blob/main/data.txt?token=${fakeGithubToken()}`,
      "Placeholder $text at https://github.com/org/repo/blob/main/data.txt?*** carries credentials in its query parameter 'token'; configure an integration token instead",
    ],
    [
      'files of another repository, as the built-in ones do',
      'https://github.com/other/repo/blob/main/data.txt',
      'Placeholder $text may only reference files from the same repository as the entity',
    ],
  ])('refuse %s', async (_, value, message) => {
    const error = await textPlaceholderResolver(
      params('text', value, { [value]: 'x' }),
    ).catch(e => e);
    expect(error.message).toBe(message);
  });

  it('name the unreadable file and the error kind, not the reader message', async () => {
    const error = await textPlaceholderResolver(
      params('text', './missing.txt', {}),
    ).catch(e => e);
    expect(error.message).toBe(
      'Placeholder $text at ./missing.txt could not be read (NotFoundError)',
    );
  });
});
