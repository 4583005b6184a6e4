/* eslint-disable no-console */
import {
  BlastRadiusIndex,
  DEFAULT_BLAST_RADIUS_QUERY,
  buildBlastRadiusResult,
  relationTypesToFollow,
  traverseForQuery,
} from '@stagecraft/plugin-blast-radius-common';
import { mulberry32 } from '@internal/stagecraft-test-utils';
import { numberFromEnv } from '../shared/benchEnv';
import { BenchLine, printBenchLines, runBench } from '../shared/benchMain';
import { percentile } from '../shared/percentile';
import { generateCatalog, shapeOfSize } from './generateCatalog';
import { blastRadiusHopByHop, startByRefsServer } from './hopByHop';

const ENTITIES = numberFromEnv('BENCH_ENTITIES', 10_000);
const STARTS = numberFromEnv('BENCH_STARTS', 1000);
/** Walking the catalog hop by hop is slow: it is compared on the first starts only. */
const HOP_STARTS = numberFromEnv('BENCH_HOP_STARTS', 100);
const gc = (global as { gc?: () => void }).gc;

function heapUsed(): number {
  gc?.();
  gc?.();
  return process.memoryUsage().heapUsed;
}

const round = (n: number, digits = 3) => Number(n.toFixed(digits));
const total = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/**
 * The same blast radii found the way catalog-graph walks the catalog, one `by-refs`
 * request per depth level; checks both find the same entities.
 */
async function compareWithHopByHop(
  index: BlastRadiusIndex,
  starts: string[],
  indexTimes: number[],
): Promise<BenchLine[]> {
  const server = await startByRefsServer(
    generateCatalog(shapeOfSize(ENTITIES)),
  );
  const relationTypes = relationTypesToFollow(
    DEFAULT_BLAST_RADIUS_QUERY.relations,
    DEFAULT_BLAST_RADIUS_QUERY.direction,
  );
  const times: number[] = [];
  let sameAnswer = true;
  try {
    await blastRadiusHopByHop(
      server.url,
      starts[starts.length - 1],
      relationTypes,
    );
    for (const start of starts.slice(0, HOP_STARTS)) {
      const t0 = performance.now();
      const reached = await blastRadiusHopByHop(
        server.url,
        start,
        relationTypes,
      );
      times.push(performance.now() - t0);
      const traversal = traverseForQuery(
        index,
        start,
        DEFAULT_BLAST_RADIUS_QUERY,
      )!;
      sameAnswer &&=
        reached.size === traversal.order.length &&
        traversal.order.every(id => reached.has(index.entity(id).entityRef));
    }
  } finally {
    await server.close();
  }
  const comparedIndexTimes = indexTimes.slice(0, times.length);
  return [
    ['hop_by_hop_starts', times.length],
    ['hop_by_hop_same_answer', sameAnswer],
    ['hop_by_hop_p50_ms', round(percentile(times, 50))],
    ['hop_by_hop_p99_ms', round(percentile(times, 99))],
    [
      'blast_radius_vs_hop_by_hop_p50',
      round(percentile(times, 50) / percentile(comparedIndexTimes, 50), 1),
    ],
    [
      'blast_radius_vs_hop_by_hop',
      round(total(times) / total(comparedIndexTimes), 1),
    ],
  ];
}

runBench(async () => {
  if (!gc) {
    console.warn('Run node with --expose-gc for an exact memory figure.');
  }
  const baseline = heapUsed();
  const generated = Date.now();
  let entities: ReturnType<typeof generateCatalog> | undefined =
    generateCatalog(shapeOfSize(ENTITIES));
  const entityCount = entities.length;
  const relationCount = entities.reduce(
    (n, e) => n + (e.relations?.length ?? 0),
    0,
  );
  console.log(
    `Generated ${entityCount} entities with ${relationCount} relations in ${
      Date.now() - generated
    } ms`,
  );

  const buildStart = performance.now();
  const index = BlastRadiusIndex.fromEntities(entities);
  const buildMs = performance.now() - buildStart;
  entities = undefined;
  const indexBytes = heapUsed() - baseline;

  // Start from a seeded sample, 20 secret stores included (the widest).
  const rnd = mulberry32(7);
  const starts: string[] = [];
  // The stores first (the widest blast radii); a small catalog has fewer than 20.
  for (let i = 0; i < 20; i++) {
    const store = `resource:default/store-${i}`;
    if (traverseForQuery(index, store, DEFAULT_BLAST_RADIUS_QUERY)) {
      starts.push(store);
    }
  }
  while (starts.length < STARTS) {
    starts.push(index.entity(Math.floor(rnd() * index.size)).entityRef);
  }

  const run = (ref: string) => {
    const traversal = traverseForQuery(index, ref, DEFAULT_BLAST_RADIUS_QUERY)!;
    return buildBlastRadiusResult(index, traversal, DEFAULT_BLAST_RADIUS_QUERY);
  };
  // Warm up the JIT on a different sample.
  for (let i = 0; i < 50; i++) {
    run(index.entity((i * 97) % index.size).entityRef);
  }

  const times: number[] = [];
  const sizes: number[] = [];
  let widest: ReturnType<typeof run> | undefined;
  for (const ref of starts) {
    const t0 = performance.now();
    const result = run(ref);
    times.push(performance.now() - t0);
    sizes.push(result.totalCount);
    if (!widest || result.totalCount > widest.totalCount) {
      widest = result;
    }
  }
  const storeTimes = times.slice(0, 20);
  const serialized = performance.now();
  const widestJson = JSON.stringify(widest);
  const serializeMs = performance.now() - serialized;

  const lines: BenchLine[] = [
    ['starts', `${starts.length} (20 secret stores + random entities)`],
    ['entities', entityCount],
    ['relations', index.relationCount],
    ['blast_radius_reached_p50', percentile(sizes, 50)],
    ['blast_radius_reached_max', percentile(sizes, 100)],
    [
      'widest_answer',
      `${widest!.nodes.length} nodes (limit ${widest!.limit}), ${
        widest!.edges.length
      } edges, ${widest!.owners.length} owners, ${round(
        widestJson.length / 1024,
        0,
      )} KB of JSON, serialised in ${round(serializeMs, 1)} ms`,
    ],
    ['blast_radius_store_p50_ms', round(percentile(storeTimes, 50))],
    ['blast_radius_max_ms', round(percentile(times, 100))],
    ['index_build_ms', round(buildMs, 1)],
    ['index_memory_mb', round(indexBytes / 1024 / 1024, 1)],
    ['blast_radius_p50_ms', round(percentile(times, 50))],
    ['blast_radius_p99_ms', round(percentile(times, 99))],
    ...(await compareWithHopByHop(index, starts, times)),
  ];
  printBenchLines(lines);
});
