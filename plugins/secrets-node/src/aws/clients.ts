/**
 * Builds (or returns a kept) SDK client for an account and region; `awsClients` of
 * `@stagecraft/backend-node` makes one from the `aws` app-config.
 *
 * @public
 */
export type AwsClientSource<C> = (at: {
  accountId: string;
  region: string;
}) => Promise<C>;
