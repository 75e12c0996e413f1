// The keyboard shortcut in force for opening Brief, as the browser reports it (commands.getAll),
// not the manifest's suggestion: the user may have changed or removed it, and a browser may have
// refused the suggested key. "" when there is none, or the API is missing.
import { extensionGlobal } from './transport.ts';

export interface CommandsApi {
  commands?: { getAll(): Promise<{ name?: string; shortcut?: string }[]> };
}

const OPEN_COMMAND = '_execute_action';

export async function activeShortcut(api: CommandsApi | undefined = extensionGlobal<CommandsApi>()): Promise<string> {
  try {
    const all = (await api?.commands?.getAll()) ?? [];
    return all.find((command) => command.name === OPEN_COMMAND)?.shortcut ?? '';
  } catch {
    return '';
  }
}
