import { Entity } from '@backstage/catalog-model';
import { NotFoundError } from '@backstage/errors';
import {
  buildReadinessCatalogView,
  Campaign,
  CampaignProgress,
  campaignScopeMatcher,
  entitiesInScope,
  entityRefOf,
  EntityReadiness,
  evaluateCampaign,
  Exemption,
  groupHierarchy,
  GroupHierarchy,
  ReadinessRulesConfig,
} from '@stagecraft/plugin-readiness-common';
import { CampaignStore } from '../database/CampaignStore';

/** What campaigns are judged over: the catalog, with its Groups for the hierarchy. */
export type CampaignSnapshot = {
  entities: Entity[];
  /** Groups with their relations, for the hierarchy. */
  groups: Entity[];
};

type Prepared = {
  at: number;
  entities: Entity[];
  inputs: Omit<Parameters<typeof evaluateCampaign>[2], 'now' | 'resultOf'>;
  /** Results read so far for this snapshot, by entity ref; `null` where none is stored. */
  results: Map<string, EntityReadiness | null>;
};

/** The entities in the campaign's scope. */
function inScope(
  campaign: Campaign,
  entities: Entity[],
  inputs: Prepared['inputs'],
): Entity[] {
  return entitiesInScope(
    entities,
    campaignScopeMatcher(campaign.scope, inputs.catalog, inputs.hierarchy),
  );
}

/**
 * Judges campaigns over the whole catalog with the plugin's own credentials (callers see
 * them through `VisibleCampaigns`), and records each campaign's day for its burn-up. The
 * catalog is read at most once per `snapshotTtlMs`; of the stored results, only those of
 * the entities in a campaign's scope are read, each at most once per snapshot.
 */
export class CampaignService {
  private prepared?: Promise<Prepared>;
  private readonly now: () => Date;

  constructor(
    private readonly deps: {
      store: CampaignStore;
      loadSnapshot: () => Promise<CampaignSnapshot>;
      /** The stored results of these entities; those without one are left out. */
      readResults: (
        entityRefs: readonly string[],
      ) => Promise<EntityReadiness[]>;
      rules: ReadinessRulesConfig;
      /** Approved, unexpired exemptions, read on each computation (not cached with the snapshot). */
      activeExemptions?: () => Promise<Exemption[]>;
      now?: () => Date;
      snapshotTtlMs?: number;
    },
  ) {
    this.now = deps.now ?? (() => new Date());
  }

  get store(): CampaignStore {
    return this.deps.store;
  }

  /** Every check id a campaign may require. */
  knownChecks(): string[] {
    return this.deps.rules.checks.map(check => check.id);
  }

  private async snapshot(): Promise<Prepared> {
    const ttl = this.deps.snapshotTtlMs ?? 60_000;
    const current = this.prepared;
    if (current) {
      const ready = await current.catch(() => undefined);
      if (ready && this.now().getTime() - ready.at < ttl) return ready;
      if (this.prepared !== current) return this.snapshot();
    }
    const next = this.deps.loadSnapshot().then(({ entities, groups }) => ({
      at: this.now().getTime(),
      entities,
      inputs: {
        catalog: buildReadinessCatalogView(entities),
        hierarchy: groupHierarchy(groups),
        config: this.deps.rules,
      },
      results: new Map(),
    }));
    this.prepared = next;
    next.catch(() => {
      if (this.prepared === next) this.prepared = undefined;
    });
    return next;
  }

  /** The stored result of each of `entities`, read from the store where not read yet. */
  private async resultsOf(
    prepared: Prepared,
    entities: Entity[],
  ): Promise<(ref: string) => EntityReadiness | undefined> {
    const { results } = prepared;
    const unread = [
      ...new Set(entities.map(entityRefOf).filter(ref => !results.has(ref))),
    ];
    if (unread.length > 0) {
      const found = new Map(
        (await this.deps.readResults(unread)).map(r => [r.entityRef, r]),
      );
      for (const ref of unread) results.set(ref, found.get(ref) ?? null);
    }
    return ref => results.get(ref) ?? undefined;
  }

  private async exemptions(): Promise<Exemption[]> {
    return (await this.deps.activeExemptions?.()) ?? [];
  }

  /** The Group hierarchy of the current snapshot. */
  async hierarchy(): Promise<GroupHierarchy> {
    return (await this.snapshot()).inputs.hierarchy;
  }

  async require(id: string): Promise<Campaign> {
    const campaign = await this.deps.store.get(id);
    if (!campaign) throw new NotFoundError(`No campaign ${id}`);
    return campaign;
  }

  /**
   * The campaign's progress now over every entity, with its stored history. While the
   * campaign runs, today's totals are recorded (the day's last record wins).
   */
  async progress(campaign: Campaign): Promise<CampaignProgress> {
    const prepared = await this.snapshot();
    const { inputs } = prepared;
    const entities = inScope(campaign, prepared.entities, inputs);
    const resultOf = await this.resultsOf(prepared, entities);
    const exemptions = await this.exemptions();
    const now = this.now();
    const progress = evaluateCampaign(campaign, entities, {
      ...inputs,
      resultOf,
      exemptions,
      now,
    });
    if (progress.phase === 'active') {
      await this.deps.store.recordDay(progress, now);
    }
    return progress;
  }

  /** The entity's progress in every campaign whose scope holds it. */
  async campaignsOf(entityRef: string): Promise<CampaignProgress[]> {
    const now = this.now();
    const campaigns = await this.deps.store.list();
    const prepared = await this.snapshot();
    const { inputs } = prepared;
    const entity = prepared.entities.find(e => entityRefOf(e) === entityRef);
    if (!entity) return [];
    const holding = campaigns.filter(
      campaign => inScope(campaign, [entity], inputs).length > 0,
    );
    if (holding.length === 0) return [];
    const resultOf = await this.resultsOf(prepared, [entity]);
    const exemptions = await this.exemptions();
    return holding.map(campaign =>
      evaluateCampaign(campaign, [entity], {
        ...inputs,
        resultOf,
        exemptions,
        now,
      }),
    );
  }
}
