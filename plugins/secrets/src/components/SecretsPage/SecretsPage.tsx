import {
  ContentHeader,
  Header,
  Page,
  SupportButton,
  TabbedLayout,
} from '@backstage/core-components';
import { RequirePermission } from '@backstage/plugin-permission-react';
import { secretsReviewPermission } from '@stagecraft/plugin-secrets-common';
import { DriftTab } from '../SecretsDrift';
import { NoReviewPermission } from './NoReviewPermission';
import { SecretsReview } from './SecretsReview';

const ReviewTab = () => (
  <>
    <ContentHeader title="Secrets review">
      <SupportButton>
        Secrets are catalog Resources of type secret. Fix a finding in the
        secret's catalog-info.yaml; the review updates when the catalog
        refreshes. Never put a secret's value in the catalog.
      </SupportButton>
    </ContentHeader>
    <RequirePermission
      permission={secretsReviewPermission}
      errorPage={<NoReviewPermission />}
    >
      <SecretsReview />
    </RequirePermission>
  </>
);

/**
 * `/secrets`: every secret in the catalog with its store, owner and compliance;
 * `/secrets/drift`: the catalog reconciled with the secret stores.
 */
export const SecretsPage = () => (
  <Page themeId="tool">
    <Header
      title="Secrets"
      subtitle="Where every secret is kept, who owns it, what depends on it and whether it follows the conventions"
    />
    <TabbedLayout>
      <TabbedLayout.Route path="/" title="Review">
        <ReviewTab />
      </TabbedLayout.Route>
      <TabbedLayout.Route path="/drift" title="Drift">
        <DriftTab />
      </TabbedLayout.Route>
    </TabbedLayout>
  </Page>
);
