import { ReactNode } from 'react';
import {
  ContentHeader,
  ResponseErrorPanel,
  SupportButton,
} from '@backstage/core-components';
import { ResponseError } from '@backstage/errors';
import { RequirePermission } from '@backstage/plugin-permission-react';
import { secretsReviewPermission } from '@stagecraft/plugin-secrets-common';
import { NoReviewPermission } from './NoReviewPermission';

/** A tab of the Secrets page: its title and help, and `children` for reviewers only. */
export const ReviewerTab = (props: {
  title: string;
  help: ReactNode;
  children: ReactNode;
}) => (
  <>
    <ContentHeader title={props.title}>
      <SupportButton>{props.help}</SupportButton>
    </ContentHeader>
    <RequirePermission
      permission={secretsReviewPermission}
      errorPage={<NoReviewPermission />}
    >
      {props.children}
    </RequirePermission>
  </>
);

/** Why a tab could not load: the missing permission when the backend answered 403. */
export const ReviewLoadError = (props: { error: Error; title: string }) =>
  props.error instanceof ResponseError && props.error.statusCode === 403 ? (
    <NoReviewPermission />
  ) : (
    <ResponseErrorPanel error={props.error} title={props.title} />
  );
