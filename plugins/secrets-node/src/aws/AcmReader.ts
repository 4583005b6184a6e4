import {
  ACMClient,
  CertificateDetail,
  CertificateSummary,
  DescribeCertificateCommand,
  KeyAlgorithm,
  ListCertificatesCommand,
  ListCertificatesCommandOutput,
} from '@aws-sdk/client-acm';
import { isNotFoundError } from '@stagecraft/backend-node';
import { compact, isoDate } from '../metadata';
import { SecretStoreItem } from '../types';
import { AwsCall } from './AwsStoreReader';
import {
  DescribingAwsStoreReader,
  DescribingAwsStoreReaderOptions,
} from './DescribingAwsStoreReader';
import { AwsListing, byNextToken, listAll, unlessFailsWith } from './paging';

/**
 * Options of the ACM reader (`describeConcurrency`: how many `DescribeCertificate` calls
 * run at once; default 4).
 *
 * @public
 */
export type AcmReaderOptions = DescribingAwsStoreReaderOptions<ACMClient>;

/** Every key type: without `Includes.keyTypes`, ACM lists RSA 1024 and 2048 only. */
const ALL_KEY_TYPES = Object.values(KeyAlgorithm);

/** Every certificate, of every key type, 1000 a page. */
const LIST_CERTIFICATES: AwsListing<
  ACMClient,
  ListCertificatesCommandOutput,
  CertificateSummary
> = {
  operation: 'acm:ListCertificates',
  send: (client, NextToken, abortSignal) =>
    client.send(
      new ListCertificatesCommand({
        NextToken,
        MaxItems: 1000,
        Includes: { keyTypes: ALL_KEY_TYPES },
      }),
      { abortSignal },
    ),
  entries: page => page.CertificateSummaryList,
  nextToken: byNextToken,
};

function toItem(
  region: string,
  summary: CertificateSummary,
  detail: CertificateDetail,
): SecretStoreItem {
  const arn = detail.CertificateArn ?? summary.CertificateArn;
  const domain = detail.DomainName ?? summary.DomainName ?? arn ?? '';
  return compact<SecretStoreItem>({
    name: `${region}/${domain}`,
    id: arn,
    kind: 'certificate',
    createdAt: isoDate(detail.CreatedAt ?? detail.ImportedAt),
    lastRotated: isoDate(detail.IssuedAt ?? detail.ImportedAt),
    expiresAt: isoDate(detail.NotAfter),
    renewalEligible: detail.RenewalEligibility
      ? detail.RenewalEligibility === 'ELIGIBLE'
      : undefined,
    inUseBy: detail.InUseBy?.length ? [...detail.InUseBy] : undefined,
    state: detail.Status,
  });
}

/**
 * AWS Certificate Manager: `ListCertificates` (every key type, paginated), then
 * `DescribeCertificate` for each, a few at a time. Items are named
 * `<region>/<domain>`. Needs `acm:ListCertificates` and `acm:DescribeCertificate`
 * only; neither returns a certificate body or a private key.
 *
 * @public
 */
export class AcmReader extends DescribingAwsStoreReader<ACMClient> {
  readonly provider = 'aws-acm';

  protected async listRegion(aws: AwsCall<ACMClient>) {
    const summaries = await listAll(aws, LIST_CERTIFICATES);
    return this.describeEach(summaries, async summary => {
      if (!summary.CertificateArn) return undefined;
      const output = await aws.call(
        'acm:DescribeCertificate',
        (client, abortSignal) =>
          // Deleted between the listing and its description: gone, not a failure.
          unlessFailsWith(
            isNotFoundError,
            client.send(
              new DescribeCertificateCommand({
                CertificateArn: summary.CertificateArn,
              }),
              { abortSignal },
            ),
          ),
      );
      return output?.Certificate
        ? toItem(aws.region, summary, output.Certificate)
        : undefined;
    });
  }
}
