import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * Edit-in-place state of one list item. When the edit form closes (saved or cancelled),
 * focus returns to the item's "Bewerken" button, so a keyboard user keeps their place.
 */
export function useEditing() {
  const [editing, setEditing] = useState(false);
  const editRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  useEffect(() => {
    if (!editing && returnFocus.current) {
      returnFocus.current = false;
      editRef.current?.focus();
    }
  }, [editing]);
  const open = useCallback(() => setEditing(true), []);
  const close = useCallback(() => {
    returnFocus.current = true;
    setEditing(false);
  }, []);
  return { editing, open, close, editRef };
}
