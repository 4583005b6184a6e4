import {
  PlaceholderResolver,
  PlaceholderResolverParams,
  processingResult,
} from '@backstage/plugin-catalog-node';
import { parseAllDocuments } from 'yaml';
import {
  findLocationCredentials,
  redactLocationTarget,
} from '../locations/locationCredentials';
import { assertSameRepository } from './sameRepository';

const WITHHELD = 'the data is withheld: it may contain a secret value';

function placeholderError(params: PlaceholderResolverParams, problem: string) {
  return new Error(
    `Placeholder $${params.key} at ${redactLocationTarget(
      String(params.value),
    )} ${problem}`,
  );
}

function resolvedUrl(params: PlaceholderResolverParams): string {
  const { key, value, baseUrl } = params;
  if (typeof value !== 'string') {
    throw new Error(
      `Placeholder $${key} expected a string value parameter, in the form of an absolute URL or a relative path`,
    );
  }
  const credentials = findLocationCredentials(value);
  if (credentials.length > 0) {
    throw placeholderError(
      params,
      `carries credentials in its ${credentials.join(
        ', ',
      )}; configure an integration token instead`,
    );
  }
  let url: string;
  try {
    url = params.resolveUrl(value, baseUrl);
  } catch (error) {
    throw placeholderError(
      params,
      `could not form a URL relative to ${redactLocationTarget(baseUrl)}`,
    );
  }
  assertSameRepository(url, baseUrl, key);
  return url;
}

async function readText(params: PlaceholderResolverParams): Promise<string> {
  const url = resolvedUrl(params);
  let data: Buffer;
  try {
    data = await params.read(url);
  } catch (error) {
    throw placeholderError(
      params,
      `could not be read (${(error as Error)?.name ?? 'Error'})`,
    );
  }
  params.emit(processingResult.refresh(`url:${url}`));
  return data.toString('utf-8');
}

/** `$text`: the file's content, as the catalog's own resolver. */
export const textPlaceholderResolver: PlaceholderResolver = async params =>
  readText(params);

/**
 * `$json`: the parsed file. A parse error names the placeholder and file
 * only: the JavaScript error quotes the data around the error.
 */
export const jsonPlaceholderResolver: PlaceholderResolver = async params => {
  const content = await readText(params);
  try {
    return JSON.parse(content);
  } catch {
    throw placeholderError(params, `is not valid JSON (${WITHHELD})`);
  }
};

/**
 * `$yaml`: the parsed single document. A parse error keeps the position and
 * the YAML error code, not the quoted source line.
 */
export const yamlPlaceholderResolver: PlaceholderResolver = async params => {
  const content = await readText(params);
  const documents = parseAllDocuments(content, { merge: false });
  if (!Array.isArray(documents) || documents.length !== 1) {
    throw placeholderError(
      params,
      `expected to find exactly one document of data, found ${
        Array.isArray(documents) ? documents.length : 0
      }`,
    );
  }
  const [error] = documents[0].errors;
  if (error) {
    const position = error.linePos?.[0];
    throw placeholderError(
      params,
      `is not valid YAML: ${error.code}${
        position ? ` at line ${position.line}, column ${position.col}` : ''
      } (${WITHHELD})`,
    );
  }
  return documents[0].toJSON();
};

/** Replacements for the catalog's `$text`, `$json` and `$yaml` resolvers. */
export const valueFreePlaceholderResolvers: Record<
  string,
  PlaceholderResolver
> = {
  text: textPlaceholderResolver,
  json: jsonPlaceholderResolver,
  yaml: yamlPlaceholderResolver,
};
