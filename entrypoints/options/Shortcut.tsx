import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '@/lib/i18n';

/**
 * The keys that open the invite form (the toolbar popup), as the browser has them now: the user
 * may have changed or removed the ones the extension suggests.
 */
export function Shortcut() {
  const [keys, setKeys] = useState<string | null | undefined>(undefined);
  useEffect(() => {
    browser.commands
      .getAll()
      .then((commands) => setKeys(commands.find((command) => command.name === '_execute_action')?.shortcut || null))
      .catch(() => setKeys(null));
  }, []);
  if (keys === undefined) return null;
  return <p class="hint">{keys ? t('optShortcut', keys) : t('optShortcutNone')}</p>;
}
