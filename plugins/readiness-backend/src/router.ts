import {
  AuditorService,
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { InputError, NotFoundError } from '@backstage/errors';
import { csvResponseHeaders } from '@stagecraft/catalog-conventions-common';
import {
  parseResultFilter,
  parseResultsQuery,
  READINESS_ROUTES,
  readinessEvaluatePermission,
  ResultFilter,
  SUMMARY_GROUPS,
  SummaryGroupBy,
} from '@stagecraft/plugin-readiness-common';
import express, { Request } from 'express';
import Router from 'express-promise-router';
import { addCampaignRoutes } from './campaigns/campaignRoutes';
import { VisibleCampaigns } from './campaigns/VisibleCampaigns';
import { authorizedCaller, callerCredentials } from './http/callerCredentials';
import { optionalString } from './http/optionalString';
import { addExemptionRoutes } from './exemptions/exemptionRoutes';
import { ExemptionService } from './exemptions/ExemptionService';
import { VisibleReadiness } from './service/VisibleReadiness';

/** The parsed parameters, or a 400 naming the one that is wrong. */
function parsedOrBadRequest<T>(parsed: { query: T } | { error: string }): T {
  if ('error' in parsed) throw new InputError(parsed.error);
  return parsed.query;
}

const filterFrom = (req: Request): ResultFilter =>
  parsedOrBadRequest(parseResultFilter(req.query));

/**
 * Routes of the readiness backend. Every route needs a signed-in user or a
 * service and answers only about entities the caller may read in the
 * catalog; evaluating on demand also needs `stagecraft.readiness.evaluate`.
 */
export async function createRouter(options: {
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  readiness: VisibleReadiness;
  /** Readiness campaigns; their routes are left out without it. */
  campaigns?: VisibleCampaigns;
  /** Readiness exemptions; their routes are left out without them. */
  exemptions?: ExemptionService;
  /** Records exemption requests and decisions; needed with `exemptions`. */
  auditor?: AuditorService;
  /** Asks the scheduler to run the whole-catalog evaluation now (on one replica). */
  triggerEvaluation: () => Promise<void>;
  now?: () => Date;
}): Promise<express.Router> {
  const { httpAuth, permissions, readiness, triggerEvaluation } = options;
  const now = options.now ?? (() => new Date());
  const router = Router();
  router.use(express.json());

  const credentialsOf = callerCredentials(httpAuth);
  const authorizeEvaluate = authorizedCaller(
    options,
    readinessEvaluatePermission,
    'Not allowed to evaluate readiness',
  );

  router.get(READINESS_ROUTES.checks, async (req, res) => {
    await credentialsOf(req);
    res.json({ items: readiness.listChecks() });
  });

  router.get(READINESS_ROUTES.results, async (req, res) => {
    const credentials = await credentialsOf(req);
    const query = parsedOrBadRequest(parseResultsQuery(req.query));
    res.json(await readiness.listResultsPage(query, credentials));
  });

  const { entityReadiness, entityEvaluate } = READINESS_ROUTES;

  router.get(entityReadiness.pattern, async (req, res) => {
    const credentials = await credentialsOf(req);
    const entityRef = stringifyEntityRef(entityReadiness.refOf(req.params));
    const result = await readiness.getResult(entityRef, credentials);
    if (!result) {
      // Not evaluated yet: an empty success, so browsers do not log an error.
      res.status(204).end();
      return;
    }
    res.json(result);
  });

  router.get(READINESS_ROUTES.summary, async (req, res) => {
    const credentials = await credentialsOf(req);
    const groupBy = optionalString(req, 'groupBy') ?? 'owner';
    if (!(SUMMARY_GROUPS as readonly string[]).includes(groupBy)) {
      throw new InputError(
        `groupBy must be one of ${SUMMARY_GROUPS.join(', ')}`,
      );
    }
    res.json({
      groupBy,
      items: await readiness.summarize(
        groupBy as SummaryGroupBy,
        filterFrom(req),
        credentials,
      ),
    });
  });

  router.get(READINESS_ROUTES.trend, async (req, res) => {
    const credentials = await credentialsOf(req);
    const rawDays = optionalString(req, 'days') ?? '30';
    const days = Number(rawDays);
    if (!Number.isInteger(days) || days < 1 || days > 366) {
      throw new InputError('days must be a whole number from 1 to 366');
    }
    const {
      failingOnly: _failing,
      exemptedOnly: _exempted,
      passingOnly: _passing,
      ...filter
    } = filterFrom(req);
    res.json({
      days,
      items: await readiness.trend({ ...filter, days }, credentials),
    });
  });

  router.get(READINESS_ROUTES.resultsCsv, async (req, res) => {
    const credentials = await credentialsOf(req);
    const csv = await readiness.exportCsv(filterFrom(req), credentials);
    // Results are the latest of each entity: the data is as of today.
    const date = now().toISOString();
    res
      .status(200)
      .set(csvResponseHeaders({ name: 'readiness-results', date }))
      .send(csv);
  });

  router.get(READINESS_ROUTES.runs, async (req, res) => {
    await credentialsOf(req);
    res.json({ items: await readiness.listRuns() });
  });

  router.post(READINESS_ROUTES.evaluate, async (req, res) => {
    await authorizeEvaluate(req);
    await triggerEvaluation();
    res.status(202).json({ status: 'triggered' });
  });

  router.post(entityEvaluate.pattern, async (req, res) => {
    const credentials = await authorizeEvaluate(req);
    const entityRef = stringifyEntityRef(entityEvaluate.refOf(req.params));
    const result = await readiness.evaluateEntity(entityRef, credentials);
    if (!result) {
      throw new NotFoundError(`No readiness check applies to ${entityRef}`);
    }
    res.json(result);
  });

  if (options.campaigns) {
    addCampaignRoutes(router, {
      httpAuth,
      permissions,
      campaigns: options.campaigns,
      now,
    });
  }

  if (options.exemptions && options.auditor) {
    addExemptionRoutes(router, {
      httpAuth,
      auditor: options.auditor,
      exemptions: options.exemptions,
    });
  }

  return router;
}
