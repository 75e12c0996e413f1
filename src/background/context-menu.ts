// The context menu: "Brief this page" and "Brief selected text". A menu click grants activeTab
// for its tab, like the toolbar button; the brief opens where the user's setting says.
import type { ExtractMode } from '../shared/messages.ts';

export const MENU_PAGE = 'brief-page';
export const MENU_SELECTION = 'brief-selection';

export interface MenusApi {
  removeAll(): Promise<void>;
  create(item: { id: string; title: string; contexts: string[] }): unknown;
}

/** Creates the two items (again, on install and update: items persist, ids must not repeat). */
export async function createMenus(menus: MenusApi, title: (key: 'menuBriefPage' | 'menuBriefSelection') => string): Promise<void> {
  await menus.removeAll();
  menus.create({ id: MENU_PAGE, title: title('menuBriefPage'), contexts: ['page'] });
  menus.create({ id: MENU_SELECTION, title: title('menuBriefSelection'), contexts: ['selection'] });
}

/** The extraction a menu item asks for; undefined for another extension's item. */
export function menuMode(menuItemId: unknown): ExtractMode | undefined {
  if (menuItemId === MENU_PAGE) return 'article';
  if (menuItemId === MENU_SELECTION) return 'selection';
  return undefined;
}
