import ts from 'typescript';

/** A place in source code that could read a secret's value. */
export interface ValueRead {
  line: number;
  /** The identifier or string that names the read. */
  text: string;
  rule: 'secrets-manager-value' | 'ssm-parameter-value' | 'vault-kv-data-path';
}

// The names are put together here so that this file does not name them itself.
const SECRET_VALUE = ['Get', 'Secret', 'Value'].join('');
const GET_PARAMETER = ['Get', 'Parameter'].join('');

/** `GetSecretValue`, `BatchGetSecretValue`, their commands and the v2 SDK's `getSecretValue`. */
const SECRETS_MANAGER = new RegExp(`^(Batch)?${SECRET_VALUE}(Command)?$`, 'i');
/** `GetParameter`, `GetParameters`, `GetParametersByPath`, `GetParameterHistory` and commands. */
const SSM = new RegExp(
  `^${GET_PARAMETER}(s|sByPath|History)?(Command|Request|Result)?$`,
  'i',
);
/** A Vault KV v2 data path: `kv/data/...`, `/v1/secret/data/...`, `${mount}/data/${path}`. */
const VAULT_DATA = /(^|[\w.-])\/data\//;

function ruleOfName(name: string): ValueRead['rule'] | undefined {
  if (SECRETS_MANAGER.test(name)) return 'secrets-manager-value';
  if (SSM.test(name)) return 'ssm-parameter-value';
  return undefined;
}

/**
 * Finds every identifier (call, import, property) named like an AWS value read and,
 * unless `testFile`, every string naming one or a Vault KV `data/` path. Comments are
 * not code and are not read; in tests only code is checked, since a test's strings are
 * fixtures (a leak detector's test may well hold a Vault URL).
 */
export function findValueReads(
  source: string,
  options: { fileName: string; testFile?: boolean },
): ValueRead[] {
  const file = ts.createSourceFile(
    options.fileName,
    source,
    ts.ScriptTarget.Latest,
    false,
    options.fileName.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const found: ValueRead[] = [];
  const report = (node: ts.Node, text: string, rule: ValueRead['rule']) =>
    found.push({
      line: file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1,
      text,
      rule,
    });
  const visit = (node: ts.Node) => {
    if (ts.isIdentifier(node) || ts.isPrivateIdentifier(node)) {
      const rule = ruleOfName(node.text);
      if (rule) report(node, node.text, rule);
    } else if (
      !options.testFile &&
      (ts.isStringLiteralLike(node) ||
        ts.isTemplateHead(node) ||
        ts.isTemplateMiddle(node) ||
        ts.isTemplateTail(node))
    ) {
      const text = node.text;
      const words = text.split(/[^A-Za-z]+/).filter(Boolean);
      const named = words.map(ruleOfName).find(Boolean);
      if (named) report(node, text, named);
      else if (VAULT_DATA.test(text)) report(node, text, 'vault-kv-data-path');
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}
