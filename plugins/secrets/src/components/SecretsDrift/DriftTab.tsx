import { Progress } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { useSignal } from '@backstage/plugin-signals-react';
import {
  SECRETS_DRIFT_SIGNAL_CHANNEL,
  SecretsDriftSignal,
} from '@stagecraft/plugin-secrets-common';
import useAsync from 'react-use/esm/useAsync';
import { secretsApiRef } from '../../api';
import { ReviewerTab, ReviewLoadError } from '../SecretsPage/ReviewerTab';
import { SecretsDrift } from './SecretsDrift';

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
    return <ReviewLoadError error={error} title="Could not load the drift" />;
  }
  return value ? <SecretsDrift drift={value} /> : null;
};

/** The Secrets page's Drift tab: the catalog reconciled with the real secret stores. */
export const DriftTab = () => (
  <ReviewerTab
    title="Secrets drift"
    help="Each secret store is read (names and metadata, never a value) and compared with the catalog: items no secret names (shadow), secrets their store no longer holds (ghost), overdue or disabled rotation, unused and expiring items. Stores read from a simulated stand-in are labelled Simulated."
  >
    <DriftContent />
  </ReviewerTab>
);
