import { Entity } from '@backstage/catalog-model';
import { requestSignal } from '@stagecraft/backend-node';
import {
  CheckResult,
  LINK_TYPE_RUNBOOK,
  linksOfType,
  problemWithDocsLink,
} from '@stagecraft/plugin-readiness-common';
import { RunbookReachabilitySettings } from '../config';
import { HttpCheckVerifier } from './HttpCheckVerifier';
import { couldNotVerify } from './types';

type Reachability =
  | { kind: 'reachable'; status: number }
  | { kind: 'dead'; status: number }
  | { kind: 'unknown'; reason: string };

/**
 * Fetches runbook links, but only those on an allow-listed host: the portal
 * must never be made to send requests to arbitrary hosts named in catalog
 * YAML. Redirects are not followed (they could lead anywhere); an answer
 * below 400, or 401/403 (the wiki wants a sign-in), counts as reachable.
 */
export class RunbookReachabilityVerifier extends HttpCheckVerifier<
  RunbookReachabilitySettings,
  Reachability
> {
  readonly checkId = 'runbook';
  private readonly allowedHosts = new Set(this.settings.allowedHosts);

  isAllowed(url: string): boolean {
    try {
      const parsed = new URL(url);
      return (
        parsed.protocol === 'https:' &&
        parsed.port === '' &&
        this.allowedHosts.has(parsed.hostname.toLocaleLowerCase('en-US'))
      );
    } catch {
      return false;
    }
  }

  private async request(
    url: string,
    method: 'HEAD' | 'GET',
    runSignal?: AbortSignal,
  ) {
    const response = await this.fetchFn(url, {
      method,
      redirect: 'manual',
      signal: requestSignal(this.settings.timeoutMs, runSignal),
    });
    // Only the status matters: release the body without downloading the page.
    response.body?.cancel().catch(() => {});
    return response.status;
  }

  protected async lookUp(
    url: string,
    signal?: AbortSignal,
  ): Promise<Reachability> {
    if (!this.isAllowed(url)) {
      throw new Error(`refusing to fetch ${url}: host not allow-listed`);
    }
    try {
      let status = await this.request(url, 'HEAD', signal);
      if (status === 405 || status === 501) {
        status = await this.request(url, 'GET', signal);
      }
      if (status < 400 || status === 401 || status === 403) {
        return { kind: 'reachable', status };
      }
      return { kind: 'dead', status };
    } catch (error) {
      const reason = this.describeRequestError(error);
      this.logger.info(
        `Readiness: runbook ${url} could not be checked: ${reason}`,
      );
      return { kind: 'unknown', reason };
    }
  }

  protected async verify(
    entity: Entity,
    result: CheckResult,
    probe: (url: string) => Promise<Reachability>,
  ): Promise<CheckResult> {
    if (result.status !== 'pass') return result;
    const urls = linksOfType(entity, LINK_TYPE_RUNBOOK)
      .map(link => link.url.trim())
      .filter(url => url.startsWith('https:') && !problemWithDocsLink(url));
    const checked = urls.filter(url => this.isAllowed(url));
    const skipped = urls.filter(url => !this.isAllowed(url));
    const notes = [...(result.notes ?? [])];
    if (skipped.length > 0) {
      notes.push(
        `Reachability not checked for ${skipped.join(
          ', ',
        )}: the host is not in stagecraft.readiness.checks.runbook.reachability.allowedHosts.`,
      );
    }
    if (checked.length === 0) {
      return { ...result, ...(notes.length ? { notes } : {}) };
    }

    const outcomes = await Promise.all(checked.map(url => probe(url)));
    const verified: CheckResult = {
      ...result,
      verifiedWith: ['catalog', 'http'],
    };
    const dead = checked.flatMap((url, i) => {
      const outcome = outcomes[i];
      return outcome.kind === 'dead'
        ? [`${url} answers HTTP ${outcome.status}`]
        : [];
    });
    if (dead.length > 0) {
      return {
        ...verified,
        ...(notes.length ? { notes } : {}),
        status: 'fail',
        reason: `Runbook link is dead: ${dead.join('; ')}.`,
        fix: 'Fix the runbook link in metadata.links, or restore the page.',
      };
    }
    const unknown = checked.flatMap((url, i) => {
      const outcome = outcomes[i];
      return outcome.kind === 'unknown' ? [`${url} (${outcome.reason})`] : [];
    });
    const reachable = outcomes.filter(o => o.kind === 'reachable').length;
    if (reachable === 0) {
      return couldNotVerify(
        verified,
        `The runbook could not be reached: ${unknown.join('; ')}.`,
        'http',
      );
    }
    if (unknown.length > 0) {
      notes.push(`Could not be reached right now: ${unknown.join('; ')}.`);
    }
    return {
      ...verified,
      ...(notes.length ? { notes } : {}),
      reason: `${result.reason} Reachable: ${checked
        .filter((_, i) => outcomes[i].kind === 'reachable')
        .join(', ')}.`,
    };
  }
}
