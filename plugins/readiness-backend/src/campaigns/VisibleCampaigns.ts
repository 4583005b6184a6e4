import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { NotFoundError } from '@backstage/errors';
import { readableEntityRefs } from '@stagecraft/backend-node';
import {
  Campaign,
  CampaignHistoryPoint,
  CampaignInput,
  CampaignProgress,
  campaignRollup,
  CampaignScope,
  campaignTotals,
  EntityCampaign,
  parseCampaignInput,
} from '@stagecraft/plugin-readiness-common';
import { CampaignDay } from '../database/CampaignStore';
import { hideUnreadableRefs } from '../service/hideUnreadableRefs';
import { HidingDeps } from '../service/refHiding';
import { CampaignService } from './CampaignService';
import { campaignCsv } from './campaignCsv';

const SCOPE_REF_FIELDS = [
  ['systems', 'system'],
  ['domains', 'domain'],
  ['owners', 'group'],
] as const;

/** A scope ref in full (`group:default/x`), as the catalog names it. */
function fullRef(ref: string, kind: string): string {
  const withKind = ref.includes(':') ? ref : `${kind}:${ref}`;
  const [k, rest] = withKind.split(/:(.*)/s);
  return `${k}:${rest.includes('/') ? rest : `default/${rest}`}`.toLowerCase();
}

/** The entities a campaign itself names: its scope's and the user who created it. */
function campaignRefs(campaign: Campaign): string[] {
  return [
    ...SCOPE_REF_FIELDS.flatMap(([field, kind]) =>
      (campaign.scope[field] ?? []).map(ref => fullRef(ref, kind)),
    ),
    ...(campaign.createdBy ? [campaign.createdBy] : []),
  ];
}

/**
 * Campaigns as one caller may see them: only entities the caller may read in the catalog
 * are listed or counted (totals, rollup and history are recomputed over them), and refs the
 * caller may not read (in a scope, as an owner or system, as the creator) are left out; in the
 * checks' reasons and fixes they are hidden. Naming an entity the caller may not read is answered
 * like a missing one.
 */
export class VisibleCampaigns {
  constructor(
    private readonly deps: HidingDeps & {
      campaigns: CampaignService;
      now?: () => Date;
    },
  ) {}

  private now() {
    return this.deps.now?.() ?? new Date();
  }

  private readable(refs: Iterable<string>, credentials: BackstageCredentials) {
    return readableEntityRefs(this.deps.catalog, refs, credentials);
  }

  private visibleCampaign(campaign: Campaign, readable: Set<string>): Campaign {
    const { createdBy, ...rest } = campaign;
    const scope: CampaignScope = { ...campaign.scope };
    for (const [field, kind] of SCOPE_REF_FIELDS) {
      const refs = scope[field]?.filter(ref =>
        readable.has(fullRef(ref, kind)),
      );
      if (refs) scope[field] = refs;
    }
    return {
      ...rest,
      ...(createdBy && readable.has(createdBy) ? { createdBy } : {}),
      scope,
    };
  }

  async list(credentials: BackstageCredentials): Promise<Campaign[]> {
    const campaigns = await this.deps.campaigns.store.list();
    const readable = await this.readable(
      campaigns.flatMap(campaignRefs),
      credentials,
    );
    return campaigns.map(c => this.visibleCampaign(c, readable));
  }

  async get(id: string, credentials: BackstageCredentials): Promise<Campaign> {
    const campaign = await this.deps.campaigns.require(id);
    const readable = await this.readable(campaignRefs(campaign), credentials);
    return this.visibleCampaign(campaign, readable);
  }

  parse(body: unknown): CampaignInput {
    return parseCampaignInput(body, this.deps.campaigns.knownChecks());
  }

  async create(
    input: CampaignInput,
    createdBy: string | undefined,
  ): Promise<Campaign> {
    return this.deps.campaigns.store.add(input, { createdBy, now: this.now() });
  }

