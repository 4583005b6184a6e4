import {
  Document,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseAllDocuments,
  visit,
  YAMLError,
} from 'yaml';
import {
  findExcessiveNesting,
  MAX_NESTING_DEPTH,
} from './findExcessiveNesting';

/**
 * Why a YAML document cannot become an entity.
 *
 * @public
 */
export type YamlProblemRuleId =
  | 'yaml/syntax'
  | 'yaml/duplicate-key'
  | 'yaml/alias-limit'
  | 'yaml/too-deep'
  | 'yaml/not-an-object';

/** @public */
export type YamlProblem = {
  ruleId: YamlProblemRuleId;
  message: string;
  /** Character offset in the text where the problem is. */
  offset: number;
};

/**
 * One YAML document of a catalog file, judged the way the catalog's
 * `parseEntityYaml` judges it.
 *
 * @public
 */
export type CatalogYamlDocument = {
  /** 0-based position of the document in the file. */
  index: number;
  document?: Document.Parsed;
  /** The entity candidate: set when the document is a plain object without problems. */
  data?: Record<string, unknown>;
  /** Set when the catalog would reject the document. */
  problem?: YamlProblem;
  /** Empty documents (null) are skipped by the catalog without an error. */
  empty: boolean;
};

/** @public */
export type CatalogYamlFile = {
  documents: CatalogYamlDocument[];
  lineCounter: LineCounter;
};

/**
 * The catalog reads documents with yaml's `toJSON()`, whose default alias
 * budget is 100; the same limit stops "billion laughs" documents here.
 */
const MAX_ALIAS_COUNT = 100;

const ENTITY_ROOT_KEYS = new Set(['apiVersion', 'kind', 'metadata', 'spec']);

/** yaml's message without its " at line X, column Y:" suffix and source excerpt. */
function shortMessage(error: YAMLError): string {
  return error.message
    .split('\n')[0]
    .replace(/ at line \d+, column \d+:?$/, '');
}

/**
 * The first repeated key of any mapping, in document order. yaml's own
 * check (`uniqueKeys`) compares each key with every earlier one, which takes
 * minutes on a mapping with 100,000 keys; this one is linear and finds the
 * same keys (scalars with the same value).
 */
function firstDuplicateKey(doc: Document.Parsed): number | undefined {
  // Depth is bounded by findExcessiveNesting, so recursion is safe.
  const walk = (node: unknown): number | undefined => {
    if (isMap(node)) {
      const keys = new Set<unknown>();
      for (const pair of node.items) {
        const key = pair.key;
        if (isScalar(key) && key.range) {
          if (keys.has(key.value)) {
            return key.range[0];
          }
          keys.add(key.value);
        }
        const inKey = isScalar(key) ? undefined : walk(key);
        if (inKey !== undefined) {
          return inKey;
        }
        const inValue = walk(pair.value);
        if (inValue !== undefined) {
          return inValue;
        }
      }
    } else if (isSeq(node)) {
      for (const item of node.items) {
        const found = walk(item);
        if (found !== undefined) {
          return found;
        }
      }
    }
    return undefined;
  };
  return walk(doc.contents);
}

