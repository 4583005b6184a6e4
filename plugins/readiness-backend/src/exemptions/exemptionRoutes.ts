import { AuditorService, HttpAuthService } from '@backstage/backend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import {
  EXEMPTION_STATES,
  ExemptionFilter,
  ExemptionState,
  READINESS_ROUTES,
} from '@stagecraft/plugin-readiness-common';
import { Request, Response, Router } from 'express';
import { callerCredentials } from '../http/callerCredentials';
import { optionalString } from '../http/optionalString';
import { ExemptionService } from './ExemptionService';

const ID = /^[0-9a-f-]{36}$/;

function idOf(req: Request): string {
  const { id } = req.params;
  if (!ID.test(id)) {
    throw new InputError(`Exemption id "${id}" must be a UUID`);
  }
  return id;
}

function filterFrom(req: Request): ExemptionFilter {
  const state = optionalString(req, 'state');
  if (state !== undefined && !EXEMPTION_STATES.includes(state as any)) {
    throw new InputError(
      `Query parameter state must be one of ${EXEMPTION_STATES.join(', ')}`,
    );
  }
  const entityRef = optionalString(req, 'entityRef');
  const checkId = optionalString(req, 'checkId');
  return {
    ...(state ? { state: state as ExemptionState } : {}),
    ...(entityRef ? { entityRef } : {}),
    ...(checkId ? { checkId } : {}),
  };
}

/**
 * The exemption routes on the readiness router. Reading needs a signed-in caller and
 * answers only exemptions of entities they may read; requesting, deciding and withdrawing
 * need a signed-in user, and each is recorded with the auditor as well as in the
 * exemption's own audit trail.
 */
export function addExemptionRoutes(
  router: Router,
  options: {
    httpAuth: HttpAuthService;
    auditor: AuditorService;
    exemptions: ExemptionService;
  },
): void {
  const { httpAuth, auditor, exemptions } = options;
  const readerOf = callerCredentials(httpAuth);
  const userOf = (req: Request) =>
    httpAuth.credentials(req, { allow: ['user'] });

  /** Runs a change as an audited event: its outcome, and on success the exemption's id and state. */
  async function audited(
    req: Request,
    res: Response,
    action: string,
    status: number,
    change: () => Promise<{ id: string; state: string }>,
  ) {
    const event = await auditor.createEvent({
      eventId: 'readiness-exemption',
      severityLevel: 'medium',
      request: req,
      meta: {
        action,
        ...(req.params.id ? { exemptionId: req.params.id } : {}),
      },
    });
    try {
      const exemption = await change();
      await event.success({
        meta: { exemptionId: exemption.id, state: exemption.state },
      });
      res.status(status).json(exemption);
    } catch (error) {
      await event.fail({ error: error as Error });
      throw error;
    }
  }

  const {
    exemptions: list,
    exemption,
    exemptionApprove,
    exemptionDeny,
    exemptionWithdraw,
    entityExemptions,
  } = READINESS_ROUTES;

  router.get(list, async (req, res) => {
    const credentials = await readerOf(req);
    res.json({ items: await exemptions.list(filterFrom(req), credentials) });
  });

  router.post(list, async (req, res) => {
    const credentials = await userOf(req);
    await audited(req, res, 'request', 201, () =>
      exemptions.request(req.body, credentials),
    );
  });

  router.get(exemption.pattern, async (req, res) => {
    const credentials = await readerOf(req);
    res.json(await exemptions.get(idOf(req), credentials));
  });

  for (const [route, action, decision] of [
    [exemptionApprove, 'approve', 'approved'],
    [exemptionDeny, 'deny', 'denied'],
  ] as const) {
    router.post(route.pattern, async (req, res) => {
      const credentials = await userOf(req);
      const id = idOf(req);
      await audited(req, res, action, 200, () =>
        exemptions.decide(id, decision, req.body, credentials),
      );
    });
  }

  router.post(exemptionWithdraw.pattern, async (req, res) => {
    const credentials = await userOf(req);
    const id = idOf(req);
    await audited(req, res, 'withdraw', 200, () =>
      exemptions.withdraw(id, credentials),
    );
  });

  router.get(entityExemptions.pattern, async (req, res) => {
    const credentials = await readerOf(req);
    const entityRef = stringifyEntityRef(entityExemptions.refOf(req.params));
    res.json({ items: await exemptions.ofEntity(entityRef, credentials) });
  });
}
