import { LoggerService } from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { CheckResult } from '@stagecraft/plugin-readiness-common';
import { oncePerKeyWithConcurrency } from './oncePerKey';
import { CheckVerifier, describeRequestError, VerifyCheck } from './types';

/** Lookups one verifier has in flight at the same time, at the most. */
const LOOKUPS_IN_FLIGHT = 4;

/**
 * A verifier that asks an HTTP service about what catalog results name (a service id, a
 * URL): each key once per run, a few at a time, each request within `settings.timeoutMs`,
 * and stopped when the run is abandoned.
 */
export abstract class HttpCheckVerifier<
  Settings extends { timeoutMs: number },
  Answer,
> implements CheckVerifier
{
  abstract readonly checkId: string;

  constructor(
    protected readonly settings: Settings,
    protected readonly logger: LoggerService,
    protected readonly fetchFn: typeof fetch = fetch,
  ) {}

  /** Asks the service about one key; `signal` aborts with the run. */
  protected abstract lookUp(key: string, signal?: AbortSignal): Promise<Answer>;

  /** Verifies one entity's result, asking about its keys with `lookUp`. */
  protected abstract verify(
    entity: Entity,
    result: CheckResult,
    lookUp: (key: string) => Promise<Answer>,
  ): Promise<CheckResult>;

  /** Why a request failed, without anything from the request itself. */
  protected describeRequestError(error: unknown): string {
    return describeRequestError(error, this.settings.timeoutMs);
  }

  async startRun(
    _entities?: unknown,
    signal?: AbortSignal,
  ): Promise<VerifyCheck> {
    const lookUp = oncePerKeyWithConcurrency(LOOKUPS_IN_FLIGHT, (key: string) =>
      this.lookUp(key, signal),
    );
    return (entity, result) => this.verify(entity, result, lookUp);
  }
}
