import type { LabelledCase } from './types'

export const cases: LabelledCase[] = [
  {
    id: 'according-to/1',
    rule: 'according-to',
    text: `The floods have displaced more than 12,000 people in the Drava valley, according to Slovenia’s civil protection agency. Heavy rain fell for a fourth straight day on Tuesday, and several bridges near Ptuj were closed to traffic. The river last burst its banks on this scale in 2012.`,
    expect: [
      { s: 'The floods have displaced more than 12,000 people in the Drava valley, according to Slovenia’s civil protection agency.', label: 'direct', sources: ['Slovenia’s civil protection agency'] },
      { s: 'Heavy rain fell for a fourth straight day on Tuesday, and several bridges near Ptuj were closed to traffic.', label: 'unattributed' },
      { s: 'The river last burst its banks on this scale in 2012.', label: 'unattributed' },
    ],
  },
  {
    id: 'according-to/2',
    rule: 'according-to',
    text: `According to court records, Arne Halvorsen was charged in 2019 with two counts of insurance fraud. He pleaded not guilty. The case was dropped the following spring after a key witness left the country.`,
    expect: [
      { s: 'According to court records, Arne Halvorsen was charged in 2019 with two counts of insurance fraud.', label: 'direct', sources: ['court records'] },
      { s: 'He pleaded not guilty.', label: 'unattributed' },
      { s: 'The case was dropped the following spring after a key witness left the country.', label: 'unattributed' },
    ],
  },
  {
    id: 'according-to/3',
    rule: 'according-to',
    text: `According to two people briefed on the negotiations, the deal could be signed as early as Friday. Talks between Nordvik Air and the Finnish carrier Aurora began in March. Nordvik’s shares have risen 18% since then.`,
    expect: [
      { s: 'According to two people briefed on the negotiations, the deal could be signed as early as Friday.', label: 'reported' },
      { s: 'Talks between Nordvik Air and the Finnish carrier Aurora began in March.', label: 'unattributed' },
      { s: 'Nordvik’s shares have risen 18% since then.', label: 'unattributed' },
    ],
    note: 'An indefinite group of people is the only source: vague, so reported (SPEC §1 step 2).',
  },
  {
    id: 'according-to/4',
    rule: 'according-to',
    text: `Sales of electric cars in Norway rose 9.4% last year, according to the Nordic Vehicle Registry. Battery models now make up more than four in five new registrations. Growth will slow sharply next year as tax breaks are phased out, according to analysts.`,
    expect: [
      { s: 'Sales of electric cars in Norway rose 9.4% last year, according to the Nordic Vehicle Registry.', label: 'direct', sources: ['the Nordic Vehicle Registry'] },
      { s: 'Battery models now make up more than four in five new registrations.', label: 'unattributed' },
      { s: 'Growth will slow sharply next year as tax breaks are phased out, according to analysts.', label: 'reported', sources: ['analysts'] },
    ],
  },
  {
    id: 'according-to/5',
    rule: 'according-to',
    text: `Twenty-three children were treated for heat exhaustion at schools in Seville last week, according to the regional health ministry. Temperatures in the city reached 44.2C on Thursday. Schools in Andalusia are not required to have air conditioning.`,
    expect: [
      { s: 'Twenty-three children were treated for heat exhaustion at schools in Seville last week, according to the regional health ministry.', label: 'direct', sources: ['the regional health ministry'] },
      { s: 'Temperatures in the city reached 44.2C on Thursday.', label: 'unattributed' },
      { s: 'Schools in Andalusia are not required to have air conditioning.', label: 'unattributed' },
    ],
  },
  {
    id: 'according-to/6',
    rule: 'according-to',
    text: `The summit between the two leaders had been planned for early September in Geneva. It has now been moved to October, according to a senior White House official.`,
    expect: [
      { s: 'The summit between the two leaders had been planned for early September in Geneva.', label: 'unattributed' },
      { s: 'It has now been moved to October, according to a senior White House official.', label: 'reported', sources: ['a senior White House official'] },
    ],
    note: 'An anonymous official qualified by an organisation is still vague (SPEC §1 step 2).',
  },
  {
    id: 'per/1',
    rule: 'per',
    text: `The new stadium will hold 41,000 fans, per the club’s planning application. Building work is due to start in the autumn. The current ground, which opened in 1908, holds just under 24,000.`,
    expect: [
      { s: 'The new stadium will hold 41,000 fans, per the club’s planning application.', label: 'direct', sources: ['the club’s planning application'] },
      { s: 'Building work is due to start in the autumn.', label: 'unattributed' },
      { s: 'The current ground, which opened in 1908, holds just under 24,000.', label: 'unattributed' },
    ],
  },
  {
    id: 'per/2',
    rule: 'per',
    text: `Per court filings, Ostrand Mining paid the two consultants $4.2 million between 2018 and 2021. The firm has mines in Chile, Peru and northern Sweden. Neither consultant has been charged with any offence.`,
    expect: [
      { s: 'Per court filings, Ostrand Mining paid the two consultants $4.2 million between 2018 and 2021.', label: 'direct', sources: ['court filings'] },
      { s: 'The firm has mines in Chile, Peru and northern Sweden.', label: 'unattributed' },
      { s: 'Neither consultant has been charged with any offence.', label: 'unattributed' },
    ],
  },
  {
    id: 'per/3',
    rule: 'per',
    text: `Winger Tiago Mendes has agreed personal terms on a three-year contract, per people close to the player. He scored 11 league goals last season. The two clubs are still about €2 million apart on the fee.`,
    expect: [
      { s: 'Winger Tiago Mendes has agreed personal terms on a three-year contract, per people close to the player.', label: 'reported' },
      { s: 'He scored 11 league goals last season.', label: 'unattributed' },
      { s: 'The two clubs are still about €2 million apart on the fee.', label: 'unattributed' },
    ],
    note: "'people close to the player' is an anonymous group: reported.",
  },
  {
    id: 'citing/1',
    rule: 'citing',
    text: `The Baltic Courier, citing the port authority, reported that two tankers had been turned away from Klaipėda on Sunday. Both vessels were sailing under the flag of Gabon. Lithuania tightened its inspections of ageing tankers in January.`,
    expect: [
      { s: 'The Baltic Courier, citing the port authority, reported that two tankers had been turned away from Klaipėda on Sunday.', label: 'direct', sources: ['The Baltic Courier', 'the port authority'] },
      { s: 'Both vessels were sailing under the flag of Gabon.', label: 'unattributed' },
      { s: 'Lithuania tightened its inspections of ageing tankers in January.', label: 'unattributed' },
    ],
  },
  {
    id: 'citing/2',
    rule: 'citing',
    text: `Citing the county police, Radio Tisza said the road between Szeged and Makó would stay closed until Thursday. A lorry carrying fertiliser overturned there on Monday night.`,
    expect: [
      { s: 'Citing the county police, Radio Tisza said the road between Szeged and Makó would stay closed until Thursday.', label: 'direct', sources: ['the county police', 'Radio Tisza'] },
      { s: 'A lorry carrying fertiliser overturned there on Monday night.', label: 'unattributed' },
    ],
  },
  {
    id: 'citing/3',
    rule: 'citing',
    text: `Deforestation in the Peruvian Amazon fell by 16% last year, the Andean Herald reported, citing the environment ministry. Illegal gold mining remains the biggest driver of forest loss in the Madre de Dios region.`,
    expect: [
      { s: 'Deforestation in the Peruvian Amazon fell by 16% last year, the Andean Herald reported, citing the environment ministry.', label: 'direct', sources: ['the Andean Herald', 'the environment ministry'] },
      { s: 'Illegal gold mining remains the biggest driver of forest loss in the Madre de Dios region.', label: 'unattributed' },
    ],
  },
  {
    id: 'as-reported-by/1',
    rule: 'as-reported-by',
    text: `As reported by the Lagos Tribune last month, the Ikorodu refinery has been idle since January. It was built to process 60,000 barrels a day. Nigeria still imports most of its petrol.`,
    expect: [
      { s: 'As reported by the Lagos Tribune last month, the Ikorodu refinery has been idle since January.', label: 'direct', sources: ['the Lagos Tribune'] },
      { s: 'It was built to process 60,000 barrels a day.', label: 'unattributed' },
      { s: 'Nigeria still imports most of its petrol.', label: 'unattributed' },
    ],
  },
  {
    id: 'as-reported-by/2',
    rule: 'as-reported-by',
    text: `The mayor’s office spent $1.2 million on outside consultants in 2022, as first reported by the Westbrook Gazette. That is more than the city's entire parks maintenance budget. None of the contracts was put out to tender.`,
    expect: [
      { s: 'The mayor’s office spent $1.2 million on outside consultants in 2022, as first reported by the Westbrook Gazette.', label: 'direct', sources: ['the Westbrook Gazette'] },
      { s: "That is more than the city's entire parks maintenance budget.", label: 'unattributed' },
      { s: 'None of the contracts was put out to tender.', label: 'unattributed' },
    ],
  },
  {
    id: 'quoted-as-saying/1',
    rule: 'quoted-as-saying',
    text: `The state agency Danubia Press quoted Defence Minister Milan Rostović as saying the army had been placed on high alert. The country has not mobilised its reservists since 1999.`,
    expect: [
      { s: 'The state agency Danubia Press quoted Defence Minister Milan Rostović as saying the army had been placed on high alert.', label: 'direct', sources: ['The state agency Danubia Press', 'Defence Minister Milan Rostović'] },
      { s: 'The country has not mobilised its reservists since 1999.', label: 'unattributed' },
    ],
  },
  {
    id: 'quoted-as-saying/2',
    rule: 'quoted-as-saying',
    text: `Le Courrier Alpin quoted Mayor Joëlle Berthier as saying that the resort’s lower slopes would not open this winter. Snowfall in the Vercors has been below average in six of the last eight winters. The resort’s two lowest lifts start at 1,100 metres.`,
    expect: [
      { s: 'Le Courrier Alpin quoted Mayor Joëlle Berthier as saying that the resort’s lower slopes would not open this winter.', label: 'direct', sources: ['Le Courrier Alpin', 'Mayor Joëlle Berthier'] },
      { s: 'Snowfall in the Vercors has been below average in six of the last eight winters.', label: 'unattributed' },
      { s: 'The resort’s two lowest lifts start at 1,100 metres.', label: 'unattributed' },
    ],
  },
  {
    id: 'referring-to/1',
    rule: 'referring-to',
    text: `Volga Press, referring to the regional emergencies service, reported that 14 people had been taken to hospital after the explosion. The blast tore through a fireworks warehouse on the edge of Samara at around 11 p.m. on Friday. Windows were shattered up to a kilometre away.`,
    expect: [
      { s: 'Volga Press, referring to the regional emergencies service, reported that 14 people had been taken to hospital after the explosion.', label: 'direct', sources: ['Volga Press', 'the regional emergencies service'] },
      { s: 'The blast tore through a fireworks warehouse on the edge of Samara at around 11 p.m. on Friday.', label: 'unattributed' },
      { s: 'Windows were shattered up to a kilometre away.', label: 'unattributed' },
    ],
  },
  {
    id: 'saying-verb/1',
    rule: 'saying-verb',
    text: `Finance Minister Rhoda Kamau said on Wednesday that the shilling would be allowed to trade more freely. The currency has lost a fifth of its value against the dollar this year. She added that the central bank’s reserves were “more than adequate”.`,
    expect: [
      { s: 'Finance Minister Rhoda Kamau said on Wednesday that the shilling would be allowed to trade more freely.', label: 'direct', sources: ['Finance Minister Rhoda Kamau'] },
      { s: 'The currency has lost a fifth of its value against the dollar this year.', label: 'unattributed' },
      { s: 'She added that the central bank’s reserves were “more than adequate”.', label: 'direct', sources: ['She'] },
    ],
  },
  {
    id: 'saying-verb/2',
    rule: 'saying-verb',
    text: `The Harrow Valley Water Company has announced that hosepipes will be banned from Friday. Reservoir levels in the area are at 38% of capacity. It is the first ban in the region since 2018.`,
    expect: [
      { s: 'The Harrow Valley Water Company has announced that hosepipes will be banned from Friday.', label: 'direct', sources: ['The Harrow Valley Water Company'] },
      { s: 'Reservoir levels in the area are at 38% of capacity.', label: 'unattributed' },
      { s: 'It is the first ban in the region since 2018.', label: 'unattributed' },
    ],
  },
  {
    id: 'saying-verb/3',
    rule: 'saying-verb',
    text: `Kestrel Batteries claims its new cells last twice as long as those of its rivals. The company stated in its annual report that it had shipped 1.3 million units. Its factory in Gdańsk employs about 900 people.`,
    expect: [
      { s: 'Kestrel Batteries claims its new cells last twice as long as those of its rivals.', label: 'direct', sources: ['Kestrel Batteries'] },
      { s: 'The company stated in its annual report that it had shipped 1.3 million units.', label: 'direct', sources: ['The company'] },
      { s: 'Its factory in Gdańsk employs about 900 people.', label: 'unattributed' },
    ],
  },
  {
    id: 'saying-verb/4',
    rule: 'saying-verb',
    text: `Coach Ana Beltrán denied that any player had been dropped for disciplinary reasons. The club confirmed that its goalkeeper would miss Saturday’s match with a shoulder injury. Sporting Alicante are third in the table, four points behind the leaders.`,
    expect: [
      { s: 'Coach Ana Beltrán denied that any player had been dropped for disciplinary reasons.', label: 'direct', sources: ['Coach Ana Beltrán'] },
      { s: 'The club confirmed that its goalkeeper would miss Saturday’s match with a shoulder injury.', label: 'direct', sources: ['The club'] },
      { s: 'Sporting Alicante are third in the table, four points behind the leaders.', label: 'unattributed' },
    ],
  },
  {
    id: 'saying-verb/5',
    rule: 'saying-verb',
    text: `Cocoa prices have tripled since January. The International Cocoa Council estimated that dry weather had cut West Africa’s harvest by 11%. It predicted that prices would stay high until at least the next main crop in October. Farmers' union leader Kwesi Boateng warned that smuggling across the border would rise.`,
    expect: [
      { s: 'Cocoa prices have tripled since January.', label: 'unattributed' },
      { s: 'The International Cocoa Council estimated that dry weather had cut West Africa’s harvest by 11%.', label: 'direct', sources: ['The International Cocoa Council'] },
      { s: 'It predicted that prices would stay high until at least the next main crop in October.', label: 'direct', sources: ['It'] },
      { s: "Farmers' union leader Kwesi Boateng warned that smuggling across the border would rise.", label: 'direct', sources: ["Farmers' union leader Kwesi Boateng"] },
    ],
  },
  {
    id: 'saying-verb/6',
    rule: 'saying-verb',
    text: `The Green Party accused the transport minister of misleading parliament over the cost of the tunnel. The minister has insisted the tunnel will be finished on budget. Construction began in 2017. Mayor Eduardo Lins, whose city sits at the tunnel’s northern end, described the project as “a lifeline”.`,
    expect: [
      { s: 'The Green Party accused the transport minister of misleading parliament over the cost of the tunnel.', label: 'direct', sources: ['The Green Party'] },
      { s: 'The minister has insisted the tunnel will be finished on budget.', label: 'direct', sources: ['The minister'] },
      { s: 'Construction began in 2017.', label: 'unattributed' },
      { s: 'Mayor Eduardo Lins, whose city sits at the tunnel’s northern end, described the project as “a lifeline”.', label: 'direct', sources: ['Mayor Eduardo Lins'] },
    ],
  },
  {
    id: 'saying-verb/7',
    rule: 'saying-verb',
    text: `The Córrego Fundo tailings dam is owned by the mining company Minas Verde. The company had said in March that the dam was safe. It failed during heavy rain on April 9. Engineer Bruno Araújo, who inspected the site in 2020, stressed that the drainage channels had been blocked for months.`,
    expect: [
      { s: 'The Córrego Fundo tailings dam is owned by the mining company Minas Verde.', label: 'unattributed' },
      { s: 'The company had said in March that the dam was safe.', label: 'direct', sources: ['The company'] },
      { s: 'It failed during heavy rain on April 9.', label: 'unattributed' },
      { s: 'Engineer Bruno Araújo, who inspected the site in 2020, stressed that the drainage channels had been blocked for months.', label: 'direct', sources: ['Engineer Bruno Araújo'] },
    ],
  },
  {
    id: 'saying-verb/8',
    rule: 'saying-verb',
    text: `In a letter to shareholders, chairman Henrik Dahl wrote that 2023 had been “the hardest year in the company’s history.” The shipping group lost $310 million. He noted that freight rates had begun to recover in the final quarter.`,
    expect: [
      { s: 'In a letter to shareholders, chairman Henrik Dahl wrote that 2023 had been “the hardest year in the company’s history.”', label: 'direct', sources: ['chairman Henrik Dahl'] },
      { s: 'The shipping group lost $310 million.', label: 'unattributed' },
      { s: 'He noted that freight rates had begun to recover in the final quarter.', label: 'direct', sources: ['He'] },
    ],
  },
  {
    id: 'trailing-said/1',
    rule: 'trailing-said',
    text: `Forty-one people were taken off the stricken ferry in rough seas on Saturday night. It was the largest rescue the coast guard had carried out this year, Captain Ilse Brandt said. The ferry was towed to Esbjerg on Sunday.`,
    expect: [
      { s: 'Forty-one people were taken off the stricken ferry in rough seas on Saturday night.', label: 'unattributed' },
      { s: 'It was the largest rescue the coast guard had carried out this year, Captain Ilse Brandt said.', label: 'direct', sources: ['Captain Ilse Brandt'] },
      { s: 'The ferry was towed to Esbjerg on Sunday.', label: 'unattributed' },
    ],
  },
  {
    id: 'trailing-said/2',
    rule: 'trailing-said',
    text: `Turnout reached 71 per cent, the electoral commission said on Sunday. That is the highest figure since the country’s first free election in 1991. Final results will be published on Wednesday, the commission added.`,
    expect: [
      { s: 'Turnout reached 71 per cent, the electoral commission said on Sunday.', label: 'direct', sources: ['the electoral commission'] },
      { s: 'That is the highest figure since the country’s first free election in 1991.', label: 'unattributed' },
      { s: 'Final results will be published on Wednesday, the commission added.', label: 'direct', sources: ['the commission'] },
    ],
  },
  {
    id: 'trailing-said/3',
    rule: 'trailing-said',
    text: `The footbridge over the Ljubljanica collapsed during the evening rush hour on Thursday. It had been inspected in April and found to be sound, a city engineer said. Three of the injured remain in serious condition, hospital officials said.`,
    expect: [
      { s: 'The footbridge over the Ljubljanica collapsed during the evening rush hour on Thursday.', label: 'unattributed' },
      { s: 'It had been inspected in April and found to be sound, a city engineer said.', label: 'reported', sources: ['a city engineer'] },
      { s: 'Three of the injured remain in serious condition, hospital officials said.', label: 'reported', sources: ['hospital officials'] },
    ],
  },
  {
    id: 'trailing-said/4',
    rule: 'trailing-said',
    text: `A fire halted work at Lumeo Paper’s mill in Tampere in June. Production will resume next month, the company says. About 300 staff have been kept on full pay, it says.`,
    expect: [
      { s: 'A fire halted work at Lumeo Paper’s mill in Tampere in June.', label: 'unattributed' },
      { s: 'Production will resume next month, the company says.', label: 'direct', sources: ['the company'] },
      { s: 'About 300 staff have been kept on full pay, it says.', label: 'direct', sources: ['it'] },
    ],
  },
  {
    id: 'trailing-said/5',
    rule: 'trailing-said',
    text: `“We are not going to raise taxes on working families,” Prime Minister Lars Ekdahl said in parliament on Tuesday. The budget will be put to a vote next week. His coalition holds 91 of the 169 seats.`,
    expect: [
      { s: '“We are not going to raise taxes on working families,” Prime Minister Lars Ekdahl said in parliament on Tuesday.', label: 'direct', sources: ['Prime Minister Lars Ekdahl'] },
      { s: 'The budget will be put to a vote next week.', label: 'unattributed' },
      { s: 'His coalition holds 91 of the 169 seats.', label: 'unattributed' },
    ],
  },
  {
    id: 'trailing-said/6',
    rule: 'trailing-said',
    text: `Two climbers were airlifted from the north face of the Eiger on Wednesday. Both were suffering from hypothermia but were conscious, a rescue service spokesman told reporters.`,
    expect: [
      { s: 'Two climbers were airlifted from the north face of the Eiger on Wednesday.', label: 'unattributed' },
      { s: 'Both were suffering from hypothermia but were conscious, a rescue service spokesman told reporters.', label: 'direct', sources: ['a rescue service spokesman'] },
    ],
    note: "A spokesperson speaks on record for one body, so 'a rescue service spokesman' is named (SPEC §1 step 2), unlike 'a senior official'.",
  },
  {
    id: 'inverted-said/1',
    rule: 'inverted-said',
    text: `“We are not going anywhere,” said Tomasz Wierzba, who has farmed near Lublin for 40 years. The planned expressway would cut his land in two.`,
    expect: [
      { s: '“We are not going anywhere,” said Tomasz Wierzba, who has farmed near Lublin for 40 years.', label: 'direct', sources: ['Tomasz Wierzba'] },
      { s: 'The planned expressway would cut his land in two.', label: 'unattributed' },
    ],
  },
  {
    id: 'inverted-said/2',
    rule: 'inverted-said',
    text: `The vote was never close, said Rep. Carla Benavides, a Texas Democrat. The bill passed 281 to 140 with support from both parties.`,
    expect: [
      { s: 'The vote was never close, said Rep. Carla Benavides, a Texas Democrat.', label: 'direct', sources: ['Rep. Carla Benavides'] },
      { s: 'The bill passed 281 to 140 with support from both parties.', label: 'unattributed' },
    ],
  },
  {
    id: 'inverted-said/3',
    rule: 'inverted-said',
    text: `Onion prices have doubled since the spring, says one stallholder, who asked not to be named. Kariakoo is the largest market in Dar es Salaam.`,
    expect: [
      { s: 'Onion prices have doubled since the spring, says one stallholder, who asked not to be named.', label: 'reported', sources: ['one stallholder'] },
      { s: 'Kariakoo is the largest market in Dar es Salaam.', label: 'unattributed' },
    ],
  },
  {
    id: 'inverted-said/4',
    rule: 'inverted-said',
    text: `The glacier has lost a third of its mass since 1980, says Professor Lina Ostrova, a glaciologist. Its tongue now ends more than two kilometres above the village it reached a century ago.`,
    expect: [
      { s: 'The glacier has lost a third of its mass since 1980, says Professor Lina Ostrova, a glaciologist.', label: 'direct', sources: ['Professor Lina Ostrova'] },
      { s: 'Its tongue now ends more than two kilometres above the village it reached a century ago.', label: 'unattributed' },
    ],
  },
  {
    id: 'inverted-said/5',
    rule: 'inverted-said',
    text: `Abena Osei opened her first salon in Kumasi in 2009. “Rent has gone up every year since,” added Ms. Osei, who now employs 14 people. “Nobody can afford the city centre any more,” said a neighbouring shop owner.`,
    expect: [
      { s: 'Abena Osei opened her first salon in Kumasi in 2009.', label: 'unattributed' },
      { s: '“Rent has gone up every year since,” added Ms. Osei, who now employs 14 people.', label: 'direct', sources: ['Ms. Osei'] },
      { s: '“Nobody can afford the city centre any more,” said a neighbouring shop owner.', label: 'reported', sources: ['a neighbouring shop owner'] },
    ],
  },
  {
    id: 'parenthetical-said/1',
    rule: 'parenthetical-said',
    text: `Johan Lindqvist, chief economist at Sörmland Bank, is less upbeat. The recovery, Mr. Lindqvist argued, has been driven almost entirely by public spending. Private investment, he said, is still below its 2019 level.`,
    expect: [
      { s: 'Johan Lindqvist, chief economist at Sörmland Bank, is less upbeat.', label: 'unattributed' },
      { s: 'The recovery, Mr. Lindqvist argued, has been driven almost entirely by public spending.', label: 'direct', sources: ['Mr. Lindqvist'] },
      { s: 'Private investment, he said, is still below its 2019 level.', label: 'direct', sources: ['he'] },
    ],
  },
  {
    id: 'parenthetical-said/2',
    rule: 'parenthetical-said',
    text: `The new rules, the regulator said, will apply to all lenders from January. That timetable, two bankers said, is “wildly unrealistic”. Britain introduced similar rules in 2014.`,
    expect: [
      { s: 'The new rules, the regulator said, will apply to all lenders from January.', label: 'direct', sources: ['the regulator'] },
      { s: 'That timetable, two bankers said, is “wildly unrealistic”.', label: 'reported', sources: ['two bankers'] },
      { s: 'Britain introduced similar rules in 2014.', label: 'unattributed' },
    ],
  },
  {
    id: 'parenthetical-said/3',
    rule: 'parenthetical-said',
    text: `Dr. Amira Saleh led the trial at Alexandria University Hospital. The drug, she noted, has not yet been tested in children. A second trial, in 600 adults, starts in May.`,
    expect: [
      { s: 'Dr. Amira Saleh led the trial at Alexandria University Hospital.', label: 'unattributed' },
      { s: 'The drug, she noted, has not yet been tested in children.', label: 'direct', sources: ['she'] },
      { s: 'A second trial, in 600 adults, starts in May.', label: 'unattributed' },
    ],
  },
  {
    id: 'told-that/1',
    rule: 'told-that',
    text: `Prime Minister Ana Ferreira told parliament on Thursday that the budget deficit would narrow to 2.8% next year. The deficit was 3.4% of GDP in 2023. Opposition deputies walked out before the end of the debate.`,
    expect: [
      { s: 'Prime Minister Ana Ferreira told parliament on Thursday that the budget deficit would narrow to 2.8% next year.', label: 'direct', sources: ['Prime Minister Ana Ferreira'] },
      { s: 'The deficit was 3.4% of GDP in 2023.', label: 'unattributed' },
      { s: 'Opposition deputies walked out before the end of the debate.', label: 'unattributed' },
    ],
  },
  {
    id: 'told-that/2',
    rule: 'told-that',
    text: `Coach Daniel Okoro told reporters his captain would miss the final with a hamstring injury. The final is on Saturday in Kumasi.`,
    expect: [
      { s: 'Coach Daniel Okoro told reporters his captain would miss the final with a hamstring injury.', label: 'direct', sources: ['Coach Daniel Okoro'] },
      { s: 'The final is on Saturday in Kumasi.', label: 'unattributed' },
    ],
  },
  {
    id: 'told-that/3',
    rule: 'told-that',
    text: `Seven people died in the fire at Harbour View Court in February. A resident told the inquiry on Monday that the fire alarms had not sounded. The building’s manager told the same hearing that the alarms had been tested in March.`,
    expect: [
      { s: 'Seven people died in the fire at Harbour View Court in February.', label: 'unattributed' },
      { s: 'A resident told the inquiry on Monday that the fire alarms had not sounded.', label: 'reported', sources: ['A resident'] },
      { s: 'The building’s manager told the same hearing that the alarms had been tested in March.', label: 'direct', sources: ['The building’s manager'] },
    ],
  },
  {
    id: 'told-that/4',
    rule: 'told-that',
    text: `Krisztina Varga, the company’s former finance director, was questioned for six hours on Monday. Ms. Varga has told investigators she never saw the invoices.`,
    expect: [
      { s: 'Krisztina Varga, the company’s former finance director, was questioned for six hours on Monday.', label: 'unattributed' },
      { s: 'Ms. Varga has told investigators she never saw the invoices.', label: 'direct', sources: ['Ms. Varga'] },
    ],
  },
  {
    id: 'thinking-verb/1',
    rule: 'thinking-verb',
    text: `New home sales in Shenzhen fell 27% in the first quarter. Economist Wei Zhang believes the market will bottom out by the spring. Many developers fear it will take far longer.`,
    expect: [
      { s: 'New home sales in Shenzhen fell 27% in the first quarter.', label: 'unattributed' },
      { s: 'Economist Wei Zhang believes the market will bottom out by the spring.', label: 'direct', sources: ['Economist Wei Zhang'] },
      { s: 'Many developers fear it will take far longer.', label: 'reported', sources: ['Many developers'] },
    ],
  },
  {
    id: 'thinking-verb/2',
    rule: 'thinking-verb',
    text: `Inflation peaked at 11.2% in October 2022. The central bank expects it to fall below 3% by the end of this year. Investors think a rate cut could come as early as June.`,
    expect: [
      { s: 'Inflation peaked at 11.2% in October 2022.', label: 'unattributed' },
      { s: 'The central bank expects it to fall below 3% by the end of this year.', label: 'direct', sources: ['The central bank'] },
      { s: 'Investors think a rate cut could come as early as June.', label: 'reported', sources: ['Investors'] },
    ],
  },
  {
    id: 'thinking-verb/3',
    rule: 'thinking-verb',
    text: `The clinic treated 140 cholera patients last week, down from 310 the week before. Dr. Amal Haddad, who runs the clinic, thinks the outbreak has already peaked.`,
    expect: [
      { s: 'The clinic treated 140 cholera patients last week, down from 310 the week before.', label: 'unattributed' },
      { s: 'Dr. Amal Haddad, who runs the clinic, thinks the outbreak has already peaked.', label: 'direct', sources: ['Dr. Amal Haddad'] },
    ],
  },
  {
    id: 'thinking-verb/4',
    rule: 'thinking-verb',
    text: `Thousands of dead fish washed up along a 10 km stretch of the Oder last week. Some residents believe a paper factory upstream is to blame. Vortex Paper said its discharges had been within legal limits.`,
    expect: [
      { s: 'Thousands of dead fish washed up along a 10 km stretch of the Oder last week.', label: 'unattributed' },
      { s: 'Some residents believe a paper factory upstream is to blame.', label: 'reported', sources: ['Some residents'] },
      { s: 'Vortex Paper said its discharges had been within legal limits.', label: 'direct', sources: ['Vortex Paper'] },
    ],
  },
  {
    id: 'research-verb/1',
    rule: 'research-verb',
    text: `A study published in the journal Pediatric Nutrition found that children who ate breakfast every day scored higher on reading tests. The researchers followed 5,200 pupils in Ireland for three years. Earlier studies found a weaker link.`,
    expect: [
      { s: 'A study published in the journal Pediatric Nutrition found that children who ate breakfast every day scored higher on reading tests.', label: 'direct' },
      { s: 'The researchers followed 5,200 pupils in Ireland for three years.', label: 'unattributed' },
      { s: 'Earlier studies found a weaker link.', label: 'reported', sources: ['Earlier studies'] },
    ],
    note: "'The researchers followed 5,200 pupils' describes what the researchers did and hands no content to them: the author's claim.",
  },
  {
    id: 'research-verb/2',
    rule: 'research-verb',
    text: `The fire service published its report into the Marlowe House fire on Thursday. The report concluded that the fire had been caused by faulty wiring in a ceiling void. The building had passed a safety inspection in 2021.`,
    expect: [
      { s: 'The fire service published its report into the Marlowe House fire on Thursday.', label: 'unattributed' },
      { s: 'The report concluded that the fire had been caused by faulty wiring in a ceiling void.', label: 'direct', sources: ['The report'] },
      { s: 'The building had passed a safety inspection in 2021.', label: 'unattributed' },
    ],
  },
  {
    id: 'research-verb/3',
    rule: 'research-verb',
    text: `Research has shown that a four-day week can cut sick leave. A survey carried out by the Institute for Labour Studies showed that 56 of the 61 firms in the British trial had kept the shorter week. The trial ran for six months in 2022.`,
    expect: [
      { s: 'Research has shown that a four-day week can cut sick leave.', label: 'reported', sources: ['Research'] },
      { s: 'A survey carried out by the Institute for Labour Studies showed that 56 of the 61 firms in the British trial had kept the shorter week.', label: 'direct' },
      { s: 'The trial ran for six months in 2022.', label: 'unattributed' },
    ],
  },
  {
    id: 'research-verb/4',
    rule: 'research-verb',
    text: `Auditors examined the education ministry’s accounts for 2021 and 2022. The audit found that the ministry could not account for 1,400 laptops bought for schools. The laptops cost about $900 each.`,
    expect: [
      { s: 'Auditors examined the education ministry’s accounts for 2021 and 2022.', label: 'unattributed' },
      { s: 'The audit found that the ministry could not account for 1,400 laptops bought for schools.', label: 'direct', sources: ['The audit'] },
      { s: 'The laptops cost about $900 each.', label: 'unattributed' },
    ],
  },
  {
    id: 'commitment-verb/1',
    rule: 'commitment-verb',
    text: `Gov. Ellen Marsh vowed to veto any bill that raises the state sales tax. Republicans hold a two-seat majority in the state Senate.`,
    expect: [
      { s: 'Gov. Ellen Marsh vowed to veto any bill that raises the state sales tax.', label: 'direct', sources: ['Gov. Ellen Marsh'] },
      { s: 'Republicans hold a two-seat majority in the state Senate.', label: 'unattributed' },
    ],
  },
  {
    id: 'commitment-verb/2',
    rule: 'commitment-verb',
    text: `The Kivu Liberation Front threatened on Monday to pull out of the ceasefire talks. The talks, hosted by Angola, have stalled since April.`,
    expect: [
      { s: 'The Kivu Liberation Front threatened on Monday to pull out of the ceasefire talks.', label: 'direct', sources: ['The Kivu Liberation Front'] },
      { s: 'The talks, hosted by Angola, have stalled since April.', label: 'unattributed' },
    ],
  },
  {
    id: 'commitment-verb/3',
    rule: 'commitment-verb',
    text: `About 80,000 households have been without electricity since the storm. Local officials promised to restore power to every home by Friday.`,
    expect: [
      { s: 'About 80,000 households have been without electricity since the storm.', label: 'unattributed' },
      { s: 'Local officials promised to restore power to every home by Friday.', label: 'reported', sources: ['Local officials'] },
    ],
  },
  {
    id: 'commitment-verb/4',
    rule: 'commitment-verb',
    text: `More than 600 flights were cancelled over the Easter weekend. The airline has pledged to refund every passenger whose flight was cancelled. It declined to say how much the refunds would cost.`,
    expect: [
      { s: 'More than 600 flights were cancelled over the Easter weekend.', label: 'unattributed' },
      { s: 'The airline has pledged to refund every passenger whose flight was cancelled.', label: 'direct', sources: ['The airline'] },
      { s: 'It declined to say how much the refunds would cost.', label: 'unattributed' },
    ],
    note: "'declined to say' is a refusal with no content, not a commitment verb: the author's claim.",
  },
  {
    id: 'commitment-verb/5',
    rule: 'commitment-verb',
    text: `Joel Mbeki has captained Kaizer Park FC for six seasons. He promised on Friday to stay at the club “for as long as they want me.”`,
    expect: [
      { s: 'Joel Mbeki has captained Kaizer Park FC for six seasons.', label: 'unattributed' },
      { s: 'He promised on Friday to stay at the club “for as long as they want me.”', label: 'direct', sources: ['He'] },
    ],
  },
  {
    id: 'info-noun-object/1',
    rule: 'info-noun-object',
    text: `The health ministry reported 412 new infections on Sunday. Most of the cases were in the capital, Vientiane.`,
    expect: [
      { s: 'The health ministry reported 412 new infections on Sunday.', label: 'direct', sources: ['The health ministry'] },
      { s: 'Most of the cases were in the capital, Vientiane.', label: 'unattributed' },
    ],
  },
  {
    id: 'info-noun-object/2',
    rule: 'info-noun-object',
    text: `Rivergate Power has raised the possibility of rolling blackouts this winter. Two of its four gas turbines are offline for repairs.`,
    expect: [
      { s: 'Rivergate Power has raised the possibility of rolling blackouts this winter.', label: 'direct', sources: ['Rivergate Power'] },
      { s: 'Two of its four gas turbines are offline for repairs.', label: 'unattributed' },
    ],
  },
  {
    id: 'info-noun-object/3',
    rule: 'info-noun-object',
    text: `Only half of the 9,000 residents of the valley had left by Tuesday evening. Regional officials expressed concern about the slow pace of the evacuation.`,
    expect: [
      { s: 'Only half of the 9,000 residents of the valley had left by Tuesday evening.', label: 'unattributed' },
      { s: 'Regional officials expressed concern about the slow pace of the evacuation.', label: 'reported', sources: ['Regional officials'] },
    ],
  },
  {
    id: 'info-noun-object/4',
    rule: 'info-noun-object',
    text: `The tanker ran aground off Cape Kaliakra on Thursday. The coast guard estimated the size of the spill at 40 tonnes.`,
    expect: [
      { s: 'The tanker ran aground off Cape Kaliakra on Thursday.', label: 'unattributed' },
      { s: 'The coast guard estimated the size of the spill at 40 tonnes.', label: 'direct', sources: ['The coast guard'] },
    ],
  },
  {
    id: 'info-noun-object/5',
    rule: 'info-noun-object',
    text: `Floods washed away 230 km of highway in the east of the country in May. The finance ministry put the cost of rebuilding the roads at $2.4 billion.`,
    expect: [
      { s: 'Floods washed away 230 km of highway in the east of the country in May.', label: 'unattributed' },
      { s: 'The finance ministry put the cost of rebuilding the roads at $2.4 billion.', label: 'direct', sources: ['The finance ministry'] },
    ],
    note: "'put the cost ... at' hands over an estimate (information the source supplies), like 'estimated ... at'.",
  },
  {
    id: 'act-noun-object/1',
    rule: 'act-noun-object',
    text: `The Social Democrats conceded defeat shortly after midnight. Party leader Birgit Holm said the result was “a clear message” from voters. The party lost 14 of its 52 seats.`,
    expect: [
      { s: 'The Social Democrats conceded defeat shortly after midnight.', label: 'unattributed' },
      { s: 'Party leader Birgit Holm said the result was “a clear message” from voters.', label: 'direct', sources: ['Party leader Birgit Holm'] },
      { s: 'The party lost 14 of its 52 seats.', label: 'unattributed' },
    ],
    note: "'conceded defeat' is an act the party performs, not information it supplies (SPEC §1): the author's claim.",
  },
  {
    id: 'act-noun-object/2',
    rule: 'act-noun-object',
    text: `The opposition bloc condemned the arrests of the three journalists. Both the European Union and the African Union have declared support for an independent inquiry.`,
    expect: [
      { s: 'The opposition bloc condemned the arrests of the three journalists.', label: 'unattributed' },
      { s: 'Both the European Union and the African Union have declared support for an independent inquiry.', label: 'unattributed' },
    ],
  },
  {
    id: 'act-noun-object/3',
    rule: 'act-noun-object',
    text: `Mayor Jan de Wit praised the volunteers who had filled sandbags through the night. The city council approved an emergency fund of €3 million on Friday.`,
    expect: [
      { s: 'Mayor Jan de Wit praised the volunteers who had filled sandbags through the night.', label: 'unattributed' },
      { s: 'The city council approved an emergency fund of €3 million on Friday.', label: 'unattributed' },
    ],
  },
  {
    id: 'act-noun-object/4',
    rule: 'act-noun-object',
    text: `The two sides reached an agreement after 19 hours of talks. The GMT union said the deal protected all 2,000 jobs at the plant. Union members will vote on it next week.`,
    expect: [
      { s: 'The two sides reached an agreement after 19 hours of talks.', label: 'unattributed' },
      { s: 'The GMT union said the deal protected all 2,000 jobs at the plant.', label: 'direct', sources: ['The GMT union'] },
      { s: 'Union members will vote on it next week.', label: 'unattributed' },
    ],
  },
  {
    id: 'act-noun-object/5',
    rule: 'act-noun-object',
    text: `Finance Minister Viktor Sándor expressed support for the central bank’s decision. The forint rose 1.2% against the euro.`,
    expect: [
      { s: 'Finance Minister Viktor Sándor expressed support for the central bank’s decision.', label: 'unattributed' },
      { s: 'The forint rose 1.2% against the euro.', label: 'unattributed' },
    ],
  },
  {
    id: 'hedge-adverb/1',
    rule: 'hedge-adverb',
    text: `The defence minister reportedly offered his resignation twice last week. The prime minister refused to accept it. The minister has held the post since 2022.`,
    expect: [
      { s: 'The defence minister reportedly offered his resignation twice last week.', label: 'reported' },
      { s: 'The prime minister refused to accept it.', label: 'unattributed' },
      { s: 'The minister has held the post since 2022.', label: 'unattributed' },
    ],
  },
  {
    id: 'hedge-adverb/2',
    rule: 'hedge-adverb',
    text: `The suspect allegedly fired six shots at officers before fleeing on foot. The alleged gunman appeared before magistrates in Leeds on Monday. He was remanded in custody.`,
    expect: [
      { s: 'The suspect allegedly fired six shots at officers before fleeing on foot.', label: 'reported' },
      { s: 'The alleged gunman appeared before magistrates in Leeds on Monday.', label: 'unattributed' },
      { s: 'He was remanded in custody.', label: 'unattributed' },
    ],
    note: "'allegedly' hedges the claim itself (reported); 'The alleged gunman' only hedges a noun (SPEC §1, not attributions).",
  },
  {
    id: 'hedge-adverb/3',
    rule: 'hedge-adverb',
    text: `The painting was purportedly owned by a Habsburg archduke. It sold for €1.9 million at an auction in Vienna on Wednesday.`,
    expect: [
      { s: 'The painting was purportedly owned by a Habsburg archduke.', label: 'reported' },
      { s: 'It sold for €1.9 million at an auction in Vienna on Wednesday.', label: 'unattributed' },
    ],
  },
  {
    id: 'hedge-adverb/4',
    rule: 'hedge-adverb',
    text: `As reported, the tyre plant in Zwickau will close in June with the loss of 450 jobs. It has made tyres in the town since 1962.`,
    expect: [
      { s: 'As reported, the tyre plant in Zwickau will close in June with the loss of 450 jobs.', label: 'reported' },
      { s: 'It has made tyres in the town since 1962.', label: 'unattributed' },
    ],
  },
  {
    id: 'hedge-adverb/5',
    rule: 'hedge-adverb',
    text: `According to reports, the singer has cancelled the rest of her European tour. She was due to play Lisbon on Saturday.`,
    expect: [
      { s: 'According to reports, the singer has cancelled the rest of her European tour.', label: 'reported' },
      { s: 'She was due to play Lisbon on Saturday.', label: 'unattributed' },
    ],
  },
  {
    id: 'hedge-adverb/6',
    rule: 'hedge-adverb',
    text: `The former mayor of Larnaca went on trial on Monday. Allegedly, the money was moved through three shell companies before reaching his accounts.`,
    expect: [
      { s: 'The former mayor of Larnaca went on trial on Monday.', label: 'unattributed' },
      { s: 'Allegedly, the money was moved through three shell companies before reaching his accounts.', label: 'reported' },
    ],
  },
  {
    id: 'hedge-adverb/7',
    rule: 'hedge-adverb',
    text: `Castellana Cement has reportedly hired bankers to explore a sale of its Moroccan business. The unit has four plants and about 1,800 employees.`,
    expect: [
      { s: 'Castellana Cement has reportedly hired bankers to explore a sale of its Moroccan business.', label: 'reported' },
      { s: 'The unit has four plants and about 1,800 employees.', label: 'unattributed' },
    ],
  },
  {
    id: 'hedge-passive/1',
    rule: 'hedge-passive',
    text: `It is believed that the fire started in a kitchen on the ground floor. The building had no sprinklers.`,
    expect: [
      { s: 'It is believed that the fire started in a kitchen on the ground floor.', label: 'reported' },
      { s: 'The building had no sprinklers.', label: 'unattributed' },
    ],
  },
  {
    id: 'hedge-passive/2',
    rule: 'hedge-passive',
    text: `The storm brought winds of up to 150 km/h to the north of the island. It was reported that at least 40 homes had been damaged.`,
    expect: [
      { s: 'The storm brought winds of up to 150 km/h to the north of the island.', label: 'unattributed' },
      { s: 'It was reported that at least 40 homes had been damaged.', label: 'reported' },
    ],
  },
  {
    id: 'hedge-passive/3',
    rule: 'hedge-passive',
    text: `It is understood that the two clubs have agreed a fee of about €30 million. The defender has two years left on his contract.`,
    expect: [
      { s: 'It is understood that the two clubs have agreed a fee of about €30 million.', label: 'reported' },
      { s: 'The defender has two years left on his contract.', label: 'unattributed' },
    ],
  },
  {
    id: 'hedge-passive/4',
    rule: 'hedge-passive',
    text: `It was claimed at the time that the mayor knew about the leak. The mayor resigned in 2016.`,
    expect: [
      { s: 'It was claimed at the time that the mayor knew about the leak.', label: 'reported' },
      { s: 'The mayor resigned in 2016.', label: 'unattributed' },
    ],
  },
  {
    id: 'hedge-passive/5',
    rule: 'hedge-passive',
    text: `It is said that the monastery was founded by a Georgian prince in the 11th century. Its frescoes were restored between 2004 and 2011.`,
    expect: [
      { s: 'It is said that the monastery was founded by a Georgian prince in the 11th century.', label: 'reported' },
      { s: 'Its frescoes were restored between 2004 and 2011.', label: 'unattributed' },
    ],
  },
  {
    id: 'hedge-raising/1',
    rule: 'hedge-raising',
    text: `The search on Mount Kazbek was called off at dusk on Sunday. The missing climber is thought to have fallen near the summit ridge.`,
    expect: [
      { s: 'The search on Mount Kazbek was called off at dusk on Sunday.', label: 'unattributed' },
      { s: 'The missing climber is thought to have fallen near the summit ridge.', label: 'reported' },
    ],
  },
  {
    id: 'hedge-raising/2',
    rule: 'hedge-raising',
    text: `The cargo ship is believed to be carrying 300 tonnes of fuel oil. It has been stuck on a sandbank off the Frisian coast since Sunday.`,
    expect: [
      { s: 'The cargo ship is believed to be carrying 300 tonnes of fuel oil.', label: 'reported' },
      { s: 'It has been stuck on a sandbank off the Frisian coast since Sunday.', label: 'unattributed' },
    ],
  },
  {
    id: 'hedge-raising/3',
    rule: 'hedge-raising',
    text: `Construction of the second terminal at Tan Son Nhat airport began in 2022. The terminal is expected to open in 2027.`,
    expect: [
      { s: 'Construction of the second terminal at Tan Son Nhat airport began in 2022.', label: 'unattributed' },
      { s: 'The terminal is expected to open in 2027.', label: 'reported' },
    ],
  },
  {
    id: 'hedge-raising/4',
    rule: 'hedge-raising',
    text: `The war is estimated to have cost the economy $40 billion. Exports of sesame and gum arabic have almost stopped.`,
    expect: [
      { s: 'The war is estimated to have cost the economy $40 billion.', label: 'reported' },
      { s: 'Exports of sesame and gum arabic have almost stopped.', label: 'unattributed' },
    ],
  },
  {
    id: 'hedge-raising/5',
    rule: 'hedge-raising',
    text: `Racing Club de Ostende were relegated in May. Their new owner is said to be considering a bid for a second club in France.`,
    expect: [
      { s: 'Racing Club de Ostende were relegated in May.', label: 'unattributed' },
      { s: 'Their new owner is said to be considering a bid for a second club in France.', label: 'reported' },
    ],
  },
  {
    id: 'hedge-raising/6',
    rule: 'hedge-raising',
    text: `General Hassan Bakri is reported to have fled to the capital. His troops surrendered the town on Tuesday.`,
    expect: [
      { s: 'General Hassan Bakri is reported to have fled to the capital.', label: 'reported' },
      { s: 'His troops surrendered the town on Tuesday.', label: 'unattributed' },
    ],
  },
  {
    id: 'hedge-raising/7',
    rule: 'hedge-raising',
    text: `Growth is projected at 1.8% this year. Unemployment is projected to fall to 5.2% by December. The economy shrank in 2023 for the first time in a decade.`,
    expect: [
      { s: 'Growth is projected at 1.8% this year.', label: 'reported' },
      { s: 'Unemployment is projected to fall to 5.2% by December.', label: 'reported' },
      { s: 'The economy shrank in 2023 for the first time in a decade.', label: 'unattributed' },
    ],
    note: "'is projected at' and 'is projected to' are hedges with no source (SPEC §1).",
  },
  {
    id: 'hedge-raising/8',
    rule: 'hedge-raising',
    text: `Tessaro Foods made an offer of €2.1 billion for the dairy group last week. A rival bidder is understood to be preparing a higher offer.`,
    expect: [
      { s: 'Tessaro Foods made an offer of €2.1 billion for the dairy group last week.', label: 'unattributed' },
      { s: 'A rival bidder is understood to be preparing a higher offer.', label: 'reported' },
    ],
  },
  {
    id: 'ly-words/1',
    rule: 'trailing-adjunct',
    text: `Governor Ruth Okafor said at a campaign rally in Dayton that the plant would stay open. Her opponent Dale Whitcomb told a family gathering in Akron on Sunday that it would close within a year. The company has not announced a decision.`,
    expect: [
      { s: 'Governor Ruth Okafor said at a campaign rally in Dayton that the plant would stay open.', label: 'direct', sources: ['Governor Ruth Okafor'] },
      { s: 'Her opponent Dale Whitcomb told a family gathering in Akron on Sunday that it would close within a year.', label: 'direct', sources: ['Her opponent Dale Whitcomb'] },
      { s: 'The company has not announced a decision.', label: 'unattributed' },
    ],
    note: "Nouns ending in -ly ('rally', 'family') are not adverbs: the adjunct before 'that' is skipped and the that-clause is the content (SPEC §1).",
  },
  {
    id: 'ly-words/2',
    rule: 'reported-clause',
    text: `The ministry said the weekly briefings would resume in March. Inspectors told an assembly of dairy farmers in Cork that the water was safe to drink. Officials privately conceded the tests had come late.`,
    expect: [
      { s: 'The ministry said the weekly briefings would resume in March.', label: 'direct', sources: ['The ministry'] },
      { s: 'Inspectors told an assembly of dairy farmers in Cork that the water was safe to drink.', label: 'reported', sources: ['Inspectors'] },
      { s: 'Officials privately conceded the tests had come late.', label: 'reported', sources: ['Officials'] },
    ],
    note: "'weekly' and 'assembly' sit inside noun phrases; 'privately' is an adverb between a subject and its verb.",
  },
  {
    id: 'apposition-after-bracket/1',
    rule: 'parenthetical-subject',
    text: `Rep. Ann Lee (D-Ore.), chairwoman of the budget committee, said members would vote on the bill next week. “We are not done,” Sen. Tomás Ruiz (R-Utah), a member of the panel, said in an interview. Paula Ortiz (pictured), a city councillor in Tucson, insisted that the count had been fair.`,
    expect: [
      { s: 'Rep. Ann Lee (D-Ore.), chairwoman of the budget committee, said members would vote on the bill next week.', label: 'direct', sources: ['Rep. Ann Lee'] },
      { s: '“We are not done,” Sen. Tomás Ruiz (R-Utah), a member of the panel, said in an interview.', label: 'direct', sources: ['Sen. Tomás Ruiz'] },
      { s: 'Paula Ortiz (pictured), a city councillor in Tucson, insisted that the count had been fair.', label: 'direct', sources: ['Paula Ortiz'] },
    ],
    note: 'A bracket after the name ("(D-Ore.)", "(pictured)") and then an apposition between commas: the speaker is the name before the bracket.',
  },
  {
    id: 'unspecified-group/1',
    rule: 'vague-source',
    text: `The panel heard from six tax lawyers over two days. To varying degrees, all agreed that the new levy would add years of litigation. All three economists who testified said the revenue estimate was too high. Residents who fled the fire on Tuesday told reporters that the alarms never sounded.`,
    expect: [
      { s: 'The panel heard from six tax lawyers over two days.', label: 'unattributed' },
      { s: 'To varying degrees, all agreed that the new levy would add years of litigation.', label: 'reported', sources: ['all'] },
      { s: 'All three economists who testified said the revenue estimate was too high.', label: 'reported', sources: ['All three economists'] },
      { s: 'Residents who fled the fire on Tuesday told reporters that the alarms never sounded.', label: 'reported', sources: ['Residents'] },
    ],
    note: "'all' on its own is an unspecified group (SPEC §1 step 2: vague, like 'some', 'many').",
  },
  {
    id: 'question-verb/1',
    rule: 'question-verb',
    text: `At a rally in Tampa on Friday, Marisol Vega questioned what kind of leader sends angry messages at dawn. A campaign ad in 2019 had questioned whether her rival was ready to lead. Delegates are now questioning how the party can keep its pledge. The senator questioned the figures in a brief statement.`,
    expect: [
      { s: 'At a rally in Tampa on Friday, Marisol Vega questioned what kind of leader sends angry messages at dawn.', label: 'direct', sources: ['Marisol Vega'] },
      { s: 'A campaign ad in 2019 had questioned whether her rival was ready to lead.', label: 'direct', sources: ['A campaign ad in 2019'] },
      { s: 'Delegates are now questioning how the party can keep its pledge.', label: 'reported', sources: ['Delegates'] },
      { s: 'The senator questioned the figures in a brief statement.', label: 'unattributed' },
    ],
    note: "'questioned whether/what/how' reports a doubt raised, as 'asked whether' does; 'questioned the figures' hands over no content.",
  },
  {
    id: 'group-nouns/1',
    rule: 'vague-source',
    text: `The mine reopened in March under a new owner. But environmentalists worry that its tailings will reach the river. Taxpayers in the county fear that the clean-up bill will fall to them. Shareholders, for their part, say the reopening is overdue.`,
    expect: [
      { s: 'The mine reopened in March under a new owner.', label: 'unattributed' },
      { s: 'But environmentalists worry that its tailings will reach the river.', label: 'reported', sources: ['environmentalists'] },
      { s: 'Taxpayers in the county fear that the clean-up bill will fall to them.', label: 'reported', sources: ['Taxpayers in the county'] },
      { s: 'Shareholders, for their part, say the reopening is overdue.', label: 'reported', sources: ['Shareholders'] },
    ],
    note: 'Unspecified groups of people are vague sources (SPEC §1 step 2).',
  },
  {
    id: 'inverted-adjunct/1',
    rule: 'inverted-said',
    text: `“We will not back down,” said Ines Moreau to cheers from the crowd. “The impact of the strike is still small,” wrote Karl Hesse for the Morning Ledger. “It is over,” the coach said with a shrug. “The talks have ended,” said a spokesman for the ministry.`,
    expect: [
      { s: '“We will not back down,” said Ines Moreau to cheers from the crowd.', label: 'direct', sources: ['Ines Moreau'] },
      { s: '“The impact of the strike is still small,” wrote Karl Hesse for the Morning Ledger.', label: 'direct', sources: ['Karl Hesse'] },
      { s: '“It is over,” the coach said with a shrug.', label: 'direct', sources: ['the coach'] },
      { s: '“The talks have ended,” said a spokesman for the ministry.', label: 'direct', sources: ['a spokesman for the ministry'] },
    ],
    note: "After an inverted speaker's name, 'to', 'for', 'with' open an adjunct, not part of the speaker; after a role noun ('a spokesman for the ministry') they stay in the phrase.",
  },
  {
    id: 'authored-poll/1',
    rule: 'research-verb',
    text: `The Metro tracking poll, which follows voters’ support for the candidates every day, showed that as of Friday, Lopez is leading by five points. Satellite data show that the reservoir is at a third of its capacity. A genetic study found that the bones belonged to a child.`,
    expect: [
      { s: 'The Metro tracking poll, which follows voters’ support for the candidates every day, showed that as of Friday, Lopez is leading by five points.', label: 'direct', sources: ['The Metro tracking poll'] },
      { s: 'Satellite data show that the reservoir is at a third of its capacity.', label: 'unattributed' },
      { s: 'A genetic study found that the bones belonged to a child.', label: 'reported', sources: ['A genetic study'] },
    ],
    note: "An instrument word makes recorded data evidence ('satellite data'), not an authored poll or study: a tracking poll is a document; an unidentified study is a vague one (SPEC §1 step 2).",
  },
  {
    id: 'contracted-auxiliary/1',
    rule: 'saying-verb',
    text: `He’s claiming that the count in Pima County was rigged. She’s insisting the ballots were handled properly. They’re saying nothing until the audit ends.`,
    expect: [
      { s: 'He’s claiming that the count in Pima County was rigged.', label: 'direct', sources: ['He'] },
      { s: 'She’s insisting the ballots were handled properly.', label: 'direct', sources: ['She'] },
      { s: 'They’re saying nothing until the audit ends.', label: 'unattributed' },
    ],
    note: "A contracted auxiliary (’s, ’re) stands between the speaker and the verb like 'is'. 'He' and 'She' with no antecedent in the passage are still pronoun sources; 'saying nothing' hands over no content.",
  },
  {
    id: 'reported-clause/2',
    rule: 'reported-clause',
    text: `Organisers said more than 2,000 volunteers came to the first meeting. The treasurer said about a third of the shortfall came from unpaid fees. Rivera said at least 40 homes lost power overnight. Police believe the driver fled the scene. Analysts believe the bank quietly sold its stake. Investigators suspect Moreno knows where the money went. Halvorsen told Channel 4 viewers to stay indoors.`,
    expect: [
      { s: 'Organisers said more than 2,000 volunteers came to the first meeting.', label: 'reported', sources: ['Organisers'] },
      { s: 'The treasurer said about a third of the shortfall came from unpaid fees.', label: 'direct', sources: ['The treasurer'] },
      { s: 'Rivera said at least 40 homes lost power overnight.', label: 'direct', sources: ['Rivera'] },
      { s: 'Police believe the driver fled the scene.', label: 'direct', sources: ['Police'] },
      { s: 'Analysts believe the bank quietly sold its stake.', label: 'reported', sources: ['Analysts'] },
      { s: 'Investigators suspect Moreno knows where the money went.', label: 'reported', sources: ['Investigators'] },
      { s: 'Halvorsen told Channel 4 viewers to stay indoors.', label: 'unattributed' },
    ],
    note: "A reported clause without 'that' may open with a quantity ('more than', 'about', 'at least'), have an adverb before its verb, an irregular past ('came', 'fled', 'sold') or a present -s verb right after a name ('Moreno knows'). A plural of people after a name is not a verb: 'told Channel 4 viewers to stay indoors' is an instruction (SPEC §1 step 1).",
  },
  {
    id: 'subject-forms/1',
    rule: 'saying-verb',
    text: `Mayor Ana Kessler has since said she regrets the remark. Most said they would vote again. In the poll, 41% say the city is headed in the wrong direction. Lopez has said for weeks he is the only candidate who can win. The union has argued for months that the pension fund is short.`,
    expect: [
      { s: 'Mayor Ana Kessler has since said she regrets the remark.', label: 'direct', sources: ['Mayor Ana Kessler'] },
      { s: 'Most said they would vote again.', label: 'reported', sources: ['Most'] },
      { s: 'In the poll, 41% say the city is headed in the wrong direction.', label: 'reported', sources: ['41%'] },
      { s: 'Lopez has said for weeks he is the only candidate who can win.', label: 'direct', sources: ['Lopez'] },
      { s: 'The union has argued for months that the pension fund is short.', label: 'direct', sources: ['The union'] },
    ],
    note: "A word between the auxiliary and the verb is an adverb ('has since said'); 'Most' and a share of those polled ('41%') are unspecified groups, so vague (SPEC §1 step 2); 'for weeks' is an adjunct before the content.",
  },
  {
    id: 'participle-cue/irregular-past',
    rule: 'participle-cue',
    text: `The senator spoke about the budget, saying that the deficit was out of control. Governor Mills met the strikers on Friday, saying the state would pay the arrears. The senator spoke about the budget for an hour.`,
    expect: [
      { s: 'The senator spoke about the budget, saying that the deficit was out of control.', label: 'direct', sources: ['The senator'] },
      { s: 'Governor Mills met the strikers on Friday, saying the state would pay the arrears.', label: 'direct', sources: ['Governor Mills'] },
      { s: 'The senator spoke about the budget for an hour.', label: 'unattributed' },
    ],
    note: "An irregular past ('spoke', 'met') ends the subject, so ', saying…' takes 'The senator', not 'The senator spoke about the budget'. Speaking about a topic hands over no content.",
  },
  {
    id: 'adjuncts-and-asides/1',
    rule: 'saying-verb',
    text: `Kessler said, if re-elected, she would keep the clinic open. Moreno said, when asked, that the fund had been audited. In 2019 the governor said of the strikers: “They have a point.” Ortiz, after initially saying she would not run, filed her papers on Monday. Lee and Ortiz have both said the deal is dead. The bank’s board announced two days earlier that it would look for a new chief. Eight years ago, Halvorsen backed the levy and said, “The schools need it.” It is worth noting that the levy passed by four votes. The council has helped add momentum to the inquiry.`,
    expect: [
      { s: 'Kessler said, if re-elected, she would keep the clinic open.', label: 'direct', sources: ['Kessler'] },
      { s: 'Moreno said, when asked, that the fund had been audited.', label: 'direct', sources: ['Moreno'] },
      { s: 'In 2019 the governor said of the strikers: “They have a point.”', label: 'direct', sources: ['the governor'] },
      { s: 'Ortiz, after initially saying she would not run, filed her papers on Monday.', label: 'direct', sources: ['Ortiz'] },
      { s: 'Lee and Ortiz have both said the deal is dead.', label: 'direct', sources: ['Lee and Ortiz'] },
      { s: 'The bank’s board announced two days earlier that it would look for a new chief.', label: 'direct', sources: ['The bank’s board'] },
      { s: 'Eight years ago, Halvorsen backed the levy and said, “The schools need it.”', label: 'direct', sources: ['Halvorsen'] },
      { s: 'It is worth noting that the levy passed by four votes.', label: 'unattributed' },
      { s: 'The council has helped add momentum to the inquiry.', label: 'unattributed' },
    ],
    note: "Between a cue and its content may stand an aside set off by commas ('if re-elected', 'when asked'), a topic before a colon ('said of the strikers:'), or a time phrase ('two days earlier'); an adverb may stand between 'after' and the participle, and 'both' between the auxiliary and the verb. A time phrase that opens the sentence is not its subject. 'worth noting' is the author's own aside and 'add momentum' is no saying (SPEC §1).",
  },
  {
    id: 'verb-shapes/1',
    rule: 'saying-verb',
    text: `Marsh also claims he was the only one punished for the error. The union did not want to address “that person,” telling Channel 5 that it is focused on the victims. Ortiz then writes back, “You look tired.” Aides said people who met Lee gave money.`,
    expect: [
      { s: 'Marsh also claims he was the only one punished for the error.', label: 'direct', sources: ['Marsh'] },
      { s: 'The union did not want to address “that person,” telling Channel 5 that it is focused on the victims.', label: 'direct', sources: ['The union'] },
      { s: 'Ortiz then writes back, “You look tired.”', label: 'direct', sources: ['Ortiz'] },
      { s: 'Aides said people who met Lee gave money.', label: 'reported', sources: ['Aides'] },
    ],
    note: "An adverb between a name and a form that is also a noun ('also claims') makes it the verb; a comma inside a closing quotation mark still sets off a participle ('…,” telling'); 'writes back' takes a quotation; a reported clause's subject may carry a short relative clause ('people who met Lee gave').",
  },
  {
    id: 'passive-told/1',
    rule: 'hedge-passive',
    text: `Lee had been told just before the vote that he would lose narrowly. She was told by her doctor on Friday that the scan was clear. Staff were informed that the plant would close. The driver was told to leave.`,
    expect: [
      { s: 'Lee had been told just before the vote that he would lose narrowly.', label: 'reported' },
      { s: 'She was told by her doctor on Friday that the scan was clear.', label: 'direct', sources: ['her doctor'] },
      { s: 'Staff were informed that the plant would close.', label: 'reported' },
      { s: 'The driver was told to leave.', label: 'unattributed' },
    ],
    note: "'was told that…' hands over content from a teller it does not name, like 'it was reported that' (SPEC §1 hedges); with 'by' the teller is the source. 'was told to leave' is an instruction, not an attribution.",
  },
  {
    id: 'tag-verbs/1',
    rule: 'trailing-said',
    text: `“Out!” the crowd yelled. “My job is to win,” Lee vowed. “We will rebuild,” the mayor promised. “It was a long night,” Ryan continued. Issa continued, “Yes, it was.” But the drinking continued, and four years later he was dead. Ortiz commented that the vote was close. The mayor declined to comment. Lee bragged that he had won every county. The two countries settled many disputes that had divided them. A spokeswoman disputed that account.`,
    expect: [
      { s: '“Out!” the crowd yelled.', label: 'reported', sources: ['the crowd'] },
      { s: '“My job is to win,” Lee vowed.', label: 'direct', sources: ['Lee'] },
      { s: '“We will rebuild,” the mayor promised.', label: 'direct', sources: ['the mayor'] },
      { s: '“It was a long night,” Ryan continued.', label: 'direct', sources: ['Ryan'] },
      { s: 'Issa continued, “Yes, it was.”', label: 'direct', sources: ['Issa'] },
      { s: 'But the drinking continued, and four years later he was dead.', label: 'unattributed' },
      { s: 'Ortiz commented that the vote was close.', label: 'direct', sources: ['Ortiz'] },
      { s: 'The mayor declined to comment.', label: 'unattributed' },
      { s: 'Lee bragged that he had won every county.', label: 'direct', sources: ['Lee'] },
      { s: 'The two countries settled many disputes that had divided them.', label: 'unattributed' },
      { s: 'A spokeswoman disputed that account.', label: 'direct', sources: ['A spokeswoman'] },
    ],
    note: "Verbs of shouting, commenting and bragging tag quotations and clauses; a commitment verb tags the quotation it follows ('…,” Lee vowed'); 'continued' is a cue only as a tag or lead-in; 'many disputes that…' is a noun. A spokeswoman speaks for her body on record, so she is named (SPEC §1 step 2).",
  },
]
