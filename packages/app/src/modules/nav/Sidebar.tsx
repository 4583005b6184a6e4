import { createContext, useContext } from 'react';
import {
  Sidebar,
  SidebarDivider,
  SidebarGroup,
  SidebarItem,
  SidebarScrollWrapper,
  SidebarSpace,
} from '@backstage/core-components';
import {
  NavContentBlueprint,
  NavContentNavItem,
} from '@backstage/plugin-app-react';
import MenuIcon from '@material-ui/icons/Menu';
import SearchIcon from '@material-ui/icons/Search';
import GroupIcon from '@material-ui/icons/People';
import SettingsIcon from '@material-ui/icons/Settings';
import { SidebarSearchModal } from '@backstage/plugin-search';
import { MyGroupsSidebarItem } from '@backstage/plugin-org';
import { NotificationsSidebarItem } from '@backstage/plugin-notifications';
import { SidebarLogo } from './SidebarLogo';

/** Sidebar labels that differ from the page titles the plugins give their pages. */
const navTitles: Record<string, string> = {
  'page:catalog-graph': 'Graph',
};

/**
 * The nav items with another nav item below them (Readiness at /readiness, with Campaigns at
 * /readiness/campaigns): such an item is selected on its own page only, so that the sidebar
 * selects one item at a time.
 */
function hrefsWithNavItemsBelow(hrefs: string[]): Set<string> {
  return new Set(
    hrefs.filter(href => hrefs.some(other => other.startsWith(`${href}/`))),
  );
}

const HrefsWithNavItemsBelow = createContext<ReadonlySet<string>>(new Set());

const NavItem = (item: NavContentNavItem) => (
  <SidebarItem
    icon={() => item.icon}
    to={item.href}
    end={useContext(HrefsWithNavItemsBelow).has(item.href)}
    text={navTitles[item.node.spec.id] ?? item.title}
  />
);

/**
 * The sidebar: search, the catalog and the user's groups first, then every other page the
 * installed plugins add (Stagecraft's Secrets and Readiness among them), notifications and
 * settings at the bottom.
 */
export const SidebarContent = NavContentBlueprint.make({
  params: {
    component: ({ navItems }) => {
      const withItemsBelow = hrefsWithNavItemsBelow(
        navItems
          .clone()
          .rest()
          .map(item => item.href),
      );
      const nav = navItems.withComponent(NavItem);

      // Placed by hand below, or reached another way.
      nav.take('page:search'); // the search modal
      nav.take('page:notifications'); // NotificationsSidebarItem
      nav.take('page:catalog-import'); // the catalog's "Register" button

      return (
        <HrefsWithNavItemsBelow.Provider value={withItemsBelow}>
          <Sidebar>
            <SidebarLogo />
            <SidebarGroup label="Search" icon={<SearchIcon />} to="/search">
              <SidebarSearchModal />
            </SidebarGroup>
            <SidebarDivider />
            <SidebarGroup label="Menu" icon={<MenuIcon />}>
              {nav.take('page:catalog')}
              <MyGroupsSidebarItem
                singularTitle="My Group"
                pluralTitle="My Groups"
                icon={GroupIcon}
              />
              {nav.take('page:catalog-graph')}
              {nav.take('page:secrets')}
              {nav.take('page:readiness')}
              {nav.take('page:readiness/campaigns')}
              <SidebarDivider />
              <SidebarScrollWrapper>
                {nav.rest({ sortBy: 'title' })}
              </SidebarScrollWrapper>
            </SidebarGroup>
            <SidebarSpace />
            <SidebarDivider />
            <NotificationsSidebarItem />
            <SidebarDivider />
            {/* Not the user's avatar: it looks the user up in the catalog, and the guest
              user has no catalog entity (a 404 in the console). */}
            <SidebarGroup
              label="Settings"
              icon={<SettingsIcon />}
              to="/settings"
            >
              {nav.take('page:user-settings')}
            </SidebarGroup>
          </Sidebar>
        </HrefsWithNavItemsBelow.Provider>
      );
    },
  },
});
