import type { LabelledCase } from './types'

export const cases: LabelledCase[] = [
  {
    id: 'named-person/1',
    rule: 'named-person',
    text: `The strike at the Hospital del Mar entered its third week on Monday. Lucía Ferrer, a nurse on the cardiology ward, said staff had been working 14-hour shifts since January. The hospital has 39 vacant nursing posts.`,
    expect: [
      { s: 'The strike at the Hospital del Mar entered its third week on Monday.', label: 'unattributed' },
      { s: 'Lucía Ferrer, a nurse on the cardiology ward, said staff had been working 14-hour shifts since January.', label: 'direct', sources: ['Lucía Ferrer'] },
      { s: 'The hospital has 39 vacant nursing posts.', label: 'unattributed' },
    ],
  },
  {
    id: 'named-person/2',
    rule: 'named-person',
    text: `Olympic champion Ruth Kiplagat has announced that she will retire after the world championships in September. The 34-year-old won the 10,000 metres in 2021 and 2024.`,
    expect: [
      { s: 'Olympic champion Ruth Kiplagat has announced that she will retire after the world championships in September.', label: 'direct', sources: ['Olympic champion Ruth Kiplagat'] },
      { s: 'The 34-year-old won the 10,000 metres in 2021 and 2024.', label: 'unattributed' },
    ],
  },
  {
    id: 'named-org/1',
    rule: 'named-org',
    text: `Vesta Motors said it would recall 84,000 cars over a faulty brake sensor. The Federal Transport Authority said it had received 37 complaints about the sensor. No injuries have been linked to the fault.`,
    expect: [
      { s: 'Vesta Motors said it would recall 84,000 cars over a faulty brake sensor.', label: 'direct', sources: ['Vesta Motors'] },
      { s: 'The Federal Transport Authority said it had received 37 complaints about the sensor.', label: 'direct', sources: ['The Federal Transport Authority'] },
      { s: 'No injuries have been linked to the fault.', label: 'unattributed' },
    ],
  },
  {
    id: 'named-org/2',
    rule: 'named-org',
    text: `The Supreme Court of Ghana said in its judgment that the 2022 election law had been passed without a quorum. Parliament has 60 days to pass a new law.`,
    expect: [
      { s: 'The Supreme Court of Ghana said in its judgment that the 2022 election law had been passed without a quorum.', label: 'direct', sources: ['The Supreme Court of Ghana'] },
      { s: 'Parliament has 60 days to pass a new law.', label: 'unattributed' },
    ],
  },
  {
    id: 'named-org/3',
    rule: 'named-org',
    text: `The social network must pay a fine of €210 million, the Irish Data Protection Commission announced on Thursday. The company said it would appeal.`,
    expect: [
      { s: 'The social network must pay a fine of €210 million, the Irish Data Protection Commission announced on Thursday.', label: 'direct', sources: ['the Irish Data Protection Commission'] },
      { s: 'The company said it would appeal.', label: 'direct', sources: ['The company'] },
    ],
  },
  {
    id: 'office/1',
    rule: 'office',
    text: `A fire destroyed a warehouse and two homes in Aarhus on Saturday. A police spokeswoman said a 31-year-old man had been arrested on suspicion of arson. A city council spokesperson said the families had been given temporary housing.`,
    expect: [
      { s: 'A fire destroyed a warehouse and two homes in Aarhus on Saturday.', label: 'unattributed' },
      { s: 'A police spokeswoman said a 31-year-old man had been arrested on suspicion of arson.', label: 'direct', sources: ['A police spokeswoman'] },
      { s: 'A city council spokesperson said the families had been given temporary housing.', label: 'direct', sources: ['A city council spokesperson'] },
    ],
    note: 'A spokesperson is an office that speaks on record for one body: named (SPEC §1 step 2).',
  },
  {
    id: 'office/2',
    rule: 'office',
    text: `The crash on the Route 9 bypass killed three people on Friday. Police said the driver was 74 and had no previous convictions. The government said on Monday it would review speed limits on rural roads.`,
    expect: [
      { s: 'The crash on the Route 9 bypass killed three people on Friday.', label: 'unattributed' },
      { s: 'Police said the driver was 74 and had no previous convictions.', label: 'direct', sources: ['Police'] },
      { s: 'The government said on Monday it would review speed limits on rural roads.', label: 'direct', sources: ['The government'] },
    ],
    note: "'Police' and 'The government' are offices that speak on record for one body: named.",
  },
  {
    id: 'office/3',
    rule: 'office',
    text: `The Kremlin said talks with Kazakhstan on the new pipeline would continue next month. The pipeline would carry gas to western China through Kazakh territory.`,
    expect: [
      { s: 'The Kremlin said talks with Kazakhstan on the new pipeline would continue next month.', label: 'direct', sources: ['The Kremlin'] },
      { s: 'The pipeline would carry gas to western China through Kazakh territory.', label: 'unattributed' },
    ],
  },
  {
    id: 'office/4',
    rule: 'office',
    text: `The president’s plane made an emergency landing in Anchorage on Tuesday. The White House said the president had not been in danger at any point.`,
    expect: [
      { s: 'The president’s plane made an emergency landing in Anchorage on Tuesday.', label: 'unattributed' },
      { s: 'The White House said the president had not been in danger at any point.', label: 'direct', sources: ['The White House'] },
    ],
  },
  {
    id: 'office/5',
    rule: 'office',
    text: `Downing Street said the prime minister had spoken to his Irish counterpart on Sunday evening. The two governments have been at odds over border checks since the spring.`,
    expect: [
      { s: 'Downing Street said the prime minister had spoken to his Irish counterpart on Sunday evening.', label: 'direct', sources: ['Downing Street'] },
      { s: 'The two governments have been at odds over border checks since the spring.', label: 'unattributed' },
    ],
  },
  {
    id: 'definite-person/1',
    rule: 'definite-person',
    text: `Hana Kowalczyk, 17, was one of three teenagers killed in the crash on the A4 near Katowice. Her mother said she had been planning to study medicine in Kraków. A memorial service will be held on Friday.`,
    expect: [
      { s: 'Hana Kowalczyk, 17, was one of three teenagers killed in the crash on the A4 near Katowice.', label: 'unattributed' },
      { s: 'Her mother said she had been planning to study medicine in Kraków.', label: 'direct', sources: ['Her mother'] },
      { s: 'A memorial service will be held on Friday.', label: 'unattributed' },
    ],
    note: "'Her mother' is one definite, identifiable person even though unnamed: named (SPEC §1 step 2).",
  },
  {
    id: 'definite-person/2',
    rule: 'definite-person',
    text: `The suspect was arrested at a bus station in Mombasa on Wednesday. The victim’s brother told reporters the family had warned police about the man weeks earlier.`,
    expect: [
      { s: 'The suspect was arrested at a bus station in Mombasa on Wednesday.', label: 'unattributed' },
      { s: 'The victim’s brother told reporters the family had warned police about the man weeks earlier.', label: 'direct', sources: ['The victim’s brother'] },
    ],
  },
  {
    id: 'definite-person/3',
    rule: 'definite-person',
    text: `Two Colombian diplomats were expelled from Caracas on Monday. The foreign minister said the ambassador would be recalled for consultations.`,
    expect: [
      { s: 'Two Colombian diplomats were expelled from Caracas on Monday.', label: 'unattributed' },
      { s: 'The foreign minister said the ambassador would be recalled for consultations.', label: 'direct', sources: ['The foreign minister'] },
    ],
  },
  {
    id: 'definite-person/4',
    rule: 'definite-person',
    text: `A 61-year-old man died when his car left the road near Inverness on Saturday. His daughter, who was in the passenger seat, said he had swerved to avoid a deer.`,
    expect: [
      { s: 'A 61-year-old man died when his car left the road near Inverness on Saturday.', label: 'unattributed' },
      { s: 'His daughter, who was in the passenger seat, said he had swerved to avoid a deer.', label: 'direct', sources: ['His daughter'] },
    ],
  },
  {
    id: 'document/1',
    rule: 'document',
    text: `Shareholders filed a lawsuit against Harlow Foods in federal court in Delaware on Tuesday. The complaint alleges that the company misled investors about losses at its Brazilian unit. Harlow's shares fell 9% in New York.`,
    expect: [
      { s: 'Shareholders filed a lawsuit against Harlow Foods in federal court in Delaware on Tuesday.', label: 'unattributed' },
      { s: 'The complaint alleges that the company misled investors about losses at its Brazilian unit.', label: 'direct', sources: ['The complaint'] },
      { s: "Harlow's shares fell 9% in New York.", label: 'unattributed' },
    ],
  },
  {
    id: 'document/2',
    rule: 'document',
    text: `According to court documents, the two men met in a prison in Marseille in 2015. They were arrested together in Toulon last year.`,
    expect: [
      { s: 'According to court documents, the two men met in a prison in Marseille in 2015.', label: 'direct', sources: ['court documents'] },
      { s: 'They were arrested together in Toulon last year.', label: 'unattributed' },
    ],
  },
  {
    id: 'document/3',
    rule: 'document',
    text: `Doctors at St. Brendan’s Hospital in Cork have written to the health minister. The letter, signed by 140 doctors, says the emergency department cannot operate safely with its current staff.`,
    expect: [
      { s: 'Doctors at St. Brendan’s Hospital in Cork have written to the health minister.', label: 'unattributed' },
      { s: 'The letter, signed by 140 doctors, says the emergency department cannot operate safely with its current staff.', label: 'direct', sources: ['The letter'] },
    ],
  },
  {
    id: 'document/4',
    rule: 'document',
    text: `Data released by the National Statistics Bureau on Wednesday showed unemployment rising to 6.1% in the second quarter. The rate was 5.4% a year earlier.`,
    expect: [
      { s: 'Data released by the National Statistics Bureau on Wednesday showed unemployment rising to 6.1% in the second quarter.', label: 'direct' },
      { s: 'The rate was 5.4% a year earlier.', label: 'unattributed' },
    ],
    note: "'Data released by the National Statistics Bureau' identifies the release, so it is a specific document (SPEC §1 step 2).",
  },
  {
    id: 'document/5',
    rule: 'document',
    text: `The government published its annual report on air quality on Monday. The report shows that levels of nitrogen dioxide in Sofia exceeded the legal limit on 41 days last year.`,
    expect: [
      { s: 'The government published its annual report on air quality on Monday.', label: 'unattributed' },
      { s: 'The report shows that levels of nitrogen dioxide in Sofia exceeded the legal limit on 41 days last year.', label: 'direct', sources: ['The report'] },
    ],
  },
  {
    id: 'firm-work/1',
    rule: 'firm-work',
    text: `Analysts at Halden & Rowe said in a note that the chipmaker’s margins would recover by the third quarter. Other analysts were less optimistic, saying that demand from carmakers had yet to pick up. The chipmaker’s shares have fallen 30% this year.`,
    expect: [
      { s: 'Analysts at Halden & Rowe said in a note that the chipmaker’s margins would recover by the third quarter.', label: 'direct', sources: ['Analysts at Halden & Rowe'] },
      { s: 'Other analysts were less optimistic, saying that demand from carmakers had yet to pick up.', label: 'reported', sources: ['Other analysts'] },
      { s: 'The chipmaker’s shares have fallen 30% this year.', label: 'unattributed' },
    ],
  },
  {
    id: 'firm-work/2',
    rule: 'firm-work',
    text: `A report by the consultancy Marlow Partners estimated that the tournament would add €600 million to the Portuguese economy. The final will be played in Lisbon on July 14.`,
    expect: [
      { s: 'A report by the consultancy Marlow Partners estimated that the tournament would add €600 million to the Portuguese economy.', label: 'direct' },
      { s: 'The final will be played in Lisbon on July 14.', label: 'unattributed' },
    ],
  },
  {
    id: 'pronoun-resolution/1',
    rule: 'pronoun-resolution',
    text: `Olga Sørensen has run the bakery on Storgata since 1988. She said the price of flour had forced her to raise the price of bread three times this year. “I have never seen anything like it,” she said. The bakery employs six people.`,
    expect: [
      { s: 'Olga Sørensen has run the bakery on Storgata since 1988.', label: 'unattributed' },
      { s: 'She said the price of flour had forced her to raise the price of bread three times this year.', label: 'direct', sources: ['She'] },
      { s: '“I have never seen anything like it,” she said.', label: 'direct', sources: ['she'] },
      { s: 'The bakery employs six people.', label: 'unattributed' },
    ],
  },
  {
    id: 'pronoun-resolution/2',
    rule: 'pronoun-resolution',
    text: `Marisco Foods closed its canning plant in Vigo last year. It said on Tuesday that it would reopen the plant in March with 200 workers.`,
    expect: [
      { s: 'Marisco Foods closed its canning plant in Vigo last year.', label: 'unattributed' },
      { s: 'It said on Tuesday that it would reopen the plant in March with 200 workers.', label: 'direct', sources: ['It'] },
    ],
  },
  {
    id: 'pronoun-resolution/3',
    rule: 'pronoun-resolution',
    text: `Judge Ayesha Malik was appointed to the bench in 2021. In her ruling, she wrote that the police had “no lawful basis” for the search.`,
    expect: [
      { s: 'Judge Ayesha Malik was appointed to the bench in 2021.', label: 'unattributed' },
      { s: 'In her ruling, she wrote that the police had “no lawful basis” for the search.', label: 'direct', sources: ['she'] },
    ],
  },
  {
    id: 'role-noun/1',
    rule: 'role-noun',
    text: `Rafael Duarte was elected mayor of Porto Velho in 2020. The 61-year-old said he would not seek a third term. The city needs “new energy”, the former teacher told a local radio station.`,
    expect: [
      { s: 'Rafael Duarte was elected mayor of Porto Velho in 2020.', label: 'unattributed' },
      { s: 'The 61-year-old said he would not seek a third term.', label: 'direct', sources: ['The 61-year-old'] },
      { s: 'The city needs “new energy”, the former teacher told a local radio station.', label: 'direct', sources: ['the former teacher'] },
    ],
    note: "'The 61-year-old' and 'the former teacher' are role nouns resolving to Rafael Duarte (SPEC §3).",
  },
  {
    id: 'role-noun/2',
    rule: 'role-noun',
    text: `Chancellor Greta Vossberg met the Polish prime minister in Warsaw on Thursday. The German leader said the two countries would build a new rail link between Berlin and Poznań.`,
    expect: [
      { s: 'Chancellor Greta Vossberg met the Polish prime minister in Warsaw on Thursday.', label: 'unattributed' },
      { s: 'The German leader said the two countries would build a new rail link between Berlin and Poznań.', label: 'direct', sources: ['The German leader'] },
    ],
  },
  {
    id: 'role-noun/3',
    rule: 'role-noun',
    text: `Shares in Ardent Pharma fell 12% after its arthritis drug failed a late-stage trial. The drugmaker said it would review the data before deciding whether to continue.`,
    expect: [
      { s: 'Shares in Ardent Pharma fell 12% after its arthritis drug failed a late-stage trial.', label: 'unattributed' },
      { s: 'The drugmaker said it would review the data before deciding whether to continue.', label: 'direct', sources: ['The drugmaker'] },
    ],
  },
  {
    id: 'forward-identification/1',
    rule: 'forward-identification',
    text: `A new study ties night-shift work to higher rates of type 2 diabetes. The study, published in the Journal of Occupational Health, found that nurses on rotating night shifts were 31% more likely to develop the disease. Around one in five workers in Europe works some nights.`,
    expect: [
      { s: 'A new study ties night-shift work to higher rates of type 2 diabetes.', label: 'direct', sources: ['A new study'] },
      { s: 'The study, published in the Journal of Occupational Health, found that nurses on rotating night shifts were 31% more likely to develop the disease.', label: 'direct', sources: ['The study'] },
      { s: 'Around one in five workers in Europe works some nights.', label: 'unattributed' },
    ],
    note: "The indefinite 'A new study' is identified by the next sentence, so it counts as a named document (SPEC §1 step 2, forward identification).",
  },
  {
    id: 'forward-identification/2',
    rule: 'forward-identification',
    text: `A government report released on Tuesday warns that a third of Scotland’s road bridges need urgent repairs. The report, by the Accounts Commission, put the cost of the backlog at £1.1 billion. Many of the bridges were built before 1950.`,
    expect: [
      { s: 'A government report released on Tuesday warns that a third of Scotland’s road bridges need urgent repairs.', label: 'direct' },
      { s: 'The report, by the Accounts Commission, put the cost of the backlog at £1.1 billion.', label: 'direct', sources: ['The report'] },
      { s: 'Many of the bridges were built before 1950.', label: 'unattributed' },
    ],
  },
  {
    id: 'forward-identification/3',
    rule: 'forward-identification',
    text: `A letter seen by the Courier shows that the minister was warned about the contract in 2021. The letter, from the head of procurement, says the price was “far above market rates”.`,
    expect: [
      { s: 'A letter seen by the Courier shows that the minister was warned about the contract in 2021.', label: 'direct' },
      { s: 'The letter, from the head of procurement, says the price was “far above market rates”.', label: 'direct', sources: ['The letter'] },
    ],
    note: "'A letter seen by the Courier' is identified in the next sentence.",
  },
  {
    id: 'vague-group/1',
    rule: 'vague-group',
    text: `Officials said the evacuation order would remain in place until at least Monday. Several residents said they had refused to leave their farms. The fire has burned 14,000 hectares in the Serra da Estrela.`,
    expect: [
      { s: 'Officials said the evacuation order would remain in place until at least Monday.', label: 'reported', sources: ['Officials'] },
      { s: 'Several residents said they had refused to leave their farms.', label: 'reported', sources: ['Several residents'] },
      { s: 'The fire has burned 14,000 hectares in the Serra da Estrela.', label: 'unattributed' },
    ],
  },
  {
    id: 'vague-group/2',
    rule: 'vague-group',
    text: `Engineers said the bridge had been unsafe for years. The chief engineer said repairs would take a year. A virologist at the city hospital warned that cases would rise. Meteorologists expect the storm to weaken by Friday. The editor said the story would run on Sunday.`,
    expect: [
      { s: 'Engineers said the bridge had been unsafe for years.', label: 'reported', sources: ['Engineers'] },
      { s: 'The chief engineer said repairs would take a year.', label: 'direct', sources: ['The chief engineer'] },
      { s: 'A virologist at the city hospital warned that cases would rise.', label: 'reported' },
      { s: 'Meteorologists expect the storm to weaken by Friday.', label: 'reported', sources: ['Meteorologists'] },
      { s: 'The editor said the story would run on Sunday.', label: 'direct', sources: ['The editor'] },
    ],
    note: 'A profession as a bare plural or with "a" is an unspecified group or person (vague), even capitalised at the start of a sentence; with "the" it is one definite person (SPEC §1 step 2).',
  },
  {
    id: 'vague-group/3',
    rule: 'vague-group',
    text: `Two Democrats on the committee, Ruiz and Diaz, said the bill was dead. The union's president, Ana Kovac, said the strike would go on. Officials in Texas, New Mexico and Arizona said the wall was unfinished. Governors of Ohio, Utah, and Maine said they would sue. It rained all week in Lyon, Marseille and Nice, forecasters said. Rep. Dana Voss, R-Ohio, said the vote was close.`,
    expect: [
      { s: 'Two Democrats on the committee, Ruiz and Diaz, said the bill was dead.', label: 'direct', sources: ['Ruiz and Diaz'] },
      { s: "The union's president, Ana Kovac, said the strike would go on.", label: 'direct', sources: ['Ana Kovac'] },
      { s: 'Officials in Texas, New Mexico and Arizona said the wall was unfinished.', label: 'reported', sources: ['Officials in Texas, New Mexico and Arizona'] },
      { s: 'Governors of Ohio, Utah, and Maine said they would sue.', label: 'reported', sources: ['Governors of Ohio, Utah, and Maine'] },
      { s: 'It rained all week in Lyon, Marseille and Nice, forecasters said.', label: 'reported', sources: ['forecasters'] },
      { s: 'Rep. Dana Voss, R-Ohio, said the vote was close.', label: 'direct', sources: ['Rep. Dana Voss'] },
    ],
    note: 'Names in an apposition name the speakers of an unnamed group ("Two Democrats…, Ruiz and Diaz,"), so the sentence is direct; a list of places after a preposition belongs to the group before it, so "Officials in Texas, New Mexico and Arizona" stays vague; a party tag is no apposition.',
  },
  {
    id: 'document/identified-by',
    rule: 'document',
    text: `A news report published Wednesday said the minister had used a private email account. Documents seen by the Ledger show the contract was signed in March. A petition signed by 340 shop owners said the tax was unfair. Younger voters in the poll appeared more likely to say the race was close.`,
    expect: [
      { s: 'A news report published Wednesday said the minister had used a private email account.', label: 'reported' },
      { s: 'Documents seen by the Ledger show the contract was signed in March.', label: 'direct', sources: ['Documents seen by the Ledger'] },
      { s: 'A petition signed by 340 shop owners said the tax was unfair.', label: 'direct', sources: ['A petition signed by 340 shop owners'] },
      { s: 'Younger voters in the poll appeared more likely to say the race was close.', label: 'reported', sources: ['Younger voters in the poll'] },
    ],
    note: 'A document is identified by who published, signed or saw it ("seen by the Ledger", "signed by 340 shop owners"), not by when ("published Wednesday" leaves a news report unnamed: vague, SPEC §1 step 2); research verbs with a document take a reported clause without "that"; "appeared" before "more likely to say" is not part of the speakers.',
  },
  {
    id: 'document/unidentified-results',
    rule: 'document',
    text: `Early returns showed a narrow lead for the mayor. Preliminary results from the northern wards put her rival ahead. The county's official results showed a tie. His tax returns show he paid no income tax in 2019.`,
    expect: [
      { s: 'Early returns showed a narrow lead for the mayor.', label: 'reported', sources: ['Early returns'] },
      { s: 'Preliminary results from the northern wards put her rival ahead.', label: 'unattributed' },
      { s: "The county's official results showed a tie.", label: 'direct', sources: ["The county's official results"] },
      { s: 'His tax returns show he paid no income tax in 2019.', label: 'direct', sources: ['His tax returns'] },
    ],
    note: 'Results and returns nobody is named for are unidentified data (vague), even with a capitalised word opening the sentence; an owner ("the county\'s", "his") identifies them (SPEC §1 step 2: "data showed" when the release is identified). "put her rival ahead" is no research verb.',
  },
  {
    id: 'document/relative-which',
    rule: 'document',
    text: `Okafor cited the audit, which found that the fund had lost $4 million. Her aide quoted the memo, which said staff had been warned. Ruiz won easily among older voters, which describes most of the district. The party courted suburban women, which explains the ads. The union, which said the strike would go on, met on Sunday.`,
    expect: [
      { s: 'Okafor cited the audit, which found that the fund had lost $4 million.', label: 'direct', sources: ['Okafor', 'the audit', 'the audit'] },
      { s: 'Her aide quoted the memo, which said staff had been warned.', label: 'direct', sources: ['the memo'] },
      { s: 'Ruiz won easily among older voters, which describes most of the district.', label: 'unattributed' },
      { s: 'The party courted suburban women, which explains the ads.', label: 'unattributed' },
      { s: 'The union, which said the strike would go on, met on Sunday.', label: 'direct', sources: ['The union'] },
    ],
    note: 'A relative "which" stands for the thing before it ("the audit, which found"), never for the verb before that thing ("cited", "quoted" are the verbs here, not post-modifiers as in "residents quoted by"), and never for people ("voters, which describes" is about the voters, not said by them).',
  },
  {
    id: 'office/think-tank',
    rule: 'office',
    text: `The plan drew on ideas from Brussels think tanks and two trade unions. Conservative think tanks say the levy will slow hiring. The think tank said exports fell by a tenth in the first quarter. Exports may recover next year, according to the think tank.`,
    expect: [
      { s: 'The plan drew on ideas from Brussels think tanks and two trade unions.', label: 'unattributed' },
      { s: 'Conservative think tanks say the levy will slow hiring.', label: 'reported', sources: ['Conservative think tanks'] },
      { s: 'The think tank said exports fell by a tenth in the first quarter.', label: 'direct', sources: ['The think tank'] },
      { s: 'Exports may recover next year, according to the think tank.', label: 'direct', sources: ['the think tank'] },
    ],
    note: "'think tank' is a noun: the verb form inside it is no cue ('Brussels think tanks' thinks nothing); a think tank speaks like any body, named when definite and vague as an unspecified plural (SPEC §1 step 2).",
  },
  {
    id: 'vague-qualified/clause-and',
    rule: 'vague-qualified',
    text: `Lutz first met the prince at the Royal Regatta in Henley, and Okafor said the photograph was taken there. The Ledger printed the same allegations about the mine in March, and Kessler Mining responded with a lawsuit. Officials in Ohio, Indiana, and Michigan said the storm had passed.`,
    expect: [
      { s: 'Lutz first met the prince at the Royal Regatta in Henley, and Okafor said the photograph was taken there.', label: 'direct', sources: ['Okafor'] },
      { s: 'The Ledger printed the same allegations about the mine in March, and Kessler Mining responded with a lawsuit.', label: 'unattributed' },
      { s: 'Officials in Ohio, Indiana, and Michigan said the storm had passed.', label: 'reported', sources: ['Officials in Ohio, Indiana, and Michigan'] },
    ],
    note: 'After one place, ", and" joins two clauses, so the speaker is the name after it ("…in Henley, and Okafor said"); a list of places has a comma of its own before ", and", and the group before the preposition stays the speaker.',
  },
  {
    id: 'parenthetical-subject/dashes',
    rule: 'parenthetical-subject',
    text: `In an interview with the Ledger - recorded last week at her home in Leeds - Okafor said she would not stand again. The senator -- who has feuded with the governor for months -- said she regretted the remark. Rents rose 4 percent, according to the city's housing survey - twice the rate of wages. Her grandfather farmed here, as she said at the outset - and the crowd cheered. Shares of AT & T fell after the report.`,
    expect: [
      { s: 'In an interview with the Ledger - recorded last week at her home in Leeds - Okafor said she would not stand again.', label: 'direct', sources: ['Okafor'] },
      { s: 'The senator -- who has feuded with the governor for months -- said she regretted the remark.', label: 'direct', sources: ['The senator'] },
      { s: "Rents rose 4 percent, according to the city's housing survey - twice the rate of wages.", label: 'direct', sources: ["the city's housing survey"] },
      { s: 'Her grandfather farmed here, as she said at the outset - and the crowd cheered.', label: 'direct', sources: ['she'] },
      { s: 'Shares of AT & T fell after the report.', label: 'unattributed' },
    ],
    note: 'A hyphen with a space on each side, or a typed double hyphen, is a dash: it sets an aside off from the speaker and ends a source, as "—" does; "AT & T" stays one name.',
  },
  {
    id: 'vague-qualified/outlet-after',
    rule: 'vague-qualified',
    text: `Reporters for Reuters said the border was closed. One in four voters in a Bloomberg poll said the economy was weak. A spokeswoman for Kyodo said the story was accurate. Reuters reported that the deal was done.`,
    expect: [
      { s: 'Reporters for Reuters said the border was closed.', label: 'reported' },
      { s: 'One in four voters in a Bloomberg poll said the economy was weak.', label: 'reported' },
      { s: 'A spokeswoman for Kyodo said the story was accurate.', label: 'direct' },
      { s: 'Reuters reported that the deal was done.', label: 'direct', sources: ['Reuters'] },
    ],
    note: 'An outlet named after the head qualifies an unspecified group ("Reporters for Reuters", "voters in a Bloomberg poll": vague, SPEC §1 step 2); a spokeswoman speaks for it on record; the outlet as the subject is named.',
  },
  {
    id: 'vague-group/4',
    rule: 'vague-group',
    text: `Bystanders said the car was speeding. Caucus-goers said the line was two hours long. A juror told reporters the verdict was hard. The guard said the gate had been locked. Migrants at the border said they had walked for days.`,
    expect: [
      { s: 'Bystanders said the car was speeding.', label: 'reported', sources: ['Bystanders'] },
      { s: 'Caucus-goers said the line was two hours long.', label: 'reported', sources: ['Caucus-goers'] },
      { s: 'A juror told reporters the verdict was hard.', label: 'reported', sources: ['A juror'] },
      { s: 'The guard said the gate had been locked.', label: 'direct', sources: ['The guard'] },
      { s: 'Migrants at the border said they had walked for days.', label: 'reported' },
    ],
    note: 'People named by what they were doing or where they come from (bystanders, caucus-goers, jurors, migrants) are an unspecified group or person, vague even capitalised at the start of a sentence; "the guard" is one definite person (SPEC §1 step 2).',
  },
  {
    id: 'vague-qualified/1',
    rule: 'vague-qualified',
    text: `Pentagon officials said the drone had been shot down over international waters. It was the second such incident this year.`,
    expect: [
      { s: 'Pentagon officials said the drone had been shot down over international waters.', label: 'reported', sources: ['Pentagon officials'] },
      { s: 'It was the second such incident this year.', label: 'unattributed' },
    ],
    note: 'Officials qualified by an institution are still an unspecified group (SPEC §1 step 2).',
  },
  {
    id: 'vague-qualified/2',
    rule: 'vague-qualified',
    text: `A senior EU official said the bloc was preparing a new round of sanctions. The last package was adopted in June.`,
    expect: [
      { s: 'A senior EU official said the bloc was preparing a new round of sanctions.', label: 'reported', sources: ['A senior EU official'] },
      { s: 'The last package was adopted in June.', label: 'unattributed' },
    ],
  },
  {
    id: 'vague-qualified/3',
    rule: 'vague-qualified',
    text: `Venezuelan officials have raised the possibility of reopening the border crossings before Christmas. The crossings near Cúcuta have been closed to lorries since 2019.`,
    expect: [
      { s: 'Venezuelan officials have raised the possibility of reopening the border crossings before Christmas.', label: 'reported', sources: ['Venezuelan officials'] },
      { s: 'The crossings near Cúcuta have been closed to lorries since 2019.', label: 'unattributed' },
    ],
  },
  {
    id: 'vague-qualified/4',
    rule: 'vague-qualified',
    text: `The Security Council was due to vote on the resolution on Wednesday. Two Western diplomats said the vote had been delayed at the request of China.`,
    expect: [
      { s: 'The Security Council was due to vote on the resolution on Wednesday.', label: 'unattributed' },
      { s: 'Two Western diplomats said the vote had been delayed at the request of China.', label: 'reported', sources: ['Two Western diplomats'] },
    ],
  },
  {
    id: 'vague-sources/1',
    rule: 'vague-sources',
    text: `Sources familiar with the matter said the bank was in talks to sell its Polish unit. The unit has 1.4 million customers.`,
    expect: [
      { s: 'Sources familiar with the matter said the bank was in talks to sell its Polish unit.', label: 'reported' },
      { s: 'The unit has 1.4 million customers.', label: 'unattributed' },
    ],
  },
  {
    id: 'vague-sources/2',
    rule: 'vague-sources',
    text: `The launch of the Astra-2 satellite was originally set for June. People familiar with the plans said it had been pushed back to October.`,
    expect: [
      { s: 'The launch of the Astra-2 satellite was originally set for June.', label: 'unattributed' },
      { s: 'People familiar with the plans said it had been pushed back to October.', label: 'reported' },
    ],
  },
  {
    id: 'vague-sources/3',
    rule: 'vague-sources',
    text: `A source close to the family said the singer had been in hospital for a week. She cancelled three concerts in Madrid last month.`,
    expect: [
      { s: 'A source close to the family said the singer had been in hospital for a week.', label: 'reported' },
      { s: 'She cancelled three concerts in Madrid last month.', label: 'unattributed' },
    ],
  },
  {
    id: 'vague-sources/4',
    rule: 'vague-sources',
    text: `Two reporters at Dagbladet Nord spent a year investigating the contract. The reporters’ sources said the minister had been warned twice.`,
    expect: [
      { s: 'Two reporters at Dagbladet Nord spent a year investigating the contract.', label: 'unattributed' },
      { s: 'The reporters’ sources said the minister had been warned twice.', label: 'reported', sources: ['The reporters’ sources'] },
    ],
    note: "'the reporters’ sources' is an anonymous group even though the reporters are identifiable (SPEC §1 step 2).",
  },
  {
    id: 'vague-experts/1',
    rule: 'vague-experts',
    text: `Experts say the dam was not designed for rainfall of this intensity. It was completed in 1968.`,
    expect: [
      { s: 'Experts say the dam was not designed for rainfall of this intensity.', label: 'reported', sources: ['Experts'] },
      { s: 'It was completed in 1968.', label: 'unattributed' },
    ],
  },
  {
    id: 'vague-experts/2',
    rule: 'vague-experts',
    text: `The security law passed its final reading on Tuesday by 98 votes to 41. Critics argue that it gives the police too much power to hold suspects without charge.`,
    expect: [
      { s: 'The security law passed its final reading on Tuesday by 98 votes to 41.', label: 'unattributed' },
      { s: 'Critics argue that it gives the police too much power to hold suspects without charge.', label: 'reported', sources: ['Critics'] },
    ],
  },
  {
    id: 'vague-experts/3',
    rule: 'vague-experts',
    text: `Observers noted that turnout was much lower in rural areas. Diplomats in Dhaka expect the result to be challenged in court.`,
    expect: [
      { s: 'Observers noted that turnout was much lower in rural areas.', label: 'reported', sources: ['Observers'] },
      { s: 'Diplomats in Dhaka expect the result to be challenged in court.', label: 'reported' },
    ],
  },
  {
    id: 'vague-experts/4',
    rule: 'vague-experts',
    text: `Wheat prices have risen 20% since the harvest. Analysts say the rise reflects dry weather in Argentina and Australia.`,
    expect: [
      { s: 'Wheat prices have risen 20% since the harvest.', label: 'unattributed' },
      { s: 'Analysts say the rise reflects dry weather in Argentina and Australia.', label: 'reported', sources: ['Analysts'] },
    ],
  },
  {
    id: 'vague-media/1',
    rule: 'vague-media',
    text: `Local media reported that the suspect had been living in Gdynia for two years. Media reports said the two men were brothers.`,
    expect: [
      { s: 'Local media reported that the suspect had been living in Gdynia for two years.', label: 'reported', sources: ['Local media'] },
      { s: 'Media reports said the two men were brothers.', label: 'reported', sources: ['Media reports'] },
    ],
  },
  {
    id: 'vague-media/2',
    rule: 'vague-media',
    text: `According to media reports, the ship was carrying grain from Constanța. Reports suggest the crew had been without pay for four months. The ship has been detained in port since Sunday.`,
    expect: [
      { s: 'According to media reports, the ship was carrying grain from Constanța.', label: 'reported', sources: ['media reports'] },
      { s: 'Reports suggest the crew had been without pay for four months.', label: 'reported', sources: ['Reports'] },
      { s: 'The ship has been detained in port since Sunday.', label: 'unattributed' },
    ],
  },
  {
    id: 'vague-some-many/1',
    rule: 'vague-some-many',
    text: `Some have argued that the tariff will hurt farmers more than it helps steelmakers. Many believe the tariff will be dropped after the election. The election is due in November.`,
    expect: [
      { s: 'Some have argued that the tariff will hurt farmers more than it helps steelmakers.', label: 'reported', sources: ['Some'] },
      { s: 'Many believe the tariff will be dropped after the election.', label: 'reported', sources: ['Many'] },
      { s: 'The election is due in November.', label: 'unattributed' },
    ],
  },
  {
    id: 'vague-some-many/2',
    rule: 'vague-some-many',
    text: `The mine closed in 1994. Many in the town say it has never recovered.`,
    expect: [
      { s: 'The mine closed in 1994.', label: 'unattributed' },
      { s: 'Many in the town say it has never recovered.', label: 'reported' },
    ],
  },
  {
    id: 'named-channel-vague-speaker/1',
    rule: 'named-channel-vague-speaker',
    text: `Local broadcaster Canal 9, citing police sources, said the suspect had been detained near the Bolivian border. He had been on the run for nine days.`,
    expect: [
      { s: 'Local broadcaster Canal 9, citing police sources, said the suspect had been detained near the Bolivian border.', label: 'direct', sources: ['Local broadcaster Canal 9', 'police sources'] },
      { s: 'He had been on the run for nine days.', label: 'unattributed' },
    ],
    note: 'A named channel relaying an anonymous speaker is direct; the vague speaker is still listed (SPEC §1 step 3).',
  },
  {
    id: 'named-channel-vague-speaker/2',
    rule: 'named-channel-vague-speaker',
    text: `The official news agency NAR quoted a military source as saying that air defences had intercepted four drones over the coast. Sirens sounded in the port city for about 20 minutes.`,
    expect: [
      { s: 'The official news agency NAR quoted a military source as saying that air defences had intercepted four drones over the coast.', label: 'direct', sources: ['The official news agency NAR', 'a military source'] },
      { s: 'Sirens sounded in the port city for about 20 minutes.', label: 'unattributed' },
    ],
  },
  {
    id: 'named-channel-vague-speaker/3',
    rule: 'named-channel-vague-speaker',
    text: `The business daily Kapital, citing two sources, reported that the airline would cut 1,200 jobs. The airline carried 9 million passengers last year.`,
    expect: [
      { s: 'The business daily Kapital, citing two sources, reported that the airline would cut 1,200 jobs.', label: 'direct', sources: ['The business daily Kapital', 'two sources'] },
      { s: 'The airline carried 9 million passengers last year.', label: 'unattributed' },
    ],
  },
  {
    id: 'named-channel-vague-speaker/4',
    rule: 'named-channel-vague-speaker',
    text: `According to the Manila Star, which cited unnamed officials, the ferry had been carrying twice as many passengers as allowed. It capsized off Mindoro on Sunday.`,
    expect: [
      { s: 'According to the Manila Star, which cited unnamed officials, the ferry had been carrying twice as many passengers as allowed.', label: 'direct', sources: ['the Manila Star', 'unnamed officials'] },
      { s: 'It capsized off Mindoro on Sunday.', label: 'unattributed' },
    ],
  },
  {
    id: 'named-channel-vague-speaker/5',
    rule: 'named-channel-vague-speaker',
    text: `Officials said the curfew would be lifted on Sunday, according to state broadcaster RTV Zeta. The curfew was imposed after three nights of rioting.`,
    expect: [
      { s: 'Officials said the curfew would be lifted on Sunday, according to state broadcaster RTV Zeta.', label: 'direct', sources: ['Officials', 'state broadcaster RTV Zeta'] },
      { s: 'The curfew was imposed after three nights of rioting.', label: 'unattributed' },
    ],
    note: 'The vague speaker is relayed by a named outlet, and the sentence has a named attribution, so it is direct (SPEC §1 step 3).',
  },
  {
    id: 'person-nouns/1',
    rule: 'vague-sources',
    text: `A woman who lives near the smelter said the smell had been there for weeks. The plant’s owner, a businessman from Gdańsk, has denied any leak. The businessman told reporters on Monday that the filters were replaced in June. His backers on the town council say the complaints are political.`,
    expect: [
      { s: 'A woman who lives near the smelter said the smell had been there for weeks.', label: 'reported', sources: ['A woman'] },
      { s: 'The plant’s owner, a businessman from Gdańsk, has denied any leak.', label: 'direct', sources: ['The plant’s owner'] },
      { s: 'The businessman told reporters on Monday that the filters were replaced in June.', label: 'direct', sources: ['The businessman'] },
      { s: 'His backers on the town council say the complaints are political.', label: 'reported', sources: ['His backers on the town council'] },
    ],
    note: "'a woman' is an indefinite person (vague); 'the businessman' is one identifiable person (named, SPEC §1 step 2); 'backers' are an unspecified group. 'denied any leak' hands over what the owner says (there was no leak), so the owner is its source.",
  },
  {
    id: 'participle-titles/1',
    rule: 'named-person',
    text: `“We will hold the line,” retired general Rosa Imbert said. “It is over,” acting director Ana Ruiz told reporters. The plant was sold, according to recently released court filings.`,
    expect: [
      { s: '“We will hold the line,” retired general Rosa Imbert said.', label: 'direct', sources: ['retired general Rosa Imbert'] },
      { s: '“It is over,” acting director Ana Ruiz told reporters.', label: 'direct', sources: ['acting director Ana Ruiz'] },
      { s: 'The plant was sold, according to recently released court filings.', label: 'direct', sources: ['recently released court filings'] },
    ],
    note: "A participle used as an adjective before a title ('retired', 'acting') is part of the speaker; an adverb and participle before a document ('recently released court filings') are part of the source, which is a specific document (SPEC §1 step 2).",
  },
  {
    id: 'quantified-groups/1',
    rule: 'vague-source',
    text: `Most Americans say the economy is weak. Several Hondurans said they were turned away at the border. A Reuters reporter said the convoy had turned back. Reuters reporter Tom Lee said the convoy had turned back.`,
    expect: [
      { s: 'Most Americans say the economy is weak.', label: 'reported', sources: ['Most Americans'] },
      { s: 'Several Hondurans said they were turned away at the border.', label: 'reported', sources: ['Several Hondurans'] },
      { s: 'A Reuters reporter said the convoy had turned back.', label: 'reported', sources: ['A Reuters reporter'] },
      { s: 'Reuters reporter Tom Lee said the convoy had turned back.', label: 'direct', sources: ['Reuters reporter Tom Lee'] },
    ],
    note: "A quantifier before a capitalised plural makes an unspecified group; an indefinite reporter is vague even when a named outlet qualifies him (SPEC §1 step 2); a named reporter is on record.",
  },
  {
    id: 'long-appositions/1',
    rule: 'named-person',
    text: `Marta Okafor, the author of “Night Shift,” a memoir of hospital life, said the ward had changed. “We lost,” delegate Ann Ruiz, wearing a “Vote Lee” button, said quietly. Sen. Ann Lee, D-Ore., the panel's chairwoman, told reporters the bill was dead. Rep. Tom Cole, R-Okla., said the vote would hold. Sam Ortiz, a contestant on the show “Top Chef,” who later opened a restaurant, said the judges were fair.`,
    expect: [
      { s: 'Marta Okafor, the author of “Night Shift,” a memoir of hospital life, said the ward had changed.', label: 'direct', sources: ['Marta Okafor'] },
      { s: '“We lost,” delegate Ann Ruiz, wearing a “Vote Lee” button, said quietly.', label: 'direct', sources: ['delegate Ann Ruiz'] },
      { s: "Sen. Ann Lee, D-Ore., the panel's chairwoman, told reporters the bill was dead.", label: 'direct', sources: ['Sen. Ann Lee'] },
      { s: 'Rep. Tom Cole, R-Okla., said the vote would hold.', label: 'direct', sources: ['Rep. Tom Cole'] },
      { s: 'Sam Ortiz, a contestant on the show “Top Chef,” who later opened a restaurant, said the judges were fair.', label: 'direct', sources: ['Sam Ortiz'] },
    ],
    note: "The speaker stands before an apposition that may hold a title or a slogan in quotation marks, a nested apposition after such a title, or a party-and-state tag ('D-Ore.', 'R-Okla.'), which is part of the name, not the speaker.",
  },
  {
    id: 'participle-after-tag/1',
    rule: 'participle-cue',
    text: `The plant will close in March, Ortiz said on Friday, adding that 300 jobs would go. “We are not leaving,” said Chen, noting that the lease runs until 2030. Fares will rise in May, the agency said, explaining that fuel costs had doubled. According to KCNA, Kim toured the factory, saying the workers had done well.`,
    expect: [
      { s: 'The plant will close in March, Ortiz said on Friday, adding that 300 jobs would go.', label: 'direct', sources: ['Ortiz', 'Ortiz'] },
      { s: '“We are not leaving,” said Chen, noting that the lease runs until 2030.', label: 'direct', sources: ['Chen', 'Chen'] },
      { s: 'Fares will rise in May, the agency said, explaining that fuel costs had doubled.', label: 'direct', sources: ['the agency', 'the agency'] },
      { s: 'According to KCNA, Kim toured the factory, saying the workers had done well.', label: 'direct', sources: ['KCNA', 'Kim'] },
    ],
    note: "A participle of saying after a tag (', Ortiz said, adding that…') is the tag's speaker's, not the subject of the clause the tag reports ('The plant'); after 'According to KCNA' the participle is the subject's (Kim's), since 'according to' is no speaker's verb.",
  },
  {
    id: 'long-openers/1',
    rule: 'participle-cue',
    text: `In response to the council's decision to close three branches of the city library next spring, Ana Ruiz rallied members of the union, saying the fight was not over. On the eve of his election to a third term as governor of the state last November, Tom Hale rallied supporters by warning that the race was close. In a year in which the mayor has cut budgets and the council has raised fees, and vowed to close libraries, Ruiz has run on a promise of calm. By Friday evening the union had called off the strike in Green Bay, Wis., and its leaders went home.`,
    expect: [
      { s: "In response to the council's decision to close three branches of the city library next spring, Ana Ruiz rallied members of the union, saying the fight was not over.", label: 'direct', sources: ['Ana Ruiz'] },
      { s: 'On the eve of his election to a third term as governor of the state last November, Tom Hale rallied supporters by warning that the race was close.', label: 'direct', sources: ['Tom Hale'] },
      { s: 'In a year in which the mayor has cut budgets and the council has raised fees, and vowed to close libraries, Ruiz has run on a promise of calm.', label: 'unattributed' },
      { s: 'By Friday evening the union had called off the strike in Green Bay, Wis., and its leaders went home.', label: 'unattributed' },
    ],
    note: "An opening phrase may run past 14 words when a name or a pronoun follows its comma: the participle after the main clause is that name's ('Ana Ruiz … saying'). A verb inside the opening phrase ('and vowed to close libraries') is not the main subject's: whose vow it was the phrase leaves unsaid, so nothing is attributed.",
  },
  {
    id: 'joined-speakers/1',
    rule: 'named-person',
    text: `The minister said the U.S. “clearly” needed a new strategy. The plan was drafted in the U.S. “It will work,” Kim said. The contrast, said Doyle and others, would be clear. The plant, said the mayor and council members, will close in May. Ortiz and other residents said the water was brown. Lee and his aides said the plan was dead. Officials in Texas, New Mexico and Arizona said the wall was unfinished. No wonder the mayor said, and I quote, “We love potholes.” Voters in the county said by 61%-34% that the tax was too high. Chen interjected to say: “That is not true.”`,
    expect: [
      { s: 'The minister said the U.S. “clearly” needed a new strategy.', label: 'direct', sources: ['The minister'] },
      { s: 'The plan was drafted in the U.S.', label: 'unattributed' },
      { s: '“It will work,” Kim said.', label: 'direct', sources: ['Kim'] },
      { s: 'The contrast, said Doyle and others, would be clear.', label: 'direct', sources: ['Doyle', 'others'] },
      { s: 'The plant, said the mayor and council members, will close in May.', label: 'direct', sources: ['the mayor', 'council members'] },
      { s: 'Ortiz and other residents said the water was brown.', label: 'direct', sources: ['Ortiz', 'other residents'] },
      { s: 'Lee and his aides said the plan was dead.', label: 'direct', sources: ['Lee', 'his aides'] },
      { s: 'Officials in Texas, New Mexico and Arizona said the wall was unfinished.', label: 'reported', sources: ['Officials in Texas, New Mexico and Arizona'] },
      { s: 'No wonder the mayor said, and I quote, “We love potholes.”', label: 'direct', sources: ['the mayor'] },
      { s: 'Voters in the county said by 61%-34% that the tax was too high.', label: 'reported', sources: ['Voters in the county'] },
      { s: 'Chen interjected to say: “That is not true.”', label: 'direct', sources: ['Chen'] },
    ],
    note: "A named speaker joined to others ('Doyle and others', 'the mayor and council members', 'Ortiz and other residents') is two speakers: the named one makes the sentence direct (SPEC §1 step 3), the unnamed one still counts for the anonymous-sources flag (SPEC §4); a list of places inside a post-modifier joins no speakers. After 'U.S.' an opening quotation mark before a lowercase word goes on with the sentence. An aside may lead to a quotation ('said, and I quote, “…”'); a margin may stand between 'said' and its that-clause; 'interjected to say:' frames the verb like 'went on to say'.",
  },
]
