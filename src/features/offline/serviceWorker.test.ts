import type { RegisterSWOptions } from 'vite-plugin-pwa/types';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useNotices } from '../../ui/notices';
import { useOffline } from './offlineStore';

// The registration's decisions, with the Vite-only module replaced by a recording fake.
const fake = vi.hoisted(() => ({ options: undefined as RegisterSWOptions | undefined, updateSW: undefined as unknown }));
vi.mock('virtual:pwa-register', () => ({
  registerSW: (options: RegisterSWOptions) => {
    fake.options = options;
    return fake.updateSW;
  },
}));

const { registerServiceWorker } = await import('./serviceWorker');

const initial = useOffline.getState();
let reload: ReturnType<typeof vi.fn>;

beforeEach(() => {
  useOffline.setState(initial, true);
  useNotices.getState().clear();
  fake.updateSW = vi.fn(() => Promise.resolve());
  reload = vi.fn();
  vi.stubGlobal('location', { ...window.location, reload });
  registerServiceWorker();
});
afterEach(() => {
  vi.unstubAllGlobals();
  useOffline.setState(initial, true);
});

const statusTexts = () => useNotices.getState().notices.filter((n) => n.kind === 'status').map((n) => n.text);

describe('registerServiceWorker', () => {
  it('a waiting version only sets needRefresh: nothing is applied or reloaded', () => {
    fake.options?.onNeedRefresh?.();
    expect(useOffline.getState().needRefresh).toBe(true);
    expect(fake.updateSW).not.toHaveBeenCalled();
    expect(reload).not.toHaveBeenCalled();
  });

  it('update() asks the waiting version to take over, and reloads once it has', () => {
    fake.options?.onNeedRefresh?.();
    useOffline.getState().update();
    expect(fake.updateSW).toHaveBeenCalledTimes(1);
    expect(fake.updateSW).toHaveBeenCalledWith(true);
    fake.options?.onNeedReload?.();
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('a version activated from another tab does not reload this one; "herladen" still can', () => {
    fake.options?.onNeedRefresh?.();
    fake.options?.onNeedReload?.();
    expect(reload).not.toHaveBeenCalled();
    expect(useOffline.getState().needRefresh).toBe(true);

    useOffline.getState().update();
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('offline-ready is said once, after a confirmation the user is reading', () => {
    useNotices.getState().show({ kind: 'status', text: 'Plan opgeslagen.' });
    fake.options?.onOfflineReady?.();
    expect(useOffline.getState().offlineReady).toBe(true);
    expect(statusTexts()).toEqual(['Plan opgeslagen.']);

    const shown = useNotices.getState().notices[0];
    if (shown) useNotices.getState().dismiss(shown.id);
    expect(statusTexts()).toEqual(['De app werkt nu ook zonder internet.']);

    useNotices.getState().clear();
    useNotices.getState().show({ kind: 'status', text: 'Iets anders.' });
    expect(statusTexts()).toEqual(['Iets anders.']);
  });
});
