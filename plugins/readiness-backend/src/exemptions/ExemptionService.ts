import {
  BackstageCredentials,
  PermissionsService,
  UserInfoService,
} from '@backstage/backend-plugin-api';
import {
  ConflictError,
  InputError,
  NotAllowedError,
  NotFoundError,
} from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { readableEntityRefs } from '@stagecraft/backend-node';
import { ownerRefOf, refKey } from '@stagecraft/catalog-conventions-common';
import {
  EXEMPTION_REASON_MAX_LENGTH,
  ExemptionFilter,
  ExemptionWithHistory,
  Exemption,
  parseExemptionRequest,
  readinessExemptionApprovePermission,
  ReadinessRulesConfig,
  ROLL_UP_CHECK_IDS,
} from '@stagecraft/plugin-readiness-common';
import { ExemptionStore } from '../database/ExemptionStore';
import { onlyReadable } from '../service/onlyReadable';
import { decisionMessage, ExemptionNotifier } from './exemptionNotifications';
import { exemptionsAsServed } from './exemptionsAsServed';
import { HidingDeps } from '../service/refHiding';
import { ExemptionSettings } from './exemptionSettings';

/** A signed-in user's credentials: only users request, decide and withdraw. */
type UserCredentials = BackstageCredentials<{
  type: 'user';
  userEntityRef: string;
}>;

function commentOf(body: unknown): string | undefined {
  if (body === undefined || body === null) return undefined;
  if (typeof body !== 'object' || Array.isArray(body)) {
    throw new InputError('Exemption decision must be an object');
  }
  const { comment } = body as { comment?: unknown };
  if (comment === undefined || comment === null || comment === '') {
    return undefined;
  }
  if (typeof comment !== 'string') {
    throw new InputError('Exemption field comment must be a string');
  }
  if (comment.length > EXEMPTION_REASON_MAX_LENGTH) {
    throw new InputError(
      `Exemption field comment must be at most ${EXEMPTION_REASON_MAX_LENGTH} characters, got ${comment.length}`,
    );
  }
  return comment.trim() || undefined;
}

/**
 * Exemptions as one caller may see and change them: only exemptions of entities the caller
 * may read in the catalog exist for them (any other is answered like a missing one). Owners
 * of an entity, and approvers, request; approvers decide (not their own request, unless
 * allowed); the requester withdraws.
 */
export class ExemptionService {
  constructor(
    private readonly deps: {
      store: ExemptionStore;
      catalog: CatalogService;
      auth: HidingDeps['auth'];
      userInfo: UserInfoService;
      permissions: PermissionsService;
      rules: ReadinessRulesConfig;
      settings: ExemptionSettings;
      notifier?: ExemptionNotifier;
      now?: () => Date;
    },
  ) {}

  private now() {
    return this.deps.now?.() ?? new Date();
  }

  get store(): ExemptionStore {
    return this.deps.store;
  }

  /** The configured title of a check, for messages. */
  checkTitle(checkId: string): string {
    return this.deps.rules.checks.find(c => c.id === checkId)?.title ?? checkId;
  }

  private async readable(
    refs: Iterable<string>,
    credentials: BackstageCredentials,
  ) {
    const readable = await readableEntityRefs(
      this.deps.catalog,
      refs,
      credentials,
    );
    return new Set([...readable].map(ref => refKey(ref)));
  }

  async requireReadableEntity(
    entityRef: string,
    credentials: BackstageCredentials,
  ): Promise<void> {
    const readable = await this.readable([entityRef], credentials);
    if (!readable.has(refKey(entityRef))) {
      throw new NotFoundError(`No entity ${entityRef} in the catalog`);
    }
  }

  private async isApprover(credentials: BackstageCredentials) {
    const [decision] = await this.deps.permissions.authorize(
      [{ permission: readinessExemptionApprovePermission }],
      { credentials },
    );
    return decision.result === AuthorizeResult.ALLOW;
  }

  /** Exemptions of the entities the caller may read, matching the filter. */
  async list(
    filter: ExemptionFilter,
    credentials: BackstageCredentials,
  ): Promise<Exemption[]> {
    const found = await this.deps.store.list(
      filter.entityRef
        ? { ...filter, entityRef: refKey(filter.entityRef) }
        : filter,
      this.now(),
    );
    return this.served(
      await onlyReadable(this.deps.catalog, found, credentials),
      credentials,
    );
  }

  /** One entity's exemptions, every state; 404 when the caller may not read it. */
  async ofEntity(
    entityRef: string,
    credentials: BackstageCredentials,
  ): Promise<Exemption[]> {
    await this.requireReadableEntity(entityRef, credentials);
    return this.served(
      await this.deps.store.list({ entityRef: refKey(entityRef) }, this.now()),
      credentials,
    );
  }

  /** One exemption with its audit trail; 404 when there is none or its entity is not readable. */
  async get(
    id: string,
    credentials: BackstageCredentials,
  ): Promise<ExemptionWithHistory> {
    return this.servedOne(await this.record(id, credentials), credentials);
  }

