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
import { mapConcurrently } from '../concurrency';
import { compact, isoDate } from '../metadata';
import { SecretStoreItem } from '../types';
import {
  AwsCall,
  AwsStoreReader,
  AwsStoreReaderOptions,
} from './AwsStoreReader';

/** How many `DescribeCertificate` calls run at once by default. */
const DEFAULT_DESCRIBE_CONCURRENCY = 4;

/** Every key type: without `Includes.keyTypes`, ACM lists RSA 1024 and 2048 only. */
const ALL_KEY_TYPES = Object.values(KeyAlgorithm);

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
 * Options of the ACM reader.
 *
 * @public
 */
export interface AcmReaderOptions extends AwsStoreReaderOptions<ACMClient> {
  /** How many `DescribeCertificate` calls run at once; default 4. */
  describeConcurrency?: number;
}

/**
 * AWS Certificate Manager: `ListCertificates` (every key type, paginated), then
 * `DescribeCertificate` for each, a few at a time. Items are named
 * `<region>/<domain>`. Needs `acm:ListCertificates` and `acm:DescribeCertificate`
 * only; neither returns a certificate body or a private key.
 *
 * @public
 */
export class AcmReader extends AwsStoreReader<ACMClient> {
  readonly provider = 'aws-acm';
  private readonly describeConcurrency: number;

  constructor(options: AcmReaderOptions) {
    super(options);
    this.describeConcurrency =
      options.describeConcurrency ?? DEFAULT_DESCRIBE_CONCURRENCY;
  }

  protected async listRegion(
    aws: AwsCall<ACMClient>,
  ): Promise<SecretStoreItem[]> {
    const pages = await aws.paginate<ListCertificatesCommandOutput>(
      'acm:ListCertificates',
      (client, NextToken, abortSignal) =>
        client.send(
          new ListCertificatesCommand({
            NextToken,
            MaxItems: 1000,
            Includes: { keyTypes: ALL_KEY_TYPES },
          }),
          { abortSignal },
        ),
      page => page.NextToken,
    );
    const summaries = pages.flatMap(page => page.CertificateSummaryList ?? []);
    const items = await mapConcurrently(
      summaries,
      this.describeConcurrency,
      async summary => {
        if (!summary.CertificateArn) return undefined;
        const output = await aws.call(
          'acm:DescribeCertificate',
          async (client, abortSignal) => {
            try {
              return await client.send(
                new DescribeCertificateCommand({
                  CertificateArn: summary.CertificateArn,
                }),
                { abortSignal },
              );
            } catch (error) {
              // Deleted between the listing and its description: gone, not a failure.
              if (isNotFoundError(error)) return undefined;
              throw error;
            }
          },
        );
        return output?.Certificate
          ? toItem(aws.region, summary, output.Certificate)
          : undefined;
      },
    );
    return items.filter((item): item is SecretStoreItem => item !== undefined);
  }
}
