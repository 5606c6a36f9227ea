import { nl } from '../../i18n';
import { usePlanStore } from '../../state/planStore';

/** Where the open plan stands with IndexedDB; a failure or a clash with another tab is an alert with a way out. */
export function SaveStatus() {
  const saveState = usePlanStore((s) => s.saveState);
  const conflict = usePlanStore((s) => s.conflict);
  const retrySave = usePlanStore((s) => s.retrySave);
  const keepTheirs = usePlanStore((s) => s.keepTheirs);
  const keepMine = usePlanStore((s) => s.keepMine);

  if (conflict) {
    return (
      <div role="alert" className="save-problem">
        <p>{nl.save.conflict}</p>
        <div className="save-problem-buttons">
          <button type="button" className="button" onClick={() => void keepTheirs()}>
            {nl.save.keepTheirs}
          </button>
          <button type="button" className="button" onClick={() => void keepMine()}>
            {nl.save.keepMine}
          </button>
        </div>
      </div>
    );
  }
  if (saveState.kind === 'failed') {
    return (
      <div role="alert" className="save-problem">
        <p>{nl.save.failed(saveState.problem)}</p>
        <button type="button" className="button" onClick={() => void retrySave()}>
          {nl.save.retry}
        </button>
      </div>
    );
  }
  const text = saveState.kind === 'saved' ? nl.save.saved : saveState.kind === 'saving' ? nl.save.saving : nl.save.pending;
  return (
    <p className="save-state" data-state={saveState.kind}>
      <span aria-hidden="true">{saveState.kind === 'saved' ? '✓ ' : '… '}</span>
      {text}
    </p>
  );
}