  async update(id: string, input: CampaignInput): Promise<Campaign> {
    const updated = await this.deps.campaigns.store.update(
      id,
      input,
      this.now(),
    );
    if (!updated) throw new NotFoundError(`No campaign ${id}`);
    return updated;
  }

  async progress(
    id: string,
    credentials: BackstageCredentials,
  ): Promise<CampaignProgress> {
    const campaign = await this.deps.campaigns.require(id);
    // Progress first: it records today, which the history then holds.
    const progress = await this.deps.campaigns.progress(campaign);
    const days = await this.deps.campaigns.store.history(id);
    const named = [
      ...campaignRefs(campaign),
      ...progress.entities.flatMap(e => [
        e.entityRef,
        e.owner ?? '',
        e.system ?? '',
      ]),
      ...progress.rollup.flatMap(r => (r.owner ? [r.owner] : [])),
      ...days.flatMap(d => d.entityRefs),
    ].filter(Boolean);
    const readable = await this.readable(named, credentials);
    const isReadable = (ref: string) => readable.has(ref);
    const entities = await hideUnreadableRefs(
      progress.entities
        .filter(e => readable.has(e.entityRef))
        .map(({ owner, system, ...rest }) => ({
          ...rest,
          ...(owner && isReadable(owner) ? { owner } : {}),
          ...(system && isReadable(system) ? { system } : {}),
        })),
      this.deps,
      credentials,
    );
    // Rows are recomputed over readable entities; a group the caller cannot read drops out.
    const hierarchy = await this.deps.campaigns.hierarchy();
    const rollup = campaignRollup(entities, hierarchy)
      .filter(row => row.owner === null || isReadable(row.owner))
      .map(({ parent, ...row }) =>
        parent && isReadable(parent) ? { ...row, parent } : row,
      );
    return {
      ...progress,
      campaign: this.visibleCampaign(campaign, readable),
      entities,
      totals: campaignTotals(entities, campaign.requiredChecks),
      rollup,
      history: historyOf(days, readable),
    };
  }

  async exportCsv(
    id: string,
    credentials: BackstageCredentials,
  ): Promise<{ campaign: Campaign; csv: string }> {
    const progress = await this.progress(id, credentials);
    return { campaign: progress.campaign, csv: campaignCsv(progress) };
  }

  /** The campaigns the entity is in and what it still owes in each. */
  async ofEntity(
    entityRef: string,
    credentials: BackstageCredentials,
  ): Promise<EntityCampaign[]> {
    const all = await this.deps.campaigns.campaignsOf(entityRef);
    const readable = await this.readable(
      [
        entityRef,
        ...all.flatMap(p => [
          ...campaignRefs(p.campaign),
          p.entities[0]?.owner ?? '',
          p.entities[0]?.system ?? '',
        ]),
      ].filter(Boolean),
      credentials,
    );
    if (!readable.has(entityRef)) {
      throw new NotFoundError(`No entity ${entityRef} in the catalog`);
    }
    const served = await hideUnreadableRefs(
      all.map(progress => progress.entities[0]),
      this.deps,
      credentials,
    );
    return all.map((progress, index) => {
      const { owner, system, ...rest } = served[index];
      return {
        campaign: this.visibleCampaign(progress.campaign, readable),
        phase: progress.phase,
        progress: {
          ...rest,
          ...(owner && readable.has(owner) ? { owner } : {}),
          ...(system && readable.has(system) ? { system } : {}),
        },
      };
    });
  }
}

/** Per day, how many of the readable entities were in scope and done. */
function historyOf(
  days: CampaignDay[],
  readable: Set<string>,
): CampaignHistoryPoint[] {
  return days.map(({ day, entityRefs, doneRefs }) => {
    const visible = entityRefs.filter(ref => readable.has(ref));
    return {
      day,
      entities: visible.length,
      done: visible.filter(ref => doneRefs.has(ref)).length,
    };
  });
}
