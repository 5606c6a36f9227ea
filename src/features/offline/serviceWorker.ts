/// <reference types="vite-plugin-pwa/vanillajs" />
import { registerSW } from 'virtual:pwa-register';
import { nlOffline } from '../../i18n';
import { notify, useNotices } from '../../ui/notices';
import { listenForInstallPrompt, useOffline } from './offlineStore';

/**
 * Registers the generated service worker (vite.config.ts, VitePWA) and reports its state to
 * `useOffline`. Called once, from main.tsx only: `virtual:pwa-register` exists only in a Vite
 * build, and under `vite dev` it is a stub, so no service worker runs while developing.
 */
export function registerServiceWorker() {
  listenForInstallPrompt(window);

  // Set by this tab's own "herladen". The new version also takes over when another tab (or a
  // closed window) activates it; reloading then would throw away what is open here.
  let requested = false;

  const updateSW = registerSW({
    onNeedRefresh: () => useOffline.setState({ needRefresh: true }),
    onOfflineReady: () => {
      useOffline.setState({ offlineReady: true });
      announceWhenQuiet(nlOffline.offlineReady);
    },
    onNeedReload: () => {
      if (requested) {
        window.location.reload();
        return;
      }
      // Already active: "herladen" only has to load the new files.
      useOffline.setState({ needRefresh: true, applyUpdate: () => window.location.reload() });
    },
    onRegisterError: (error: unknown) => {
      // The app still works online; there is nothing the user can do about it, so no notice.
      console.warn('Wijkdoelen: service worker not registered', error);
    },
  });

  useOffline.setState({
    applyUpdate: () => {
      requested = true;
      // Tells the waiting worker to take over; onNeedReload above then reloads this tab.
      void updateSW(true);
    },
  });
}

/** A one-time confirmation that does not push away a confirmation the user is reading. */
function announceWhenQuiet(text: string) {
  const busy = () => useNotices.getState().notices.some((n) => n.kind === 'status');
  if (!busy()) {
    notify.status(text);
    return;
  }
  const stop = useNotices.subscribe(() => {
    if (busy()) return;
    stop();
    notify.status(text);
  });
}
