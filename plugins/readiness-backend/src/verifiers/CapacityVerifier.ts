import {
  AuthService,
  DiscoveryService,
  LoggerService,
} from '@backstage/backend-plugin-api';
import {
  Entity,
  getCompoundEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { requestSignal } from '@stagecraft/backend-node';
import {
  declaresExpectedPeak,
  entityRoute,
  ownerRefOf,
} from '@stagecraft/catalog-conventions-common';
import { CheckResult } from '@stagecraft/plugin-readiness-common';
import { limitConcurrency } from './limitConcurrency';
import {
  CheckVerifier,
  couldNotVerify,
  describeRequestError,
  VerifyCheck,
} from './types';

/** The pipelines backend's capacity route (`PIPELINES_ROUTES.capacity` in pipelines-common). */
const CAPACITY_ROUTE = entityRoute('capacity');

/** What the verifier reads of the pipelines backend's `CapacityReport`. */
type CapacityAnswer = {
  source: string;
  verdict: 'pass' | 'fail' | 'unknown';
  checks: Array<{
    kind: string;
    resourceRef: string;
    resourceOwner?: string;
    resource: string;
    verdict: 'pass' | 'fail' | 'unknown';
    arithmetic: string;
    fix?: string;
  }>;
  problems: string[];
};

export type CapacityVerifierDeps = {
  discovery: DiscoveryService;
  auth: AuthService;
  logger: LoggerService;
  /** Each entity's capacity is abandoned after this long (default 20 s). */
  timeoutMs?: number;
  /** Entities asked about at the same time (default 4). */
  concurrency?: number;
  fetchFn?: typeof fetch;
};

const sentences = (checks: CapacityAnswer['checks']) =>
  checks.map(c => `${c.resource}: ${c.arithmetic}.`);

/** One capacity check (or problem) a line: the entity card shows a reason's lines as written. */
const asLines = (parts: string[]) => parts.filter(Boolean).join('\n');

const lower = (ref: string) => ref.toLocaleLowerCase('en-US');

/**
 * Which of the answer's checks and problems a stored result may name. The pipelines backend
 * answers the readiness backend's service token about every resource, but a stored result is
 * shown to whoever may read the entity: it names only resources the entity's own owner owns
 * (the account check only when all its functions are), and counts the rest.
 */
function shareable(
  answer: CapacityAnswer,
  sameOwner: (ref: string, owner?: string) => boolean,
): CapacityAnswer & { hidden: number } {
  const lambdasShared = answer.checks
    .filter(c => c.kind === 'lambda-concurrency')
    .every(c => sameOwner(c.resourceRef, c.resourceOwner));
  const shared = answer.checks.filter(c =>
    c.kind === 'lambda-account-concurrency'
      ? lambdasShared
      : sameOwner(c.resourceRef, c.resourceOwner),
  );
  const hidden = answer.checks.filter(
    c => !shared.includes(c) && c.verdict !== 'pass',
  ).length;
  return {
    ...answer,
    checks: shared,
    // Each problem starts with the ref it is about: `resource:default/x: …`.
    problems: answer.problems.filter(p =>
      sameOwner(p.slice(0, Math.max(0, p.indexOf(': ')))),
    ),
    hidden,
  };
}

/**
 * Verifies the `capacity` check of entities that declare an expected peak by asking the
 * pipelines backend, with the readiness backend's own service token and a deadline. A
 * failing capacity check fails with its arithmetic and fix; one the pipelines backend could
 * not read, or a pipelines backend that does not answer, is "could not verify".
 */
export class CapacityVerifier implements CheckVerifier {
  readonly checkId = 'capacity';
  private readonly timeoutMs: number;

  constructor(private readonly deps: CapacityVerifierDeps) {
    this.timeoutMs = deps.timeoutMs ?? 20_000;
  }

  private async ask(
    entity: Entity,
    signal?: AbortSignal,
  ): Promise<CapacityAnswer> {
    const { discovery, auth, fetchFn = fetch } = this.deps;
    const { token } = await auth.getPluginRequestToken({
      onBehalfOf: await auth.getOwnServiceCredentials(),
      targetPluginId: 'pipelines',
    });
    const url = `${await discovery.getBaseUrl(
      'pipelines',
    )}${CAPACITY_ROUTE.path(getCompoundEntityRef(entity))}`;
    const response = await fetchFn(url, {
      headers: { Authorization: `Bearer ${token}` },
      signal: requestSignal(this.timeoutMs, signal),
    });
    if (!response.ok) {
      throw new Error(`the pipelines backend answered HTTP ${response.status}`);
    }
    return (await response.json()) as CapacityAnswer;
  }

  private judge(
    result: CheckResult,
    full: CapacityAnswer,
    sameOwner: (ref: string, owner?: string) => boolean,
  ): CheckResult {
    const answer = shareable(full, sameOwner);
    const others =
      answer.hidden > 0
        ? `${answer.hidden} more capacity checks that fail or could not be read are on resources other teams own (the capacity card shows them to whoever may read them).`
        : '';
    const simulated = answer.source === 'simulated';
    const label = simulated ? 'Simulated: ' : '';
    const verifiedWith: CheckResult['verifiedWith'] = [
      ...new Set([...result.verifiedWith, 'pipelines' as const]),
    ];
    const failing = answer.checks.filter(c => c.verdict === 'fail');
    const unknown = answer.checks.filter(c => c.verdict === 'unknown');
    const notes = [
      ...(result.notes ?? []).filter(
        n => !n.startsWith('From the catalog only'),
      ),
      ...(simulated
        ? [
            'Simulated: no AWS is configured, so the pipelines backend simulated the configuration.',
          ]
        : []),
      ...(unknown.length > 0 && failing.length > 0
        ? [`Could not check: ${sentences(unknown).join(' ')}`]
        : []),
      ...answer.problems,
    ];
    const details = {
      source: answer.source,
      passed: answer.checks.filter(c => c.verdict === 'pass').length,
      failed: failing.length,
      unknown: unknown.length,
    };
    if (failing.length > 0) {
      return {
        ...result,
        status: 'fail',
        reason: `${label}${asLines([...sentences(failing), others])}`,
        fix: failing
          .map(c => c.fix)
          .filter(Boolean)
          .join(' '),
        notes,
        verifiedWith,
        details,
      };
    }
    if (failing.length === 0 && full.checks.some(c => c.verdict === 'fail')) {
      return {
        ...result,
        status: 'fail',
        reason: `${label}${others}`,
        fix: 'Fix the failing capacity checks the capacity card lists.',
        notes,
        verifiedWith,
        details,
      };
    }
    if (unknown.length > 0 || answer.checks.length === 0 || answer.hidden > 0) {
      const why =
        answer.checks.length === 0 ? answer.problems : sentences(unknown);
      return {
        ...couldNotVerify(
          result,
          `${label}Capacity could not be verified: ${
            asLines([...why, others]) || 'nothing to check'
          }`,
          'pipelines',
        ),
        notes,
        details,
      };
    }
    return {
      ...result,
      status: 'pass',
      reason: `${label}${asLines([
        `All ${answer.checks.length} capacity checks pass.`,
        ...sentences(answer.checks),
      ])}`,
      notes,
      verifiedWith,
      details,
    };
  }

  async startRun(
    entities: Entity[],
    signal?: AbortSignal,
  ): Promise<VerifyCheck> {
    const owners = new Map<string, string>();
    for (const e of entities) {
      const owner = ownerRefOf(e)?.ref;
      if (owner) {
        owners.set(
          lower(stringifyEntityRef(e)),
          lower(stringifyEntityRef(owner)),
        );
      }
    }
    const ask = limitConcurrency(this.deps.concurrency ?? 4, (entity: Entity) =>
      this.ask(entity, signal),
    );
    return async (entity, result) => {
      // A bad peak annotation already fails from the catalog; no peak, nothing to ask.
      if (result.status !== 'pass' || !declaresExpectedPeak(entity)) {
        return result;
      }
      try {
        const entityRef = lower(stringifyEntityRef(entity));
        const owner = owners.get(entityRef) ?? ownerRefOf(entity)?.ref;
        const ownerKey =
          typeof owner === 'string'
            ? owner
            : owner && lower(stringifyEntityRef(owner));
        const sameOwner = (ref: string, resourceOwner?: string) =>
          lower(ref) === entityRef ||
          (ownerKey !== undefined &&
            (resourceOwner ?? owners.get(lower(ref))) === ownerKey);
        return this.judge(result, await ask(entity), sameOwner);
      } catch (error) {
        const reason = describeRequestError(error, this.timeoutMs);
        this.deps.logger.warn(
          `Readiness: capacity of ${entity.metadata.name} could not be verified: ${reason}`,
        );
        return couldNotVerify(
          result,
          `Capacity could not be verified: ${reason}.`,
          'pipelines',
        );
      }
    };
  }
}
