import { toCsv } from '@stagecraft/catalog-conventions-common';
import {
  BlastRadiusAffectedEntity,
  BlastRadiusAffectedOwner,
  BlastRadiusEntitySummary,
  BlastRadiusLink,
  BlastRadiusResult,
  BlastRadiusDirection,
} from '../types';
import { reachedAdjective } from './directionWords';

/**
 * What the owners reports are written from: a blast radius result's root, direction,
 * depth, owners and entities.
 *
 * @public
 */
export type OwnersReport = Pick<
  BlastRadiusResult,
  | 'root'
  | 'direction'
  | 'depth'
  | 'owners'
  | 'nodes'
  | 'totalCount'
  | 'hiddenCount'
>;

function displayName(entity: Pick<BlastRadiusEntitySummary, 'title' | 'name'>) {
  return entity.title ?? entity.name;
}

function heading(report: OwnersReport): string {
  const what =
    report.direction === 'dependents' ? 'Blast radius of' : 'Dependencies of';
  return `${what} ${displayName(report.root)} (${report.root.entityRef})`;
}

function summaryLine(report: OwnersReport): string {
  const affected = report.totalCount - 1;
  const parts = [`${affected} ${affected === 1 ? 'entity' : 'entities'}`];
  if (report.nodes.length < report.totalCount) {
    parts.push(`the nearest ${report.nodes.length - 1} listed`);
  }
  parts.push(
    `${report.owners.length} ${
      report.owners.length === 1 ? 'owner' : 'owners'
    }`,
    `depth ${report.depth ?? 'all'}`,
  );
  if (report.hiddenCount > 0) {
    parts.push(`${report.hiddenCount} not shown (no read permission)`);
  }
  return parts.join(', ');
}

function entityDetails(entity: BlastRadiusAffectedEntity): string {
  return [entity.kind, entity.type, `distance ${entity.distance}`]
    .filter(Boolean)
    .join(', ');
}

/** Says how many of an owner's entities lie beyond the limit, if any. */
function beyondLimit(
  owner: BlastRadiusAffectedOwner,
  direction: BlastRadiusDirection,
): string | undefined {
  const more = owner.entityCount - owner.entities.length;
  if (more <= 0) {
    return undefined;
  }
  const entities = `${reachedAdjective(direction)} ${
    more === 1 ? 'entity' : 'entities'
  }`;
  return owner.entities.length === 0
    ? `${more} ${entities}, nearest at distance ${owner.nearestDistance}, beyond the listed ones`
    : `${more} more ${entities} beyond the listed ones`;
}

function contactText(owner: BlastRadiusAffectedOwner): string {
  if (!owner.oncall) {
    return 'no on-call contact in the catalog';
  }
  return owner.oncall.email
    ? `${owner.oncall.name} <${owner.oncall.email}>`
    : owner.oncall.name;
}

// ---------------------------------------------------------------- Markdown

const MARKDOWN_SPECIAL = /[\\`*_[\]<>|#~]/g;

function md(text: string): string {
  return text.replace(MARKDOWN_SPECIAL, c => `\\${c}`);
}

function mdUrl(url: string): string {
  return url.replace(
    /[()\s<>]/g,
    c => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
}

function mdLink(link: BlastRadiusLink): string {
  return `[${md(link.title ?? link.url)}](${mdUrl(link.url)})`;
}

/** The owners list as Markdown, for a chat message or an incident document. */
export function formatOwnersAsMarkdown(report: OwnersReport): string {
  const lines = [`## ${md(heading(report))}`, '', md(summaryLine(report))];
  for (const owner of report.owners) {
    lines.push(
      '',
      `### ${md(displayName(owner.owner))} (${md(owner.owner.entityRef)})`,
    );
    const contact = owner.oncall
      ? `${md(owner.oncall.name)}${
          owner.oncall.email ? ` <${md(owner.oncall.email)}>` : ''
        }`
      : '_no on-call contact in the catalog_';
    const schedules = owner.oncallSchedules.map(mdLink).join(', ');
    lines.push(
      `- **On call:** ${contact}${schedules ? ` — ${schedules}` : ''}`,
    );
    if (owner.owner.email) {
      lines.push(`- **Team email:** ${md(owner.owner.email)}`);
    }
    for (const entity of owner.entities) {
      const runbooks = entity.runbooks.map(mdLink).join(', ');
      lines.push(
        `- ${md(displayName(entity))} (\`${entity.entityRef}\`, ${md(
          entityDetails(entity),
        )})${runbooks ? ` — ${runbooks}` : ''}`,
      );
    }
    const more = beyondLimit(owner, report.direction);
    if (more) {
      lines.push(`- _${md(more)}_`);
    }
  }
  return `${lines.join('\n')}\n`;
}

