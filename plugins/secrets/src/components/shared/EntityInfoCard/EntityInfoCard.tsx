import { ReactNode } from 'react';
import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';

/**
 * A card of an entity page's info column: progress while loading, the error under
 * `errorTitle` if loading failed, else `children`.
 */
export const EntityInfoCard = (props: {
  title: string;
  loading: boolean;
  error?: Error;
  errorTitle: string;
  children: ReactNode;
}) => {
  let content = props.children;
  if (props.loading) {
    content = <Progress />;
  } else if (props.error) {
    content = (
      <ResponseErrorPanel error={props.error} title={props.errorTitle} />
    );
  }
  return (
    <InfoCard title={props.title} variant="gridItem">
      {content}
    </InfoCard>
  );
};
