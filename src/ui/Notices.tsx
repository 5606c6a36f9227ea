import { useEffect } from 'react';
import { useNotices, type Notice } from './notices';

const STATUS_MS = 8000;

/**
 * Both live regions are always in the DOM so screen readers announce what is put in them.
 * Confirmations fade after a while; errors stay until closed.
 */
export function Notices({ closeLabel }: { closeLabel: string }) {
  const notices = useNotices((s) => s.notices);
  const status = notices.find((n) => n.kind === 'status');
  const alert = notices.find((n) => n.kind === 'alert');
  return (
    <div className="notices">
      <div role="alert" className={alert ? 'notice notice-alert' : 'notice-empty'}>
        {alert && <NoticeBody notice={alert} closeLabel={closeLabel} />}
      </div>
      <div role="status" className={status ? 'notice notice-status' : 'notice-empty'}>
        {status && <NoticeBody notice={status} closeLabel={closeLabel} autoDismiss />}
      </div>
    </div>
  );
}

function NoticeBody({ notice, closeLabel, autoDismiss }: { notice: Notice; closeLabel: string; autoDismiss?: boolean }) {
  const dismiss = useNotices((s) => s.dismiss);
  useEffect(() => {
    if (!autoDismiss) return;
    const t = setTimeout(() => dismiss(notice.id), notice.action ? STATUS_MS * 2 : STATUS_MS);
    return () => clearTimeout(t);
  }, [autoDismiss, dismiss, notice.id, notice.action]);
  return (
    <>
      <div className="notice-text">
        <p>{notice.text}</p>
        {notice.details && notice.details.length > 0 && (
          <ul>
            {notice.details.map((d, i) => (
              <li key={i}>{d}</li>
            ))}
          </ul>
        )}
      </div>
      <div className="notice-buttons">
        {notice.action && (
          <button
            type="button"
            className="button"
            onClick={() => {
              notice.action?.run();
              dismiss(notice.id);
            }}
          >
            {notice.action.label}
          </button>
        )}
        <button type="button" className="button button-quiet" onClick={() => dismiss(notice.id)}>
          {closeLabel}
        </button>
      </div>
    </>
  );
}
