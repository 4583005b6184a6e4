import { Header, Page, TabbedLayout } from '@backstage/core-components';
import { DriftTab } from '../SecretsDrift';
import { ReviewerTab } from './ReviewerTab';
import { SecretsReview } from './SecretsReview';

const ReviewTab = () => (
  <ReviewerTab
    title="Secrets review"
    help="Secrets are catalog Resources of type secret. Fix a finding in the secret's catalog-info.yaml; the review updates when the catalog refreshes. Never put a secret's value in the catalog."
  >
    <SecretsReview />
  </ReviewerTab>
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
