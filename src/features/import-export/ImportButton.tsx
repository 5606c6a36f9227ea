import { useRef } from 'react';
import { nl } from '../../i18n';
import { useImportStore } from './importStore';

/** "Importeren": a real button opening the file picker (the input itself stays hidden). */
export function ImportButton({ onOpen, className = 'button' }: { onOpen: (id: string) => void; className?: string }) {
  const input = useRef<HTMLInputElement>(null);
  const importFile = useImportStore((s) => s.importFile);
  const busy = useImportStore((s) => s.busy);
  return (
    <>
      <button type="button" className={className} onClick={() => input.current?.click()} aria-busy={busy}>
        {nl.plans.import}
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json,.png,image/png"
        hidden
        tabIndex={-1}
        aria-hidden="true"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void importFile(file, onOpen);
        }}
      />
    </>
  );
}
