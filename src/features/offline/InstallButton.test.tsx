import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { InstallButton } from './InstallButton';
import { listenForInstallPrompt, useOffline } from './offlineStore';

const initial = useOffline.getState();
let stopListening: () => void;

beforeEach(() => {
  useOffline.setState(initial, true);
  stopListening = listenForInstallPrompt(window);
});
afterEach(() => {
  stopListening();
  useOffline.setState(initial, true);
});

/** What Chromium fires when the app may be installed; the test decides the user's answer. */
function fireInstallPrompt(outcome: 'accepted' | 'dismissed' = 'accepted') {
  const event = new Event('beforeinstallprompt', { cancelable: true });
  const prompt = vi.fn(() => Promise.resolve());
  Object.assign(event, { prompt, userChoice: Promise.resolve({ outcome, platform: 'web' }) });
  act(() => {
    window.dispatchEvent(event);
  });
  return { event, prompt };
}

const installButton = () => screen.queryByRole('button', { name: 'Installeren' });

describe('InstallButton', () => {
  it('is absent while the browser has not offered to install', () => {
    render(<InstallButton />);
    expect(installButton()).not.toBeInTheDocument();
  });

  it('appears after beforeinstallprompt, which it keeps from showing the browser\'s own offer', () => {
    render(<InstallButton />);
    const { event, prompt } = fireInstallPrompt();
    expect(event.defaultPrevented).toBe(true);
    expect(installButton()).toBeVisible();
    expect(prompt).not.toHaveBeenCalled();
  });

  it('a click opens the browser\'s install prompt once, and the button goes after the answer', async () => {
    const user = userEvent.setup();
    render(<InstallButton />);
    const { prompt } = fireInstallPrompt('dismissed');

    await user.click(installButton() as HTMLElement);

    expect(prompt).toHaveBeenCalledTimes(1);
    expect(installButton()).not.toBeInTheDocument();
  });

  it('goes when the app is installed some other way', () => {
    render(<InstallButton />);
    fireInstallPrompt();
    act(() => {
      window.dispatchEvent(new Event('appinstalled'));
    });
    expect(installButton()).not.toBeInTheDocument();
  });
});
