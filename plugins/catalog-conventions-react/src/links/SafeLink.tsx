import { ReactNode } from 'react';
import { Link } from '@backstage/core-components';
import { safeHttpUrl } from '@stagecraft/catalog-conventions-common';

/**
 * A link to `url` when it is http(s); otherwise just the text, never a link.
 *
 * @public
 */
export const SafeLink = (props: { url: unknown; children: ReactNode }) => {
  const href = safeHttpUrl(props.url);
  return href ? (
    <Link to={href}>{props.children}</Link>
  ) : (
    <span>{props.children}</span>
  );
};
