import { Content, Header, Page } from '@backstage/core-components';
import type { ReactNode } from 'react';

/**
 * The frame of every readiness page: the tool theme, its header (with `type` above the title
 * and `headerContent` at its right), then the content.
 */
export function ReadinessPageFrame(props: {
  title: string;
  subtitle?: string;
  type?: string;
  headerContent?: ReactNode;
  children: ReactNode;
}) {
  return (
    <Page themeId="tool">
      <Header title={props.title} subtitle={props.subtitle} type={props.type}>
        {props.headerContent}
      </Header>
      <Content>{props.children}</Content>
    </Page>
  );
}
