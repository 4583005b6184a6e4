import type {
  Exemption,
  ExemptionEvent,
  ExemptionState,
} from '@stagecraft/plugin-readiness-common';
import { json, refused } from './responses';

/** Who the fake backend takes every caller for; it refuses to let them decide their own requests. */
export const FAKE_USER = 'user:default/guest';

/**
 * The exemption routes of the readiness backend over an in-memory list, for component tests:
 * requests, decisions and withdrawals, each step kept in the audit trail. Answers undefined
 * for any other route; `exemptions` is the list as it stands. With `refusal`, every request is refused with that message.
 */
export function fakeExemptionRoutes(
  initial: Exemption[] = [],
  refusal?: string,
) {
  const exemptions = initial.map(e => ({
    ...e,
    events: [
      {
        action: 'requested',
        at: e.requestedAt,
        actor: e.requestedBy,
      } as ExemptionEvent,
    ],
  }));

  function decide(id: string, state: ExemptionState, body: any) {
    const exemption = exemptions.find(e => e.id === id);
    if (!exemption) return refused('NotFoundError', `No exemption ${id}`, 404);
    if (state !== 'withdrawn' && exemption.requestedBy === FAKE_USER) {
      return refused(
        'NotAllowedError',
        'An approver may not decide their own exemption request',
        403,
      );
    }
    const allowed =
      state === 'withdrawn' ? ['requested', 'approved'] : ['requested'];
    if (!allowed.includes(exemption.state)) {
      return refused(
        'ConflictError',
        `Exemption ${id} is ${exemption.state}`,
        409,
      );
    }
    const at = new Date().toISOString();
    exemption.state = state;
    if (state !== 'withdrawn') {
      exemption.decidedBy = FAKE_USER;
      exemption.decidedAt = at;
      exemption.decisionComment = body?.comment;
    }
    exemption.events.push({
      action: state as ExemptionEvent['action'],
      at,
      actor: FAKE_USER,
      comment: body?.comment,
    });
    return json(exemption);
  }

  function handle(method: string, url: URL, body: any): Response | undefined {
    const path = url.pathname.replace('/api/readiness', '');
    if (path === '/exemptions' && method === 'GET') {
      const filter = Object.fromEntries(url.searchParams) as Record<
        string,
        string
      >;
      return json({
        items: exemptions.filter(e =>
          Object.entries(filter).every(
            ([field, value]) => (e as Record<string, unknown>)[field] === value,
          ),
        ),
      });
    }
    if (path === '/exemptions' && method === 'POST') {
      if (refusal) return refused('NotAllowedError', refusal, 403);
      if (!body?.reason) {
        return refused('InputError', 'Exemption field reason is empty', 400);
      }
      const at = new Date().toISOString();
      const exemption = {
        ...body,
        id: String(exemptions.length + 1),
        state: 'requested' as const,
        requestedBy: FAKE_USER,
        requestedAt: at,
        events: [{ action: 'requested' as const, at, actor: FAKE_USER }],
      };
      exemptions.push(exemption);
      return json(exemption, 201);
    }
    const entity = path.match(
      /^\/entities\/([^/]+)\/([^/]+)\/([^/]+)\/exemptions$/,
    );
    if (entity) {
      const ref = `${entity[1]}:${entity[2]}/${entity[3]}`;
      return json({ items: exemptions.filter(e => e.entityRef === ref) });
    }
    const one = path.match(
      /^\/exemptions\/([^/]+)(?:\/(approve|deny|withdraw))?$/,
    );
    if (!one) return undefined;
    const id = decodeURIComponent(one[1]);
    const steps = {
      approve: 'approved',
      deny: 'denied',
      withdraw: 'withdrawn',
    } as const;
    if (method === 'POST' && one[2]) {
      return decide(id, steps[one[2] as keyof typeof steps], body);
    }
    const found = exemptions.find(e => e.id === id);
    return found
      ? json(found)
      : refused('NotFoundError', `No exemption ${id}`, 404);
  }

  return { handle, exemptions };
}
