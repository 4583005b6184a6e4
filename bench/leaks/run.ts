/* eslint-disable no-console */
/*
 * Leak-guard quality benchmark (`yarn bench:leaks`).
 *
 * Generates a seeded, labelled set of catalog documents, some carrying a
 * secret, most carrying realistic values that are not secrets; runs
 * Stagecraft's leak guard and secretlint (recommended preset) on the same
 * documents; runs the guard on the real-catalog corpus beside the repository.
 * Ends with `name: value` lines. Never prints a generated value.
 *
 * Environment:
 *   LEAKS_BENCH_SEED      generator seed (default 13)
 *   LEAKS_BENCH_SECRETS   secret-bearing documents (default 2,400)
 *   LEAKS_BENCH_HARMLESS  documents without secrets (default 26,000, of which
 *                         about 3,700 hold values public by design)
 *   LEAKS_BENCH_CORPUS    real catalog files (default ../shared/corpus/real-catalog
 *                         beside the repository)
 */
import fs from 'fs';
import path from 'path';
import { printBenchLines } from '../shared/benchMain';
import { numberFromEnv } from '../shared/benchEnv';
import { HARMLESS_KINDS } from './harmlessValues';
import { generateLabelledSet, LabelledItem } from './labelledSet';
import { scanRealCatalog } from './realCatalog';
import { scanWithGuard, scanWithSecretlint } from './scanners';
import { flaggedBy, missedFormats, round, score } from './score';
import { SECRET_FORMATS } from './secretFormats';
import { SECRET_PLACEMENTS } from './secretPlacements';

const REAL_CATALOG =
  process.env.LEAKS_BENCH_CORPUS ??
  path.resolve(__dirname, '../../../shared/corpus/real-catalog');

const byPlacement = (i: LabelledItem) => i.placement;
const byCategory = (i: LabelledItem) => i.category;
const withSecret = (i: LabelledItem) => i.secret;
const harmless = (i: LabelledItem) => !i.secret && !i.publicByDesign;
const publicByDesign = (i: LabelledItem) => i.publicByDesign;

/** The set must be as large and as varied as the issue asks, or the figures mean little. */
function checkLabelledSet(items: LabelledItem[]) {
  const secrets = items.filter(i => i.secret);
  const problems: string[] = [];
  if (secrets.length < 2000) problems.push(`only ${secrets.length} secrets`);
  const harmlessCount = items.filter(harmless).length;
  if (harmlessCount < 20000) {
    problems.push(`only ${harmlessCount} harmless values`);
  }
  const categories = new Set(items.map(i => i.category));
  const placements = new Set(secrets.map(i => i.placement));
  for (const format of SECRET_FORMATS) {
    if (!categories.has(format.id)) problems.push(`no ${format.id}`);
  }
  for (const kind of HARMLESS_KINDS) {
    if (!categories.has(kind.id)) problems.push(`no ${kind.id}`);
  }
  for (const placement of SECRET_PLACEMENTS) {
    if (!placements.has(placement.id)) problems.push(`no ${placement.id}`);
  }
  if (problems.length > 0) {
    throw new Error(`The labelled set is incomplete: ${problems.join(', ')}`);
  }
}

function printGroups(
  name: string,
  groups: Map<string, { hits: number; total: number }>,
  ratio: boolean,
) {
  for (const [group, { hits, total }] of [...groups].sort()) {
    console.log(
      `${name}_${group}: ${ratio ? round(hits / total) : hits}${
        ratio ? '' : ` / ${total}`
      }`,
    );
  }
}

const HEADINGS = {
  recall: 'recall per placement, then per secret format',
  false_positives:
    'false positives per kind of harmless value, then per placement',
  flags_public:
    'values public by design that it flags (not counted in precision)',
};

