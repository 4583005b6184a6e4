import { eventually } from '@internal/stagecraft-test-utils';
import {
  BLAST_RADIUS_NEWCOMERS,
  BLAST_RADIUS_ROOT,
  replicaCatalogYaml,
} from './replicaCatalog';
import { replicaCycles, sleep } from './replicaCycles';
import { ReplicaDeployment } from './replicaDeployment';
import { ReplicaProcess } from './replicaProcesses';

const [ROOT_KIND, ROOT_NAME] = BLAST_RADIUS_ROOT.split(':');
const BLAST_RADIUS_PATH = `/api/blast-radius/entities/${ROOT_KIND}/${ROOT_NAME}/blast-radius`;

/** The entities a replica's blast-radius index says depend on the root. */
export async function dependentsSeenBy(
  replica: ReplicaProcess,
): Promise<string[]> {
  const answer = await replica.get<{ nodes: Array<{ entityRef: string }> }>(
    BLAST_RADIUS_PATH,
  );
  if (answer.status !== 200) {
    throw new Error(
      `Blast radius on replica ${replica.name}: ${
        answer.status
      } ${JSON.stringify(answer.body)}`,
    );
  }
  return answer.body.nodes
    .map(node => node.entityRef)
    .filter(ref => ref !== BLAST_RADIUS_ROOT);
}

/** Adds the `newcomers`-th newcomer to the catalog; answers when the catalog serves it. */
async function addNewcomer(
  deployment: ReplicaDeployment,
  newcomers: number,
): Promise<number> {
  deployment.writeCatalog(replicaCatalogYaml({ newcomers }));
  await deployment.catalogServes(newcomers);
  return Date.now();
}

/**
 * Adds a newcomer, then asks every replica's blast radius every `intervalMs` from the moment
 * the catalog serves it: how long until each replica's answer includes it.
 */
export async function measureIndexPropagation(
  deployment: ReplicaDeployment,
  newcomers: number,
  intervalMs = 100,
): Promise<Record<string, number>> {
  const newcomer = BLAST_RADIUS_NEWCOMERS[newcomers - 1];
  const inCatalogAt = await addNewcomer(deployment, newcomers);
  const propagation: Record<string, number> = {};
  await Promise.all(
    deployment.replicas
      .filter(replica => replica.alive)
      .map(async replica => {
        await eventually(
          `${newcomer} in replica ${replica.name}'s blast radius`,
          async () => (await dependentsSeenBy(replica)).includes(newcomer),
          { timeoutMs: 60_000, intervalMs },
        );
        propagation[replica.name] = Date.now() - inCatalogAt;
      }),
  );
  return propagation;
}

/**
 * Adds a newcomer, leaves the replicas alone for one refresh period (and a second for the
 * reload), then asks each replica once: whether each answer includes it.
 */
export async function newcomerSeenAfterQuietPeriod(
  deployment: ReplicaDeployment,
  newcomers: number,
): Promise<Record<string, boolean>> {
  const newcomer = BLAST_RADIUS_NEWCOMERS[newcomers - 1];
  await addNewcomer(deployment, newcomers);
  await sleep(replicaCycles().blastRadiusMs + 1_000);
  const seen: Record<string, boolean> = {};
  for (const replica of deployment.replicas.filter(r => r.alive)) {
    seen[replica.name] = (await dependentsSeenBy(replica)).includes(newcomer);
  }
  return seen;
}
