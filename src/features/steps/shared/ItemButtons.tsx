import type { Ref } from 'react';
import { nlSteps } from '../../../i18n';

const c = nlSteps.common;

/**
 * "Bewerken" and "Verwijderen" for one item of a list. The visible text is the same on every
 * row; a hidden suffix names the item, so each button has its own accessible name.
 */
export function ItemButtons({ about, onEdit, onDelete, editRef }: { about: string; onEdit: () => void; onDelete: () => void; editRef?: Ref<HTMLButtonElement> }) {
  return (
    <>
      <button type="button" className="button button-small" onClick={onEdit} ref={editRef}>
        {c.edit}
        <span className="visually-hidden">{c.about(about)}</span>
      </button>
      <button type="button" className="button button-small button-danger" onClick={onDelete}>
        {c.delete}
        <span className="visually-hidden">{c.about(about)}</span>
      </button>
    </>
  );
}

/** "Opslaan" and "Annuleren" under an edit form. */
export function EditButtons({ onCancel }: { onCancel: () => void }) {
  return (
    <div className="step-edit-buttons">
      <button type="submit" className="button button-small button-primary">
        {c.save}
      </button>
      <button type="button" className="button button-small" onClick={onCancel}>
        {c.cancel}
      </button>
    </div>
  );
}
