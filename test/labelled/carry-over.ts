import type { LabelledCase } from './types'

export const cases: LabelledCase[] = [
  {
    id: 'quote-carry-over/1',
    rule: 'quote-carry-over',
    text: `“We will respond at a time of our choosing,” General Aziz Haidari said on Sunday. “Those responsible will pay a heavy price.” Two soldiers were killed in the attack on a checkpoint near Spin Boldak on Saturday.`,
    expect: [
      { s: '“We will respond at a time of our choosing,” General Aziz Haidari said on Sunday.', label: 'direct', sources: ['General Aziz Haidari'] },
      { s: '“Those responsible will pay a heavy price.”', label: 'direct', inherited: true },
      { s: 'Two soldiers were killed in the attack on a checkpoint near Spin Boldak on Saturday.', label: 'unattributed' },
    ],
    note: 'The second quotation has no cue of its own and takes General Haidari from the sentence before (SPEC §3).',
  },
  {
    id: 'quote-carry-over/2',
    rule: 'quote-carry-over',
    text: `“The water came in so fast. We had nothing left by morning,” said Amara Diallo, whose shop in Saint-Louis was flooded. The Senegal River reached its highest level in 30 years on Thursday.`,
    expect: [
      { s: '“The water came in so fast.', label: 'direct', inherited: true },
      { s: 'We had nothing left by morning,” said Amara Diallo, whose shop in Saint-Louis was flooded.', label: 'direct', sources: ['Amara Diallo'] },
      { s: 'The Senegal River reached its highest level in 30 years on Thursday.', label: 'unattributed' },
    ],
    note: 'One quotation cut into two sentences; the first takes its speaker from the inverted tag in the second (SPEC §3).',
  },
  {
    id: 'quote-carry-over/3',
    rule: 'quote-carry-over',
    text: `Lorna Pike lost her seat to an independent by 212 votes. “We fought a good campaign. We lost,” she said. Pike had held the seat since 2011.`,
    expect: [
      { s: 'Lorna Pike lost her seat to an independent by 212 votes.', label: 'unattributed' },
      { s: '“We fought a good campaign.', label: 'direct', inherited: true },
      { s: 'We lost,” she said.', label: 'direct', sources: ['she'] },
      { s: 'Pike had held the seat since 2011.', label: 'unattributed' },
    ],
    note: 'The SPEC\'s "We fought the good fight. We lost," he said. pattern: the first half inherits from the tag in the second.',
  },
  {
    id: 'quote-carry-over/4',
    rule: 'quote-carry-over',
    text: `“This is a dark day for the club,” chairman Ivo Petrak said after the ruling on Sunday.

“We will appeal every point of this decision. We have done nothing wrong.”

The league docked the club 12 points for breaching its spending rules.`,
    expect: [
      { s: '“This is a dark day for the club,” chairman Ivo Petrak said after the ruling on Sunday.', label: 'direct', sources: ['chairman Ivo Petrak'] },
      { s: '“We will appeal every point of this decision.', label: 'direct', inherited: true },
      { s: 'We have done nothing wrong.”', label: 'direct', inherited: true },
      { s: 'The league docked the club 12 points for breaching its spending rules.', label: 'unattributed' },
    ],
    note: 'The quotation continues into the next paragraph with no other speaker in between, so it inherits across the paragraph break (SPEC §3).',
  },
  {
    id: 'quote-carry-over/5',
    rule: 'quote-carry-over',
    text: `The only road over the Zigana pass was closed without notice on Monday.

“Nobody told us anything.”

“We found out when the bulldozers arrived,” said Fatma Yıldız, who runs a café at the top of the pass.`,
    expect: [
      { s: 'The only road over the Zigana pass was closed without notice on Monday.', label: 'unattributed' },
      { s: '“Nobody told us anything.”', label: 'direct', inherited: true },
      { s: '“We found out when the bulldozers arrived,” said Fatma Yıldız, who runs a café at the top of the pass.', label: 'direct', sources: ['Fatma Yıldız'] },
    ],
    note: "An untagged quotation paragraph followed by a paragraph that quotes and names the same speaker: the carry-over runs backwards across the break (SPEC §3, 'before or after it, across a paragraph break too').",
  },
  {
    id: 'quote-carry-over/6',
    rule: 'quote-carry-over',
    text: `Adaeze Okafor, the health minister, was questioned by anti-corruption investigators on Tuesday. She said afterwards: “I did not take a single naira. I will clear my name.”`,
    expect: [
      { s: 'Adaeze Okafor, the health minister, was questioned by anti-corruption investigators on Tuesday.', label: 'unattributed' },
      { s: 'She said afterwards: “I did not take a single naira.', label: 'direct', sources: ['She'] },
      { s: 'I will clear my name.”', label: 'direct', inherited: true },
    ],
  },
  {
    id: 'quote-carry-over/7',
    rule: 'quote-carry-over',
    text: `“We will win this seat back,” said Marisol Ortiz, the Labour candidate. “She is dreaming,” replied Paolo Brandão, her Conservative rival. “The numbers simply are not there.”`,
    expect: [
      { s: '“We will win this seat back,” said Marisol Ortiz, the Labour candidate.', label: 'direct', sources: ['Marisol Ortiz'] },
      { s: '“She is dreaming,” replied Paolo Brandão, her Conservative rival.', label: 'direct', sources: ['Paolo Brandão'] },
      { s: '“The numbers simply are not there.”', label: 'direct', inherited: true },
    ],
    note: 'The third quotation takes the speaker tagged immediately before it (Brandão); Ortiz is not its neighbour.',
  },
  {
    id: 'quote-carry-over/8',
    rule: 'quote-carry-over',
    text: `"The ice was thinner than it looked," said Anders Lundgren, head of the local rescue team. "We were lucky to get all four of them out." The group had been fishing about 300 metres from the shore of Lake Vänern.`,
    expect: [
      { s: '"The ice was thinner than it looked," said Anders Lundgren, head of the local rescue team.', label: 'direct', sources: ['Anders Lundgren'] },
      { s: '"We were lucky to get all four of them out."', label: 'direct', inherited: true },
      { s: 'The group had been fishing about 300 metres from the shore of Lake Vänern.', label: 'unattributed' },
    ],
  },
  {
    id: 'quote-carry-over/9',
    rule: 'quote-carry-over',
    text: `Shopkeepers in Old Dhaka have been without power for most of the week. “We cannot keep anything cold. The fish goes off by noon. We are throwing money away,” said Mohammad Rahim, who sells fish near the Buriganga river.`,
    expect: [
      { s: 'Shopkeepers in Old Dhaka have been without power for most of the week.', label: 'unattributed' },
      { s: '“We cannot keep anything cold.', label: 'direct', inherited: true },
      { s: 'The fish goes off by noon.', label: 'direct', inherited: true },
      { s: 'We are throwing money away,” said Mohammad Rahim, who sells fish near the Buriganga river.', label: 'direct', sources: ['Mohammad Rahim'] },
    ],
  },
  {
    id: 'quote-carry-over/10',
    rule: 'quote-carry-over',
    text: `In the weeks after the flood, as crews pumped out basements, “people were sleeping in their cars. Some still are,” Councillor Nadia Ferraro said. Back in 2019, when the mill closed, “the whole street went quiet. Nobody knew what to do,” recalled Tom Briggs, a retired welder. Lee sings the “old songs” at weddings. Nobody listens anymore.`,
    expect: [
      { s: 'In the weeks after the flood, as crews pumped out basements, “people were sleeping in their cars.', label: 'direct', inherited: true },
      { s: 'Some still are,” Councillor Nadia Ferraro said.', label: 'direct', sources: ['Councillor Nadia Ferraro'] },
      { s: 'Back in 2019, when the mill closed, “the whole street went quiet.', label: 'direct', inherited: true },
      { s: 'Nobody knew what to do,” recalled Tom Briggs, a retired welder.', label: 'direct', sources: ['Tom Briggs'] },
      { s: 'Lee sings the “old songs” at weddings.', label: 'unattributed' },
      { s: 'Nobody listens anymore.', label: 'unattributed' },
    ],
    note: 'A quotation that opens late in one sentence and runs on into the sentence that tags it is the tagged speaker’s, however little of the first sentence it fills; a term in quotation marks carries nothing.',
  },
  {
    id: 'indirect-then-quote/1',
    rule: 'indirect-then-quote',
    text: `Transport Minister Femi Adebayo said he would not resign over the crash. “I have done nothing wrong, and the inquiry will show it.” The inquiry is due to report in the autumn.`,
    expect: [
      { s: 'Transport Minister Femi Adebayo said he would not resign over the crash.', label: 'direct', sources: ['Transport Minister Femi Adebayo'] },
      { s: '“I have done nothing wrong, and the inquiry will show it.”', label: 'direct', inherited: true },
      { s: 'The inquiry is due to report in the autumn.', label: 'unattributed' },
    ],
    note: "A quotation after indirect speech is the speaker's (SPEC §3, the Obama example).",
  },
  {
    id: 'indirect-then-quote/2',
    rule: 'indirect-then-quote',
    text: `Piet Claes, general secretary of the dockers’ union, said members had voted overwhelmingly to strike. “Our patience has run out.” The port handled 271 million tonnes of cargo last year.`,
    expect: [
      { s: 'Piet Claes, general secretary of the dockers’ union, said members had voted overwhelmingly to strike.', label: 'direct', sources: ['Piet Claes'] },
      { s: '“Our patience has run out.”', label: 'direct', inherited: true },
      { s: 'The port handled 271 million tonnes of cargo last year.', label: 'unattributed' },
    ],
  },
  {
    id: 'indirect-then-quote/3',
    rule: 'indirect-then-quote',
    text: `Juliana Restrepo, the mayor of Manizales, told a radio station that the city would need months to clear the landslide.

“Whole streets have simply disappeared.”`,
    expect: [
      { s: 'Juliana Restrepo, the mayor of Manizales, told a radio station that the city would need months to clear the landslide.', label: 'direct', sources: ['Juliana Restrepo'] },
      { s: '“Whole streets have simply disappeared.”', label: 'direct', inherited: true },
    ],
  },
  {
    id: 'lead-in-block/1',
    rule: 'lead-in-block',
    text: `The Erdene border crossing with China has been closed since Sunday. In a statement on Tuesday, the customs ministry said:

The decision to close the crossing was taken after repeated attacks on customs staff. It will be reviewed every two weeks.

Truck drivers said the closure was costing them thousands of dollars a day.`,
    expect: [
      { s: 'The Erdene border crossing with China has been closed since Sunday.', label: 'unattributed' },
      { s: 'In a statement on Tuesday, the customs ministry said:', label: 'direct', sources: ['the customs ministry'] },
      { s: 'The decision to close the crossing was taken after repeated attacks on customs staff.', label: 'direct', inherited: true },
      { s: 'It will be reviewed every two weeks.', label: 'direct', inherited: true },
      { s: 'Truck drivers said the closure was costing them thousands of dollars a day.', label: 'reported', sources: ['Truck drivers'] },
    ],
    note: "The block after the lead-in lost its quotation marks in scraping; it carries the lead-in's attribution (SPEC §3).",
  },
  {
    id: 'lead-in-block/2',
    rule: 'lead-in-block',
    text: `The Ravenna Port Authority issued a statement on the dredging contract on Friday.

From the statement:

The contract was awarded in full compliance with national and European procurement rules. All documents relating to the tender will be made available to the auditors.`,
    expect: [
      { s: 'The Ravenna Port Authority issued a statement on the dredging contract on Friday.', label: 'unattributed' },
      { s: 'From the statement:', label: 'direct', sources: ['the statement'] },
      { s: 'The contract was awarded in full compliance with national and European procurement rules.', label: 'direct', inherited: true },
      { s: 'All documents relating to the tender will be made available to the auditors.', label: 'direct', inherited: true },
    ],
    note: "'From the statement:' is a lead-in line, not a heading: it tells the reader that the block below is the port authority's statement (a specific document), so it is labelled direct and kept as a body sentence; its attribution carries to the block that lost its quotation marks (SPEC §3). 'issued a statement on the contract' is an act with no content: unattributed.",
  },
  {
    id: 'lead-in-block/3',
    rule: 'lead-in-block',
    text: `Dr. Helga Strand resigned as chief executive of the Vestfold hospital trust on Monday. In her resignation letter, she wrote:

I can no longer defend decisions that put patients at risk.

The board has known about the staffing problems for two years and has done nothing.`,
    expect: [
      { s: 'Dr. Helga Strand resigned as chief executive of the Vestfold hospital trust on Monday.', label: 'unattributed' },
      { s: 'In her resignation letter, she wrote:', label: 'direct', sources: ['she'] },
      { s: 'I can no longer defend decisions that put patients at risk.', label: 'direct', inherited: true },
      { s: 'The board has known about the staffing problems for two years and has done nothing.', label: 'unattributed' },
    ],
    note: "SPEC is silent on where an unmarked block ends. In plain text the lead-in carries to the paragraph right after it and no further: reading a later paragraph as sourced when it may be the author's own claim would hide exactly what a fact-checker must see. (Markdown and HTML mark the block, and there the whole blockquote carries.)",
  },
  {
    id: 'hedge-opened-quote/1',
    rule: 'hedge-opened-quote',
    text: `“The border is calm,” Colonel Reza Hamidi said on Friday. As reported, “the forces have withdrawn from two villages near the crossing.” The area has been under curfew since Wednesday.`,
    expect: [
      { s: '“The border is calm,” Colonel Reza Hamidi said on Friday.', label: 'direct', sources: ['Colonel Reza Hamidi'] },
      { s: 'As reported, “the forces have withdrawn from two villages near the crossing.”', label: 'reported' },
      { s: 'The area has been under curfew since Wednesday.', label: 'unattributed' },
    ],
    note: "The second sentence is a quotation opened by its own hedge ('As reported,'): it keeps that hedge (reported) and does not inherit Colonel Hamidi (SPEC §3).",
  },
  {
    id: 'hedge-opened-quote/2',
    rule: 'hedge-opened-quote',
    text: `“Our officers acted within the law,” Police Chief Marta Quiroga said. Reportedly, “dozens of officers” took part in the raid on the squat.`,
    expect: [
      { s: '“Our officers acted within the law,” Police Chief Marta Quiroga said.', label: 'direct', sources: ['Police Chief Marta Quiroga'] },
      { s: 'Reportedly, “dozens of officers” took part in the raid on the squat.', label: 'reported' },
    ],
    note: "The partial quotation is opened by 'Reportedly': it keeps the hedge and does not inherit the police chief.",
  },
  {
    id: 'hedge-opened-quote/3',
    rule: 'hedge-opened-quote',
    text: `“We have no plans to sell the team,” Mr. Tanaka told reporters in Osaka. According to reports, “a formal offer” arrived at the club last month.`,
    expect: [
      { s: '“We have no plans to sell the team,” Mr. Tanaka told reporters in Osaka.', label: 'direct', sources: ['Mr. Tanaka'] },
      { s: 'According to reports, “a formal offer” arrived at the club last month.', label: 'reported' },
    ],
  },
  {
    id: 'bare-no-inherit/1',
    rule: 'bare-no-inherit',
    text: `Mayor Inês Carvalho said the new tram line would carry 60,000 passengers a day. The line will cost €480 million. Work on the first section began in March.`,
    expect: [
      { s: 'Mayor Inês Carvalho said the new tram line would carry 60,000 passengers a day.', label: 'direct', sources: ['Mayor Inês Carvalho'] },
      { s: 'The line will cost €480 million.', label: 'unattributed' },
      { s: 'Work on the first section began in March.', label: 'unattributed' },
    ],
    note: 'The two bare sentences after the attributed one have no quotation marks and no cue: unattributed (SPEC §3).',
  },
  {
    id: 'bare-no-inherit/2',
    rule: 'bare-no-inherit',
    text: `“We are very proud of these results,” said Henrik Aalto, the chief executive. Profit rose 14% to €312 million. The company will pay a dividend of €1.10 a share.`,
    expect: [
      { s: '“We are very proud of these results,” said Henrik Aalto, the chief executive.', label: 'direct', sources: ['Henrik Aalto'] },
      { s: 'Profit rose 14% to €312 million.', label: 'unattributed' },
      { s: 'The company will pay a dividend of €1.10 a share.', label: 'unattributed' },
    ],
  },
  {
    id: 'bare-no-inherit/3',
    rule: 'bare-no-inherit',
    text: `Officials said the curfew in the old city would be extended for another week. The city has been under curfew for 11 days. Shops may open between 8 a.m. and noon.`,
    expect: [
      { s: 'Officials said the curfew in the old city would be extended for another week.', label: 'reported', sources: ['Officials'] },
      { s: 'The city has been under curfew for 11 days.', label: 'unattributed' },
      { s: 'Shops may open between 8 a.m. and noon.', label: 'unattributed' },
    ],
  },
  {
    id: 'bare-no-inherit/4',
    rule: 'bare-no-inherit',
    text: `The education ministry said 2,300 teachers had been hired since September. Most of them work in rural schools. Class sizes in the capital remain the largest in the country.`,
    expect: [
      { s: 'The education ministry said 2,300 teachers had been hired since September.', label: 'direct', sources: ['The education ministry'] },
      { s: 'Most of them work in rural schools.', label: 'unattributed' },
      { s: 'Class sizes in the capital remain the largest in the country.', label: 'unattributed' },
    ],
  },
  {
    id: 'bare-no-inherit/5',
    rule: 'bare-no-inherit',
    text: `The theatre will reopen in October, according to its director, Mirela Popescu.

It was closed in 2021 after cracks were found in the main hall. Repairs cost 4.6 million lei.`,
    expect: [
      { s: 'The theatre will reopen in October, according to its director, Mirela Popescu.', label: 'direct' },
      { s: 'It was closed in 2021 after cracks were found in the main hall.', label: 'unattributed' },
      { s: 'Repairs cost 4.6 million lei.', label: 'unattributed' },
    ],
  },
  {
    id: 'quote-mixed-marks/2',
    rule: 'quote-carry-over',
    text: `“The levy is unusual,“ said Ana Duarte, a tax lawyer in Porto. “It will be hard to defend in court.”

"We were told it was safe," said one owner of a bakery that sells bread near the dam. "Nobody warned us."

Surveying the flooded valley, the engineer Paulo Reis concludes: “This was built on sand. It was always going to fail.”

The host of the weekly show “Night Desk,” Rui Matos, lost his temper on air.`,
    expect: [
      { s: '“The levy is unusual,“ said Ana Duarte, a tax lawyer in Porto.', label: 'direct', sources: ['Ana Duarte'] },
      { s: '“It will be hard to defend in court.”', label: 'direct', inherited: true },
      { s: '"We were told it was safe," said one owner of a bakery that sells bread near the dam.', label: 'reported' },
      { s: '"Nobody warned us."', label: 'reported', inherited: true },
      { s: 'Surveying the flooded valley, the engineer Paulo Reis concludes: “This was built on sand.', label: 'direct' },
      { s: 'It was always going to fail.”', label: 'direct', inherited: true },
      { s: 'The host of the weekly show “Night Desk,” Rui Matos, lost his temper on air.', label: 'unattributed' },
    ],
    note: 'A curly quotation mistyped shut with its own opening mark (“…,“) still closes, so its tag and carry-over are found; an inverted speaker may run into a relative clause ("one owner of a bakery that sells…"); a person who "concludes:" before a quotation is its speaker, while a noun "show" before a title is no cue.',
  },
  {
    id: 'quote-mixed-marks/1',
    rule: 'quote-carry-over',
    text: `“Our bridges are crumbling," Governor Mills said. “We cannot wait another year.”

"The count was clean,“ said Tom Reyes, the county clerk. "Every ballot was checked twice."`,
    expect: [
      { s: '“Our bridges are crumbling," Governor Mills said.', label: 'direct', sources: ['Governor Mills'] },
      { s: '“We cannot wait another year.”', label: 'direct', inherited: true },
      { s: '"The count was clean,“ said Tom Reyes, the county clerk.', label: 'direct', sources: ['Tom Reyes'] },
      { s: '"Every ballot was checked twice."', label: 'direct', inherited: true },
    ],
    note: 'Scraped and hand-typed text mixes curly and straight marks: a straight mark after the last word closes a curly quotation, and an opening curly mark there closes a straight one, so the tag and its carry-over are found (SPEC §3).',
  },
  {
    id: 'lead-in-statement/1',
    rule: 'lead-in-block',
    text: `When the mill closed in 1998, Governor Ana Ruiz released the following statement:

“Our thoughts are with the workers and their families. We will help them find new jobs.”

On Monday, Ortiz made the following comment:

“The vote was fair.”

Lee made a decision on Monday. The two firms gave a total of $5 million to the fund.`,
    expect: [
      { s: 'When the mill closed in 1998, Governor Ana Ruiz released the following statement:', label: 'direct', sources: ['Governor Ana Ruiz'] },
      { s: '“Our thoughts are with the workers and their families.', label: 'direct', inherited: true },
      { s: 'We will help them find new jobs.”', label: 'direct', inherited: true },
      { s: 'On Monday, Ortiz made the following comment:', label: 'direct', sources: ['Ortiz'] },
      { s: '“The vote was fair.”', label: 'direct', inherited: true },
      { s: 'Lee made a decision on Monday.', label: 'unattributed' },
      { s: 'The two firms gave a total of $5 million to the fund.', label: 'unattributed' },
    ],
    note: "A statement or comment released, made or given before a colon is a lead-in: the block quotation after it carries its speaker (SPEC §3). 'made a decision' and 'gave a total' are acts.",
  },
  {
    id: 'quote-carry-over/exclaimed-tag',
    rule: 'quote-carry-over',
    text: `“Thirty-six votes for Dana Ruiz!” US Senator Paul Okafor said as he opened the count.

Turnout was the lowest in a decade.

“Is this really the end of the line?” Analysts expect a long fight.

Counting ended at midnight.

“We will never give up!” The crowd cheered as the results came in.`,
    expect: [
      { s: '“Thirty-six votes for Dana Ruiz!”', label: 'direct', inherited: true },
      { s: 'US Senator Paul Okafor said as he opened the count.', label: 'direct', sources: ['US Senator Paul Okafor'] },
      { s: 'Turnout was the lowest in a decade.', label: 'unattributed' },
      { s: '“Is this really the end of the line?”', label: 'unattributed' },
      { s: 'Analysts expect a long fight.', label: 'reported', sources: ['Analysts'] },
      { s: 'Counting ended at midnight.', label: 'unattributed' },
      { s: '“We will never give up!”', label: 'unattributed' },
      { s: 'The crowd cheered as the results came in.', label: 'unattributed' },
    ],
    note: "A quotation ended by '!' or '?' is cut from its tag, so the sentence after it that opens with the speaker and a verb of saying ('Senator Paul Okafor said as…') tags it (SPEC §3); a sentence of someone's expectation, or a crowd cheering, tags nothing.",
  },
  {
    id: 'writer-tagged-quote/1',
    rule: 'quote-carry-over',
    text: `I wanted to answer the judge’s concern that I was not contrite. “I am not shy,” I said. “I have never hidden my views.” The judge nodded. “Fine,” she said. “We will see.”`,
    expect: [
      { s: 'I wanted to answer the judge’s concern that I was not contrite.', label: 'direct', sources: ['the judge’s'] },
      { s: '“I am not shy,” I said.', label: 'unattributed' },
      { s: '“I have never hidden my views.”', label: 'unattributed' },
      { s: 'The judge nodded.', label: 'unattributed' },
      { s: '“Fine,” she said.', label: 'direct', sources: ['she'] },
      { s: '“We will see.”', label: 'direct', inherited: true },
    ],
    note: "A quotation the writer tags as their own ('I said') is the writer's first-person speech (SPEC §2: unattributed) and takes no other speaker: the judge's concern in the sentence before does not carry into it, nor into its continuation. The judge's own quotation then carries as usual.",
  },
  {
    id: 'quote-carry-over/tag-after-closed-quotation',
    rule: 'quote-carry-over',
    text: `The mayor opened the new depot on Monday. “This is the first step toward a cleaner fleet.” Mayor Duarte said.

Drivers were less sure of the timetable. “We have heard promises before.” the union's chairwoman added.

The council met on Tuesday. The budget passed. Councillor Ray agreed.

The ferry resumed on Friday. “We are back to a full timetable.” The operator's director added during a radio interview.

The operator promised a “fair and final rota.” Unions fired back at the operator over the new rota.`,
    expect: [
      { s: 'The mayor opened the new depot on Monday.', label: 'unattributed' },
      { s: '“This is the first step toward a cleaner fleet.”', label: 'direct', inherited: true },
      { s: 'Mayor Duarte said.', label: 'direct', sources: ['Mayor Duarte'] },
      { s: 'Drivers were less sure of the timetable.', label: 'unattributed' },
      { s: "“We have heard promises before.” the union's chairwoman added.", label: 'direct', sources: ["the union's chairwoman"] },
      { s: 'The council met on Tuesday.', label: 'unattributed' },
      { s: 'The budget passed.', label: 'unattributed' },
      { s: 'Councillor Ray agreed.', label: 'unattributed' },
      { s: 'The ferry resumed on Friday.', label: 'unattributed' },
      { s: '“We are back to a full timetable.”', label: 'direct', inherited: true },
      { s: "The operator's director added during a radio interview.", label: 'direct', sources: ["The operator's director"] },
      { s: 'The operator promised a “fair and final rota.”', label: 'unattributed' },
      { s: 'Unions fired back at the operator over the new rota.', label: 'unattributed' },
    ],
    note: "A tag typed after the quotation's full stop ('“….” Mayor Duarte said.') is cut into a sentence of its own: a speaker and a verb of saying with nothing after them, right after a closed quotation, is that quotation's tag, and the quotation takes its speaker (SPEC §3); a lowercase tag stays in the quotation's sentence, and adjuncts may follow the verb ('added during a radio interview'). A retort at someone ('fired back at the operator') is no bare tag. Without a quotation before it, 'Councillor Ray agreed.' hands nothing over (agreeing is an act, SPEC §1).",
  },
  {
    id: 'transcript-turn/interview-and-broadcast',
    rule: 'transcript-turn',
    text: `Dr. Priya Natarajan, the county's health officer, spoke with the Courier on Thursday. The interview has been edited for length.

Q: How many beds are left?

Natarajan: Eleven, as of this morning. We moved four patients to Fresno overnight.

Q: Did the state send the nurses it promised?

Natarajan: Some of them. The rest arrive next week.

GOV. ALAN REYES: The money is in the budget. It will be spent this year.

DANA WHITFIELD: Your own auditor says it has not been.

REYES: The auditor is wrong.`,
    expect: [
      { s: "Dr. Priya Natarajan, the county's health officer, spoke with the Courier on Thursday.", label: 'unattributed' },
      { s: 'The interview has been edited for length.', label: 'unattributed', role: 'boilerplate', claim: false },
      { s: 'Q: How many beds are left?', label: 'unattributed', role: 'question', claim: false },
      { s: 'Natarajan: Eleven, as of this morning.', label: 'direct', sources: ['Natarajan'] },
      { s: 'We moved four patients to Fresno overnight.', label: 'direct', inherited: true },
      { s: 'Q: Did the state send the nurses it promised?', label: 'unattributed', role: 'question', claim: false },
      { s: 'Natarajan: Some of them.', label: 'direct', sources: ['Natarajan'] },
      { s: 'The rest arrive next week.', label: 'direct', inherited: true },
      { s: 'GOV. ALAN REYES: The money is in the budget.', label: 'direct', sources: ['GOV. ALAN REYES'] },
      { s: 'It will be spent this year.', label: 'direct', inherited: true },
      { s: 'DANA WHITFIELD: Your own auditor says it has not been.', label: 'direct', sources: ['DANA WHITFIELD', 'Your own auditor'] },
      { s: 'REYES: The auditor is wrong.', label: 'direct', sources: ['REYES'] },
    ],
    note: "A transcript gives each turn to the person its label names (SPEC §1: what a named person says is directly sourced; SPEC §3: the rest of the turn carries the speaker over, as a quotation's sentences do). A label counts when the same name opens more than one line and names a person: one the article named before ('Natarajan' after 'Dr. Priya Natarajan'), or a name with a given name or a title ('GOV. ALAN REYES', 'DANA WHITFIELD'), in capitals or not. The interviewer's questions assert nothing (SPEC §2), and the note on the interview's editing is the newsroom's boilerplate, like an editor's note.",
  },
  {
    id: 'carry-over/quote-credit',
    rule: 'quote-credit',
    text: `The Riverton Water Authority wants to raise residential rates by 9% next year. Its board meets on Thursday.

"We cannot keep patching a system that is falling apart. Half our mains are older than I am."

— Helen Marsh, director of the authority

Council member Ruth Adeyemi said she would vote against the increase.

“Families on fixed incomes cannot absorb another hike.”

-- Ruth Adeyemi

The authority last raised rates in 2021.

— The average bill would rise about $6 a month.`,
    expect: [
      { s: 'The Riverton Water Authority wants to raise residential rates by 9% next year.', label: 'unattributed' },
      { s: 'Its board meets on Thursday.', label: 'unattributed' },
      { s: '"We cannot keep patching a system that is falling apart.', label: 'direct', inherited: true },
      { s: 'Half our mains are older than I am."', label: 'direct', inherited: true },
      { s: '— Helen Marsh, director of the authority', label: 'direct', role: 'caption', claim: false, sources: ['Helen Marsh'] },
      { s: 'Council member Ruth Adeyemi said she would vote against the increase.', label: 'direct', sources: ['Council member Ruth Adeyemi'] },
      { s: '“Families on fixed incomes cannot absorb another hike.”', label: 'direct', inherited: true },
      { s: '-- Ruth Adeyemi', label: 'direct', role: 'caption', claim: false, sources: ['Ruth Adeyemi'] },
      { s: 'The authority last raised rates in 2021.', label: 'unattributed' },
      { s: '— The average bill would rise about $6 a month.', label: 'unattributed' },
    ],
    note: "A line under a quotation that gives only a name after a dash, with a description after a comma or none, credits the quotation (SPEC §1: a quotation whose speaker is named; SPEC §3: every sentence of the quotation carries the speaker). The credit line itself is a credit (SPEC §2 caption), not a claim. A dash line that goes on into a sentence of its own is prose.",
  },
]
