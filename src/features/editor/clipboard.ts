import { parse, serialize } from '../../domain/file';
import { extractBranch, pasteBranch } from '../../domain/plan/fragment';
import { nlEditor } from '../../i18n';
import { usePlanStore } from '../../state/planStore';
import { useSession } from '../../state/sessionStore';
import { notify } from '../../ui/notices';
import { isTextField } from './keys';

// The last copy of this tab, for browsers that keep the system clipboard from us.
let lastCopied = '';

/** Ctrl+C: the selected branches as a doelenboom file on the clipboard (so other plans and tabs can paste it). */
export function onCopy(e: ClipboardEvent): void {
  if (isTextField(e.target) || (window.getSelection()?.toString() ?? '') !== '') return;
  const plan = usePlanStore.getState().plan;
  const ids = useSession.getState().selection;
  if (!plan || ids.length === 0) return;
  const branch = extractBranch(plan, ids, plan.title);
  lastCopied = serialize(branch);
  e.clipboardData?.setData('text/plain', lastCopied);
  e.preventDefault();
  notify.status(nlEditor.copied(branch.nodes.length));
}

/** Ctrl+V: a copied branch, validated like any import, under the selected node where allowed. */
export function onPaste(e: ClipboardEvent): void {
  if (isTextField(e.target)) return;
  const text = e.clipboardData?.getData('text/plain') || lastCopied;
  const plan = usePlanStore.getState().plan;
  if (!plan) return;
  e.preventDefault();
  const read = text ? parse(text) : null;
  if (!read || !read.ok) {
    notify.status(nlEditor.nothingToPaste);
    return;
  }
  const target = useSession.getState().selection.at(-1);
  let pasted: string[] = [];
  usePlanStore.getState().change((p) => {
    const result = pasteBranch(p, read.plan, target);
    pasted = result.ids;
    return result.plan;
  });
  if (pasted.length === 0) return;
  const s = useSession.getState();
  s.select(pasted);
  s.reveal(pasted[0] ?? '');
  notify.status(nlEditor.pasted(pasted.length));
}
