import { useId } from 'react';
import { goalsCitingInput, inputsWithoutGoal, onderbouwingOf } from '../../../domain/procesplaat/traceability';
import { graphIndex } from '../../../domain/plan/rules';
import type { Goal, Plan } from '../../../domain/plan/types';
import { nlProgress } from '../../../i18n';
import { useSession } from '../../../state/sessionStore';
import '../progress.css';

const t = nlProgress.doelen;

/**
 * Side panel of the Doelen step: the onderbouwing of the selected goal, or, with no goal
 * selected, the signals no goal rests on yet.
 */
export function DoelenPanel({ plan }: { plan: Plan }) {
  const selection = useSession((s) => s.selection);
  const selectedId = selection.length === 1 ? selection[0] : undefined;
  const node = selectedId === undefined ? undefined : graphIndex(plan).node(selectedId);
  return (
    <aside className="doelen-panel" aria-label={t.heading}>
      {node?.kind === 'goal' ? (
        <Onderbouwing plan={plan} goal={node} />
      ) : (
        <>
          <UnusedSignals plan={plan} />
          <TracedSignals plan={plan} />
        </>
      )}
    </aside>
  );
}

function Onderbouwing({ plan, goal }: { plan: Plan; goal: Goal }) {
  const { inputs, policies } = onderbouwingOf(plan, goal.id);
  const character = plan.inputs.filter((i) => i.source === 'karakter' && !inputs.includes(i));
  return (
    <>
      <h2>{t.of(goal.title)}</h2>
      {inputs.length === 0 && policies.length === 0 && <p className="hint">{t.nothing}</p>}
      <h3>{t.inputs}</h3>
      {inputs.length === 0 ? (
        <p className="hint">{t.noInputs}</p>
      ) : (
        <ul className="source-list">
          {inputs.map((i) => (
            <li key={i.id}>
              {i.text} <span className="tag">{t.sources[i.source]}</span>
            </li>
          ))}
        </ul>
      )}
      <h3>{t.policies}</h3>
      {policies.length === 0 ? (
        <p className="hint">{t.noPolicies}</p>
      ) : (
        <ul className="source-list">
          {policies.map((p) => (
            <li key={p.id}>
              <strong>{p.programme}</strong>: {p.goal}
            </li>
          ))}
        </ul>
      )}
      {character.length > 0 && (
        <>
          <h3>{t.character}</h3>
          <p className="hint">{t.characterHint}</p>
          <ul className="source-list">
            {character.map((i) => (
              <li key={i.id}>{i.text}</li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

function UnusedSignals({ plan }: { plan: Plan }) {
  const unused = inputsWithoutGoal(plan);
  const baseId = useId();
  // No goal cites these by definition: each is listed as it is, with one hint on what to do.
  return (
    <section aria-labelledby={`${baseId}-unused`}>
      <h2 id={`${baseId}-unused`}>{t.unusedHeading}</h2>
      <p className="hint">{t.unusedIntro}</p>
      {unused.length === 0 ? (
        <p>{t.noUnused}</p>
      ) : (
        <>
          <ul className="source-list">
            {unused.map((input) => (
              <li key={input.id}>
                {input.text} <span className="tag">{t.sources[input.source]}</span>
              </li>
            ))}
          </ul>
          <p className="hint">{t.makeGoalHint}</p>
        </>
      )}
    </section>
  );
}

/** Every signal with the goals that cite it; choosing one selects those goals in the tree. */
function TracedSignals({ plan }: { plan: Plan }) {
  const cited = plan.inputs.filter((i) => i.source !== 'karakter').map((input) => ({ input, goals: goalsCitingInput(plan, input.id) })).filter((c) => c.goals.length > 0);
  const headingId = useId();
  if (cited.length === 0) return null;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t.tracedHeading}</h2>
      <p className="hint">{t.tracedIntro}</p>
      <ul className="source-list">
        {cited.map(({ input, goals }) => (
          <li key={input.id}>
            <button
              type="button"
              className="link-button"
              onClick={() => {
                const s = useSession.getState();
                s.select(goals.map((g) => g.id));
                s.reveal(goals[0]?.id ?? '');
              }}
            >
              {input.text}
            </button>{' '}
            <span className="tag">{t.tracedCount(goals.length)}</span>
            <ul>
              {goals.map((g) => (
                <li key={g.id}>{g.title}</li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
