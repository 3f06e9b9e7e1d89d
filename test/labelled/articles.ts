import type { LabelledCase } from './types'

export const cases: LabelledCase[] = [
  {
    id: 'article/politics-ostrava',
    rule: 'article',
    text: `Coalition collapses in Moravian-Silesian region over hospital budget

By Petra Nováková

OSTRAVA, Czech Republic

The three-party coalition running the Moravian-Silesian region collapsed on Tuesday after the Civic Union walked out of a budget meeting. The row centres on two maternity wards, at Karviná and Havířov, that the draft budget would close. Regional governor Tomáš Bureš said he would try to form a minority administration before the budget deadline on Dec. 15.

“I am not going to leave the region without a budget,” Bureš told reporters in Ostrava. “The hospitals will stay open this winter.”

Governor Tomáš Bureš speaks to reporters outside the regional assembly in Ostrava on Tuesday — Photo: Marek Dvořák/Slezský deník

Wards at risk

Births at the two hospitals have fallen by a third since 2010. Civic Union leader Jana Horáková accused the governor of “closing hospitals to balance the books.” Some doctors at Karviná believe the closures would put mothers at risk, because the drive to Ostrava can take more than 40 minutes in winter. One ambulance is said to have taken 75 minutes to make the journey during a snowstorm last January. Regional elections are due in 2028.

Read more:

Czech doctors’ strike enters second week

Share this:

Leave a comment`,
    expect: [
      { s: 'Coalition collapses in Moravian-Silesian region over hospital budget', label: 'unattributed', role: 'heading' },
      { s: 'By Petra Nováková', label: 'unattributed', role: 'boilerplate' },
      { s: 'OSTRAVA, Czech Republic', label: 'unattributed', role: 'boilerplate' },
      { s: 'The three-party coalition running the Moravian-Silesian region collapsed on Tuesday after the Civic Union walked out of a budget meeting.', label: 'unattributed' },
      { s: 'The row centres on two maternity wards, at Karviná and Havířov, that the draft budget would close.', label: 'unattributed' },
      { s: 'Regional governor Tomáš Bureš said he would try to form a minority administration before the budget deadline on Dec. 15.', label: 'direct', sources: ['Regional governor Tomáš Bureš'] },
      { s: '“I am not going to leave the region without a budget,” Bureš told reporters in Ostrava.', label: 'direct', sources: ['Bureš'] },
      { s: '“The hospitals will stay open this winter.”', label: 'direct', inherited: true },
      { s: 'Governor Tomáš Bureš speaks to reporters outside the regional assembly in Ostrava on Tuesday — Photo: Marek Dvořák/Slezský deník', label: 'unattributed', role: 'caption' },
      { s: 'Wards at risk', label: 'unattributed', role: 'heading' },
      { s: 'Births at the two hospitals have fallen by a third since 2010.', label: 'unattributed' },
      { s: 'Civic Union leader Jana Horáková accused the governor of “closing hospitals to balance the books.”', label: 'direct', sources: ['Civic Union leader Jana Horáková'] },
      { s: 'Some doctors at Karviná believe the closures would put mothers at risk, because the drive to Ostrava can take more than 40 minutes in winter.', label: 'reported' },
      { s: 'One ambulance is said to have taken 75 minutes to make the journey during a snowstorm last January.', label: 'reported' },
      { s: 'Regional elections are due in 2028.', label: 'unattributed' },
      { s: 'Read more:', label: 'unattributed', role: 'boilerplate' },
      { s: 'Czech doctors’ strike enters second week', label: 'unattributed', role: 'boilerplate' },
      { s: 'Share this:', label: 'unattributed', role: 'boilerplate' },
      { s: 'Leave a comment', label: 'unattributed', role: 'boilerplate' },
    ],
    note: "Headline, standalone byline and dateline lines, a photo caption, a sub-heading and scraped furniture at the end. The second quotation inherits Bureš (SPEC §3). 'accused the governor of …' carries content from a named speaker. 'Some doctors' is a vague group and 'is said to have taken' a hedge with no source: both reported.",
  },
  {
    id: 'article/court-melbourne',
    rule: 'article',
    text: `Former charity boss jailed for stealing $2.3m from cancer fund

MELBOURNE (AAP) - A former charity chief executive who spent donations on racehorses and a beach house has been jailed for seven years. Graham Whitlock, 58, pleaded guilty in August to 14 counts of obtaining property by deception. County Court Judge Helen Ashby said Whitlock had betrayed “the trust of thousands of ordinary people who gave what they could.” He will be eligible for parole after four years and six months.

Court documents show the money was moved through 11 bank accounts between 2016 and 2021. Whitlock's lawyer, Anthony Reid, told the court his client had a gambling addiction and had repaid $400,000. “He is deeply ashamed of what he has done.” The judge told Whitlock to stand as she read out the sentence.

Donors left out of pocket

The Peninsula Cancer Trust was wound up in 2022. Former trustees said they had no idea of the scale of the theft until auditors raised concerns in 2021. The alleged accomplice, a former accountant at the trust, will stand trial next year.

Topics: Courts, Melbourne, Charities

Most Read`,
    expect: [
      { s: 'Former charity boss jailed for stealing $2.3m from cancer fund', label: 'unattributed', role: 'heading' },
      { s: 'MELBOURNE (AAP) - A former charity chief executive who spent donations on racehorses and a beach house has been jailed for seven years.', label: 'unattributed' },
      { s: 'Graham Whitlock, 58, pleaded guilty in August to 14 counts of obtaining property by deception.', label: 'unattributed' },
      { s: 'County Court Judge Helen Ashby said Whitlock had betrayed “the trust of thousands of ordinary people who gave what they could.”', label: 'direct', sources: ['County Court Judge Helen Ashby'] },
      { s: 'He will be eligible for parole after four years and six months.', label: 'unattributed' },
      { s: 'Court documents show the money was moved through 11 bank accounts between 2016 and 2021.', label: 'direct', sources: ['Court documents'] },
      { s: "Whitlock's lawyer, Anthony Reid, told the court his client had a gambling addiction and had repaid $400,000.", label: 'direct' },
      { s: '“He is deeply ashamed of what he has done.”', label: 'direct', inherited: true },
      { s: 'The judge told Whitlock to stand as she read out the sentence.', label: 'unattributed' },
      { s: 'Donors left out of pocket', label: 'unattributed', role: 'heading' },
      { s: 'The Peninsula Cancer Trust was wound up in 2022.', label: 'unattributed' },
      { s: 'Former trustees said they had no idea of the scale of the theft until auditors raised concerns in 2021.', label: 'reported', sources: ['Former trustees'] },
      { s: 'The alleged accomplice, a former accountant at the trust, will stand trial next year.', label: 'unattributed' },
      { s: 'Topics: Courts, Melbourne, Charities', label: 'unattributed', role: 'boilerplate' },
      { s: 'Most Read', label: 'unattributed', role: 'boilerplate' },
    ],
    note: "'(AAP)' in the dateline credits the story, not the first sentence. 'Court documents show' is a document with a research-type verb: direct. The lawyer's quotation inherits from the tag before it. 'told Whitlock to stand' is an instruction and 'The alleged accomplice' an adjectival hedge: both unattributed.",
  },
  {
    id: 'article/business-chips',
    rule: 'article',
    text: `Hanseong Semiconductor to cut 2,000 jobs as memory slump deepens

SEOUL (Yonhap) -- Hanseong Semiconductor will cut about 2,000 jobs, or 6 percent of its workforce, the company said on Thursday, as a slump in memory chip prices weighs on earnings. Most of the cuts will fall on its plants in Icheon and Cheongju. Chief executive Park Ji-hoon said in a memo to staff that the decision was “painful but necessary.”

Operating profit fell 71 percent to 412 billion won in the second quarter. The company reported a net loss of 95 billion won, its first since 2012. Analysts at Daeyang Securities said in a note that DRAM prices would keep falling until at least the end of the year. Other analysts expect a recovery sooner, as AI servers drive demand for high-end memory. Hanseong is reportedly in talks with a U.S. customer about a long-term supply deal. Its shares closed down 3.2% in Seoul.

The company’s largest union condemned the cuts. The union has threatened to strike if the company does not offer voluntary redundancy first.

(END)

Most Viewed`,
    expect: [
      { s: 'Hanseong Semiconductor to cut 2,000 jobs as memory slump deepens', label: 'unattributed', role: 'heading' },
      { s: 'SEOUL (Yonhap) -- Hanseong Semiconductor will cut about 2,000 jobs, or 6 percent of its workforce, the company said on Thursday, as a slump in memory chip prices weighs on earnings.', label: 'direct', sources: ['the company'] },
      { s: 'Most of the cuts will fall on its plants in Icheon and Cheongju.', label: 'unattributed' },
      { s: 'Chief executive Park Ji-hoon said in a memo to staff that the decision was “painful but necessary.”', label: 'direct', sources: ['Chief executive Park Ji-hoon'] },
      { s: 'Operating profit fell 71 percent to 412 billion won in the second quarter.', label: 'unattributed' },
      { s: 'The company reported a net loss of 95 billion won, its first since 2012.', label: 'direct', sources: ['The company'] },
      { s: 'Analysts at Daeyang Securities said in a note that DRAM prices would keep falling until at least the end of the year.', label: 'direct', sources: ['Analysts at Daeyang Securities'] },
      { s: 'Other analysts expect a recovery sooner, as AI servers drive demand for high-end memory.', label: 'reported', sources: ['Other analysts'] },
      { s: 'Hanseong is reportedly in talks with a U.S. customer about a long-term supply deal.', label: 'reported' },
      { s: 'Its shares closed down 3.2% in Seoul.', label: 'unattributed' },
      { s: 'The company’s largest union condemned the cuts.', label: 'unattributed' },
      { s: 'The union has threatened to strike if the company does not offer voluntary redundancy first.', label: 'direct', sources: ['The union'] },
      { s: '(END)', label: 'unattributed', role: 'boilerplate' },
      { s: 'Most Viewed', label: 'unattributed', role: 'boilerplate' },
    ],
    note: "'(Yonhap)' does not count, but ', the company said' does. 'The company reported a net loss' is an informational noun object (direct); 'condemned the cuts' is an act (unattributed); 'has threatened to strike' is a commitment verb (direct).",
  },
  {
    id: 'article/science-naps',
    rule: 'article',
    text: `Short naps may help teenagers remember what they learn, study finds

By Mireille Dufort, Science Correspondent

A 20-minute nap after class may help teenagers hold on to what they have just learned, a new study from Canada suggests. The study, published on Wednesday in the journal Sleep and Learning, found that pupils who napped recalled 18% more vocabulary a day later than those who stayed awake. Pupils in the trial were taught lists of Spanish words in the afternoon. Half were then given a quiet room to nap in for 20 minutes.

Lead author Dr. Camille Tremblay said the effect was “surprisingly large for such a short nap.” “Schools should take this seriously.”

Pupils take part in a nap trial at a school in Sherbrooke, Quebec — Image: Laval University

A small sample

Independent experts said the findings were promising but cautioned that the sample was small. Earlier research has linked afternoon naps to better memory in adults. Professor Anil Mehra, a sleep scientist at the University of Leeds who was not involved in the work, said it was unclear whether the benefit would last. Few schools in Canada give pupils anywhere to rest during the day.

Sign up to our weekly science newsletter

Related: Why teenagers can’t get up in the morning`,
    expect: [
      { s: 'Short naps may help teenagers remember what they learn, study finds', label: 'direct', role: 'heading', sources: ['study'] },
      { s: 'By Mireille Dufort, Science Correspondent', label: 'unattributed', role: 'boilerplate' },
      { s: 'A 20-minute nap after class may help teenagers hold on to what they have just learned, a new study from Canada suggests.', label: 'direct' },
      { s: 'The study, published on Wednesday in the journal Sleep and Learning, found that pupils who napped recalled 18% more vocabulary a day later than those who stayed awake.', label: 'direct', sources: ['The study'] },
      { s: 'Pupils in the trial were taught lists of Spanish words in the afternoon.', label: 'unattributed' },
      { s: 'Half were then given a quiet room to nap in for 20 minutes.', label: 'unattributed' },
      { s: 'Lead author Dr. Camille Tremblay said the effect was “surprisingly large for such a short nap.”', label: 'direct', sources: ['Lead author Dr. Camille Tremblay'] },
      { s: '“Schools should take this seriously.”', label: 'direct', inherited: true },
      { s: 'Pupils take part in a nap trial at a school in Sherbrooke, Quebec — Image: Laval University', label: 'unattributed', role: 'caption' },
      { s: 'A small sample', label: 'unattributed', role: 'heading' },
      { s: 'Independent experts said the findings were promising but cautioned that the sample was small.', label: 'reported', sources: ['Independent experts'] },
      { s: 'Earlier research has linked afternoon naps to better memory in adults.', label: 'reported', sources: ['Earlier research'] },
      { s: 'Professor Anil Mehra, a sleep scientist at the University of Leeds who was not involved in the work, said it was unclear whether the benefit would last.', label: 'direct', sources: ['Professor Anil Mehra'] },
      { s: 'Few schools in Canada give pupils anywhere to rest during the day.', label: 'unattributed' },
      { s: 'Sign up to our weekly science newsletter', label: 'unattributed', role: 'boilerplate' },
      { s: 'Related: Why teenagers can’t get up in the morning', label: 'unattributed', role: 'boilerplate' },
    ],
    note: "The headline's 'study finds' and the lead's 'a new study from Canada suggests' are identified by the next sentence (forward identification), so both are direct. 'Earlier research has linked' has a vague source (research): reported. The second Tremblay quotation inherits.",
  },
  {
    id: 'article/health-measles',
    rule: 'article',
    text: `Measles cases climb to 86 in northern Romania, health ministry says

Posted on March 2, 2024 by newsdesk

The number of measles cases in Maramureș county has risen to 86, the health ministry said on Friday, up from 54 a week earlier. Most of those infected are children under five who had not been vaccinated. Two children remain in intensive care in Baia Mare, according to the county hospital. Vaccination rates for the measles, mumps and rubella jab in the county are among the lowest in the EU.

Health Minister Alexandru Rusu vowed to send mobile vaccination teams to every village in the county by the end of the month. He told parents to check their children’s vaccination records. Local doctors say many families distrust the vaccine after rumours spread on social media. It is believed that the outbreak began at a christening in the village of Ieud in January.

What parents should know

Measles spreads through the air and can be caught up to two hours after an infected person has left a room. Do your children have both doses? The vaccine is given in two doses, at 12 months and at five years.

Filed under: Health, Romania

Previous article

Next article`,
    expect: [
      { s: 'Measles cases climb to 86 in northern Romania, health ministry says', label: 'direct', role: 'heading', sources: ['health ministry'] },
      { s: 'Posted on March 2, 2024 by newsdesk', label: 'unattributed', role: 'boilerplate' },
      { s: 'The number of measles cases in Maramureș county has risen to 86, the health ministry said on Friday, up from 54 a week earlier.', label: 'direct', sources: ['the health ministry'] },
      { s: 'Most of those infected are children under five who had not been vaccinated.', label: 'unattributed' },
      { s: 'Two children remain in intensive care in Baia Mare, according to the county hospital.', label: 'direct', sources: ['the county hospital'] },
      { s: 'Vaccination rates for the measles, mumps and rubella jab in the county are among the lowest in the EU.', label: 'unattributed' },
      { s: 'Health Minister Alexandru Rusu vowed to send mobile vaccination teams to every village in the county by the end of the month.', label: 'direct', sources: ['Health Minister Alexandru Rusu'] },
      { s: 'He told parents to check their children’s vaccination records.', label: 'unattributed' },
      { s: 'Local doctors say many families distrust the vaccine after rumours spread on social media.', label: 'reported', sources: ['Local doctors'] },
      { s: 'It is believed that the outbreak began at a christening in the village of Ieud in January.', label: 'reported' },
      { s: 'What parents should know', label: 'unattributed', role: 'heading' },
      { s: 'Measles spreads through the air and can be caught up to two hours after an infected person has left a room.', label: 'unattributed' },
      { s: 'Do your children have both doses?', label: 'unattributed', role: 'question' },
      { s: 'The vaccine is given in two doses, at 12 months and at five years.', label: 'unattributed' },
      { s: 'Filed under: Health, Romania', label: 'unattributed', role: 'boilerplate' },
      { s: 'Previous article', label: 'unattributed', role: 'boilerplate' },
      { s: 'Next article', label: 'unattributed', role: 'boilerplate' },
    ],
    note: "'vowed to send' is a commitment verb (direct); 'told parents to check' is an instruction (unattributed); 'Local doctors' is a vague group and 'It is believed that' a hedge (reported). 'Do your children have both doses?' asks without asserting (question).",
  },
  {
    id: 'article/conflict-kosti',
    rule: 'article',
    text: `Drone strike sets fuel depot ablaze in Kosti, governor says

KHARTOUM, Sudan (Reuters) - A drone strike set a fuel depot on fire in the city of Kosti early on Sunday, the governor of White Nile state said. Flames could be seen across the river for hours, residents said. The state news agency SNA quoted a military source as saying the drone had been launched from territory held by the paramilitary Desert Shield Forces. The Desert Shield Forces did not comment on the attack. The group has denied targeting civilian infrastructure in the past.

Smoke rises from the fuel depot in Kosti on Sunday (Photo: Amin Osman/Nile Pictures)

Fuel shortages

Kosti is the main supply hub for petrol and diesel reaching the south of the country. Queues at petrol stations stretched for several kilometres on Sunday afternoon. Prices are expected to rise sharply in the coming days. A trader at the city’s main market told reporters that a jerrycan of diesel already cost twice what it had a week ago. The war, which began in April 2023, is estimated to have killed tens of thousands of people.

Reporting by Hamid Osman; Editing by Clare Dunne`,
    expect: [
      { s: 'Drone strike sets fuel depot ablaze in Kosti, governor says', label: 'direct', role: 'heading', sources: ['governor'] },
      { s: 'KHARTOUM, Sudan (Reuters) - A drone strike set a fuel depot on fire in the city of Kosti early on Sunday, the governor of White Nile state said.', label: 'direct', sources: ['the governor of White Nile state'] },
      { s: 'Flames could be seen across the river for hours, residents said.', label: 'reported', sources: ['residents'] },
      { s: 'The state news agency SNA quoted a military source as saying the drone had been launched from territory held by the paramilitary Desert Shield Forces.', label: 'direct', sources: ['The state news agency SNA', 'a military source'] },
      { s: 'The Desert Shield Forces did not comment on the attack.', label: 'unattributed' },
      { s: 'The group has denied targeting civilian infrastructure in the past.', label: 'direct', sources: ['The group'] },
      { s: 'Smoke rises from the fuel depot in Kosti on Sunday (Photo: Amin Osman/Nile Pictures)', label: 'unattributed', role: 'caption' },
      { s: 'Fuel shortages', label: 'unattributed', role: 'heading' },
      { s: 'Kosti is the main supply hub for petrol and diesel reaching the south of the country.', label: 'unattributed' },
      { s: 'Queues at petrol stations stretched for several kilometres on Sunday afternoon.', label: 'unattributed' },
      { s: 'Prices are expected to rise sharply in the coming days.', label: 'reported' },
      { s: 'A trader at the city’s main market told reporters that a jerrycan of diesel already cost twice what it had a week ago.', label: 'reported' },
      { s: 'The war, which began in April 2023, is estimated to have killed tens of thousands of people.', label: 'reported' },
      { s: 'Reporting by Hamid Osman; Editing by Clare Dunne', label: 'unattributed', role: 'boilerplate' },
    ],
    note: "'(Reuters)' credits the story, not the sentence. SNA quoting a military source is a named channel relaying an anonymous speaker: direct. 'has denied targeting …' hands content to the group: direct. 'did not comment' is a negated act: unattributed. A trader, 'is expected to' and 'is estimated to' are vague or hedged: reported.",
  },
  {
    id: 'article/sport-transfer',
    rule: 'article',
    text: `Striker Mateo Ruiz reportedly close to £45m move to Northbridge

By Callum Ferris

Northbridge United are reportedly close to signing Atlético Costa striker Mateo Ruiz for about £45 million. The 24-year-old scored 21 goals in La Liga last season. According to the Spanish sports daily Diario Gol, Ruiz has already completed the first part of a medical in Madrid.

Northbridge manager Steve Holloway refused to discuss the striker at his news conference on Friday. “I don’t talk about players at other clubs,” he said. “We have a game on Sunday and that is my focus.”

Northbridge sit ninth in the Premier League, 11 points off the European places. Holloway’s side have scored just 19 goals in 17 games, fewer than any team in the top half. The club’s owners are understood to have set aside £80 million for new players in January. Fans marched on the stadium last month in protest at a lack of investment.

Mateo Ruiz celebrates after scoring in Madrid in October. Photograph: Javier Lozano/Deportes Press

Comments

Most Popular

Northbridge cruise past Hartley in cup`,
    expect: [
      { s: 'Striker Mateo Ruiz reportedly close to £45m move to Northbridge', label: 'reported', role: 'heading' },
      { s: 'By Callum Ferris', label: 'unattributed', role: 'boilerplate' },
      { s: 'Northbridge United are reportedly close to signing Atlético Costa striker Mateo Ruiz for about £45 million.', label: 'reported' },
      { s: 'The 24-year-old scored 21 goals in La Liga last season.', label: 'unattributed' },
      { s: 'According to the Spanish sports daily Diario Gol, Ruiz has already completed the first part of a medical in Madrid.', label: 'direct', sources: ['the Spanish sports daily Diario Gol'] },
      { s: 'Northbridge manager Steve Holloway refused to discuss the striker at his news conference on Friday.', label: 'unattributed' },
      { s: '“I don’t talk about players at other clubs,” he said.', label: 'direct', sources: ['he'] },
      { s: '“We have a game on Sunday and that is my focus.”', label: 'direct', inherited: true },
      { s: 'Northbridge sit ninth in the Premier League, 11 points off the European places.', label: 'unattributed' },
      { s: 'Holloway’s side have scored just 19 goals in 17 games, fewer than any team in the top half.', label: 'unattributed' },
      { s: 'The club’s owners are understood to have set aside £80 million for new players in January.', label: 'reported' },
      { s: 'Fans marched on the stadium last month in protest at a lack of investment.', label: 'unattributed' },
      { s: 'Mateo Ruiz celebrates after scoring in Madrid in October.', label: 'unattributed', role: 'caption' },
      { s: 'Photograph: Javier Lozano/Deportes Press', label: 'unattributed', role: 'caption' },
      { s: 'Comments', label: 'unattributed', role: 'boilerplate' },
      { s: 'Most Popular', label: 'unattributed', role: 'boilerplate' },
      { s: 'Northbridge cruise past Hartley in cup', label: 'unattributed', role: 'boilerplate' },
    ],
    note: "'refused to discuss the striker' is an act with no content (unattributed); the second Holloway quotation inherits. 'are understood to have set aside' is a hedge with no source (reported).",
  },
  {
    id: 'article/local-libraries',
    rule: 'article',
    text: `Library closures approved despite protest

Updated 6:45 p.m., Nov. 3

Councillors in Ashcombe voted 24 to 17 on Wednesday night to close three of the town’s seven libraries. About 200 people protested outside the town hall before the meeting. Council leader Sarah Pemberton said the closures would save £640,000 a year.

“Nobody went into politics to close libraries,” she said. “But the money simply isn't there.”

The Friends of Ashcombe Libraries, a campaign group, said it would seek a judicial review. Its chair, Dr. Neil Abbott, argued that the council had ignored its own consultation, in which 82% of respondents opposed the closures. The Parkside branch alone is used by 1,100 people a month. The council has not said what will happen to the buildings.

Volunteers step in

A group of residents in Parkside plans to reopen its branch as a community library in the spring. Similar libraries in neighbouring Dunford have been run by volunteers since 2016.

Do you have a story for us? Email newsdesk@ashcombetimes.co.uk`,
    expect: [
      { s: 'Library closures approved despite protest', label: 'unattributed', role: 'heading' },
      { s: 'Updated 6:45 p.m., Nov. 3', label: 'unattributed', role: 'boilerplate' },
      { s: 'Councillors in Ashcombe voted 24 to 17 on Wednesday night to close three of the town’s seven libraries.', label: 'unattributed' },
      { s: 'About 200 people protested outside the town hall before the meeting.', label: 'unattributed' },
      { s: 'Council leader Sarah Pemberton said the closures would save £640,000 a year.', label: 'direct', sources: ['Council leader Sarah Pemberton'] },
      { s: '“Nobody went into politics to close libraries,” she said.', label: 'direct', sources: ['she'] },
      { s: "“But the money simply isn't there.”", label: 'direct', inherited: true },
      { s: 'The Friends of Ashcombe Libraries, a campaign group, said it would seek a judicial review.', label: 'direct', sources: ['The Friends of Ashcombe Libraries'] },
      { s: 'Its chair, Dr. Neil Abbott, argued that the council had ignored its own consultation, in which 82% of respondents opposed the closures.', label: 'direct' },
      { s: 'The Parkside branch alone is used by 1,100 people a month.', label: 'unattributed' },
      { s: 'The council has not said what will happen to the buildings.', label: 'unattributed' },
      { s: 'Volunteers step in', label: 'unattributed', role: 'heading' },
      { s: 'A group of residents in Parkside plans to reopen its branch as a community library in the spring.', label: 'unattributed' },
      { s: 'Similar libraries in neighbouring Dunford have been run by volunteers since 2016.', label: 'unattributed' },
      { s: 'Do you have a story for us?', label: 'unattributed', role: 'boilerplate' },
      { s: 'Email newsdesk@ashcombetimes.co.uk', label: 'unattributed', role: 'boilerplate' },
    ],
    note: "The second Pemberton quotation inherits (SPEC §3). 'The council has not said what …' is a negated act with no content (unattributed). The closing reader prompt and e-mail line are site furniture.",
  },
  {
    id: 'article/opinion-tram',
    rule: 'article',
    text: `Opinion: The city’s tram plan is a costly mistake

By Ruth Abara

I have lived in Ridgeway for 22 years, and I have never seen a project sold so hard on so little evidence. The council’s own business case puts the cost of the tram at £1.2 billion. That is more than the city spends on social care in three years.

Who asked for this? Not the people of Eastgate, who will lose their bus route when the tram opens.

Transport chief Malcolm Fyfe insists the tram will “transform” the east of the city. The same promises were made about the Northgate bypass, which opened two years late and £90 million over budget. Experts have long warned that trams only pay off on the busiest corridors. Is it any wonder that bus use in Eastgate has fallen by a fifth since work on the tram began?

Scrap the tram, and spend the money on buses.

Comments are closed.`,
    expect: [
      { s: 'Opinion: The city’s tram plan is a costly mistake', label: 'unattributed', role: 'heading' },
      { s: 'By Ruth Abara', label: 'unattributed', role: 'boilerplate' },
      { s: 'I have lived in Ridgeway for 22 years, and I have never seen a project sold so hard on so little evidence.', label: 'unattributed' },
      { s: 'The council’s own business case puts the cost of the tram at £1.2 billion.', label: 'direct', sources: ['The council’s own business case'] },
      { s: 'That is more than the city spends on social care in three years.', label: 'unattributed' },
      { s: 'Who asked for this?', label: 'unattributed', role: 'question' },
      { s: 'Not the people of Eastgate, who will lose their bus route when the tram opens.', label: 'unattributed' },
      { s: 'Transport chief Malcolm Fyfe insists the tram will “transform” the east of the city.', label: 'direct', sources: ['Transport chief Malcolm Fyfe'] },
      { s: 'The same promises were made about the Northgate bypass, which opened two years late and £90 million over budget.', label: 'unattributed' },
      { s: 'Experts have long warned that trams only pay off on the busiest corridors.', label: 'reported', sources: ['Experts'] },
      { s: 'Is it any wonder that bus use in Eastgate has fallen by a fifth since work on the tram began?', label: 'unattributed' },
      { s: 'Scrap the tram, and spend the money on buses.', label: 'unattributed', role: 'question' },
      { s: 'Comments are closed.', label: 'unattributed', role: 'boilerplate' },
    ],
    note: "An opinion column: first-person views are unattributed claims (SPEC §2); 'Who asked for this?' asserts nothing (question); the closing rhetorical question asserts something checkable (bus use fell by a fifth), so it stays a body claim; 'Scrap the tram …' is an imperative (question). 'The council’s own business case puts the cost … at' is a document supplying a figure: direct.",
  },
  {
    id: 'article/health-outbreak',
    rule: 'article',
    text: `Measles cases climb to 48 in county outbreak

The county's health officer said Friday that six more children had been infected, bringing the total in the Cedar County outbreak to 48.

The county health department said in a news release that two of the new patients had been hospitalized.

The Centers for Disease Control and Prevention has counted 1,274 cases nationwide this year, the most since 1992. The agency says most of them involve people who were not vaccinated.

Some parents at the school have questioned the vaccine's safety. Decades of research have found no link between the vaccine and autism.

"Two doses are about 97% effective," said the school district's nurse, Andrea Solis of the Lakeview Clinic.

Several parents who voted no on a school mask rule in 2021 said they would keep their children home this week.`,
    expect: [
      { s: 'Measles cases climb to 48 in county outbreak', label: 'unattributed', role: 'heading' },
      { s: "The county's health officer said Friday that six more children had been infected, bringing the total in the Cedar County outbreak to 48.", label: 'direct', sources: ["The county's health officer"] },
      { s: 'The county health department said in a news release that two of the new patients had been hospitalized.', label: 'direct', sources: ['The county health department'] },
      { s: 'The Centers for Disease Control and Prevention has counted 1,274 cases nationwide this year, the most since 1992.', label: 'direct', sources: ['The Centers for Disease Control and Prevention'] },
      { s: 'The agency says most of them involve people who were not vaccinated.', label: 'direct', sources: ['The agency'] },
      { s: "Some parents at the school have questioned the vaccine's safety.", label: 'reported', sources: ['Some parents at the school'] },
      { s: 'Decades of research have found no link between the vaccine and autism.', label: 'reported', sources: ['Decades of research'] },
      { s: '"Two doses are about 97% effective," said the school district\'s nurse, Andrea Solis of the Lakeview Clinic.', label: 'direct', sources: ["the school district's nurse, Andrea Solis of the Lakeview Clinic"] },
      { s: 'Several parents who voted no on a school mask rule in 2021 said they would keep their children home this week.', label: 'reported', sources: ['Several parents'] },
    ],
    note: "A health story: 'said in a news release that…' reports through the release (a compound noun, no verb of releasing); 'has counted 1,274 cases' is a figure the CDC supplies (SPEC §1: a noun object that is a figure), and 'The agency' is the CDC (SPEC §1 step 2: a role noun whose antecedent is named); 'Decades of research have found' is research, unspecified (vague, SPEC: studies, research); 'questioned the vaccine's safety' raises a doubt, a concern unnamed parents supply (SPEC §1: a concern; vague); the nurse speaks under her name, set off after her role with her workplace; 'who voted no' is a relative clause, and its 'no' negates nothing.",
  },
  {
    id: 'article/planning-committee',
    rule: 'article',
    text: `Council backs 400-home estate despite objections

Housebuilder Linden Vale Homes says the estate will include 120 affordable homes and a new GP surgery.

Cllr Sue Waring, who represents the ward, said the surgery was a promise on paper. The councillor added that the roads could not cope.

The head of planning at one neighbouring council, who asked not to be named, said the scheme set a precedent.

The number of households on the waiting list rose to 4,100, official figures published on Thursday show.

It is a plan residents say will double traffic on Grantham Road. Legend has it that the fields were once a royal hunting ground.

The site's flood risk was assessed by Ashdown Environmental, a spokesperson for its parent company, Vale Group, said.`,
    expect: [
      { s: 'Council backs 400-home estate despite objections', label: 'unattributed', role: 'heading' },
      { s: 'Housebuilder Linden Vale Homes says the estate will include 120 affordable homes and a new GP surgery.', label: 'direct', sources: ['Housebuilder Linden Vale Homes'] },
      { s: 'Cllr Sue Waring, who represents the ward, said the surgery was a promise on paper.', label: 'direct', sources: ['Cllr Sue Waring'] },
      { s: 'The councillor added that the roads could not cope.', label: 'direct', sources: ['The councillor'] },
      { s: 'The head of planning at one neighbouring council, who asked not to be named, said the scheme set a precedent.', label: 'reported', sources: ['The head of planning at one neighbouring council'] },
      { s: 'The number of households on the waiting list rose to 4,100, official figures published on Thursday show.', label: 'direct', sources: ['official figures'] },
      { s: 'It is a plan residents say will double traffic on Grantham Road.', label: 'reported', sources: ['residents'] },
      { s: 'Legend has it that the fields were once a royal hunting ground.', label: 'reported' },
      { s: "The site's flood risk was assessed by Ashdown Environmental, a spokesperson for its parent company, Vale Group, said.", label: 'direct', sources: ['a spokesperson for its parent company, Vale Group'] },
    ],
    note: "British local news: a company's trade opening the sentence ('Housebuilder') and the councillor's title 'Cllr' are no part of the names, and 'The councillor' is Sue Waring (SPEC §1 step 2: a role noun whose antecedent is named); a definite role at a body no one can tell ('at one neighbouring council'), unnamed on purpose, is vague; 'official figures' are the government's release (named); 'a plan residents say will…' is a relative clause with no pronoun whose subject is the residents; 'Legend has it' is a hedge with no source; a body named after the object of the spokesperson's preposition ('its parent company, Vale Group') leaves the spokesperson the speaker, an office that speaks on record (named).",
  },
  {
    id: 'article/markets-interview',
    rule: 'article',
    text: `Airline shares climb as fuel costs ease

Shares of Southwest Airlines rose 4% after the carrier forecast a return to profit, while Tesla slid after a report that it had cut prices in Europe again.

Nikola Brandt added 22 points and 14 rebounds for Denver, which has won five straight.

The Teamsters Local 727, the union that represents the pharmacists, said it would strike on Monday, the union announced Sunday in a letter to members across the state.

Word spread quickly that the plant would close.

Rosa Delgado, the local's president, spoke with The Ledger on Sunday.

Q: Will the strike go ahead? Mayor Ana Ruiz says it will not.

Q: Will it?

A: Yes. Nobody wants it, but we have no choice.

Q: What would end it?

A: A real offer on pay.`,
    expect: [
      { s: 'Airline shares climb as fuel costs ease', label: 'unattributed', role: 'heading' },
      { s: 'Shares of Southwest Airlines rose 4% after the carrier forecast a return to profit, while Tesla slid after a report that it had cut prices in Europe again.', label: 'direct', sources: ['the carrier', 'a report'] },
      { s: 'Nikola Brandt added 22 points and 14 rebounds for Denver, which has won five straight.', label: 'unattributed' },
      { s: 'The Teamsters Local 727, the union that represents the pharmacists, said it would strike on Monday, the union announced Sunday in a letter to members across the state.', label: 'direct', sources: ['The Teamsters Local 727', 'the union'] },
      { s: 'Word spread quickly that the plant would close.', label: 'reported' },
      { s: "Rosa Delgado, the local's president, spoke with The Ledger on Sunday.", label: 'unattributed' },
      { s: 'Q: Will the strike go ahead?', label: 'unattributed', role: 'question' },
      { s: 'Mayor Ana Ruiz says it will not.', label: 'direct', sources: ['Mayor Ana Ruiz'] },
      { s: 'Q: Will it?', label: 'unattributed', role: 'question' },
      { s: 'A: Yes.', label: 'direct', sources: ['A'] },
      { s: 'Nobody wants it, but we have no choice.', label: 'direct', inherited: true },
      { s: 'Q: What would end it?', label: 'unattributed', role: 'question' },
      { s: 'A: A real offer on pay.', label: 'direct', sources: ['A'] },
    ],
    note: "A markets and labour story: 'the carrier' is the listed company the sentence names (SPEC §1 step 2), 'a report that…' an unnamed report's clause (vague: reports); a count and its plural after 'added' is a box score, no speech; a trailing tag may have a day before its adjuncts; 'word spread that' is a hedge with no source (SPEC: sourceless hedges). The 'A:' lines of the interview are Rosa Delgado's, the person the text names before them (not the mayor a question quotes), the label standing for her as a pronoun would; an answer's turn carries her to its paragraph's end, as a transcript's does (SPEC §3).",
  },
  {
    id: 'article/health-court-wrap',
    rule: 'article',
    text: `FDA clears new RSV shot; court upholds drug rule

The Food and Drug Administration approved a new RSV vaccine for adults over 60 on Friday. The agency said the shot cut severe illness by 82% in a trial of 24,000 people.

In a statement, Halvern Labs said it would ship the first doses in October. The statement added that the company had raised its forecast for the year.

Markets expect the vaccine to add $2 billion to Halvern's sales, according to a note from Bernstein.

Reporters asked the company's chief executive, Dana Hill, about pricing. She said the shot would cost $295 a dose.

Separately, a federal appeals court held that the agency could require the new warning labels. Judge Ruth Okafor wrote for the panel.

Two cardiologists who were not involved in the trial, writing in the Annals of Internal Medicine, said the results were encouraging.`,
    expect: [
      { s: 'FDA clears new RSV shot; court upholds drug rule', label: 'unattributed', role: 'heading' },
      { s: 'The Food and Drug Administration approved a new RSV vaccine for adults over 60 on Friday.', label: 'unattributed' },
      { s: 'The agency said the shot cut severe illness by 82% in a trial of 24,000 people.', label: 'direct', sources: ['The agency'] },
      { s: 'In a statement, Halvern Labs said it would ship the first doses in October.', label: 'direct', sources: ['Halvern Labs'] },
      { s: 'The statement added that the company had raised its forecast for the year.', label: 'direct', sources: ['The statement', 'the company'] },
      { s: "Markets expect the vaccine to add $2 billion to Halvern's sales, according to a note from Bernstein.", label: 'direct', sources: ['Markets', 'a note from Bernstein'] },
      { s: "Reporters asked the company's chief executive, Dana Hill, about pricing.", label: 'unattributed' },
      { s: 'She said the shot would cost $295 a dose.', label: 'direct', sources: ['She'] },
      { s: 'Separately, a federal appeals court held that the agency could require the new warning labels.', label: 'reported', sources: ['a federal appeals court'] },
      { s: 'Judge Ruth Okafor wrote for the panel.', label: 'unattributed' },
      { s: 'Two cardiologists who were not involved in the trial, writing in the Annals of Internal Medicine, said the results were encouraging.', label: 'reported', sources: ['Two cardiologists'] },
    ],
    note: "A health and courts wrap: 'the agency' stands for the Food and Drug Administration the story only mentioned, read whole past 'and' (SPEC §1 step 2: a role noun resolves to the nearest fitting earlier source); 'The statement' after 'In a statement, Halvern Labs said…' is the company's word; markets that expect are traders at large (vague), the firm's note on record; 'she' after 'Reporters asked … Dana Hill' is the one asked, answering; a court 'held that…' hands on its ruling, an unnamed court vague, and 'wrote for the panel' says nothing; cardiologists not named are vague, whatever journal they wrote in.",
  },
]
