import { Entity } from '@backstage/catalog-model';
import { requestSignal } from '@stagecraft/backend-node';
import {
  CATALOG_ONLY_ESCALATION_NOTE,
  CheckResult,
} from '@stagecraft/plugin-readiness-common';
import { PagerDutySettings } from '../config';
import { HttpCheckVerifier } from './HttpCheckVerifier';
import { CheckVerifier, couldNotVerify, VerifyCheck } from './types';

type PagerDutyService = {
  id: string;
  name?: string;
  status?: string;
  html_url?: string;
  escalation_policy?: { id: string };
};

type PagerDutyPolicy = {
  id: string;
  name?: string;
  html_url?: string;
  escalation_rules?: Array<{ targets?: unknown[] }>;
};

type Lookup =
  | { kind: 'found'; service: PagerDutyService; policy?: PagerDutyPolicy }
  | { kind: 'not-found' }
  | { kind: 'failed'; reason: string };

export const PAGERDUTY_NOT_CONFIGURED_NOTE =
  'PagerDuty API access is not configured (stagecraft.readiness.pagerduty.token), so the service was checked from catalog YAML only.';

const withoutCatalogOnlyNote = (notes: string[] | undefined) =>
  notes?.filter(note => note !== CATALOG_ONLY_ESCALATION_NOTE);

/**
 * Looks the PagerDuty service up (GET /services/{id}) and its escalation
 * policy (GET /escalation_policies/{id}) with the server-side API token, and
 * requires at least `minLevels` escalation levels that page someone.
 */
export class PagerDutyVerifier extends HttpCheckVerifier<
  PagerDutySettings,
  Lookup
