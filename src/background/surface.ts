// Where a click opens Brief: the popup or the side panel (the user's setting). Both browsers
// open the panel from action.onClicked (Chrome's fires once click-start cleared the popup,
// Firefox's once this clears it), because only that click grants activeTab: Chrome's own
// "open the panel on the action click" (setPanelBehavior) grants nothing, measured here. The
// panel must be opened inside the click's handler, before anything is awaited.
import type { Surface } from '../storage/settings.ts';
import { POPUP_PAGE } from './click-start.ts';

export interface SurfaceApis {
  chromium: boolean;
  sidePanel?: {
    setPanelBehavior(behavior: { openPanelOnActionClick: boolean }): Promise<void>;
    open?(options: { tabId?: number; windowId?: number }): Promise<void>;
  };
  sidebarAction?: { open(): Promise<void> };
  setPopup(details: { popup: string }): Promise<void>;
  log(message: string): void;
}

/** The manifest's popup, restored when the popup is chosen again. */
export const POPUP = POPUP_PAGE;

/** Applies the setting; returns what a click now opens. Never throws. */
export async function applySurface(surface: Surface, apis: SurfaceApis): Promise<Surface> {
  try {
    if (apis.chromium) {
      if (!apis.sidePanel) return 'popup';
      // Never Chrome's own panel-on-click: Brief's onClicked must run to be granted the tab.
      await apis.sidePanel.setPanelBehavior({ openPanelOnActionClick: false });
      return surface;
    }
    if (!apis.sidebarAction) return 'popup';
    await apis.setPopup({ popup: surface === 'panel' ? '' : POPUP });
    return surface;
  } catch (error) {
    apis.log(`Brief could not switch the toolbar button to the ${surface}: ${error instanceof Error ? error.message : String(error)}`);
    return 'popup';
  }
}

/**
 * Opens the side panel from a user's gesture (a Firefox toolbar click, a context-menu click),
 * synchronously: the gesture does not survive an await.
 */
export function openPanelNow(tab: { id?: number; windowId?: number }, apis: Pick<SurfaceApis, 'chromium' | 'sidePanel' | 'sidebarAction'>): Promise<void> {
  if (apis.chromium) {
    const open = apis.sidePanel?.open;
    if (!open) return Promise.reject(new Error('This browser has no side panel API.'));
    return open(tab.windowId !== undefined ? { windowId: tab.windowId } : { tabId: tab.id });
  }
  if (!apis.sidebarAction) return Promise.reject(new Error('This browser has no sidebar API.'));
  return apis.sidebarAction.open();
}
