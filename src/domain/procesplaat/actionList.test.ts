import { describe, expect, it } from 'vitest';
import { action, deepFreeze, edges, goal, makePlan, owner } from '../plan/testPlan';
import { actionListCsv, actionRows, sortRows, type ActionRow } from './actionList';

/**
 *  g1 Schone straten ─┬─ a1 Prikacties ── o1 Buurtteam
 *                     ├─ g2 Minder afval ── a3 Afvalbakken (2025-Q1, overleg f1)
 *                     └─ a2 Éénmalige actie (2025-Q3, gereed)
 *  g3 Groen ── a4 zomerfeest (2024-Q4)
 *  a5 Los (no goal)
 */
const plan = deepFreeze(
  makePlan(
    [
      goal('g1', { title: 'Schone straten' }),
      goal('g3', { title: 'Groen' }),
      action('a5', { title: 'Los' }),
      action('a4', { title: 'zomerfeest', due: '2024-Q4' }),
      action('a3', { title: 'Afvalbakken', due: '2025-Q1', forumId: 'f1' }),
      action('a2', { title: 'Éénmalige actie', due: '2025-Q3', status: 'gereed' }),
      action('a1', { title: 'Prikacties' }),
      goal('g2', { title: 'Minder afval' }),
      owner('o1', { title: 'Buurtteam' }),
    ],
    edges('g1>a1', 'g1>g2', 'g1>a2', 'g2>a3', 'g3>a4', 'a1>o1'),
    { forums: [{ id: 'f1', name: 'Sociale tafel' }] },
  ),
);

const ids = (rows: readonly ActionRow[]) => rows.map((r) => r.id);

describe('actionRows', () => {
  it('lists every action in tree order, actions without goal last', () => {
    expect(ids(actionRows(plan))).toEqual(['a1', 'a3', 'a2', 'a4', 'a5']);
  });

  it('fills goal, owner, quarter, status and forum', () => {
    const rows = actionRows(plan);
    expect(rows[0]).toEqual({
      id: 'a1', goalId: 'g1', goalNumber: '1', goalTitle: 'Schone straten', title: 'Prikacties',
      ownerId: 'o1', ownerName: 'Buurtteam', due: '', status: 'gepland', forumId: undefined, forumName: '',
    });
    expect(rows[1]).toMatchObject({ goalId: 'g2', goalNumber: '1.1', goalTitle: 'Minder afval', due: '2025-Q1', forumId: 'f1', forumName: 'Sociale tafel' });
    expect(rows[4]).toMatchObject({ id: 'a5', goalId: undefined, goalNumber: '', goalTitle: '', ownerId: undefined, ownerName: '' });
  });

  it('a forum that no longer exists gives an empty name', () => {
    const p = makePlan([goal('g'), action('x', { forumId: 'gone' })], edges('g>x'));
    expect(actionRows(p)[0]).toMatchObject({ forumId: 'gone', forumName: '' });
  });
});

describe('sortRows', () => {
  const rows = actionRows(plan);

  it('sorts by quarter, empty quarters last in both directions', () => {
    expect(ids(sortRows(rows, 'due', 'ascending'))).toEqual(['a4', 'a3', 'a2', 'a1', 'a5']);
    expect(ids(sortRows(rows, 'due', 'descending'))).toEqual(['a2', 'a3', 'a4', 'a1', 'a5']);
  });

  it('sorts titles the Dutch way (case and accents do not push a title to the end)', () => {
    expect(ids(sortRows(rows, 'title', 'ascending'))).toEqual(['a3', 'a2', 'a5', 'a1', 'a4']);
  });

  it('sorts status in its own order and keeps ties in tree order', () => {
    expect(ids(sortRows(rows, 'status', 'ascending'))).toEqual(['a1', 'a3', 'a4', 'a5', 'a2']);
    expect(ids(sortRows(rows, 'status', 'descending'))).toEqual(['a2', 'a1', 'a3', 'a4', 'a5']);
  });

  it('sorts goals by outline number, 1.10 after 1.9', () => {
    const r = (id: string, goalNumber: string): ActionRow => ({ ...(rows[0] as ActionRow), id, goalNumber, goalTitle: 'X' });
    expect(ids(sortRows([r('a', '1.10'), r('b', '1.9'), r('c', '2'), r('d', '1')], 'goal', 'ascending'))).toEqual(['d', 'b', 'a', 'c']);
  });

  it('does not change its input', () => {
    const before = ids(rows);
    sortRows(rows, 'owner', 'descending');
    expect(ids(rows)).toEqual(before);
  });
});

describe('actionListCsv', () => {
  it('starts with a BOM and Dutch headers, uses ; and CRLF', () => {
    const csv = actionListCsv(actionRows(plan));
    expect(csv.startsWith('\uFEFFDoel;Actie;Eigenaar;Kwartaal;Status;Overleg\r\n')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines).toHaveLength(7);
    expect(lines[1]).toBe('1 Schone straten;Prikacties;Buurtteam;;Gepland;');
    expect(lines[2]).toBe('1.1 Minder afval;Afvalbakken;;2025-Q1;Gepland;Sociale tafel');
    expect(lines[3]).toBe('1 Schone straten;Éénmalige actie;;2025-Q3;Gereed;');
    expect(lines[5]).toBe(';Los;;;Gepland;');
    expect(lines[6]).toBe('');
  });

  it('quotes cells with ; " or a line break, doubling quotes', () => {
    const p = makePlan([goal('g', { title: 'A;B' }), action('x', { title: 'Zeg "hoi"\nen ga' })], edges('g>x'));
    const line = actionListCsv(actionRows(p)).split('\r\n')[1];
    expect(line).toBe('"1 A;B";"Zeg ""hoi""\nen ga";;;Gepland;');
  });

  it('guards against formula injection', () => {
    const p = makePlan(
      [goal('g', { title: 'Doel' }), action('x', { title: '=HYPERLINK("http://x")' }), action('y', { title: '+1' }), action('z', { title: '-2' }), action('w', { title: '@SUM(A1)' }), owner('o', { title: '=1+1;2' })],
      edges('g>x', 'g>y', 'g>z', 'g>w', 'x>o'),
    );
    const lines = actionListCsv(actionRows(p)).split('\r\n');
    expect(lines[1]).toBe(`1 Doel;"'=HYPERLINK(""http://x"")";"'=1+1;2";;Gepland;`);
    expect(lines[2]).toBe(`1 Doel;'+1;;;Gepland;`);
    expect(lines[3]).toBe(`1 Doel;'-2;;;Gepland;`);
    expect(lines[4]).toBe(`1 Doel;'@SUM(A1);;;Gepland;`);
  });

  it('an empty list is just the header', () => {
    expect(actionListCsv([])).toBe('\uFEFFDoel;Actie;Eigenaar;Kwartaal;Status;Overleg\r\n');
  });
});
