import fs from 'node:fs';
import path from 'node:path';
import { Entity } from '@backstage/catalog-model';
import {
  CatalogYamlDocument,
  entityRefKey,
  EntityPlaceholder,
  FILE_REJECTED_NOTE,
  formatFieldPath,
  locateField,
  positionOf,
  validateEntity,
} from '@stagecraft/plugin-catalog-rules-common';
import { findSecretValues } from '@stagecraft/plugin-secrets-common';
import { Document, LineCounter } from 'yaml';
import { entityLabel } from './entityLabel';
import { parseWithPlainEnv } from './parseWithPlainEnv';
import { FILE_START, Finding, problemAt } from './problemAt';
import { createRedactor, secretFragments, valueAtPath } from './redact';
import { LintedEntity, LintProblem } from './types';

export type FileLint = {
  problems: LintProblem[];
  entities: LintedEntity[];
  /** Pieces of the leaked values, for redacting other messages that quote them. */
  secretFragments: string[];
  /**
   * The catalog would read nothing from this file (a broken document, a
   * disallowed kind…). Its valid entities are still returned, so that the
   * whole-catalog rules judge the file as its author meant it.
   */
  fileRejected: boolean;
  /** The parsed documents by index and their line counter, to place whole-catalog findings without parsing again. */
  parsed: ParsedFile;
};

export type ParsedFile = {
  documents: (Document | undefined)[];
  lineCounter: LineCounter;
};

export type LintFileOptions = {
  /** Check that relative Location targets and placeholder files exist (default true). */
  checkLocalTargets?: boolean;
  /** Kinds `catalog.rules` allows; default Stagecraft's. */
  allowedKinds?: readonly string[];
};

const LEAK_FIX =
  'Remove the value from the YAML and rotate the secret; name where it is stored instead (stagecraft.io/secret-path).';

/**
 * The entity's label (see `entityLabel`) read from the syntax tree, so that
 * broken documents get a label too.
 */
function labelOf(
  doc: Document | undefined,
  file: string,
  documentIndex: number,
): { ref: string; label: string } | undefined {
  try {
    const kind = doc?.get('kind');
    const name = doc?.getIn(['metadata', 'name']);
    const namespace = doc?.getIn(['metadata', 'namespace']);
    if (typeof kind === 'string' && typeof name === 'string') {
      const ref = `${kind.toLocaleLowerCase('en-US')}:${
        typeof namespace === 'string' && namespace ? namespace : 'default'
      }/${name}`;
      return { ref, label: entityLabel(ref, { file, documentIndex }) };
    }
  } catch {
    // A document whose root is not a mapping has no label.
  }
  return undefined;
}

/** A relative path the linter can check on disk (not a URL, absolute path or glob). */
function localTarget(target: string, file: string): string | undefined {
  if (
    /^[a-z][a-z0-9+.-]*:/i.test(target) ||
    path.isAbsolute(target) ||
    /[*?[\]{}]/.test(target)
  ) {
    return undefined;
  }
  return path.resolve(path.dirname(file), target);
}

function locationTargets(entity: Entity): { field: string; target: string }[] {
  const spec = entity.spec ?? {};
  const found: { field: string; target: string }[] = [];
  if (typeof spec.target === 'string') {
    found.push({ field: 'spec.target', target: spec.target });
  }
  if (Array.isArray(spec.targets)) {
    spec.targets.forEach((target, index) => {
      if (typeof target === 'string') {
        found.push({
          field: formatFieldPath(['spec', 'targets', index]),
          target,
        });
      }
    });
  }
  return found;
}

type DocumentContext = {
  file: string;
  absolutePath: string;
  options: LintFileOptions;
  fileRejected: { value: boolean };
  doc: Document;
  lineCounter: LineCounter;
  entity?: string;
  problems: LintProblem[];
  secretFragments: string[];
};

function report(context: DocumentContext, problem: Finding) {
  const location = locateField(
    context.doc,
    context.lineCounter,
    problem.field ?? '',
  );
  context.problems.push(
    problemAt(context.file, location, context.entity, problem),
  );
}

/** Reports missing local targets; true when one makes the catalog reject the entity. */
function checkMissingTargets(
  context: DocumentContext,
  entity: Entity | undefined,
  placeholders: EntityPlaceholder[],
): boolean {
  let rejected = false;
  for (const placeholder of placeholders) {
    const local = localTarget(placeholder.target, context.absolutePath);
    if (local && !fs.existsSync(local)) {
      rejected = true;
      report(context, {
        ruleId: 'catalog/placeholder',
        severity: 'error',
        field: placeholder.field,
        message: `Placeholder $${placeholder.resolver} at ${placeholder.field} reads "${placeholder.target}", which does not exist next to this file.`,
      });
    }
  }
  if (entity?.kind !== 'Location') {
    return rejected;
  }
  for (const { field, target } of locationTargets(entity)) {
    const local = localTarget(target, context.absolutePath);
    if (local && !fs.existsSync(local)) {
      report(context, {
        ruleId: 'catalog/location-target',
        severity: 'error',
        field,
        message: `Location target "${target}" does not exist next to this file; the catalog rejects the location, and reads none of its targets.`,
      });
      rejected = true;
    }
  }
  return rejected;
}

