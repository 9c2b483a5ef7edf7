import { contentDir } from './content-dir';
import { scanPages } from '../loaders/scan-front-matter';
import { sidebarOf } from '../lib/sidebar-items';

/** The sidebar: the content brief's sections, each listing its pages (see sidebarOf). */
export const sidebar = sidebarOf(scanPages(contentDir));
