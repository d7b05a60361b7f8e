import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../main/api/contract.js';
import type { createTranslator } from '../main/index.js';

export type { MenuCommand };

/**
 * The application menu, labelled in the operator's language; every item forwards a command to the renderer. The
 * accelerators are the page's shortcuts (renderer/app/shortcuts/shortcutTable.ts): Ctrl+O opens (here straight
 * to the folder dialog), Ctrl+Shift+O loads a plan, Ctrl+S saves it, Ctrl+E goes to review and export, F1 help.
 */
export function buildMenu(t: ReturnType<typeof createTranslator>, run: (command: MenuCommand) => void): Menu {
  const item = (label: string, command: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label: t(label),
    click: () => run(command),
    ...(accelerator ? { accelerator } : {}),
  });
  return Menu.buildFromTemplate([
    {
      label: t('menu.file'),
      submenu: [
        item('menu.openFolder', 'open-folder', 'CmdOrCtrl+O'),
        item('menu.openFiles', 'open-files'),
        item('menu.openDemo', 'open-demo'),
        { type: 'separator' },
        item('menu.loadPlan', 'load-plan', 'CmdOrCtrl+Shift+O'),
        item('menu.savePlan', 'save-plan', 'CmdOrCtrl+S'),
        { type: 'separator' },
        item('menu.export', 'export', 'CmdOrCtrl+E'),
        { type: 'separator' },
        { role: 'quit', label: t('menu.quit') },
      ],
    },
    {
      // Text editing in the page's fields; undo and redo are the plan's own (Ctrl+Z, Ctrl+Shift+Z in the page).
      label: t('menu.edit'),
      submenu: [
        { role: 'cut', label: t('menu.cut') },
        { role: 'copy', label: t('menu.copy') },
        { role: 'paste', label: t('menu.paste') },
        { role: 'selectAll', label: t('menu.selectAll') },
      ],
    },
    {
      label: t('menu.language'),
      submenu: [item('menu.english', 'language-en'), item('menu.finnish', 'language-fi'), item('menu.swedish', 'language-sv')],
    },
    { label: t('menu.help'), submenu: [item('menu.shortcuts', 'shortcuts', 'F1')] },
  ]);
}
