import { useId, useState } from 'react';
import { nl, nlBackup } from '../../i18n';
import { Dialog } from '../../ui/Dialog';
import type { RestoreChoice, RestoreItem } from './backupCommands';

interface Props {
  item: RestoreItem;
  /** 1-based place of this plan among the plans of the back-up that exist already. */
  position: number;
  total: number;
  onChoose: (choice: RestoreChoice, toRest: boolean) => void;
  onCancel: () => void;
}

/**
 * Asks, for one plan of the back-up that is stored already, to replace it or keep both. Stays
 * open from one plan to the next (focus stays on the button just used; the new question is
 * announced), and returns focus to where it was when it closes.
 */
export function RestoreDialog({ item, position, total, onChoose, onCancel }: Props) {
  // Once checked, the choice decides every plan left and the dialog closes: it never carries over.
  const [toRest, setToRest] = useState(false);
  const checkId = useId();
  const rest = total - position;
  return (
    <Dialog title={nlBackup.conflictTitle} onClose={onCancel}>
      <div aria-live="polite">
        <p>{nlBackup.conflictText(item.plan.title, item.existingTitle ?? '')}</p>
        {total > 1 && <p className="hint">{nlBackup.conflictProgress(position, total)}</p>}
      </div>
      {rest > 0 && (
        <div className="restore-apply-all">
          <input id={checkId} type="checkbox" checked={toRest} onChange={(e) => setToRest(e.target.checked)} />
          <label htmlFor={checkId}>{nlBackup.applyToRest(rest)}</label>
        </div>
      )}
      <div className="dialog-buttons">
        <button type="button" className="button button-primary" onClick={() => onChoose('keep-both', toRest)}>
          {nl.importing.keepBoth}
        </button>
        <button type="button" className="button" onClick={() => onChoose('replace', toRest)}>
          {nl.importing.replace}
        </button>
        <button type="button" className="button button-quiet" onClick={onCancel}>
          {nl.cancel}
        </button>
      </div>
    </Dialog>
  );
}
