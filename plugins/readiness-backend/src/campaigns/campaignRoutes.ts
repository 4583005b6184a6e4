import {
  BackstageCredentials,
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import { csvResponseHeaders } from '@stagecraft/catalog-conventions-common';
import {
  READINESS_ROUTES,
  readinessCampaignManagePermission,
} from '@stagecraft/plugin-readiness-common';
import { Request, Router } from 'express';
import { authorizedCaller, callerCredentials } from '../http/callerCredentials';
import { VisibleCampaigns } from './VisibleCampaigns';

const ID = /^[a-z0-9][a-z0-9-]{0,99}$/;

function idOf(req: Request): string {
  const { id } = req.params;
  if (!ID.test(id)) {
    throw new InputError(
      `Campaign id "${id}" must be lower-case letters, digits and dashes`,
    );
  }
  return id;
}

/**
 * The campaign routes on the readiness router: reading needs a signed-in caller and counts
 * only what they may read in the catalog; creating and editing also needs
 * `readiness.campaign.manage`.
 */
export function addCampaignRoutes(
  router: Router,
  options: {
    httpAuth: HttpAuthService;
    permissions: PermissionsService;
    campaigns: VisibleCampaigns;
    now: () => Date;
  },
): void {
  const { httpAuth, campaigns, now } = options;
  const credentialsOf = callerCredentials(httpAuth);
  const authorizeManage = authorizedCaller(
    options,
    readinessCampaignManagePermission,
    'Not allowed to manage readiness campaigns',
  );

  const userRefOf = (credentials: BackstageCredentials) => {
    const principal = credentials.principal as {
      type?: string;
      userEntityRef?: string;
    };
    return principal.type === 'user' ? principal.userEntityRef : undefined;
  };

  const {
    campaigns: list,
    campaign,
    campaignProgress,
    campaignResultsCsv,
    entityCampaigns,
  } = READINESS_ROUTES;

  router.get(list, async (req, res) => {
    const credentials = await credentialsOf(req);
    res.json({ items: await campaigns.list(credentials) });
  });

  router.post(list, async (req, res) => {
    const credentials = await authorizeManage(req);
    const input = campaigns.parse(req.body);
    res.status(201).json(await campaigns.create(input, userRefOf(credentials)));
  });

  router.get(campaign.pattern, async (req, res) => {
    const credentials = await credentialsOf(req);
    res.json(await campaigns.get(idOf(req), credentials));
  });

  router.post(campaign.pattern, async (req, res) => {
    await authorizeManage(req);
    const id = idOf(req);
    res.json(await campaigns.update(id, campaigns.parse(req.body)));
  });

  router.get(campaignProgress.pattern, async (req, res) => {
    const credentials = await credentialsOf(req);
    res.json(await campaigns.progress(idOf(req), credentials));
  });

  router.get(campaignResultsCsv.pattern, async (req, res) => {
    const credentials = await credentialsOf(req);
    const { campaign: found, csv } = await campaigns.exportCsv(
      idOf(req),
      credentials,
    );
    res
      .status(200)
      .set(
        csvResponseHeaders({
          name: `readiness-campaign-${found.id}`,
          date: now().toISOString(),
        }),
      )
      .send(csv);
  });

  router.get(entityCampaigns.pattern, async (req, res) => {
    const credentials = await credentialsOf(req);
    const entityRef = stringifyEntityRef(entityCampaigns.refOf(req.params));
    res.json({ items: await campaigns.ofEntity(entityRef, credentials) });
  });
}
