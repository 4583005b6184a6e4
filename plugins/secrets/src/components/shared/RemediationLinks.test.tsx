import { renderInTestApp } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import type { RemediationLink } from '@stagecraft/plugin-secrets-common';
import { RemediationButtons, RemediationLinkList } from './RemediationLinks';

const links: RemediationLink[] = [
  // eslint-disable-next-line no-script-url -- the URL under test
  { type: 'rotation-guide', url: 'javascript:alert(1)', title: 'Evil guide' },
  { type: 'incident-response', url: 'http://[not a url' },
  { type: 'rotation-guide', url: 'https://wiki.example.com/rotate' },
];

const hrefs = () =>
  screen.getAllByRole('link').map(link => link.getAttribute('href') ?? '');

describe('remediation links from catalog YAML', () => {
  it('the table cell list links only http(s) URLs', async () => {
    await renderInTestApp(<RemediationLinkList links={links} />);
    expect(await screen.findByText('Incident response')).toBeInTheDocument();
    expect(hrefs()).toEqual(['https://wiki.example.com/rotate']);
  });

  it('the buttons link only http(s) URLs; the others are disabled', async () => {
    await renderInTestApp(<RemediationButtons links={links} />);
    expect(await screen.findByText('Evil guide')).toBeInTheDocument();
    expect(hrefs()).toEqual(['https://wiki.example.com/rotate']);
    expect(screen.getByRole('button', { name: 'Evil guide' })).toBeDisabled();
  });
});
