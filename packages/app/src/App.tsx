import { createApp } from '@backstage/frontend-defaults';
import catalogPlugin from '@backstage/plugin-catalog/alpha';
import techdocsAddons from '@backstage/plugin-techdocs-module-addons-contrib/alpha';
import { appModule } from './modules/app';
import { catalogGraphModule, catalogModule } from './modules/catalog';
import { navModule } from './modules/nav';
import { notificationSettingsModule } from './modules/notifications';

/**
 * The portal. Plugins are discovered from this package's dependencies (`app.packages: all`
 * in app-config.yaml) and place their own pages, tabs and cards; app-config.yaml's
 * `app.extensions` orders and configures them. The modules here hold what is Stagecraft's
 * own: the sidebar, sign-in, the few entity tabs and cards no plugin provides, and the
 * notification settings tab.
 * TechDocs' reader addons (text size, lightbox, expandable navigation) are modules, which
 * discovery does not pick up, so they are listed here.
 */
export default createApp({
  features: [
    catalogPlugin,
    appModule,
    navModule,
    catalogModule,
    catalogGraphModule,
    techdocsAddons,
    notificationSettingsModule,
  ],
});
