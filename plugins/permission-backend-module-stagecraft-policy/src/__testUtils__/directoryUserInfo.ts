import {
  BackstageCredentials,
  BackstageUserInfo,
  UserInfoService,
} from '@backstage/backend-plugin-api';

/**
 * Ownership refs per user, as the auth backend would resolve them from the
 * catalog (user and group memberships). Users not listed own only themselves.
 */
export const DIRECTORY: Record<string, string[]> = {
  'user:default/sam.security': [
    'user:default/sam.security',
    'group:default/security-team',
  ],
  'user:default/dana.dev': ['user:default/dana.dev', 'group:default/team-a'],
};

export const directoryUserInfo: UserInfoService = {
  async getUserInfo(
    credentials: BackstageCredentials,
  ): Promise<BackstageUserInfo> {
    const principal = credentials.principal as { userEntityRef?: string };
    const userEntityRef = principal.userEntityRef;
    if (!userEntityRef) {
      throw new Error('not a user');
    }
    return {
      userEntityRef,
      ownershipEntityRefs: DIRECTORY[userEntityRef] ?? [userEntityRef],
    };
  },
};
