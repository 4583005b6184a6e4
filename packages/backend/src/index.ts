import { createBackend } from '@backstage/backend-defaults';
import { techdocsModuleMkdocsHint } from './techdocs/techdocsModuleMkdocsHint';
import { techdocsModulePrebuild } from './techdocs/techdocsModulePrebuild';

const backend = createBackend();

backend.add(import('@backstage/plugin-app-backend'));
backend.add(import('@backstage/plugin-proxy-backend'));

// Guest sign-in for local use; production adds a real provider in its own config.
backend.add(import('@backstage/plugin-auth-backend'));
backend.add(import('@backstage/plugin-auth-backend-module-guest-provider'));

backend.add(import('@backstage/plugin-catalog-backend'));
backend.add(import('@backstage/plugin-catalog-backend-module-logs'));
// Links written as portal paths (/docs/... runbooks) point at this portal.
backend.add(import('@stagecraft/plugin-catalog-backend-module-portal-links'));
// Refuses entities holding secret values; storedIn/stores relations.
backend.add(import('@stagecraft/plugin-catalog-backend-module-secrets'));
// readsFrom/readBy and writesTo/writtenBy relations from the pipeline flow annotations.
backend.add(import('@stagecraft/plugin-catalog-backend-module-pipelines'));

// Runbooks and guides written next to the catalog YAML (backstage.io/techdocs-ref).
backend.add(import('@backstage/plugin-techdocs-backend'));
// Without MkDocs installed, the docs page says what to install.
backend.add(techdocsModuleMkdocsHint);
// Builds the docs at start, so search finds runbooks nobody has opened yet.
backend.add(techdocsModulePrebuild);

backend.add(import('@backstage/plugin-permission-backend'));
// Allows everything except the secrets review (stagecraft.secrets.reviewers).
backend.add(
  import('@stagecraft/plugin-permission-backend-module-stagecraft-policy'),
);

backend.add(import('@backstage/plugin-search-backend'));
backend.add(import('@backstage/plugin-search-backend-module-pg'));
backend.add(import('@backstage/plugin-search-backend-module-catalog'));
// Indexes the built TechDocs sites, so searching "iterator age" finds the runbook.
backend.add(import('@backstage/plugin-search-backend-module-techdocs'));

backend.add(import('@backstage/plugin-user-settings-backend'));

// Notifications, pushed to the browser through signals.
backend.add(import('@backstage/plugin-notifications-backend'));
backend.add(import('@backstage/plugin-signals-backend'));
// The events bus: on PostgreSQL it carries each replica's signals to the browsers connected
// to the other replicas (docs/deployment.md); on SQLite events stay in the process.
backend.add(import('@backstage/plugin-events-backend'));

// What breaks when an entity breaks, and whom to call.
backend.add(import('@stagecraft/plugin-blast-radius-backend'));

// Secret compliance computed from the catalog.
backend.add(import('@stagecraft/plugin-secrets-backend'));

// Pipeline flow graphs with live CloudWatch metrics (simulated without aws config).
backend.add(import('@stagecraft/plugin-pipelines-backend'));

// Operational readiness: on-call, runbooks, escalation and monitors of production services.
backend.add(import('@stagecraft/plugin-readiness-backend'));

backend.start();
