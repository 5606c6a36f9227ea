import { nl, nlShortcuts } from '../../i18n';
import { Dialog } from '../../ui/Dialog';

export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  return (
    <Dialog title={nlShortcuts.heading} onClose={onClose}>
      <p>{nlShortcuts.intro}</p>
      <table className="shortcuts">
        <tbody>
          {nlShortcuts.rows.map(([keys, what]) => (
            <tr key={keys}>
              <th scope="row">
                <kbd>{keys}</kbd>
              </th>
              <td>{what}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="dialog-buttons">
        <button type="button" className="button button-primary" onClick={onClose} autoFocus>
          {nl.close}
        </button>
      </div>
    </Dialog>
  );
}
