// Dutch words of the image exports (PNG, SVG) and of reading a doelenboom back from a PNG.

export const nlShare = {
  exportPng: 'Exporteren als PNG',
  exportSvg: 'Exporteren als SVG',

  // Reading a PNG (Importeren).
  noDoelenboomInPng:
    'Deze afbeelding bevat geen doelenboom. Alleen PNG-bestanden die met Wijkdoelen zijn geëxporteerd kunnen worden geïmporteerd.',
  corruptPng:
    'Deze PNG-afbeelding is beschadigd: de doelenboom erin kan niet worden gelezen. Exporteer het plan opnieuw als PNG of gebruik het JSON-bestand.',
  unreadablePngText:
    'De doelenboom in deze PNG-afbeelding kan niet worden gelezen. Exporteer het plan opnieuw als PNG of gebruik het JSON-bestand.',

  // Making an image.
  tooBig:
    'De doelenboom is te groot voor één afbeelding. Exporteer het plan als JSON of als webpagina, of klap takken in en probeer het opnieuw.',
  emptyTree: 'De doelenboom heeft nog geen doelen, acties of eigenaren: er is nog niets om af te beelden.',
  emptyImage:
    'De afbeelding bleef leeg; er is niets gedownload. Probeer het opnieuw, of exporteer het plan als JSON.',
  failed: 'De afbeelding kon niet worden gemaakt; er is niets gedownload. Probeer het opnieuw, of exporteer het plan als JSON.',
  working: 'De afbeelding wordt gemaakt.',
  downloaded: (fileName: string) => `${fileName} is gedownload.`,

  // Header and legend drawn around the tree.
  wijk: (wijk: string) => `Wijk: ${wijk}`,
  period: (period: string) => `Periode: ${period}`,
  date: (date: string) => `Datum: ${date}`,
  legend: 'Legenda',
  folded: (n: number) =>
    n === 1
      ? 'Eén tak is ingeklapt: wat daaronder hangt staat niet in deze afbeelding.'
      : `${n} takken zijn ingeklapt: wat daaronder hangt staat niet in deze afbeelding.`,
  madeWith: 'Gemaakt met Wijkdoelen',
} as const;