// -------------------------------------------------------------- plain text

function textLink(link: BlastRadiusLink): string {
  return link.title ? `${link.title} <${link.url}>` : link.url;
}

/** The owners list as plain text, for e-mail or a pager note. */
export function formatOwnersAsText(report: OwnersReport): string {
  const lines = [heading(report), summaryLine(report)];
  for (const owner of report.owners) {
    lines.push('', `${displayName(owner.owner)} (${owner.owner.entityRef})`);
    lines.push(`  On call: ${contactText(owner)}`);
    for (const schedule of owner.oncallSchedules) {
      lines.push(`  Schedule: ${textLink(schedule)}`);
    }
    if (owner.owner.email) {
      lines.push(`  Team email: ${owner.owner.email}`);
    }
    for (const entity of owner.entities) {
      lines.push(
        `  - ${displayName(entity)} (${entity.entityRef}, ${entityDetails(
          entity,
        )})`,
      );
      for (const runbook of entity.runbooks) {
        lines.push(`      Runbook: ${textLink(runbook)}`);
      }
    }
    const more = beyondLimit(owner, report.direction);
    if (more) {
      lines.push(`  - ${more}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

// --------------------------------------------------------------------- CSV

/**
 * The CSV header: `owner_affected_entities` in a blast radius,
 * `owner_needed_entities` in what an entity needs.
 *
 * @public
 */
export function ownersCsvColumns(direction: BlastRadiusDirection): string[] {
  return [
    'owner',
    'owner_title',
    'owner_email',
    'oncall_user',
    'oncall_name',
    'oncall_email',
    'oncall_schedules',
    `owner_${reachedAdjective(direction)}_entities`,
    'entity',
    'entity_title',
    'kind',
    'type',
    'system',
    'distance',
    'runbooks',
  ];
}

function csvLinks(links: BlastRadiusLink[]): string {
  return links.map(textLink).join(' | ');
}

/**
 * One CSV row per listed entity with its owner and on-call contact
 * (RFC 4180); an owner whose entities all lie beyond the limit gets one row
 * with the entity columns empty, so whom to call is never left out.
 */
export function formatOwnersAsCsv(
  report: Pick<OwnersReport, 'owners' | 'direction'>,
): string {
  const columns = ownersCsvColumns(report.direction);
  const rows = report.owners.flatMap(owner => {
    const ownerColumns = [
      owner.owner.entityRef,
      owner.owner.title,
      owner.owner.email,
      owner.oncall?.entityRef,
      owner.oncall?.name,
      owner.oncall?.email,
      csvLinks(owner.oncallSchedules),
      owner.entityCount,
    ];
    if (owner.entities.length === 0) {
      const emptyEntityColumns = columns
        .slice(ownerColumns.length)
        .map(() => undefined);
      return [[...ownerColumns, ...emptyEntityColumns]];
    }
    return owner.entities.map(entity => [
      ...ownerColumns,
      entity.entityRef,
      entity.title,
      entity.kind,
      entity.type,
      entity.system,
      entity.distance,
      csvLinks(entity.runbooks),
    ]);
  });
  return toCsv([columns, ...rows]);
}
