import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppUpdate } from './AppUpdate';
import { useOffline } from './offlineStore';

const initial = useOffline.getState();
const notice = () => screen.getByRole('status');

beforeEach(() => {
  useOffline.setState(initial, true);
});
afterEach(() => {
  useOffline.setState(initial, true);
});

describe('AppUpdate', () => {
  it('shows nothing while no new version waits, but keeps its live region ready', () => {
    render(<AppUpdate />);
    expect(notice()).toBeEmptyDOMElement();
    expect(notice()).toHaveAttribute('aria-live', 'polite');
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('shows "Nieuwe versie beschikbaar — herladen" when a new version waits, and never updates by itself', () => {
    const applyUpdate = vi.fn();
    useOffline.setState({ applyUpdate });
    render(<AppUpdate />);

    act(() => useOffline.setState({ needRefresh: true }));

    expect(notice()).toHaveTextContent(/^Nieuwe versie beschikbaar — herladen$/);
    expect(screen.getByRole('button', { name: 'herladen' })).toHaveAccessibleDescription('Nieuwe versie beschikbaar —');
    expect(applyUpdate).not.toHaveBeenCalled();
  });

  it('"herladen" applies the update once per click', async () => {
    const applyUpdate = vi.fn();
    useOffline.setState({ needRefresh: true, applyUpdate });
    const user = userEvent.setup();
    render(<AppUpdate />);

    await user.click(screen.getByRole('button', { name: 'herladen' }));

    expect(applyUpdate).toHaveBeenCalledTimes(1);
  });

  it('"Later" hides the notice without updating', async () => {
    const applyUpdate = vi.fn();
    useOffline.setState({ needRefresh: true, applyUpdate });
    const user = userEvent.setup();
    render(<AppUpdate />);

    await user.click(screen.getByRole('button', { name: 'Later' }));

    expect(notice()).toBeEmptyDOMElement();
    expect(applyUpdate).not.toHaveBeenCalled();
  });

  it('offline-ready alone shows no update notice', () => {
    useOffline.setState({ offlineReady: true });
    render(<AppUpdate />);
    expect(notice()).toBeEmptyDOMElement();
  });
});