/** Recall per placement and format, false positives per kind and placement. */
function printBreakdown(
  tool: string,
  items: LabelledItem[],
  flagged: boolean[],
) {
  const section = (
    metric: keyof typeof HEADINGS,
    counted: (item: LabelledItem) => boolean,
    groupings: Array<(item: LabelledItem) => string>,
  ) => {
    console.log(`\n# ${tool}: ${HEADINGS[metric]}`);
    for (const groupOf of groupings) {
      const groups = flaggedBy(items, flagged, counted, groupOf);
      // Recall is a ratio; the other metrics are counts out of a total.
      printGroups(`${tool}_${metric}`, groups, metric === 'recall');
    }
  };
  section('recall', withSecret, [byPlacement, byCategory]);
  section('false_positives', harmless, [byCategory, byPlacement]);
  section('flags_public', publicByDesign, [byCategory]);
}

async function main() {
  const startedAt = performance.now();
  const items = generateLabelledSet({
    seed: numberFromEnv('LEAKS_BENCH_SEED', 13),
    secrets: numberFromEnv('LEAKS_BENCH_SECRETS', 2400),
    harmless: numberFromEnv('LEAKS_BENCH_HARMLESS', 26000),
  });
  checkLabelledSet(items);
  const bytes = items.reduce((n, i) => n + Buffer.byteLength(i.yaml), 0);
  const secretCount = items.filter(i => i.secret).length;
  console.log(
    `Generated ${items.length} documents (${secretCount} with a secret in ${
      SECRET_FORMATS.length
    } formats and ${SECRET_PLACEMENTS.length} placements, ${
      items.length - secretCount
    } without, ${HARMLESS_KINDS.length} kinds), ${round(
      bytes / 1e6,
      1,
    )} MB of YAML, in ${Math.round(performance.now() - startedAt)} ms`,
  );

  const guard = scanWithGuard(items);
  const secretlint = await scanWithSecretlint(items);
  const leak = score(items, guard.flagged);
  const lint = score(items, secretlint);

  printBreakdown('leak', items, guard.flagged);
  printBreakdown('secretlint', items, secretlint);

  console.log('\n# formats the guard missed (missed / total: placements)');
  const missed = [...missedFormats(items, guard.flagged)].sort(
    (a, b) => b[1].missed - a[1].missed,
  );
  for (const [format, entry] of missed) {
    console.log(
      `leak_missed ${format}: ${entry.missed} / ${entry.total}: ${[
        ...entry.placements,
      ]
        .sort()
        .join(', ')}`,
    );
  }

  let corpusLines: Array<[string, number | string]> = [];
  if (fs.existsSync(REAL_CATALOG)) {
    const corpus = scanRealCatalog(REAL_CATALOG);
    console.log(
      `\n# real catalog: ${corpus.documents} documents in ${
        corpus.files
      } files; refused for a placeholder credential: ${
        corpus.placeholderRefusals.join(', ') || 'none'
      }`,
    );
    for (const refusal of corpus.falseRefusals) {
      console.log(`corpus_false_refusal ${refusal}`);
    }
    corpusLines = [
      ['corpus_documents', corpus.documents],
      ['corpus_false_refusals', corpus.falseRefusals.length],
    ];
  } else {
    console.log(`\n# ${REAL_CATALOG} is absent: corpus not scanned`);
    corpusLines = [['corpus_false_refusals', 'not measured']];
  }

  const lines: Array<[string, number | string]> = [
    ['documents_with_secret', secretCount],
    ['documents_harmless', items.filter(harmless).length],
    ['documents_public_by_design', items.filter(publicByDesign).length],
    ['leak_guard_errors', guard.errors],
    ['leak_false_negatives', leak.falseNegatives],
    ['leak_false_positives', leak.falsePositives],
    ['secretlint_false_negatives', lint.falseNegatives],
    ['secretlint_false_positives', lint.falsePositives],
    ...corpusLines,
    ['leak_recall', round(leak.recall)],
    ['leak_precision', round(leak.precision)],
    ['secretlint_recall', round(lint.recall)],
    ['secretlint_precision', round(lint.precision)],
    ['leak_scan_mb_per_s', round(bytes / 1e6 / (guard.bestMs / 1000), 1)],
  ];
  console.log('');
  printBenchLines(lines);
  console.log(
    `\n(${Math.round((performance.now() - startedAt) / 1000)} s in all)`,
  );
}

main().then(
  () => process.exit(0),
  error => {
    console.error(error);
    process.exit(1);
  },
);
