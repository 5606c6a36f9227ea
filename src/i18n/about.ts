// Dutch strings of the Privacy and Toegankelijkheid pages (routes #/privacy and #/toegankelijkheid).

export const nlAbout = {
  footerLabel: 'Over Wijkdoelen',
  backToPlans: 'Mijn plannen',

  privacy: {
    heading: 'Privacy',
    link: 'Privacy',
    intro: 'Wijkdoelen werkt helemaal in uw eigen browser. Wat u invult, blijft op deze computer.',
    sections: [
      {
        heading: 'Waar uw plannen staan',
        paragraphs: [
          'Uw plannen worden alleen bewaard in de opslag van deze browser op deze computer (IndexedDB). Er is geen server die uw plannen ontvangt of bewaart.',
          'Wijkdoelen stuurt niets naar internet: geen plannen, geen namen, geen bezoekgegevens. Er zijn geen cookies, geen statistieken en geen meetcodes van anderen.',
          'Een andere browser, een andere computer of een privévenster ziet uw plannen niet.',
        ],
      },
      {
        heading: 'Browsergegevens wissen',
        paragraphs: [
          'Als u de browsergegevens van deze website wist (bijvoorbeeld "Cookies en andere sitegegevens" of "Websitegegevens"), zijn al uw plannen in deze browser weg. Wijkdoelen kan ze dan niet terughalen.',
          'Ook een beheerder of een opruimprogramma kan deze gegevens wissen. Maak daarom regelmatig een reservekopie.',
        ],
      },
      {
        heading: 'Een reservekopie maken',
        paragraphs: [
          'Kies bij een plan "Exporteren als JSON". U krijgt dan een doelenboom-bestand met het hele plan. Bewaar dat bestand op een veilige plek, bijvoorbeeld op een schijf van de gemeente.',
          'Een afbeelding die u maakt met "Exporteren als PNG" bevat ook het hele plan. U kunt zo\'n afbeelding later weer importeren.',
          'Met "Importeren" zet u een bestand terug in Wijkdoelen.',
        ],
      },
      {
        heading: 'Een plan delen',
        paragraphs: [
          'Delen gaat altijd met een bestand: exporteer het plan en stuur het bestand zelf door, bijvoorbeeld per e-mail of via een gedeelde map. De ontvanger importeert het in de eigen browser.',
          'Let op: het bestand bevat alles wat in het plan staat, ook namen van eigenaren en aantekeningen. Deel het alleen met wie het mag zien.',
        ],
      },
    ],
  },

  toegankelijkheid: {
    heading: 'Toegankelijkheid',
    link: 'Toegankelijkheid',
    intro: 'Wij willen dat iedereen Wijkdoelen kan gebruiken. Wijkdoelen streeft naar de norm WCAG 2.1, niveau AA.',
    sections: [
      {
        heading: 'Werken met het toetsenbord',
        paragraphs: [
          'Alle functies werken met het toetsenbord. Met Tab gaat u naar de volgende knop of het volgende veld. Een zichtbare rand laat zien waar u bent.',
          'Onder "Sneltoetsen" in het plan staat een overzicht van alle toetsen, bijvoorbeeld voor toevoegen, verwijderen, ongedaan maken en door de doelenboom bewegen.',
        ],
      },
      {
        heading: 'De doelenboom als lijst',
        paragraphs: [
          'De doelenboom is een tekening. Met de weergave "Lijst" ziet u dezelfde doelenboom als een lijst met inspringingen. Die lijst is gemaakt voor schermlezers en voor wie liever met het toetsenbord werkt. Kies een onderdeel in de lijst om het te bekijken en te bewerken, net als in de tekening.',
        ],
      },
      {
        heading: 'Wat nog niet goed werkt',
        paragraphs: [
          'De tekening zelf is voor een schermlezer lastig te volgen. Gebruik daarvoor de weergave "Lijst".',
          'Een afbeelding (PNG) van de doelenboom heeft geen tekstalternatief. Gebruik voor een toegankelijke versie het JSON-bestand of de lijst.',
          'Bij een heel groot plan kan de tekening traag reageren. De lijst blijft dan bruikbaar.',
        ],
      },
      {
        heading: 'Een probleem melden',
        paragraphs: [
          'Loopt u tegen een probleem aan met de toegankelijkheid van Wijkdoelen? Laat het ons weten via [contactgegevens van de gemeente invullen]. Vertel wat u deed, welk scherm het was en welke browser of hulpmiddelen u gebruikt. Wij reageren binnen [termijn invullen].',
        ],
      },
    ],
  },
};
