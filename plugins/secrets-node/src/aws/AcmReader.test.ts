import {
  ACMClient,
  DescribeCertificateCommand,
  ListCertificatesCommand,
} from '@aws-sdk/client-acm';
import { mockClient } from 'aws-sdk-client-mock';
import {
  awsError,
  awsReaderHarness,
  countingInFlight,
} from '../__testUtils__/aws';
import * as awsFailures from '../__testUtils__/awsFailures';
import { itStopsOnHangingCalls } from '../__testUtils__/awsHangingCalls';
import { expectMetadataOnly, storeEntity } from '../__testUtils__/stores';
import { AcmReader } from './AcmReader';

const acm = mockClient(ACMClient);
const harness = awsReaderHarness(acm, ACMClient, AcmReader, 'aws-acm');
const { store, reader, failure } = harness;
const arn = (id: string, region = 'eu-west-1') =>
  `arn:aws:acm:${region}:111122223333:certificate/${id}`;

/** One page listing the given certificates, each described as issued for its domain. */
function certificates(ids: string[]) {
  acm.on(ListCertificatesCommand).resolves({
    CertificateSummaryList: ids.map(id => ({
      CertificateArn: arn(id),
      DomainName: `${id}.example.com`,
    })),
  });
  acm.on(DescribeCertificateCommand).callsFake(input => ({
    Certificate: {
      CertificateArn: input.CertificateArn,
      DomainName: `${input.CertificateArn.split('/').pop()}.example.com`,
      Status: 'ISSUED',
    },
  }));
}