function reportLeaks(context: DocumentContext, data: unknown) {
  for (const leak of findSecretValues(data)) {
    const value = valueAtPath(data, leak.path);
    if (value !== undefined) {
      context.secretFragments.push(...secretFragments(value));
    }
    report(context, {
      ruleId: 'secrets/leak',
      severity: 'error',
      field: leak.path,
      message: `${leak.message} (${leak.detector})`,
      fix: LEAK_FIX,
    });
  }
}

/** What yaml recovers from a document with a syntax error, for leak scanning. */
function recoverData(document: CatalogYamlDocument): unknown {
  const ruleId = document.problem?.ruleId;
  if (
    !document.document ||
    ruleId === 'yaml/too-deep' ||
    ruleId === 'yaml/alias-limit'
  ) {
    return undefined;
  }
  try {
    return document.document.toJSON();
  } catch {
    return undefined;
  }
}

async function lintDocument(
  document: CatalogYamlDocument,
  context: Omit<DocumentContext, 'doc' | 'entity'>,
  entities: LintedEntity[],
) {
  const doc = document.document;
  const labelled = labelOf(doc, context.file, document.index);
  const label = labelled?.label;
  if (document.problem || !doc) {
    const position = positionOf(
      context.lineCounter,
      document.problem?.offset ?? 0,
    );
    context.problems.push({
      file: context.file,
      ...position,
      ...(label ? { entity: label } : {}),
      ruleId: document.problem?.ruleId ?? 'yaml/syntax',
      severity: 'error',
      message: `${
        document.problem?.message ?? 'The document cannot be read.'
      } ${FILE_REJECTED_NOTE}`,
    });
    context.fileRejected.value = true;
    // The catalog rejects the document, but a secret in it is still in git.
    const recovered = recoverData(document);
    if (doc && recovered) {
      reportLeaks({ ...context, doc, entity: label }, recovered);
    }
    return;
  }
  if (!document.data) {
    return;
  }
  const documentContext: DocumentContext = {
    ...context,
    doc,
    entity: label,
  };

  reportLeaks(documentContext, document.data);

  const validation = await validateEntity(document.data, {
    allowedKinds: context.options.allowedKinds,
  });
  for (const problem of validation.problems) {
    report(documentContext, problem);
  }
  if (validation.rejectsFile) {
    context.fileRejected.value = true;
  }
  const missingTarget =
    (context.options.checkLocalTargets ?? true) &&
    checkMissingTargets(
      documentContext,
      validation.entity,
      validation.placeholders,
    );

  if (validation.entity && !missingTarget) {
    const start = doc.contents?.range?.[0] ?? doc.range[0];
    const ref = entityRefKey(validation.entity);
    entities.push({
      file: context.file,
      documentIndex: document.index,
      entity: validation.entity,
      ref,
      // Usually the ref the label was read from: the label is not computed twice.
      label:
        labelled?.ref === ref
          ? labelled.label
          : entityLabel(ref, {
              file: context.file,
              documentIndex: document.index,
            }),
      line: context.lineCounter.linePos(start).line,
    });
  }
}

/**
 * Lints one file's text: YAML problems, secret values (on the YAML as
 * written), entity validity (on the entity as the catalog processes it) and
 * missing local targets of locations and placeholders. Returns the valid
 * entities for the whole-catalog rules.
 */
export async function lintFileText(
  text: string,
  file: string,
  absolutePath: string,
  options: LintFileOptions = {},
): Promise<FileLint> {
  const fileRejected = { value: false };
  const problems: LintProblem[] = [];
  const entities: LintedEntity[] = [];
  const fragments: string[] = [];
  const { documents, lineCounter } = parseWithPlainEnv(text);
  for (const document of documents) {
    try {
      await lintDocument(
        document,
        {
          file,
          absolutePath,
          options,
          fileRejected,
          lineCounter,
          problems,
          secretFragments: fragments,
        },
        entities,
      );
    } catch (error) {
      // One broken document must not take the others (or the run) down.
      fileRejected.value = true;
      problems.push({
        file,
        ...positionOf(lineCounter, document.document?.range[0] ?? 0),
        ruleId: 'internal-error',
        severity: 'error',
        message: `The linter failed on this document: ${
          (error as Error)?.message ?? String(error)
        }`,
      });
    }
  }
  if (problems.length === 0 && entities.length === 0) {
    problems.push(
      problemAt(file, FILE_START, undefined, {
        ruleId: 'file/no-entities',
        severity: 'warning',
        message: 'The file holds no entity (it is empty or only comments).',
      }),
    );
  }
  const redact = createRedactor(fragments);
  for (const problem of problems) {
    problem.message = redact(problem.message);
  }
  return {
    problems,
    entities,
    secretFragments: fragments,
    fileRejected: fileRejected.value,
    parsed: {
      documents: documents.map(document => document.document),
      lineCounter,
    },
  };
}
