/** Name pools for the seed: the demo's users sell in Finland, Denmark, Sweden and Poland. */

export type Country = 'FI' | 'DK' | 'SE' | 'PL';

export interface NamePool {
  female: string[];
  male: string[];
  /** Polish surnames change with gender: [male, female]. Others use the same form twice. */
  surnames: Array<[string, string]>;
  phonePrefix: string;
}

const same = (names: string[]): Array<[string, string]> => names.map((n) => [n, n]);

export const NAMES: Record<Country, NamePool> = {
  FI: {
    female: ['Ella', 'Aino', 'Sanna', 'Johanna', 'Laura', 'Minna', 'Riikka', 'Heidi', 'Tiina', 'Noora', 'Satu', 'Päivi'],
    male: ['Mikko', 'Juha', 'Antti', 'Ville', 'Janne', 'Jukka', 'Teemu', 'Lauri', 'Sami', 'Tuomas', 'Eero', 'Matti'],
    surnames: same(['Virtanen', 'Korhonen', 'Mäkinen', 'Nieminen', 'Hämäläinen', 'Laine', 'Heikkinen', 'Koskinen', 'Järvinen', 'Lehtonen', 'Salonen', 'Rantanen', 'Turunen', 'Kallio']),
    phonePrefix: '+358 40',
  },
  DK: {
    female: ['Freja', 'Ida', 'Mette', 'Camilla', 'Sofie', 'Line', 'Maja', 'Signe', 'Anne', 'Louise'],
    male: ['Mads', 'Rasmus', 'Søren', 'Anders', 'Frederik', 'Jesper', 'Kasper', 'Mikkel', 'Niels', 'Lars'],
    surnames: same(['Jensen', 'Nielsen', 'Hansen', 'Pedersen', 'Andersen', 'Christensen', 'Larsen', 'Sørensen', 'Rasmussen', 'Jørgensen', 'Madsen', 'Kjær']),
    phonePrefix: '+45 2',
  },
  SE: {
    female: ['Elin', 'Maja', 'Karin', 'Linnea', 'Sara', 'Emma', 'Ingrid', 'Malin', 'Sofia', 'Astrid'],
    male: ['Erik', 'Johan', 'Oskar', 'Lars', 'Magnus', 'Henrik', 'Gustav', 'Fredrik', 'Nils', 'Viktor'],
    surnames: same(['Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Lindqvist', 'Lindström', 'Bergström', 'Svensson', 'Åberg', 'Holm', 'Sjöberg']),
    phonePrefix: '+46 70',
  },
  PL: {
    female: ['Anna', 'Katarzyna', 'Magdalena', 'Agnieszka', 'Joanna', 'Aleksandra', 'Małgorzata', 'Zofia', 'Ewa', 'Natalia'],
    male: ['Piotr', 'Tomasz', 'Paweł', 'Michał', 'Krzysztof', 'Marcin', 'Łukasz', 'Jakub', 'Grzegorz', 'Wojciech'],
    surnames: [
      ['Nowak', 'Nowak'], ['Kowalski', 'Kowalska'], ['Wiśniewski', 'Wiśniewska'], ['Wójcik', 'Wójcik'],
      ['Kamiński', 'Kamińska'], ['Lewandowski', 'Lewandowska'], ['Zieliński', 'Zielińska'], ['Szymański', 'Szymańska'],
      ['Dąbrowski', 'Dąbrowska'], ['Kozłowski', 'Kozłowska'], ['Mazur', 'Mazur'], ['Krawczyk', 'Krawczyk'],
    ],
    phonePrefix: '+48 60',
  },
};