describe('AcmReader', () => {
  it('lists every key type across pages and describes each certificate', async () => {
    acm.on(ListCertificatesCommand, { NextToken: undefined }).resolves({
      CertificateSummaryList: [
        { CertificateArn: arn('shop'), DomainName: 'shop.example.com' },
      ],
      NextToken: 'page-2',
    });
    acm.on(ListCertificatesCommand, { NextToken: 'page-2' }).resolves({
      CertificateSummaryList: [
        { CertificateArn: arn('api'), DomainName: 'api.example.com' },
      ],
    });
    acm
      .on(DescribeCertificateCommand, { CertificateArn: arn('shop') })
      .resolves({
        Certificate: {
          CertificateArn: arn('shop'),
          DomainName: 'shop.example.com',
          SubjectAlternativeNames: ['www.shop.example.com'],
          Serial: '0a:1b:2c',
          Subject: 'CN=shop.example.com',
          CreatedAt: new Date('2025-01-01T00:00:00Z'),
          IssuedAt: new Date('2025-06-01T00:00:00Z'),
          NotBefore: new Date('2025-06-01T00:00:00Z'),
          NotAfter: new Date('2026-07-01T23:59:59Z'),
          Status: 'ISSUED',
          Type: 'AMAZON_ISSUED',
          RenewalEligibility: 'ELIGIBLE',
          InUseBy: [
            'arn:aws:elasticloadbalancing:eu-west-1:111122223333:loadbalancer/app/shop/1',
          ],
        },
      });
    acm
      .on(DescribeCertificateCommand, { CertificateArn: arn('api') })
      .resolves({
        Certificate: {
          CertificateArn: arn('api'),
          DomainName: 'api.example.com',
          ImportedAt: new Date('2024-03-01T00:00:00Z'),
          NotAfter: new Date('2025-03-01T00:00:00Z'),
          Status: 'EXPIRED',
          Type: 'IMPORTED',
          RenewalEligibility: 'INELIGIBLE',
          InUseBy: [],
        },
      });
    const { reader: r, asked } = reader();

    const items = await r.listItems(store);

    expect(asked).toEqual(['111122223333|eu-west-1']);
    const lists = acm.commandCalls(ListCertificatesCommand);
    expect(lists).toHaveLength(2);
    for (const call of lists) {
      expect([...(call.args[0].input.Includes?.keyTypes ?? [])].sort()).toEqual(
        [
          'EC_prime256v1',
          'EC_secp384r1',
          'EC_secp521r1',
          'RSA_1024',
          'RSA_2048',
          'RSA_3072',
          'RSA_4096',
        ],
      );
    }
    expect(items).toEqual([
      {
        name: 'eu-west-1/shop.example.com',
        id: arn('shop'),
        kind: 'certificate',
        createdAt: '2025-01-01T00:00:00.000Z',
        lastRotated: '2025-06-01T00:00:00.000Z',
        expiresAt: '2026-07-01T23:59:59.000Z',
        renewalEligible: true,
        inUseBy: [
          'arn:aws:elasticloadbalancing:eu-west-1:111122223333:loadbalancer/app/shop/1',
        ],
        state: 'ISSUED',
      },
      {
        name: 'eu-west-1/api.example.com',
        id: arn('api'),
        kind: 'certificate',
        createdAt: '2024-03-01T00:00:00.000Z',
        lastRotated: '2024-03-01T00:00:00.000Z',
        expiresAt: '2025-03-01T00:00:00.000Z',
        renewalEligible: false,
        state: 'EXPIRED',
      },
    ]);
    expectMetadataOnly(items);
  });

  it('names certificates by region in a store that spans regions', async () => {
    acm.on(ListCertificatesCommand).callsFake(async (_input, getClient) => {
      const region = await getClient().config.region();
      return {
        CertificateSummaryList: [
          { CertificateArn: arn('cdn', region), DomainName: 'cdn.example.com' },
        ],
      };
    });
    acm.on(DescribeCertificateCommand).callsFake(input => ({
      Certificate: {
        CertificateArn: input.CertificateArn,
        DomainName: 'cdn.example.com',
      },
    }));
    const spanning = storeEntity('aws-acm-global', {
      'stagecraft.io/store-aws-region': 'us-east-1, eu-west-1',
    });
    const { reader: r, asked } = reader();

    const items = await r.listItems(spanning);

    expect(asked).toEqual(['|us-east-1', '|eu-west-1']);
    expect(items.map(i => [i.name, i.id])).toEqual([
      ['us-east-1/cdn.example.com', arn('cdn', 'us-east-1')],
      ['eu-west-1/cdn.example.com', arn('cdn', 'eu-west-1')],
    ]);
  });

  it('describes at most the given number of certificates at once', async () => {
    const ids = Array.from({ length: 10 }, (_, i) => `cert-${i}`);
    acm.on(ListCertificatesCommand).resolves({
      CertificateSummaryList: ids.map(id => ({ CertificateArn: arn(id) })),
    });
    const describe = countingInFlight(
      (input: { CertificateArn: string | undefined }) => ({
        Certificate: { CertificateArn: input.CertificateArn },
      }),
    );
    acm.on(DescribeCertificateCommand).callsFake(describe.fake);

    const items = await reader({ describeConcurrency: 3 }).reader.listItems(
      store,
    );

    expect(items).toHaveLength(10);
    expect(acm.commandCalls(DescribeCertificateCommand)).toHaveLength(10);
    expect(describe.peak()).toBe(3);
  });

  it('leaves out a certificate deleted between the listing and its description', async () => {
    certificates(['kept', 'deleted']);
    acm
      .on(DescribeCertificateCommand, { CertificateArn: arn('deleted') })
      .rejects(awsError('ResourceNotFoundException', 'not found'));

    const items = await reader().reader.listItems(store);

    expect(items.map(i => i.name)).toEqual(['eu-west-1/kept.example.com']);
  });

  it('surfaces throttling and access denied as typed errors naming the call', async () => {
    certificates(['shop']);
    acm.on(DescribeCertificateCommand).rejects(awsFailures.throttled());
    const error = await failure();
    expect(error.kind).toBe('throttled');
    expect(error.operation).toBe('acm:DescribeCertificate');

    acm
      .on(ListCertificatesCommand)
      .rejects(awsFailures.deniedNamingKeyId('acm:ListCertificates'));
    awsFailures.expectDeniedWithoutKeyId(
      await failure(),
      'acm:ListCertificates',
    );
  });

  it('asks for no more descriptions after one is denied', async () => {
    certificates(Array.from({ length: 8 }, (_, i) => `cert-${i}`));
    acm
      .on(DescribeCertificateCommand)
      .rejects(awsError('AccessDeniedException', 'no'));

    const error = await failure({ describeConcurrency: 2 });

    expect(error.kind).toBe('access-denied');
    expect(acm.commandCalls(DescribeCertificateCommand)).toHaveLength(2);
  });

  itStopsOnHangingCalls(harness, {
    call: 'description',
    hang: () => {
      certificates(['shop']);
      acm.on(DescribeCertificateCommand).callsFake(awsFailures.hangs);
    },
    operation: 'acm:DescribeCertificate',
    hangListing: () =>
      acm.on(ListCertificatesCommand).callsFake(awsFailures.hangs),
  });
});
