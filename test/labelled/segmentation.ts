import type { LabelledCase } from './types'

export const cases: LabelledCase[] = [
  {
    id: 'segmentation/1',
    rule: 'segmentation',
    text: `Sen. Maria Okonkwo, D-Ill., said the U.S. Senate would take up the bill in Sept. after the summer recess. The measure passed the House 219-212 on Jan. 14. Its sponsor, Rep. Dale Harmon Jr., called it “the most important farm bill in a generation.”`,
    expect: [
      { s: 'Sen. Maria Okonkwo, D-Ill., said the U.S. Senate would take up the bill in Sept. after the summer recess.', label: 'direct', sources: ['Sen. Maria Okonkwo'] },
      { s: 'The measure passed the House 219-212 on Jan. 14.', label: 'unattributed' },
      { s: 'Its sponsor, Rep. Dale Harmon Jr., called it “the most important farm bill in a generation.”', label: 'direct' },
    ],
    note: 'Abbreviations Sen., D-Ill., U.S., Sept., Jan., Rep. and Jr. do not end sentences; the last sentence ends with a closing quote after the stop.',
  },
  {
    id: 'segmentation/2',
    rule: 'segmentation',
    text: `A first edition of J. R. R. Tolkien’s The Hobbit sold for £62,000 at an auction in Bath on Saturday. Dr. Owen Pryce, the buyer, said he had been looking for a copy for 20 years. The book had belonged to Mrs. Edith Caldwell, a retired teacher from Frome.`,
    expect: [
      { s: 'A first edition of J. R. R. Tolkien’s The Hobbit sold for £62,000 at an auction in Bath on Saturday.', label: 'unattributed' },
      { s: 'Dr. Owen Pryce, the buyer, said he had been looking for a copy for 20 years.', label: 'direct', sources: ['Dr. Owen Pryce'] },
      { s: 'The book had belonged to Mrs. Edith Caldwell, a retired teacher from Frome.', label: 'unattributed' },
    ],
    note: 'Initials (J. R. R.) and titles (Dr., Mrs.) do not end sentences.',
  },
  {
    id: 'segmentation/3',
    rule: 'segmentation',
    text: `The Permian Basin Oil Museum in Midland, Texas, reopened on Saturday after a 2.5-year renovation. Former President George W. Bush, who grew up in the city, cut the ribbon. The museum said it had spent $14.8 million on the work.`,
    expect: [
      { s: 'The Permian Basin Oil Museum in Midland, Texas, reopened on Saturday after a 2.5-year renovation.', label: 'unattributed' },
      { s: 'Former President George W. Bush, who grew up in the city, cut the ribbon.', label: 'unattributed' },
      { s: 'The museum said it had spent $14.8 million on the work.', label: 'direct', sources: ['The museum'] },
    ],
  },
  {
    id: 'segmentation/4',
    rule: 'segmentation',
    text: `The first tremor struck at 7:28 a.m. local time and measured 5.3, the geological survey said. A second, weaker tremor followed at 9:02 a.m. on the same fault. Schools in the district were closed for the rest of the day.`,
    expect: [
      { s: 'The first tremor struck at 7:28 a.m. local time and measured 5.3, the geological survey said.', label: 'direct', sources: ['the geological survey'] },
      { s: 'A second, weaker tremor followed at 9:02 a.m. on the same fault.', label: 'unattributed' },
      { s: 'Schools in the district were closed for the rest of the day.', label: 'unattributed' },
    ],
    note: 'Times (7:28 a.m.) and decimals (5.3, 3.5%) do not end sentences.',
  },
  {
    id: 'segmentation/5',
    rule: 'segmentation',
    text: `Inflation slowed to 3.5% in March from 4.1% in February, the statistics office said on Tuesday. Food prices rose 0.8% on the month. Economists expect the central bank to cut rates by 0.25 percentage points in May.`,
    expect: [
      { s: 'Inflation slowed to 3.5% in March from 4.1% in February, the statistics office said on Tuesday.', label: 'direct', sources: ['the statistics office'] },
      { s: 'Food prices rose 0.8% on the month.', label: 'unattributed' },
      { s: 'Economists expect the central bank to cut rates by 0.25 percentage points in May.', label: 'reported', sources: ['Economists'] },
    ],
  },
  {
    id: 'segmentation/6',
    rule: 'segmentation',
    text: `“We are exhausted … but we are not giving up,” said Carmen Vidal, a nurse in Valencia. "It was chaos... total chaos," said driver Kwame Asante, whose bus was stuck on the bridge for three hours. The strike has closed 11 of the region’s 16 hospitals to non-emergency patients.`,
    expect: [
      { s: '“We are exhausted … but we are not giving up,” said Carmen Vidal, a nurse in Valencia.', label: 'direct', sources: ['Carmen Vidal'] },
      { s: '"It was chaos... total chaos," said driver Kwame Asante, whose bus was stuck on the bridge for three hours.', label: 'direct', sources: ['driver Kwame Asante'] },
      { s: 'The strike has closed 11 of the region’s 16 hospitals to non-emergency patients.', label: 'unattributed' },
    ],
    note: "Ellipses inside quotations ('…' and '...') followed by lower case do not end sentences.",
  },
  {
    id: 'segmentation/7',
    rule: 'segmentation',
    text: `Senator Tom Ridley has opposed the stadium plan from the start. He called it “dead on arrival.” 'Who will pay for it?' asked one councillor. The plan would cost about £9 million.`,
    expect: [
      { s: 'Senator Tom Ridley has opposed the stadium plan from the start.', label: 'unattributed' },
      { s: 'He called it “dead on arrival.”', label: 'direct', sources: ['He'] },
      { s: "'Who will pay for it?' asked one councillor.", label: 'reported', sources: ['one councillor'] },
      { s: 'The plan would cost about £9 million.', label: 'unattributed' },
    ],
    note: "A quoted question followed by a lower-case tag ('asked one councillor.') is one sentence; it reports a question asked, attributed to an indefinite speaker (reported), and is kept as a body sentence.",
  },
  {
    id: 'segmentation/8',
    rule: 'segmentation',
    text: `The company employs 4,200 people (down from 5,000 in 2020). (The figure excludes contract workers.) Chief executive Maja Horvat said no further cuts were planned.`,
    expect: [
      { s: 'The company employs 4,200 people (down from 5,000 in 2020).', label: 'unattributed' },
      { s: '(The figure excludes contract workers.)', label: 'unattributed' },
      { s: 'Chief executive Maja Horvat said no further cuts were planned.', label: 'direct', sources: ['Chief executive Maja Horvat'] },
    ],
    note: "A sentence wholly in brackets ends with '.)'; brackets inside a sentence do not split it.",
  },
  {
    id: 'segmentation/9',
    rule: 'segmentation',
    text: `The world No. 3, Aiko Tanabe, beat Sofia Lindahl 6-4, 6-2 on Tuesday to reach the quarter-finals. “I served much better today,” Tanabe said. She will face the No. 14 seed, Inès Moreau, on Thursday.`,
    expect: [
      { s: 'The world No. 3, Aiko Tanabe, beat Sofia Lindahl 6-4, 6-2 on Tuesday to reach the quarter-finals.', label: 'unattributed' },
      { s: '“I served much better today,” Tanabe said.', label: 'direct', sources: ['Tanabe'] },
      { s: 'She will face the No. 14 seed, Inès Moreau, on Thursday.', label: 'unattributed' },
    ],
  },
  {
    id: 'segmentation/10',
    rule: 'segmentation',
    text: `Rosa Delgado’s house stood 20 metres from the retaining wall that collapsed on Friday. “Why did nobody check the wall?” she asked. The wall was built in 1972.`,
    expect: [
      { s: 'Rosa Delgado’s house stood 20 metres from the retaining wall that collapsed on Friday.', label: 'unattributed' },
      { s: '“Why did nobody check the wall?” she asked.', label: 'direct', sources: ['she'] },
      { s: 'The wall was built in 1972.', label: 'unattributed' },
    ],
    note: "A quoted question with a lower-case tag ('she asked.') is one sentence, attributed to the resolved speaker; it reports that the question was asked, so it stays a body claim.",
  },
  {
    id: 'segmentation/11',
    rule: 'segmentation',
    text: `The U.K. government said on Monday that it would review the rules for seasonal farm workers. Farms in the south (e.g. in Kent and Herefordshire) rely heavily on workers from Central Asia. Harlan Fruit Ltd. said it had left 400 tonnes of strawberries unpicked last summer.`,
    expect: [
      { s: 'The U.K. government said on Monday that it would review the rules for seasonal farm workers.', label: 'direct', sources: ['The U.K. government'] },
      { s: 'Farms in the south (e.g. in Kent and Herefordshire) rely heavily on workers from Central Asia.', label: 'unattributed' },
      { s: 'Harlan Fruit Ltd. said it had left 400 tonnes of strawberries unpicked last summer.', label: 'direct', sources: ['Harlan Fruit Ltd.'] },
    ],
    note: "'U.K.' and 'e.g.' inside a sentence, and 'Ltd.' before a verb, do not end sentences.",
  },
  {
    id: 'segmentation/12',
    rule: 'segmentation',
    text: `Gov. Pete Alvarez told reporters that he "would not sign anything that cuts school funding." Mr. Alvarez's office said later that the governor had spoken to Mrs. Lin by phone. Mrs. Lin chairs the Senate finance committee.`,
    expect: [
      { s: 'Gov. Pete Alvarez told reporters that he "would not sign anything that cuts school funding."', label: 'direct', sources: ['Gov. Pete Alvarez'] },
      { s: "Mr. Alvarez's office said later that the governor had spoken to Mrs. Lin by phone.", label: 'direct', sources: ["Mr. Alvarez's office"] },
      { s: 'Mrs. Lin chairs the Senate finance committee.', label: 'unattributed' },
    ],
  },
  {
    id: 'segmentation/13',
    rule: 'segmentation',
    text: `The crowd at Stade Pierre-Mauroy was silent for most of the second half. “Wake up, Lille!” shouted one fan as the team trailed 2-0. Lille lost 3-0.`,
    expect: [
      { s: 'The crowd at Stade Pierre-Mauroy was silent for most of the second half.', label: 'unattributed' },
      { s: '“Wake up, Lille!” shouted one fan as the team trailed 2-0.', label: 'reported', sources: ['one fan'] },
      { s: 'Lille lost 3-0.', label: 'unattributed' },
    ],
    note: "'!' inside a quotation followed by a lower-case tag does not end the sentence.",
  },
  {
    id: 'segmentation/14',
    rule: 'segmentation',
    text: `Asked whether he would stay, Diaz said no. Ortiz left the room. The vote on No. 3 was close. The name is apt. Critics agreed. The office is in apt. B on the second floor. The maps are in vol. II of the report.`,
    expect: [
      { s: 'Asked whether he would stay, Diaz said no.', label: 'direct', sources: ['Diaz'] },
      { s: 'Ortiz left the room.', label: 'unattributed' },
      { s: 'The vote on No. 3 was close.', label: 'unattributed' },
      { s: 'The name is apt.', label: 'unattributed' },
      { s: 'Critics agreed.', label: 'unattributed' },
      { s: 'The office is in apt. B on the second floor.', label: 'unattributed' },
      { s: 'The maps are in vol. II of the report.', label: 'unattributed' },
    ],
    note: "A lowercase 'no.' or 'apt.' is the word, not the abbreviation before a number, so the sentence ends before a word of prose; 'No. 3', 'apt. B' and 'vol. II' keep their period. 'said no' hands over an answer; 'Critics agreed.' has no content.",
  },
  {
    id: 'segmentation/lowercase-no-before-initials',
    rule: 'segmentation',
    text: `Ocasio-Cortez said she would vote no. AOC later posted that the bill was a disgrace. The union voted no. NATO officials declined to comment. The text is in vol. III of the record.`,
    expect: [
      { s: 'Ocasio-Cortez said she would vote no.', label: 'direct', sources: ['Ocasio-Cortez'] },
      { s: 'AOC later posted that the bill was a disgrace.', label: 'direct', sources: ['AOC'] },
      { s: 'The union voted no.', label: 'unattributed' },
      { s: 'NATO officials declined to comment.', label: 'unattributed' },
      { s: 'The text is in vol. III of the record.', label: 'unattributed' },
    ],
    note: "A lowercase 'no.' before initials in capitals ends the sentence as it does before a word of prose; a roman numeral after 'vol.' goes on with it.",
  },
  {
    id: 'segmentation/dateline-with-a-state-and-a-credit',
    rule: 'segmentation',
    text: `NEWARK, N.J. (AP) — A former state aide pleaded guilty Thursday to taking bribes, federal prosecutors said.

SPOKANE, Wash. (Reuters) - The Rev. Ana Ortiz said the shelter would stay open through March.

Lee moved to Newark, N.J. (His family stayed in Ohio.) He said the move was hard.`,
    expect: [
      { s: 'NEWARK, N.J. (AP) — A former state aide pleaded guilty Thursday to taking bribes, federal prosecutors said.', label: 'reported', sources: ['federal prosecutors'] },
      { s: 'SPOKANE, Wash. (Reuters) - The Rev. Ana Ortiz said the shelter would stay open through March.', label: 'direct', sources: ['The Rev. Ana Ortiz'] },
      { s: 'Lee moved to Newark, N.J.', label: 'unattributed' },
      { s: '(His family stayed in Ohio.)', label: 'unattributed' },
      { s: 'He said the move was hard.', label: 'direct', sources: ['He'] },
    ],
    note: "A dateline whose town ends with a state's abbreviation ('NEWARK, N.J.') runs on into the wire credit and the first sentence: the period is the abbreviation's, and the credit credits the story, not the sentence (SPEC §1: wire credits in a dateline are not attributions). A bracketed sentence after the same abbreviation is its own.",
  },
  {
    id: 'segmentation/nickname-after-an-initial',
    rule: 'segmentation',
    text: `Rep. Robert C. "Bobby" Scott (D-Va.) hosted his annual cookout on Monday. State Sen. Mary L. “Molly” Fenn said the event drew 300 people. The prize went to table C. "Nobody expected it," Fenn said.`,
    expect: [
      { s: 'Rep. Robert C. "Bobby" Scott (D-Va.) hosted his annual cookout on Monday.', label: 'unattributed' },
      { s: 'State Sen. Mary L. “Molly” Fenn said the event drew 300 people.', label: 'direct' },
      { s: 'The prize went to table C.', label: 'unattributed' },
      { s: '"Nobody expected it," Fenn said.', label: 'direct', sources: ['Fenn'] },
    ],
    note: "A nickname in quotation marks after an initial ('Robert C. \"Bobby\" Scott') goes on with the name: the initial's period ends no sentence. A letter that ends a sentence before a quotation of several words ('table C. \"Nobody…') still does.",
  },
  {
    id: 'segmentation/reply-no',
    rule: 'segmentation',
    text: `Will the council raise the tax? No. Mayor Ines Duarte shelved the plan on Monday. Is the tunnel finished? “No. Workers are still lining it,” the engineer said. The ward known as No. 7 voted first. Route No. 12 reopens Friday.`,
    expect: [
      { s: 'Will the council raise the tax?', label: 'unattributed', role: 'question' },
      { s: 'No.', label: 'unattributed' },
      { s: 'Mayor Ines Duarte shelved the plan on Monday.', label: 'unattributed' },
      { s: 'Is the tunnel finished?', label: 'unattributed', role: 'question' },
      { s: '“No.', label: 'direct', inherited: true },
      { s: 'Workers are still lining it,” the engineer said.', label: 'direct', sources: ['the engineer'] },
      { s: 'The ward known as No. 7 voted first.', label: 'unattributed' },
      { s: 'Route No. 12 reopens Friday.', label: 'unattributed' },
    ],
    note: "A capitalised 'No.' that opens its sentence before a capitalised word is the reply, and the sentence ends there; before a number it is the abbreviation ('No. 7'). The quoted reply and its second sentence share the tag after them (SPEC §3).",
  },
  {
    id: 'seg-numbered-list-items',
    rule: 'segmentation',
    text: `The council set out three goals on Monday, its chair said.

1. Raise the levy on empty homes.

2. Cut the waiting list by half.

12. Review the plan in a year.

The total came to 52. Three members voted against it.`,
    expect: [
      { s: 'The council set out three goals on Monday, its chair said.', label: 'direct', sources: ['its chair'] },
      { s: '1. Raise the levy on empty homes.', label: 'unattributed' },
      { s: '2. Cut the waiting list by half.', label: 'unattributed' },
      { s: '12. Review the plan in a year.', label: 'unattributed' },
      { s: 'The total came to 52.', label: 'unattributed' },
      { s: 'Three members voted against it.', label: 'unattributed' },
    ],
    note: "A number and its stop that open a line number a list's item: the item is one sentence with its number, not a sentence '1.' and another. A number that ends a sentence mid-line ('came to 52.') still ends it.",
  },
]
