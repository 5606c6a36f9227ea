import { nlOffline } from '../../i18n';
import { useOffline } from './offlineStore';

/** Only where the browser offered to install (beforeinstallprompt): elsewhere it could do nothing. */
export function InstallButton() {
  const offered = useOffline((s) => s.installPrompt !== null);
  const install = useOffline((s) => s.install);
  if (!offered) return null;
  return (
    <button type="button" className="button button-small install-button" title={nlOffline.installHint} onClick={() => void install()}>
      {nlOffline.install}
    </button>
  );
}
