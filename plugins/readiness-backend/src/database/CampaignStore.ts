import { DatabaseService } from '@backstage/backend-plugin-api';
import { ConflictError } from '@backstage/errors';
import {
  Campaign,
  CampaignInput,
  CampaignProgress,
} from '@stagecraft/plugin-readiness-common';
import { Knex } from 'knex';
import { readinessDatabase } from './readinessDatabase';

const CAMPAIGNS = 'readiness_campaigns';
const HISTORY = 'readiness_campaign_history';

type CampaignRow = {
  id: string;
  name: string;
  description: string;
  start_date: string;
  deadline: string;
  definition: string;
  created_by: string | null;
  created_at: Date | string | number;
  updated_at: Date | string | number;
};

/** A day of a campaign: the refs in scope and which of them were done. */
export type CampaignDay = {
  day: string;
  entityRefs: string[];
  doneRefs: Set<string>;
};

const iso = (value: Date | string | number) => new Date(value).toISOString();

function toCampaign(row: CampaignRow): Campaign {
  const definition = JSON.parse(row.definition);
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    startDate: row.start_date,
    deadline: row.deadline,
    scope: definition.scope ?? {},
    requiredChecks: definition.requiredChecks ?? [],
    ...(definition.runbookReviewedWithinDays
      ? { runbookReviewedWithinDays: definition.runbookReviewedWithinDays }
      : {}),
    ...(row.created_by ? { createdBy: row.created_by } : {}),
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
  };
}

function columnsOf(input: CampaignInput) {
  return {
    name: input.name,
    description: input.description,
    start_date: input.startDate,
    deadline: input.deadline,
    definition: JSON.stringify({
      scope: input.scope,
      requiredChecks: input.requiredChecks,
      ...(input.runbookReviewedWithinDays
        ? { runbookReviewedWithinDays: input.runbookReviewedWithinDays }
        : {}),
    }),
  };
}

/** A URL-safe id from a name: `Cyber Week 2026` → `cyber-week-2026`. */
export function campaignIdOf(name: string): string {
  const slug = name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return slug || 'campaign';
}

/** Readiness campaigns and their daily history, in the readiness plugin's database. */
export class CampaignStore {
  static async create(options: { database: DatabaseService }) {
    return new CampaignStore(await readinessDatabase(options.database));
  }

  constructor(private readonly knex: Knex) {}

  async list(): Promise<Campaign[]> {
    const rows = await this.knex<CampaignRow>(CAMPAIGNS).orderBy([
      { column: 'deadline', order: 'desc' },
      { column: 'name', order: 'asc' },
    ]);
    return rows.map(toCampaign);
  }

  async get(id: string): Promise<Campaign | undefined> {
    const [row] = await this.knex<CampaignRow>(CAMPAIGNS).where({ id });
    return row ? toCampaign(row) : undefined;
  }

  /** Stores a new campaign under an id made from its name (or `id` when given). */
  async add(
    input: CampaignInput,
    options: { id?: string; createdBy?: string; now: Date },
  ): Promise<Campaign> {
    const base = options.id ?? campaignIdOf(input.name);
    for (let attempt = 1; attempt <= 20; attempt++) {
      const id = attempt === 1 ? base : `${base}-${attempt}`;
      const inserted = await this.knex(CAMPAIGNS)
        .insert({
          id,
          ...columnsOf(input),
          created_by: options.createdBy ?? null,
          created_at: options.now,
          updated_at: options.now,
        })
        .onConflict('id')
        .ignore()
        .returning('id');
      if (inserted.length > 0) return (await this.get(id))!;
      if (options.id) {
        throw new ConflictError(`A campaign with id ${id} exists already`);
      }
    }
    throw new ConflictError(`Too many campaigns named like ${input.name}`);
  }

  /** Adds the campaign unless one with its id exists (campaigns seeded from config). */
  async addIfAbsent(
    id: string,
    input: CampaignInput,
    now: Date,
  ): Promise<boolean> {
    const inserted = await this.knex(CAMPAIGNS)
      .insert({
        id,
        ...columnsOf(input),
        created_by: 'app-config',
        created_at: now,
        updated_at: now,
      })
      .onConflict('id')
      .ignore()
      .returning('id');
    return inserted.length > 0;
  }

  /** Undefined when there is no such campaign. */
  async update(
    id: string,
    input: CampaignInput,
    now: Date,
  ): Promise<Campaign | undefined> {
    const updated = await this.knex(CAMPAIGNS)
      .where({ id })
      .update({ ...columnsOf(input), updated_at: now });
    return updated === 1 ? this.get(id) : undefined;
  }

  /** Records the campaign's day (the last record of a UTC day wins). */
  async recordDay(
    progress: Pick<CampaignProgress, 'campaign' | 'entities'>,
    now: Date,
  ): Promise<void> {
    const refs = progress.entities.map(e => e.entityRef);
    const done = progress.entities.flatMap((e, index) =>
      e.status === 'done' ? [index] : [],
    );
    await this.knex(HISTORY)
      .insert({
        campaign_id: progress.campaign.id,
        day: now.toISOString().slice(0, 10),
        entities: JSON.stringify({ refs, done }),
        recorded_at: now,
      })
      .onConflict(['campaign_id', 'day'])
      .merge();
  }

  /** The campaign's recorded days, oldest first. */
  async history(id: string): Promise<CampaignDay[]> {
    const rows = await this.knex(HISTORY)
      .where({ campaign_id: id })
      .orderBy('day', 'asc');
    return rows.map(row => {
      const { refs, done } = JSON.parse(row.entities) as {
        refs: string[];
        done: number[];
      };
      return {
        day: row.day,
        entityRefs: refs,
        doneRefs: new Set(done.map(index => refs[index])),
      };
    });
  }
}
