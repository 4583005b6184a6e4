import { Entity } from '@backstage/catalog-model';
import { NotFoundError } from '@backstage/errors';
import {
  buildReadinessCatalogView,
  Campaign,
  CampaignProgress,
  entityRefOf,
  EntityReadiness,
  evaluateCampaign,
  Exemption,
  groupHierarchy,
  GroupHierarchy,
  ReadinessRulesConfig,
} from '@stagecraft/plugin-readiness-common';
import { CampaignStore } from '../database/CampaignStore';

/** What campaigns are judged over: the catalog and the latest readiness results. */
export type CampaignSnapshot = {
  entities: Entity[];
  /** Groups with their relations, for the hierarchy. */
  groups: Entity[];
  results: EntityReadiness[];
};

type Prepared = {
  at: number;
  entities: Entity[];
  inputs: Omit<Parameters<typeof evaluateCampaign>[2], 'now'>;
};

/**
 * Judges campaigns over the whole catalog with the plugin's own credentials (callers see
 * them through `VisibleCampaigns`), and records each campaign's day for its burn-up. The
 * catalog and results are read at most once per `snapshotTtlMs`.
 */
export class CampaignService {
  private prepared?: Promise<Prepared>;
  private readonly now: () => Date;

  constructor(
    private readonly deps: {
      store: CampaignStore;
      loadSnapshot: () => Promise<CampaignSnapshot>;
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
    const next = this.deps
      .loadSnapshot()
      .then(({ entities, groups, results }) => {
        const byRef = new Map(results.map(r => [r.entityRef, r]));
        return {
          at: this.now().getTime(),
          entities,
          inputs: {
            catalog: buildReadinessCatalogView(entities),
            hierarchy: groupHierarchy(groups),
            config: this.deps.rules,
            resultOf: (ref: string) => byRef.get(ref),
          },
        };
      });
    this.prepared = next;
    next.catch(() => {
      if (this.prepared === next) this.prepared = undefined;
    });
    return next;
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
    const { entities, inputs } = await this.snapshot();
    const exemptions = await this.exemptions();
    const now = this.now();
    const progress = evaluateCampaign(campaign, entities, {
      ...inputs,
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
    const { entities, inputs } = await this.snapshot();
    const entity = entities.find(e => entityRefOf(e) === entityRef);
    if (!entity) return [];
    const exemptions = await this.exemptions();
    return campaigns
      .map(campaign =>
        evaluateCampaign(campaign, [entity], { ...inputs, exemptions, now }),
      )
      .filter(progress => progress.entities.length > 0);
  }
}
