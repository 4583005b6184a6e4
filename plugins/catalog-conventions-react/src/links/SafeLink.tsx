import { ReactNode } from 'react';
import { Link } from '@backstage/core-components';
import {
  inPortalPathOf,
  safeHttpUrl,
} from '@stagecraft/catalog-conventions-common';
import { usePortalBaseUrl } from './usePortalBaseUrl';

/**
 * A link to `url` when it is http(s) or a page of this portal; otherwise just the text,
 * never a link. Portal pages (a `/docs/...` path, or a URL under `app.baseUrl`, as the
 * catalog stores them) open inside the app without a reload.
 *
 * @public
 */
export const SafeLink = (props: { url: unknown; children: ReactNode }) => {
  const portalBaseUrl = usePortalBaseUrl();
  const inPortal =
    typeof props.url === 'string'
      ? inPortalPathOf(props.url, portalBaseUrl)
      : undefined;
  const href = inPortal ?? safeHttpUrl(props.url);
  return href ? (
    <Link to={href}>{props.children}</Link>
  ) : (
    <span>{props.children}</span>
  );
};
