import { create } from 'zustand';

/** Chromium's install offer; not in TypeScript's DOM types. */
export interface BeforeInstallPromptEvent extends Event {
  prompt(): Promise<unknown>;
  readonly userChoice: Promise<{ outcome: 'accepted' | 'dismissed'; platform: string }>;
}

interface OfflineState {
  /** A new version is installed and waiting for the user to reload. */
  needRefresh: boolean;
  /** The whole app is cached: it now opens without internet. */
  offlineReady: boolean;
  /** The browser's install offer, kept until the user answers it (it can be used once). */
  installPrompt: BeforeInstallPromptEvent | null;
  /** Set by the registration (serviceWorker.ts); null where there is no service worker, as in tests. */
  applyUpdate: (() => void) | null;
  update(): void;
  install(): Promise<void>;
}

/**
 * Kept apart from the registration so the UI (and every test that renders it) never loads
 * `virtual:pwa-register`, which exists only inside a Vite build.
 */
export const useOffline = create<OfflineState>()((set, get) => ({
  needRefresh: false,
  offlineReady: false,
  installPrompt: null,
  applyUpdate: null,
  update() {
    get().applyUpdate?.();
  },
  async install() {
    const event = get().installPrompt;
    if (!event) return;
    try {
      await event.prompt();
      await event.userChoice;
    } finally {
      // Whatever the answer, the event is spent; the browser offers again when it sees fit.
      set({ installPrompt: null });
    }
  },
}));

/**
 * Keeps the browser's install offer for our own "Installeren" button instead of its mini-infobar.
 * Call early: Chromium fires the event once, soon after load. Returns a function that stops listening.
 */
export function listenForInstallPrompt(target: Window = window): () => void {
  const onPrompt = (event: Event) => {
    event.preventDefault();
    useOffline.setState({ installPrompt: event as BeforeInstallPromptEvent });
  };
  const onInstalled = () => useOffline.setState({ installPrompt: null });
  target.addEventListener('beforeinstallprompt', onPrompt);
  target.addEventListener('appinstalled', onInstalled);
  return () => {
    target.removeEventListener('beforeinstallprompt', onPrompt);
    target.removeEventListener('appinstalled', onInstalled);
  };
}
