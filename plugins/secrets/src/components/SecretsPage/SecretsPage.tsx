import {
  Content,
  ContentHeader,
  Header,
  Page,
  Progress,
  ResponseErrorPanel,
  SupportButton,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
import { RequirePermission } from '@backstage/plugin-permission-react';
import { secretsReviewPermission } from '@stagecraft/plugin-secrets-common';
import useAsync from 'react-use/esm/useAsync';
import { secretsApiRef } from '../../api';
import { NoReviewPermission } from './NoReviewPermission';
import { SecretsReview } from './SecretsReview';

const isForbidden = (error: Error) =>
  error instanceof ResponseError && error.statusCode === 403;

const ReviewContent = () => {
  const secretsApi = useApi(secretsApiRef);
  const { value, loading, error } = useAsync(
    () => secretsApi.getReview(),
    [secretsApi],
  );
  if (loading) {
    return <Progress />;
  }
  if (error) {
    return isForbidden(error) ? (
      <NoReviewPermission />
    ) : (
      <ResponseErrorPanel
        error={error}
        title="Could not load the secrets review"
      />
    );
  }
  return value ? <SecretsReview review={value} /> : null;
};

/** `/secrets`: every secret in the catalog with its store, owner and compliance. */
export const SecretsPage = () => (
  <Page themeId="tool">
    <Header
      title="Secrets"
      subtitle="Where every secret is kept, who owns it, what depends on it and whether it follows the conventions"
    />
    <Content>
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
        <ReviewContent />
      </RequirePermission>
    </Content>
  </Page>
);