  /** As the caller may see them: the people and entities they may not read hidden. */
  private served<T extends Exemption>(
    exemptions: T[],
    credentials: BackstageCredentials,
  ): Promise<T[]> {
    return exemptionsAsServed(exemptions, this.deps, credentials);
  }

  private async servedOne(
    exemption: ExemptionWithHistory,
    credentials: BackstageCredentials,
  ): Promise<ExemptionWithHistory> {
    return (await this.served([exemption], credentials))[0];
  }

  /** The stored exemption, as `get` finds it, before anything is hidden. */
  private async record(
    id: string,
    credentials: BackstageCredentials,
  ): Promise<ExemptionWithHistory> {
    const exemption = await this.deps.store.get(id, this.now());
    const missing = new NotFoundError(`No exemption ${id}`);
    if (!exemption) throw missing;
    const readable = await this.readable([exemption.entityRef], credentials);
    if (!readable.has(exemption.entityRef)) throw missing;
    return exemption;
  }

  /** Records a request by an owner of the entity or an approver. */
  async request(
    body: unknown,
    credentials: UserCredentials,
  ): Promise<ExemptionWithHistory> {
    const now = this.now();
    const input = parseExemptionRequest(body, {
      knownChecks: this.deps.rules.checks.map(c => c.id),
      rollUpIds: ROLL_UP_CHECK_IDS,
      maxDays: this.deps.settings.maxDays,
      now,
    });
    const entity = await this.deps.catalog.getEntityByRef(input.entityRef, {
      credentials,
    });
    if (!entity) {
      throw new NotFoundError(`No entity ${input.entityRef} in the catalog`);
    }
    const owner = ownerRefOf(entity)?.ref;
    const { ownershipEntityRefs } = await this.deps.userInfo.getUserInfo(
      credentials,
    );
    const owns =
      owner !== undefined &&
      ownershipEntityRefs.some(ref => refKey(ref) === refKey(owner));
    if (!owns && !(await this.isApprover(credentials))) {
      throw new NotAllowedError(
        `Only an owner of ${input.entityRef}${
          owner ? ` (${refKey(owner)})` : ''
        } or an exemption approver may request an exemption for it`,
      );
    }
    return this.servedOne(
      await this.deps.store.request(input, {
        actor: credentials.principal.userEntityRef,
        now,
      }),
      credentials,
    );
  }

  /** Approves or denies a requested exemption; needs `readiness.exemption.approve`. */
  async decide(
    id: string,
    decision: 'approved' | 'denied',
    body: unknown,
    credentials: UserCredentials,
  ): Promise<ExemptionWithHistory> {
    if (!(await this.isApprover(credentials))) {
      throw new NotAllowedError('Not allowed to approve or deny exemptions');
    }
    const comment = commentOf(body);
    const exemption = await this.record(id, credentials);
    const actor = credentials.principal.userEntityRef;
    if (exemption.state !== 'requested') {
      throw new ConflictError(
        `Exemption ${id} is ${exemption.state}; only a requested exemption can be approved or denied`,
      );
    }
    if (
      refKey(exemption.requestedBy) === refKey(actor) &&
      !this.deps.settings.allowSelfApproval
    ) {
      throw new NotAllowedError(
        `You requested exemption ${id}; another approver must decide it`,
      );
    }
    const now = this.now();
    const { notifier } = this.deps;
    // The requester's notice is recorded with the decision: neither is kept without the other.
    const changed = await this.deps.store.transition(
      id,
      ['requested'],
      decision,
      { actor, comment, now },
      notifier &&
        ((tx, decided) =>
          notifier.record(
            tx,
            decided.requestedBy,
            decided,
            decisionMessage(decided, this.checkTitle(decided.checkId)),
          )),
    );
    if (!changed) {
      throw new ConflictError(
        `Exemption ${id} was decided or withdrawn meanwhile`,
      );
    }
    return this.servedOne((await this.deps.store.get(id, now))!, credentials);
  }

  /** The requester withdraws a requested or approved (unexpired) exemption. */
  async withdraw(
    id: string,
    credentials: UserCredentials,
  ): Promise<ExemptionWithHistory> {
    const exemption = await this.record(id, credentials);
    const actor = credentials.principal.userEntityRef;
    if (refKey(exemption.requestedBy) !== refKey(actor)) {
      const [{ requestedBy }] = await this.served([exemption], credentials);
      throw new NotAllowedError(
        `Only the requester (${requestedBy}) may withdraw exemption ${id}`,
      );
    }
    if (exemption.state !== 'requested' && exemption.state !== 'approved') {
      throw new ConflictError(
        `Exemption ${id} is ${exemption.state}; only a requested or approved exemption can be withdrawn`,
      );
    }
    const now = this.now();
    const changed = await this.deps.store.transition(
      id,
      ['requested', 'approved'],
      'withdrawn',
      { actor, now },
    );
    if (!changed) {
      throw new ConflictError(
        `Exemption ${id} was decided, withdrawn or expired meanwhile`,
      );
    }
    return this.servedOne((await this.deps.store.get(id, now))!, credentials);
  }
}
