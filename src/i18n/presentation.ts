// Dutch strings of "Presenteren": the presentation mode for a beamer (scenarios.md, journey 2).

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const nlPresentation = {
  /** The UI word of the button that opens the mode (ui-words.md). */
  present: 'Presenteren',
  dialogLabel: (title: string) => `Presentatie: ${title}`,
  /** Counter "2 / 5": the position among the stops. */
  counter: (at: number, total: number) => `${at} / ${total}`,
  goalLabel: (number: string, at: number, total: number) => `Doel ${number || at} van ${total}`,
  wholeTree: 'Het hele plan',
  wholeTreeSummary: (goals: number, actions: number, owners: number) =>
    [plural(goals, 'doel', 'doelen'), plural(actions, 'actie', 'acties'), plural(owners, 'eigenaar', 'eigenaren')].join(' · '),
  empty: 'Dit plan heeft nog geen doelen.',
  previous: 'Vorige',
  next: 'Volgende',
  add: 'Toevoegen',
  close: 'Stoppen',
  keysHint: 'Pijltjes of klikker: bladeren · N: toevoegen · Esc: stoppen',

  capture: {
    legend: (goal: string) => `Toevoegen bij: ${goal}`,
    legendNoGoal: 'Toevoegen aan het plan',
    kindLabel: 'Soort',
    signal: 'Signaal',
    action: 'Actie',
    signalField: 'Nieuw signaal van bewoners',
    actionField: 'Nieuwe actie',
    hint: 'Enter: opslaan · Tab: signaal of actie · Esc: annuleren',
    needGoal: 'Een actie hoort bij een doel: blader eerst naar een doel.',
    empty: 'Typ eerst een tekst.',
    /** The goal is the one in the caption; the message stays short enough for one line. */
    addedSignal: (text: string, cited: boolean) => (cited ? `Signaal toegevoegd bij dit doel: ${text}` : `Signaal toegevoegd: ${text}`),
    addedAction: (text: string) => `Actie toegevoegd: ${text}`,
    failed: (reason: string) => `Niet toegevoegd: ${reason}.`,
  },
} as const;
