import { useRef, useState } from 'react';
import { nlEditor } from '../../i18n';
import { usePlanStore } from '../../state/planStore';
import { useSession } from '../../state/sessionStore';
import { notify } from '../../ui/notices';

function fold(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/** Search by title: Enter jumps to the next match, selects it and brings it into view. */
export function SearchBox() {
  const [query, setQuery] = useState('');
  const at = useRef(-1);

  function next() {
    const plan = usePlanStore.getState().plan;
    const q = fold(query.trim());
    if (!plan || !q) return;
    const hits = plan.nodes.filter((n) => fold(n.title).includes(q));
    if (hits.length === 0) {
      notify.status(nlEditor.searchNone(query.trim()));
      return;
    }
    at.current = (at.current + 1) % hits.length;
    const hit = hits[at.current];
    if (!hit) return;
    const s = useSession.getState();
    // A hit inside a collapsed branch opens that branch.
    for (const goalId of s.collapsed[plan.id] ?? []) s.setCollapsed(plan.id, goalId, false);
    s.select([hit.id]);
    s.reveal(hit.id);
    notify.status(nlEditor.searchHit(at.current + 1, hits.length, hit.title));
  }

  return (
    <form
      role="search"
      className="search"
      onSubmit={(e) => {
        e.preventDefault();
        next();
      }}
    >
      <label htmlFor="node-search" className="visually-hidden">
        {nlEditor.search}
      </label>
      <input
        id="node-search"
        type="search"
        placeholder={nlEditor.searchPlaceholder}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          at.current = -1;
        }}
      />
      <button type="submit" className="button button-small">
        {nlEditor.search}
      </button>
    </form>
  );
}
