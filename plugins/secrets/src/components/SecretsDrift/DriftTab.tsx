import {
  ContentHeader,
  Progress,
  ResponseErrorPanel,
  SupportButton,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
import { RequirePermission } from '@backstage/plugin-permission-react';
import { useSignal } from '@backstage/plugin-signals-react';
import {
  SECRETS_DRIFT_SIGNAL_CHANNEL,
  SecretsDriftSignal,
  secretsReviewPermission,
} from '@stagecraft/plugin-secrets-common';
import useAsync from 'react-use/esm/useAsync';
import { secretsApiRef } from '../../api';
import { NoReviewPermission } from '../SecretsPage/NoReviewPermission';
import { SecretsDrift } from './SecretsDrift';

const isForbidden = (error: Error) =>
  error instanceof ResponseError && error.statusCode === 403;

const DriftContent = () => {
  const secretsApi = useApi(secretsApiRef);
  // The backend signals when a reconciliation changes a store's findings: load them again
  // (keeping the shown ones meanwhile) instead of polling. Without signals, nothing changes.
  const { lastSignal } = useSignal<SecretsDriftSignal>(
    SECRETS_DRIFT_SIGNAL_CHANNEL,
  );
  const { value, loading, error } = useAsync(
    () => secretsApi.getDrift(),
    [secretsApi, lastSignal],
  );
  if (loading && !value) {
    return <Progress />;
  }
  if (error) {
    return isForbidden(error) ? (
      <NoReviewPermission />
    ) : (
      <ResponseErrorPanel error={error} title="Could not load the drift" />
    );
  }
  return value ? <SecretsDrift drift={value} /> : null;
};

/** The Secrets page's Drift tab: the catalog reconciled with the real secret stores. */
export const DriftTab = () => (
  <>
    <ContentHeader title="Secrets drift">
      <SupportButton>
        Each secret store is read (names and metadata, never a value) and
        compared with the catalog: items no secret names (shadow), secrets their
        store no longer holds (ghost), overdue or disabled rotation, unused and
        expiring items. Stores read from a simulated stand-in are labelled
        Simulated.
      </SupportButton>
    </ContentHeader>
    <RequirePermission
      permission={secretsReviewPermission}
      errorPage={<NoReviewPermission />}
    >
      <DriftContent />
    </RequirePermission>
  </>
);