/** Hand-written so the list page reads like a real book of business. */
export const COMPANIES: Array<{name: string; domain: string; country: Country; city: string; industry: string}> = [
  {name: 'Kallio Systems Oy', domain: 'kalliosystems.fi', country: 'FI', city: 'Helsinki', industry: 'Software'},
  {name: 'Revontuli Energy Oy', domain: 'revontulienergy.fi', country: 'FI', city: 'Oulu', industry: 'Energy'},
  {name: 'Saimaa Logistics Oy', domain: 'saimaalogistics.fi', country: 'FI', city: 'Lappeenranta', industry: 'Logistics'},
  {name: 'Tampere Robotics Oy', domain: 'tampererobotics.fi', country: 'FI', city: 'Tampere', industry: 'Manufacturing'},
  {name: 'Aalto Health Oy', domain: 'aaltohealth.fi', country: 'FI', city: 'Espoo', industry: 'Healthcare'},
  {name: 'Koivu Retail Oy', domain: 'koivuretail.fi', country: 'FI', city: 'Turku', industry: 'Retail'},
  {name: 'Lumi Payments Oy', domain: 'lumipay.fi', country: 'FI', city: 'Helsinki', industry: 'Financial services'},
  {name: 'Fjordline Shipping A/S', domain: 'fjordline.dk', country: 'DK', city: 'Aarhus', industry: 'Logistics'},
  {name: 'Nørrebro Design ApS', domain: 'norrebrodesign.dk', country: 'DK', city: 'Copenhagen', industry: 'Design'},
  {name: 'Vestas Grid Services A/S', domain: 'vestasgrid.dk', country: 'DK', city: 'Esbjerg', industry: 'Energy'},
  {name: 'Odense Medico A/S', domain: 'odensemedico.dk', country: 'DK', city: 'Odense', industry: 'Healthcare'},
  {name: 'Hygge Foods A/S', domain: 'hyggefoods.dk', country: 'DK', city: 'Aalborg', industry: 'Food & beverage'},
  {name: 'Bølge Analytics ApS', domain: 'bolgeanalytics.dk', country: 'DK', city: 'Copenhagen', industry: 'Software'},
  {name: 'Kastrup Air Cargo A/S', domain: 'kastrupcargo.dk', country: 'DK', city: 'Kastrup', industry: 'Logistics'},
  {name: 'Norrsken Analytics AB', domain: 'norrsken.se', country: 'SE', city: 'Stockholm', industry: 'Software'},
  {name: 'Göta Kanal Bygg AB', domain: 'gotabygg.se', country: 'SE', city: 'Gothenburg', industry: 'Construction'},
  {name: 'Malmö Fintech AB', domain: 'malmofintech.se', country: 'SE', city: 'Malmö', industry: 'Financial services'},
  {name: 'Uppsala Biolabs AB', domain: 'uppsalabiolabs.se', country: 'SE', city: 'Uppsala', industry: 'Life sciences'},
  {name: 'Lappland Timber AB', domain: 'lapplandtimber.se', country: 'SE', city: 'Luleå', industry: 'Manufacturing'},
  {name: 'Skärgård Hotels AB', domain: 'skargardhotels.se', country: 'SE', city: 'Stockholm', industry: 'Hospitality'},
  {name: 'Vinga Security AB', domain: 'vingasecurity.se', country: 'SE', city: 'Gothenburg', industry: 'Software'},
  {name: 'Wisła Software sp. z o.o.', domain: 'wislasoftware.pl', country: 'PL', city: 'Kraków', industry: 'Software'},
  {name: 'Bałtyk Logistyka S.A.', domain: 'baltyklogistyka.pl', country: 'PL', city: 'Gdańsk', industry: 'Logistics'},
  {name: 'Mazowsze Energia S.A.', domain: 'mazowszeenergia.pl', country: 'PL', city: 'Warsaw', industry: 'Energy'},
  {name: 'Tatra Outdoor sp. z o.o.', domain: 'tatraoutdoor.pl', country: 'PL', city: 'Zakopane', industry: 'Retail'},
  {name: 'Poznań Motors S.A.', domain: 'poznanmotors.pl', country: 'PL', city: 'Poznań', industry: 'Manufacturing'},
  {name: 'Wrocław Data Labs sp. z o.o.', domain: 'wroclawdata.pl', country: 'PL', city: 'Wrocław', industry: 'Software'},
  {name: 'Łódź Textiles S.A.', domain: 'lodztextiles.pl', country: 'PL', city: 'Łódź', industry: 'Manufacturing'},
  {name: 'Kraków Medical sp. z o.o.', domain: 'krakowmedical.pl', country: 'PL', city: 'Kraków', industry: 'Healthcare'},
  {name: 'Amber Bank Polska S.A.', domain: 'amberbank.pl', country: 'PL', city: 'Warsaw', industry: 'Financial services'},
];

export const JOB_TITLES: Array<{title: string; senior: boolean}> = [
  {title: 'Chief Executive Officer', senior: true},
  {title: 'Chief Financial Officer', senior: true},
  {title: 'Chief Technology Officer', senior: true},
  {title: 'VP of Sales', senior: true},
  {title: 'Head of Operations', senior: true},
  {title: 'Head of IT', senior: true},
  {title: 'Procurement Manager', senior: false},
  {title: 'Sales Operations Manager', senior: false},
  {title: 'Marketing Manager', senior: false},
  {title: 'IT Manager', senior: false},
  {title: 'Project Manager', senior: false},
  {title: 'Business Analyst', senior: false},
  {title: 'Software Engineer', senior: false},
  {title: 'Customer Success Manager', senior: false},
  {title: 'Office Manager', senior: false},
  {title: 'Finance Controller', senior: false},
];

/** Drops diacritics for e-mail addresses: "Jørgensen" → "jorgensen", "Łukasz" → "lukasz". */
export function asciiFold(text: string): string {
  const special: Record<string, string> = {ø: 'o', æ: 'ae', ł: 'l', ß: 'ss', Ø: 'O', Æ: 'AE', Ł: 'L'};
  return text
    .replace(/[øæłßØÆŁ]/g, (ch) => special[ch])
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}
