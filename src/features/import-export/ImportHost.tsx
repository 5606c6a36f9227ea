import { useEffect, useState } from 'react';
import { nl } from '../../i18n';
import { Dialog } from '../../ui/Dialog';
import { useImportStore } from './importStore';

function hasFiles(e: DragEvent): boolean {
  return Array.from(e.dataTransfer?.types ?? []).includes('Files');
}

/** Mounted once: a file dropped anywhere on the window is imported; asks on an id clash. */
export function ImportHost({ onOpen }: { onOpen: (id: string) => void }) {
  const conflict = useImportStore((s) => s.conflict);
  const resolve = useImportStore((s) => s.resolve);
  const importFile = useImportStore((s) => s.importFile);
  const [dragging, setDragging] = useState(false);

  useEffect(() => {
    let depth = 0;
    const enter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth++;
      setDragging(true);
    };
    const leave = () => {
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const over = (e: DragEvent) => {
      if (hasFiles(e)) e.preventDefault();
    };
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth = 0;
      setDragging(false);
      const file = e.dataTransfer?.files[0];
      if (file) void importFile(file, onOpen);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragleave', leave);
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, [importFile, onOpen]);

  return (
    <>
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          <p>{nl.plans.dropOverlay}</p>
        </div>
      )}
      {conflict && (
        <Dialog title={nl.importing.conflictTitle} onClose={() => void resolve('cancel', onOpen)}>
          <p>{nl.importing.conflictText(conflict.existingTitle)}</p>
          <div className="dialog-buttons">
            <button type="button" className="button button-primary" onClick={() => void resolve('keep-both', onOpen)}>
              {nl.importing.keepBoth}
            </button>
            <button type="button" className="button" onClick={() => void resolve('replace', onOpen)}>
              {nl.importing.replace}
            </button>
            <button type="button" className="button button-quiet" onClick={() => void resolve('cancel', onOpen)}>
              {nl.cancel}
            </button>
          </div>
        </Dialog>
      )}
    </>
  );
}