> {
  readonly checkId = 'escalation-policy';

  private async get<T>(
    path: string,
    runSignal?: AbortSignal,
  ): Promise<{ status: number; body?: T }> {
    const response = await this.fetchFn(`${this.settings.baseUrl}${path}`, {
      headers: {
        Accept: 'application/vnd.pagerduty+json;version=2',
        Authorization: `Token token=${this.settings.token}`,
      },
      signal: requestSignal(this.settings.timeoutMs, runSignal),
    });
    if (!response.ok) {
      return { status: response.status };
    }
    return { status: response.status, body: (await response.json()) as T };
  }

  private explainStatus(status: number): string {
    if (status === 401 || status === 403) {
      return `PagerDuty rejected the API token (HTTP ${status}); check stagecraft.readiness.pagerduty.token.`;
    }
    if (status === 429) {
      return 'PagerDuty rate-limited the request (HTTP 429); it is retried on the next run.';
    }
    return `PagerDuty answered HTTP ${status}.`;
  }

  protected async lookUp(
    serviceId: string,
    signal?: AbortSignal,
  ): Promise<Lookup> {
    try {
      const service = await this.get<{ service: PagerDutyService }>(
        `/services/${encodeURIComponent(serviceId)}`,
        signal,
      );
      if (service.status === 404) return { kind: 'not-found' };
      if (!service.body) {
        return { kind: 'failed', reason: this.explainStatus(service.status) };
      }
      const policyId = service.body.service.escalation_policy?.id;
      if (!policyId) return { kind: 'found', service: service.body.service };
      const policy = await this.get<{ escalation_policy: PagerDutyPolicy }>(
        `/escalation_policies/${encodeURIComponent(policyId)}`,
        signal,
      );
      if (!policy.body) {
        return {
          kind: 'failed',
          reason: `Looking up escalation policy ${policyId}: ${this.explainStatus(
            policy.status,
          )}`,
        };
      }
      return {
        kind: 'found',
        service: service.body.service,
        policy: policy.body.escalation_policy,
      };
    } catch (error) {
      const reason = `PagerDuty could not be reached: ${this.describeRequestError(
        error,
      )}.`;
      this.logger.warn(
        `Readiness: looking up PagerDuty service ${serviceId} failed: ${reason}`,
      );
      return { kind: 'failed', reason };
    }
  }

  private judge(
    serviceId: string,
    result: CheckResult,
    lookup: Lookup,
  ): CheckResult {
    const verified: CheckResult = {
      ...result,
      notes: withoutCatalogOnlyNote(result.notes),
      verifiedWith: ['catalog', 'pagerduty'],
    };
    if (!verified.notes?.length) delete verified.notes;

    if (lookup.kind === 'failed') {
      return couldNotVerify(
        verified,
        `The catalog names PagerDuty service ${serviceId}, but it could not be verified: ${lookup.reason}`,
        'pagerduty',
      );
    }
    if (lookup.kind === 'not-found') {
      return {
        ...verified,
        status: 'fail',
        reason: `PagerDuty service ${serviceId} does not exist.`,
        fix: 'Set pagerduty.com/service-id to the id of an existing PagerDuty service (the id in its URL).',
      };
    }
    const { service, policy } = lookup;
    const name = service.name ? `"${service.name}" (${serviceId})` : serviceId;
    const details = {
      ...verified.details,
      ...(service.html_url ? { pagerdutyServiceUrl: service.html_url } : {}),
      ...(policy?.name ? { escalationPolicyName: policy.name } : {}),
      ...(policy?.html_url ? { escalationPolicyUrl: policy.html_url } : {}),
    };
    if (service.status === 'disabled') {
      return {
        ...verified,
        details,
        status: 'fail',
        reason: `PagerDuty service ${name} is disabled, so nobody is paged.`,
        fix: 'Enable the PagerDuty service or point pagerduty.com/service-id at the one in use.',
      };
    }
    if (!policy) {
      return {
        ...verified,
        details,
        status: 'fail',
        reason: `PagerDuty service ${name} has no escalation policy.`,
        fix: 'Give the PagerDuty service an escalation policy.',
      };
    }
    const levels = (policy.escalation_rules ?? []).filter(
      rule => (rule.targets ?? []).length > 0,
    ).length;
    const policyName = policy.name ? `"${policy.name}"` : policy.id;
    const withLevels = { ...details, escalationLevels: levels };
    if (levels < this.settings.minLevels) {
      return {
        ...verified,
        details: withLevels,
        status: 'fail',
        reason: `PagerDuty service ${name} escalates through ${policyName} with ${levels} level${
          levels === 1 ? '' : 's'
        }; at least ${
          this.settings.minLevels
        } are required so that a missed page reaches someone else.`,
        fix: `Add escalation levels to ${policyName} in PagerDuty (at least ${this.settings.minLevels}).`,
      };
    }
    return {
      ...verified,
      details: withLevels,
      status: 'pass',
      reason: `PagerDuty service ${name} exists and escalates through ${policyName} with ${levels} levels.`,
      fix: undefined,
    };
  }

  protected async verify(
    _entity: Entity,
    result: CheckResult,
    lookUp: (serviceId: string) => Promise<Lookup>,
  ): Promise<CheckResult> {
    const serviceId = result.details?.pagerdutyServiceId;
    if (result.status !== 'pass' || typeof serviceId !== 'string') {
      return result;
    }
    return this.judge(serviceId, result, await lookUp(serviceId));
  }
}

/** Without PagerDuty access: says why the result comes from YAML only. */
export class PagerDutyNotConfiguredVerifier implements CheckVerifier {
  readonly checkId = 'escalation-policy';

  async startRun(): Promise<VerifyCheck> {
    return async (_entity, result) => {
      if (!result.notes?.includes(CATALOG_ONLY_ESCALATION_NOTE)) {
        return result;
      }
      const notes = withoutCatalogOnlyNote(result.notes) ?? [];
      if (typeof result.details?.pagerdutyServiceId === 'string') {
        notes.push(PAGERDUTY_NOT_CONFIGURED_NOTE);
      } else {
        notes.push('Opsgenie teams are checked from catalog YAML only.');
      }
      return { ...result, notes };
    };
  }
}
