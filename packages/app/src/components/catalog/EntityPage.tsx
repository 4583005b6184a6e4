import { EntitySwitch, isKind } from '@backstage/plugin-catalog';
import { componentPage } from './ComponentPage';
import { defaultEntityPage, domainPage } from './DomainPage';
import { groupPage, userPage } from './OrgPages';
import { resourcePage } from './ResourcePage';
import { systemPage } from './SystemPage';

export const entityPage = (
  <EntitySwitch>
    <EntitySwitch.Case if={isKind('component')} children={componentPage} />
    <EntitySwitch.Case if={isKind('resource')} children={resourcePage} />
    <EntitySwitch.Case if={isKind('system')} children={systemPage} />
    <EntitySwitch.Case if={isKind('domain')} children={domainPage} />
    <EntitySwitch.Case if={isKind('group')} children={groupPage} />
    <EntitySwitch.Case if={isKind('user')} children={userPage} />
    <EntitySwitch.Case>{defaultEntityPage}</EntitySwitch.Case>
  </EntitySwitch>
);
