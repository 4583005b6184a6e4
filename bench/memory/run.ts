/* eslint-disable no-console */
/*
 * Backend memory benchmark (`yarn bench:memory`): one real backend process, every plugin,
 * its catalog seeded with BENCH_ENTITIES entities (default 10,000; the figure at
 * 100,000), every Stagecraft plugin warmed as users would; the process's RSS sampled
 * throughout. See README.md.
 *
 * Environment: BENCH_ENTITIES, BENCH_PIPELINE_VIEWS (default 10), BENCH_IDLE_S and
 * BENCH_STEADY_S (seconds sampled before and after the warm-up, default 60 each).
 */
import { setTimeout as sleep } from 'timers/promises';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { BenchLine, runBench } from '../shared/benchMain';
import { numberFromEnv } from '../shared/benchEnv';
import { measureDeployment } from '../shared/deploymentBench';
import { ProcessMemorySampler } from '../shared/processMemory';
import { benchCatalog, pipelineNames } from './benchCatalog';
import { readHeapReport } from './readHeapReport';
import { MemoryBackend } from './memoryBackend';
import { warmUpSteps } from './warmUp';

const ENTITIES = numberFromEnv('BENCH_ENTITIES', 10_000);
const PIPELINE_VIEWS = numberFromEnv('BENCH_PIPELINE_VIEWS', 10);
const IDLE_S = numberFromEnv('BENCH_IDLE_S', 60);
const STEADY_S = numberFromEnv('BENCH_STEADY_S', 60);
/** The backend's last log lines to print at the end; none unless set. */
const LOG_TAIL = numberFromEnv('BENCH_LOG_TAIL', 0);

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const countBy = (values: string[]) =>
  values.reduce(
    (counts, value) => counts.set(value, (counts.get(value) ?? 0) + 1),
    new Map<string, number>(),
  );
const seconds = (since: number) => Math.round((Date.now() - since) / 1000);

async function measureMemory(backend: MemoryBackend, lines: BenchLine[]) {
  const entities = benchCatalog(ENTITIES);
  const teams = entities
    .filter(entity => entity.kind === 'Group')
    .map(entity => stringifyEntityRef(entity));
  const pipelines = pipelineNames(entities).slice(0, PIPELINE_VIEWS);

  let sampler: ProcessMemorySampler | undefined;
  try {
    console.error(
      `memory: seeding the catalog with ${entities.length} entities`,
    );
    const seedStarted = Date.now();
    const seeded = await backend.seed(entities);
    lines.push(
      ['entities', seeded.entities],
      ['relations', seeded.relations],
      ['catalog_search_rows', seeded.searchRows],
      ['seed_s', seconds(seedStarted)],
    );

    console.error('memory: starting the backend');
    const spawnedAt = Date.now();
    const child = await backend.start(teams);
    const pid = child.pid!;
    sampler = new ProcessMemorySampler(pid);
    lines.push(['backend_start_s', seconds(spawnedAt)]);
    const rss = () => sampler!.sample()!.rssMb;

    // No forced collection until the end: the figures are the RSS the process keeps by itself.
    sampler.phase('idle');
    await sleep(IDLE_S * 1000);
    const idle = rss();
    lines.push(['backend_rss_idle_mb', idle]);

    const target = {
      baseUrl: child.baseUrl,
      token: backend.token,
      alive: () => child.alive,
    };
    let before = idle;
    for (const step of warmUpSteps(pipelines)) {
      console.error(`memory: warming ${step.name}`);
      sampler.phase(step.name);
      const stepStarted = Date.now();
      const what = await step.run(target);
      const after = rss();
      console.error(`memory: ${what} (${seconds(stepStarted)} s)`);
      lines.push(
        [`backend_rss_after_${step.name}_mb`, after],
        [`backend_rss_increment_${step.name}_mb`, after - before],
        [
          `backend_rss_peak_during_${step.name}_mb`,
          Math.max(...sampler.of(step.name).map(s => s.rssMb)),
        ],
        [`${step.name}_s`, seconds(stepStarted)],
      );
      before = after;
    }

    console.error(`memory: steady for ${STEADY_S} s`);
    sampler.phase('steady');
    await sleep(STEADY_S * 1000);
    const steady = sampler.of('steady');
    lines.push(
      ['backend_rss_mb', median(steady.map(s => s.rssMb))],
      [
        'backend_peak_rss_mb',
        Math.max(...sampler.samples.map(s => s.peakRssMb)),
      ],
      ['backend_rss_anon_mb', median(steady.map(s => s.anonMb))],
      ['backend_rss_file_mb', median(steady.map(s => s.fileMb))],
      ['rss_target_mb', 1536],
    );

    // What the JavaScript heap holds once garbage is collected, and the RSS after.
    const { memoryUsage, heapSpaces } = await readHeapReport(
      pid,
      backend.heapReportFile,
    );
    const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);
    lines.push(
      ['backend_heap_used_after_gc_mb', mb(memoryUsage.heapUsed)],
      ['backend_heap_total_after_gc_mb', mb(memoryUsage.heapTotal)],
      ['backend_external_after_gc_mb', mb(memoryUsage.external)],
      ['backend_rss_after_gc_mb', rss()],
      ...heapSpaces.map(({ space_name, space_used_size }): [string, number] => [
        `backend_heap_${space_name}_mb`,
        mb(space_used_size),
      ]),
    );
    for (const [operation, count] of countBy(
      backend.fakeAws.calls.map(call => call.operation),
    )) {
      lines.push([`fake_aws_calls_${operation.replace(/\W+/g, '_')}`, count]);
    }
    if (LOG_TAIL > 0) {
      console.error(child.logTail(LOG_TAIL));
    }
  } catch (error) {
    // The backend's own words (warnings and errors) say why a step failed.
    console.error(backend.process?.logTail(60));
    throw error;
  } finally {
    sampler?.stop();
  }
}

// The fake CloudWatch's and the sampler's timers are stopped; leave once printed.
runBench(() =>
  measureDeployment(() => MemoryBackend.create(), measureMemory).then(() =>
    process.exit(0),
  ),
);
