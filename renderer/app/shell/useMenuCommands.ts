import { useEffect, useRef } from 'react';
import type { Language, MenuCommand } from '../../../main/api/contract.js';
import { useHost } from '../host/HostContext.js';
import { useI18n } from '../i18n/I18nContext.js';

export interface MenuActions {
  open(paths: readonly string[]): void;
  openDemo(): void;
  savePlan(): void;
  loadPlan(): void;
  review(): void;
  help(): void;
  /** A dialog that failed, said in the page. */
  failed(error: unknown): void;
}

/**
 * Carries out what the desktop app's menu asks (event 'menu.command'); the browser host has no menu and never
 * sends one. The latest actions are read through a ref, so the subscription is made once.
 */
export function useMenuCommands(actions: MenuActions): void {
  const { api } = useHost();
  const { setLanguage } = useI18n();
  const latest = useRef({ actions, setLanguage });
  latest.current = { actions, setLanguage };

  useEffect(
    () =>
      api.on('menu.command', (command: MenuCommand) => {
        const { actions: a, setLanguage: choose } = latest.current;
        switch (command) {
          case 'open-folder':
          case 'open-files':
            api.dialogChooseInputs({ kind: command === 'open-folder' ? 'folder' : 'files' }).then((paths) => {
              if (paths.length > 0) a.open(paths);
            }, a.failed);
            return;
          case 'open-demo':
            a.openDemo();
            return;
          case 'save-plan':
            a.savePlan();
            return;
          case 'load-plan':
            a.loadPlan();
            return;
          case 'export':
            a.review();
            return;
          case 'shortcuts':
            a.help();
            return;
          case 'language-en':
          case 'language-fi':
          case 'language-sv':
            choose(command.slice('language-'.length) as Language);
            return;
        }
      }),
    [api],
  );
}
