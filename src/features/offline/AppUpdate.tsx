import { useState, type ReactNode } from 'react';
import { nlOffline } from '../../i18n';
import { useOffline } from './offlineStore';

/**
 * Tells that a new version is waiting, and lets the user choose the moment to switch: a reload
 * in the middle of typing would be a surprise, so only the button applies it. "Later" hides the
 * notice; the new version then starts the next time Wijkdoelen is opened.
 *
 * The status element is always in the DOM, so screen readers announce the notice when it appears.
 * `children` (e.g. "Installeren") share the corner, so two floating things never overlap.
 */
export function AppUpdate({ children }: { children?: ReactNode }) {
  const needRefresh = useOffline((s) => s.needRefresh);
  const update = useOffline((s) => s.update);
  const [later, setLater] = useState(false);
  const shown = needRefresh && !later;

  return (
    <div className="offline-corner">
      <div className={shown ? 'app-update' : 'app-update-empty'}>
        <p role="status" aria-live="polite" className="app-update-text">
          {shown && (
            <>
              <span id="app-update-label">{nlOffline.updateAvailable}</span>{' '}
              <button type="button" className="button button-primary button-small" aria-describedby="app-update-label" onClick={() => update()}>
                {nlOffline.reload}
              </button>
            </>
          )}
        </p>
        {shown && (
          <button type="button" className="button button-quiet button-small" onClick={() => setLater(true)}>
            {nlOffline.later}
          </button>
        )}
      </div>
      {children}
    </div>
  );
}