/** The key whose node starts at `offset`, and whether it is a root key. */
function keyAt(
  doc: Document.Parsed,
  offset: number,
): { key: string; atRoot: boolean } {
  let found = { key: '?', atRoot: false };
  visit(doc, {
    Pair(_, pair, path) {
      const key = pair.key;
      if (isScalar(key) && key.range?.[0] === offset) {
        found = { key: String(key.value), atRoot: path.length === 2 };
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return found;
}

function duplicateKeyProblem(
  doc: Document.Parsed,
  offset: number,
): YamlProblem {
  const { key, atRoot } = keyAt(doc, offset);
  const hint =
    atRoot && ENTITY_ROOT_KEYS.has(key)
      ? ' Two entities without a "---" line between them?'
      : '';
  return {
    ruleId: 'yaml/duplicate-key',
    message: `Duplicate key "${key}"; the catalog rejects a document with repeated keys.${hint}`,
    offset,
  };
}

function problemFromYamlError(
  error: YAMLError,
  doc: Document.Parsed,
): YamlProblem {
  const offset = error.pos[0];
  if (error.code === 'DUPLICATE_KEY') {
    return duplicateKeyProblem(doc, offset);
  }
  if (error.code === 'RESOURCE_EXHAUSTION') {
    return {
      ruleId: 'yaml/too-deep',
      message: 'The YAML is nested too deeply to be read.',
      offset,
    };
  }
  return {
    ruleId: 'yaml/syntax',
    message: `YAML syntax error: ${shortMessage(error)}`,
    offset,
  };
}

function describeType(value: unknown): string {
  if (Array.isArray(value)) {
    return 'a list';
  }
  return typeof value === 'string' ? 'a string' : `a ${typeof value}`;
}

function readDocument(
  doc: Document.Parsed,
  index: number,
): CatalogYamlDocument {
  const contentsOffset = doc.contents?.range?.[0] ?? doc.range[0];
  const duplicate = firstDuplicateKey(doc);
  const [error] = doc.errors;
  if (duplicate !== undefined && (!error || duplicate < error.pos[0])) {
    return {
      index,
      document: doc,
      problem: duplicateKeyProblem(doc, duplicate),
      empty: false,
    };
  }
  if (error) {
    // Like the catalog: the first error rejects the document.
    return {
      index,
      document: doc,
      problem: problemFromYamlError(error, doc),
      empty: false,
    };
  }
  let data: unknown;
  try {
    // Exactly what the catalog calls: plain JSON, yaml's default alias budget.
    data = doc.toJSON();
  } catch (thrown) {
    const aliasLimit =
      thrown instanceof ReferenceError && /alias count/i.test(thrown.message);
    let problem: YamlProblem;
    if (aliasLimit) {
      problem = {
        ruleId: 'yaml/alias-limit',
        message: `The document expands more than ${MAX_ALIAS_COUNT} aliases (a "billion laughs" document?); the catalog refuses to read it.`,
        offset: contentsOffset,
      };
    } else if (thrown instanceof RangeError) {
      problem = {
        ruleId: 'yaml/too-deep',
        message: 'The YAML is nested too deeply to be read.',
        offset: contentsOffset,
      };
    } else {
      problem = {
        ruleId: 'yaml/syntax',
        message: `YAML error: ${(thrown as Error).message}`,
        offset: contentsOffset,
      };
    }
    return { index, document: doc, problem, empty: false };
  }
  if (data === null || data === undefined) {
    return { index, document: doc, empty: true };
  }
  if (typeof data !== 'object' || Array.isArray(data)) {
    return {
      index,
      document: doc,
      problem: {
        ruleId: 'yaml/not-an-object',
        message: `Expected an entity (a mapping) at the root of the document, got ${describeType(
          data,
        )}.`,
        offset: contentsOffset,
      },
      empty: false,
    };
  }
  return {
    index,
    document: doc,
    data: data as Record<string, unknown>,
    empty: false,
  };
}

/**
 * Parses catalog YAML the way the catalog backend does (yaml
 * `parseAllDocuments` without merge keys, duplicate keys rejected, the first
 * error of a document rejects that document, empty documents skipped, a root
 * that is not a mapping rejected) and keeps the parsed documents and line
 * counter so that findings can be placed on a line and column.
 *
 * Input nested deeper than {@link MAX_NESTING_DEPTH} is refused before
 * parsing, so hostile files fail fast instead of exhausting the stack.
 *
 * @public
 */
export function parseCatalogYaml(text: string): CatalogYamlFile {
  const lineCounter = new LineCounter();
  const deep = findExcessiveNesting(text);
  if (deep !== undefined) {
    // The parser would have filled the line counter; do it up to the problem.
    lineCounter.addNewLine(0);
    for (
      let i = text.indexOf('\n');
      i !== -1 && i < deep;
      i = text.indexOf('\n', i + 1)
    ) {
      lineCounter.addNewLine(i + 1);
    }
    return {
      lineCounter,
      documents: [
        {
          index: 0,
          empty: false,
          problem: {
            ruleId: 'yaml/too-deep',
            message: `The YAML nests more than ${MAX_NESTING_DEPTH} levels deep; refusing to read it.`,
            offset: deep,
          },
        },
      ],
    };
  }
  // yaml builds an Error per problem; without stack traces a file with
  // 100,000 broken lines costs half as much. Parsing is synchronous, so
  // nothing else runs with the lowered limit.
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  let docs: Document.Parsed[];
  try {
    docs = parseAllDocuments(text, {
      lineCounter,
      merge: false,
      uniqueKeys: false, // checked by firstDuplicateKey, in linear time
      prettyErrors: false,
      // yaml's warnings (e.g. collection keys) go to process.emitWarning; keep stderr clean.
      logLevel: 'error',
    });
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
  }
  return {
    lineCounter,
    documents: docs.map((doc, index) => readDocument(doc, index)),
  };
}
