import type { LabelledCase } from './types'

export const cases: LabelledCase[] = [
  {
    id: 'heading/1',
    rule: 'heading',
    text: `Council approves new cycle lanes for city centre

Councillors in Brightwater voted 31 to 9 on Wednesday to build 14 km of protected cycle lanes. Work will begin in January.

Parking spaces to go

About 300 on-street parking spaces will be removed along the route. Some shop owners said they would lose customers as a result.`,
    expect: [
      { s: 'Council approves new cycle lanes for city centre', label: 'unattributed', role: 'heading' },
      { s: 'Councillors in Brightwater voted 31 to 9 on Wednesday to build 14 km of protected cycle lanes.', label: 'unattributed' },
      { s: 'Work will begin in January.', label: 'unattributed' },
      { s: 'Parking spaces to go', label: 'unattributed', role: 'heading' },
      { s: 'About 300 on-street parking spaces will be removed along the route.', label: 'unattributed' },
      { s: 'Some shop owners said they would lose customers as a result.', label: 'reported', sources: ['Some shop owners'] },
    ],
  },
  {
    id: 'heading/2',
    rule: 'heading',
    text: `The bill cleared the lower house on Thursday by 88 votes to 61.

What happens next

It now goes to the Senate, where the government lacks a majority. Senator Tess Nakamura said her party would try to amend it.`,
    expect: [
      { s: 'The bill cleared the lower house on Thursday by 88 votes to 61.', label: 'unattributed' },
      { s: 'What happens next', label: 'unattributed', role: 'heading' },
      { s: 'It now goes to the Senate, where the government lacks a majority.', label: 'unattributed' },
      { s: 'Senator Tess Nakamura said her party would try to amend it.', label: 'direct', sources: ['Senator Tess Nakamura'] },
    ],
  },
  {
    id: 'heading/3',
    rule: 'heading',
    text: `Heatwave grips southern Europe as wildfires spread

Temperatures passed 45C in parts of Sicily and Sardinia on Monday. Firefighters were battling more than 30 blazes on the Greek island of Evia.`,
    expect: [
      { s: 'Heatwave grips southern Europe as wildfires spread', label: 'unattributed', role: 'heading' },
      { s: 'Temperatures passed 45C in parts of Sicily and Sardinia on Monday.', label: 'unattributed' },
      { s: 'Firefighters were battling more than 30 blazes on the Greek island of Evia.', label: 'unattributed' },
    ],
  },
  {
    id: 'headline-form/1',
    rule: 'headline-form',
    text: `Rates to stay on hold until autumn: central bank chief

Governor Olena Marchuk said on Thursday that the central bank would keep its main rate at 13% until at least September. The bank last cut rates in December.`,
    expect: [
      { s: 'Rates to stay on hold until autumn: central bank chief', label: 'direct', role: 'heading', sources: ['central bank chief'] },
      { s: 'Governor Olena Marchuk said on Thursday that the central bank would keep its main rate at 13% until at least September.', label: 'direct', sources: ['Governor Olena Marchuk'] },
      { s: 'The bank last cut rates in December.', label: 'unattributed' },
    ],
    note: "A headline ending in ': speaker' names its source (SPEC §1 headline forms): direct, but a heading, so not a claim.",
  },
  {
    id: 'headline-form/2',
    rule: 'headline-form',
    text: `Two killed as storm hits Adriatic coast, officials say

Two people were killed when trees fell on their cars near Split, regional officials said on Monday. Winds reached 140 km/h on the island of Hvar.`,
    expect: [
      { s: 'Two killed as storm hits Adriatic coast, officials say', label: 'reported', role: 'heading', sources: ['officials'] },
      { s: 'Two people were killed when trees fell on their cars near Split, regional officials said on Monday.', label: 'reported', sources: ['regional officials'] },
      { s: 'Winds reached 140 km/h on the island of Hvar.', label: 'unattributed' },
    ],
  },
  {
    id: 'headline-form/3',
    rule: 'headline-form',
    text: `Ferry operator to cut 300 jobs – Harbour Post

Nordlink Ferries plans to cut 300 jobs, mostly on its routes to the Shetland Islands, the Harbour Post reported on Saturday. The company operates 14 vessels.`,
    expect: [
      { s: 'Ferry operator to cut 300 jobs – Harbour Post', label: 'direct', role: 'heading', sources: ['Harbour Post'] },
      { s: 'Nordlink Ferries plans to cut 300 jobs, mostly on its routes to the Shetland Islands, the Harbour Post reported on Saturday.', label: 'direct', sources: ['the Harbour Post'] },
      { s: 'The company operates 14 vessels.', label: 'unattributed' },
    ],
    note: "A headline ending in '– outlet' credits its claim to that outlet (SPEC §1 headline forms).",
  },
  {
    id: 'headline-form/4',
    rule: 'headline-form',
    text: `Mine collapse traps 12 workers in Shanxi, state media says

Twelve workers were trapped when part of a coal mine collapsed in Shanxi province on Tuesday, state broadcaster Huaxia TV reported. Shanxi produces about a quarter of China’s coal.`,
    expect: [
      { s: 'Mine collapse traps 12 workers in Shanxi, state media says', label: 'direct', role: 'heading', sources: ['state media'] },
      { s: 'Twelve workers were trapped when part of a coal mine collapsed in Shanxi province on Tuesday, state broadcaster Huaxia TV reported.', label: 'direct', sources: ['state broadcaster Huaxia TV'] },
      { s: 'Shanxi produces about a quarter of China’s coal.', label: 'unattributed' },
    ],
  },
  {
    id: 'headline-form/5',
    rule: 'headline-form',
    text: `Vaccine maker Biovara reportedly in talks to buy German rival

Biovara is in advanced talks to buy Hessen-based Medigen, according to people familiar with the matter. Medigen makes vaccines for livestock.`,
    expect: [
      { s: 'Vaccine maker Biovara reportedly in talks to buy German rival', label: 'reported', role: 'heading' },
      { s: 'Biovara is in advanced talks to buy Hessen-based Medigen, according to people familiar with the matter.', label: 'reported' },
      { s: 'Medigen makes vaccines for livestock.', label: 'unattributed' },
    ],
  },
  {
    id: 'headline-form/6',
    rule: 'headline-form',
    text: `Missile lands in sea west of Hokkaido, says Tokyo

A ballistic missile landed in the sea about 200 km west of Hokkaido on Friday, Japan’s defence ministry said. No damage to ships or aircraft was recorded.`,
    expect: [
      { s: 'Missile lands in sea west of Hokkaido, says Tokyo', label: 'direct', role: 'heading', sources: ['Tokyo'] },
      { s: 'A ballistic missile landed in the sea about 200 km west of Hokkaido on Friday, Japan’s defence ministry said.', label: 'direct', sources: ['Japan’s defence ministry'] },
      { s: 'No damage to ships or aircraft was recorded.', label: 'unattributed' },
    ],
    note: "'says Tokyo' uses the capital for the Japanese government, an office that speaks on record: named.",
  },
  {
    id: 'caption/1',
    rule: 'caption',
    text: `Rescue teams were still searching for survivors on Tuesday evening.

Rescue workers search the rubble of a collapsed building in Malatya on Tuesday — Photo: Deniz Aksoy/Karadeniz Ajans

The quake, centred near the town of Doğanşehir, was felt as far away as Ankara.`,
    expect: [
      { s: 'Rescue teams were still searching for survivors on Tuesday evening.', label: 'unattributed' },
      { s: 'Rescue workers search the rubble of a collapsed building in Malatya on Tuesday — Photo: Deniz Aksoy/Karadeniz Ajans', label: 'unattributed', role: 'caption' },
      { s: 'The quake, centred near the town of Doğanşehir, was felt as far away as Ankara.', label: 'unattributed' },
    ],
  },
  {
    id: 'caption/2',
    rule: 'caption',
    text: `A voter casts her ballot at a polling station in Lusaka, Zambia, on Aug. 12 (Photo: Chanda Mwila/Lusaka Times)

Polls closed at 6 p.m., and counting began immediately. Results are due within seven days.`,
    expect: [
      { s: 'A voter casts her ballot at a polling station in Lusaka, Zambia, on Aug. 12 (Photo: Chanda Mwila/Lusaka Times)', label: 'unattributed', role: 'caption' },
      { s: 'Polls closed at 6 p.m., and counting began immediately.', label: 'unattributed' },
      { s: 'Results are due within seven days.', label: 'unattributed' },
    ],
  },
  {
    id: 'caption/3',
    rule: 'caption',
    text: `The fire has burned more than 3,000 hectares of pine forest.

Firefighters tackle the blaze near Patras on Sunday. Photo: Eleni Dimou/Achaia News`,
    expect: [
      { s: 'The fire has burned more than 3,000 hectares of pine forest.', label: 'unattributed' },
      { s: 'Firefighters tackle the blaze near Patras on Sunday.', label: 'unattributed', role: 'caption' },
      { s: 'Photo: Eleni Dimou/Achaia News', label: 'unattributed', role: 'caption' },
    ],
    note: 'A caption cut into two sentences by its credit line; both parts are caption.',
  },
  {
    id: 'caption/4',
    rule: 'caption',
    text: `The new bridge links the two halves of the old town for the first time since 1944.

The Ponte Nuovo at dusk on its opening night (Image: Marco Bellini/Studio Nord)`,
    expect: [
      { s: 'The new bridge links the two halves of the old town for the first time since 1944.', label: 'unattributed' },
      { s: 'The Ponte Nuovo at dusk on its opening night (Image: Marco Bellini/Studio Nord)', label: 'unattributed', role: 'caption' },
    ],
  },
  {
    id: 'caption/5',
    rule: 'caption',
    text: `Prime Minister Jonas Hagen arrives for the budget debate in Oslo on Tuesday. (AP Photo/Ola Berg)

The debate lasted nine hours.`,
    expect: [
      { s: 'Prime Minister Jonas Hagen arrives for the budget debate in Oslo on Tuesday.', label: 'unattributed', role: 'caption' },
      { s: '(AP Photo/Ola Berg)', label: 'unattributed', role: 'caption' },
      { s: 'The debate lasted nine hours.', label: 'unattributed' },
    ],
  },
  {
    id: 'boilerplate/1',
    rule: 'boilerplate',
    text: `The museum reopens to the public on Saturday.

Share this article

Facebook

Twitter

Email

Leave a Reply

Your email address will not be published. Required fields are marked *`,
    expect: [
      { s: 'The museum reopens to the public on Saturday.', label: 'unattributed' },
      { s: 'Share this article', label: 'unattributed', role: 'boilerplate' },
      { s: 'Facebook', label: 'unattributed', role: 'boilerplate' },
      { s: 'Twitter', label: 'unattributed', role: 'boilerplate' },
      { s: 'Email', label: 'unattributed', role: 'boilerplate' },
      { s: 'Leave a Reply', label: 'unattributed', role: 'boilerplate' },
      { s: 'Your email address will not be published.', label: 'unattributed', role: 'boilerplate' },
      { s: 'Required fields are marked *', label: 'unattributed', role: 'boilerplate' },
    ],
  },
  {
    id: 'boilerplate/2',
    rule: 'boilerplate',
    text: `The festival runs until Sunday in the grounds of Kilkenny Castle.

We use cookies to improve your experience on our site. By continuing to browse, you agree to our use of cookies.

Sign up for The Morning Ledger, our free daily newsletter`,
    expect: [
      { s: 'The festival runs until Sunday in the grounds of Kilkenny Castle.', label: 'unattributed' },
      { s: 'We use cookies to improve your experience on our site.', label: 'unattributed', role: 'boilerplate' },
      { s: 'By continuing to browse, you agree to our use of cookies.', label: 'unattributed', role: 'boilerplate' },
      { s: 'Sign up for The Morning Ledger, our free daily newsletter', label: 'unattributed', role: 'boilerplate' },
    ],
  },
  {
    id: 'boilerplate/3',
    rule: 'boilerplate',
    text: `Schools in the canton will stay closed until the water recedes.

Related Articles

Floods close schools across northern Bosnia

Heavy rain has forced the closure of more than 200 schools in the Una-Sana canton, where …

Tags: floods, Bosnia, weather

© 2024 The Valley Herald. All rights reserved.`,
    expect: [
      { s: 'Schools in the canton will stay closed until the water recedes.', label: 'unattributed' },
      { s: 'Related Articles', label: 'unattributed', role: 'boilerplate' },
      { s: 'Floods close schools across northern Bosnia', label: 'unattributed', role: 'boilerplate' },
      { s: 'Heavy rain has forced the closure of more than 200 schools in the Una-Sana canton, where …', label: 'unattributed', role: 'boilerplate' },
      { s: 'Tags: floods, Bosnia, weather', label: 'unattributed', role: 'boilerplate' },
      { s: '© 2024 The Valley Herald.', label: 'unattributed', role: 'boilerplate' },
      { s: 'All rights reserved.', label: 'unattributed', role: 'boilerplate' },
    ],
    note: 'Related-article title and teaser are furniture scraped with the article.',
  },
  {
    id: 'boilerplate/4',
    rule: 'boilerplate',
    text: `World News

By Hana Kobayashi and Tomás Reyes

TBILISI, Georgia

Tens of thousands of people marched through central Tbilisi on Sunday evening. It was the largest protest in the city since 2019.

Tag Archives: protests`,
    expect: [
      { s: 'World News', label: 'unattributed', role: 'boilerplate' },
      { s: 'By Hana Kobayashi and Tomás Reyes', label: 'unattributed', role: 'boilerplate' },
      { s: 'TBILISI, Georgia', label: 'unattributed', role: 'boilerplate' },
      { s: 'Tens of thousands of people marched through central Tbilisi on Sunday evening.', label: 'unattributed' },
      { s: 'It was the largest protest in the city since 2019.', label: 'unattributed' },
      { s: 'Tag Archives: protests', label: 'unattributed', role: 'boilerplate' },
    ],
    note: 'A byline and a dateline standing alone, and section labels, are boilerplate.',
  },
  {
    id: 'boilerplate/5',
    rule: 'boilerplate',
    text: `Posted on 3 June 2023 by admin

The Kaunas Jazz Festival will open on Friday with a concert in Town Hall Square.

Source link

About Admin

Check Also`,
    expect: [
      { s: 'Posted on 3 June 2023 by admin', label: 'unattributed', role: 'boilerplate' },
      { s: 'The Kaunas Jazz Festival will open on Friday with a concert in Town Hall Square.', label: 'unattributed' },
      { s: 'Source link', label: 'unattributed', role: 'boilerplate' },
      { s: 'About Admin', label: 'unattributed', role: 'boilerplate' },
      { s: 'Check Also', label: 'unattributed', role: 'boilerplate' },
    ],
  },
  {
    id: 'question/1',
    rule: 'question',
    text: `The council has raised parking fees four times in three years. So where has the money gone? Not into the roads, which are in worse shape than at any time since I moved here in 2009.`,
    expect: [
      { s: 'The council has raised parking fees four times in three years.', label: 'unattributed' },
      { s: 'So where has the money gone?', label: 'unattributed', role: 'question' },
      { s: 'Not into the roads, which are in worse shape than at any time since I moved here in 2009.', label: 'unattributed' },
    ],
    note: "'So where has the money gone?' asks without asserting (question); the fragment after it asserts something checkable (claim, unattributed).",
  },
  {
    id: 'question/2',
    rule: 'question',
    text: `Measure 12 would let the county sell the Eastside reservoir to a private developer. Vote no on Measure 12. Call your county supervisor before Thursday’s meeting.`,
    expect: [
      { s: 'Measure 12 would let the county sell the Eastside reservoir to a private developer.', label: 'unattributed' },
      { s: 'Vote no on Measure 12.', label: 'unattributed', role: 'question' },
      { s: 'Call your county supervisor before Thursday’s meeting.', label: 'unattributed', role: 'question' },
    ],
    note: "Imperatives that assert nothing take role question (SPEC §2, 'Vote no on Prop. E.').",
  },
  {
    id: 'question/3',
    rule: 'question',
    text: `Remember the swine flu scare of 2009? Millions of unused vaccine doses were later destroyed across Europe.`,
    expect: [
      { s: 'Remember the swine flu scare of 2009?', label: 'unattributed', role: 'question' },
      { s: 'Millions of unused vaccine doses were later destroyed across Europe.', label: 'unattributed' },
    ],
  },
  {
    id: 'question/4',
    rule: 'question',
    text: `Ward boundaries in Hollins have been redrawn three times in a decade. Is it any wonder that turnout fell to 38% at the last local election?`,
    expect: [
      { s: 'Ward boundaries in Hollins have been redrawn three times in a decade.', label: 'unattributed' },
      { s: 'Is it any wonder that turnout fell to 38% at the last local election?', label: 'unattributed' },
    ],
    note: 'A rhetorical question that asserts something checkable (turnout fell to 38%) is a claim (SPEC §2), so it keeps role body; it has no source, so unattributed.',
  },
  {
    id: 'question/5',
    rule: 'question',
    text: `Electric cars, anyone? Only 212 were registered in the province last year.`,
    expect: [
      { s: 'Electric cars, anyone?', label: 'unattributed', role: 'question' },
      { s: 'Only 212 were registered in the province last year.', label: 'unattributed' },
    ],
  },
  {
    id: 'question/an-editorial-s-demands',
    rule: 'question',
    text: `The council voted 7-2 on Tuesday to close the depot.

Repeal the parking levy and give the money back to drivers.

Fund the schools before the stadium.

Stop the closures now.

Cut the deficit, the chancellor told MPs, or markets would punish Britain.

End of the line for the 42 bus came on Friday.`,
    expect: [
      { s: 'The council voted 7-2 on Tuesday to close the depot.', label: 'unattributed' },
      { s: 'Repeal the parking levy and give the money back to drivers.', label: 'unattributed', role: 'question' },
      { s: 'Fund the schools before the stadium.', label: 'unattributed', role: 'question' },
      { s: 'Stop the closures now.', label: 'unattributed', role: 'question' },
      { s: 'Cut the deficit, the chancellor told MPs, or markets would punish Britain.', label: 'direct', sources: ['the chancellor'] },
      { s: 'End of the line for the 42 bus came on Friday.', label: 'unattributed' },
    ],
    note: "An editorial's demand in the imperative ('Repeal the levy', 'Fund the schools', 'Stop the closures') asserts nothing checkable (SPEC §2: question role); one that a speaker voices is that speaker's attributed words, and a noun that looks like a verb ('End of the line') opens an ordinary claim.",
  },
  {
    id: 'opinion/5',
    rule: 'opinion',
    text: `Let's hope -- especially this year -- that the council listens. Let us hope that the bridge holds. Toward the end of his tenure, the company agreed to pay $325 million to settle the charges.`,
    expect: [
      { s: "Let's hope -- especially this year -- that the council listens.", label: 'unattributed' },
      { s: 'Let us hope that the bridge holds.', label: 'unattributed' },
      { s: 'Toward the end of his tenure, the company agreed to pay $325 million to settle the charges.', label: 'unattributed' },
    ],
    note: "'Let's hope that…' is the author's own wish with the reader (SPEC §2: first-person views are unattributed claims); 'agreed to pay' is an act, after an opening phrase too.",
  },
  {
    id: 'opinion/1',
    rule: 'opinion',
    text: `I have covered this court for a decade, and I have never seen a ruling this poorly reasoned. The judges should be embarrassed. I believe the appeal will succeed.`,
    expect: [
      { s: 'I have covered this court for a decade, and I have never seen a ruling this poorly reasoned.', label: 'unattributed' },
      { s: 'The judges should be embarrassed.', label: 'unattributed' },
      { s: 'I believe the appeal will succeed.', label: 'unattributed' },
    ],
    note: "First-person views of the author are unattributed claims (SPEC §2); 'I believe' is the author's own thinking verb, not a source.",
  },
  {
    id: 'opinion/2',
    rule: 'opinion',
    text: `We think the city is making a serious mistake. The tram will mostly serve neighbourhoods that already have good bus links. The money would do far more good in the east of the city.`,
    expect: [
      { s: 'We think the city is making a serious mistake.', label: 'unattributed' },
      { s: 'The tram will mostly serve neighbourhoods that already have good bus links.', label: 'unattributed' },
      { s: 'The money would do far more good in the east of the city.', label: 'unattributed' },
    ],
    note: "An editorial 'we' is the author's voice (SPEC §2).",
  },
  {
    id: 'opinion/3',
    rule: 'opinion',
    text: `If the minister were honest, she would admit that the budget was never going to balance. Instead, we get another year of cuts to libraries and buses.`,
    expect: [
      { s: 'If the minister were honest, she would admit that the budget was never going to balance.', label: 'unattributed' },
      { s: 'Instead, we get another year of cuts to libraries and buses.', label: 'unattributed' },
    ],
    note: "Imagined speech is the author's own claim (SPEC §2), even with a saying verb.",
  },
  {
    id: 'opinion/4',
    rule: 'opinion',
    text: `This is the worst trade deal the country has signed in a generation. It gives away our fishing waters and gets almost nothing back.`,
    expect: [
      { s: 'This is the worst trade deal the country has signed in a generation.', label: 'unattributed' },
      { s: 'It gives away our fishing waters and gets almost nothing back.', label: 'unattributed' },
    ],
  },
  {
    id: 'pull-quote/1',
    rule: 'pull-quote',
    text: `The Tagus carries less water into Spain every summer.

“We cannot let this river die” — Ana Morales, farmer

“We cannot let this river die,” said Ana Morales, who grows asparagus near Aranjuez. Water transfers to the south-east were cut by a third this year.`,
    expect: [
      { s: 'The Tagus carries less water into Spain every summer.', label: 'unattributed' },
      { s: '“We cannot let this river die” — Ana Morales, farmer', label: 'direct', role: 'heading', sources: ['Ana Morales'] },
      { s: '“We cannot let this river die,” said Ana Morales, who grows asparagus near Aranjuez.', label: 'direct', sources: ['Ana Morales'] },
      { s: 'Water transfers to the south-east were cut by a third this year.', label: 'unattributed' },
    ],
    note: "A pull-quote repeating a later sentence is a heading (SPEC §2). This one names its speaker after a dash, a headline-style source ('… – X'), so it is labelled direct.",
  },
  {
    id: 'pull-quote/2',
    rule: 'pull-quote',
    text: `The MV Kalina sank in calm water 40 minutes after leaving port.

The ferry had not been inspected since 2019

The ferry had not been inspected since 2019, a year before it changed owners. Twenty-two of the 60 people on board died.`,
    expect: [
      { s: 'The MV Kalina sank in calm water 40 minutes after leaving port.', label: 'unattributed' },
      { s: 'The ferry had not been inspected since 2019', label: 'unattributed', role: 'heading' },
      { s: 'The ferry had not been inspected since 2019, a year before it changed owners.', label: 'unattributed' },
      { s: 'Twenty-two of the 60 people on board died.', label: 'unattributed' },
    ],
    note: 'The pull-quote repeats a later unattributed sentence: heading, with the label of its text (unattributed).',
  },
  {
    id: 'caption/agency-credit-place',
    rule: 'caption',
    text: `The Reuters/Ipsos poll showed Okafor leading by four points among likely voters in the state.

Miners leave the pit at Bełchatów after the last shift on Friday. REUTERS/Kacper Pempel

Mourners gather outside the cathedral in Lviv on Sunday. (AFP/Getty Images)`,
    expect: [
      { s: 'The Reuters/Ipsos poll showed Okafor leading by four points among likely voters in the state.', label: 'direct', sources: ['The Reuters/Ipsos poll'] },
      { s: 'Miners leave the pit at Bełchatów after the last shift on Friday.', label: 'unattributed', role: 'caption' },
      { s: 'REUTERS/Kacper Pempel', label: 'unattributed', role: 'caption' },
      { s: 'Mourners gather outside the cathedral in Lviv on Sunday.', label: 'unattributed', role: 'caption' },
      { s: '(AFP/Getty Images)', label: 'unattributed', role: 'caption' },
    ],
    note: 'An agency credit with a slash closes a caption or sits in brackets; early in a long line of prose it names a polling partnership, and the line is body.',
  },
  {
    id: 'caption/marker-first-and-bracketed-credits',
    rule: 'caption',
    text: `Crews worked through the night to reopen Highway 26.

Photo: A crew clears a fallen tree in Southeast Portland on Wednesday. (Beth Nakamura/The Oregonian)

Volunteers fill sandbags outside the town hall in Keswick. (Owen Humphreys/PA)

The council met on Monday.

A YouGov/Times poll found 40% support.

The survey (Ipsos/Reuters) put turnout at 61%.`,
    expect: [
      { s: 'Crews worked through the night to reopen Highway 26.', label: 'unattributed' },
      { s: 'Photo: A crew clears a fallen tree in Southeast Portland on Wednesday.', label: 'unattributed', role: 'caption' },
      { s: '(Beth Nakamura/The Oregonian)', label: 'unattributed', role: 'caption' },
      { s: 'Volunteers fill sandbags outside the town hall in Keswick.', label: 'unattributed', role: 'caption' },
      { s: '(Owen Humphreys/PA)', label: 'unattributed', role: 'caption' },
      { s: 'The council met on Monday.', label: 'unattributed' },
      { s: 'A YouGov/Times poll found 40% support.', label: 'direct', sources: ['A YouGov/Times poll'] },
      { s: 'The survey (Ipsos/Reuters) put turnout at 61%.', label: 'direct', sources: ['The survey'] },
    ],
    note: "A line that opens with a caption marker is a caption with the credit after it on the same line; a photographer and an outlet in brackets is a credit, which makes the short description before it a caption (SPEC §2). A polling partnership in a short line of prose is no credit when the sentence goes on after it ('A YouGov/Times poll found…'), so the line and the one before it stay body claims.",
  },
  {
    id: 'headline-form/title-case-nouns',
    rule: 'headline-form',
    text: `New Poll Shows Small Bump For Lopez

The survey of 1,200 voters was taken over the weekend, after the second debate.`,
    expect: [
      { s: 'New Poll Shows Small Bump For Lopez', label: 'direct', role: 'heading', claim: false, sources: ['New Poll'] },
      { s: 'The survey of 1,200 voters was taken over the weekend, after the second debate.', label: 'unattributed' },
    ],
    note: 'In a Title Case headline, capitals do not make "Poll" a name: a poll that shows something is a document source (SPEC §1).',
  },
  {
    id: 'heading/4',
    rule: 'heading',
    text: `Mayor Tells Jerusalem Post Talks Have Stalled

The talks on a new port began in May. Officials from both cities have met four times.

Rubio Tells New York Post He Will Stay In Race

Rubio made the remarks in an interview on Monday.

Washington Post Poll Shows Clinton Ahead In Virginia

Clinton leads by eight points.`,
    expect: [
      { s: 'Mayor Tells Jerusalem Post Talks Have Stalled', label: 'direct', role: 'heading', sources: ['Mayor'] },
      { s: 'The talks on a new port began in May.', label: 'unattributed' },
      { s: 'Officials from both cities have met four times.', label: 'unattributed' },
      { s: 'Rubio Tells New York Post He Will Stay In Race', label: 'direct', role: 'heading', sources: ['Rubio'] },
      { s: 'Rubio made the remarks in an interview on Monday.', label: 'unattributed' },
      { s: 'Washington Post Poll Shows Clinton Ahead In Virginia', label: 'direct', role: 'heading', sources: ['Washington Post Poll'] },
      { s: 'Clinton leads by eight points.', label: 'unattributed' },
    ],
    note: "In a Title Case headline the capitals of common words mark nothing, but an outlet's name keeps them: the 'Post' of 'Jerusalem Post' is no verb of saying.",
  },
  {
    id: 'heading/5',
    rule: 'heading',
    text: `Port strike enters second week

The union said on Monday that talks with the port authority had broken down over the weekend and would not resume before the end of the month

Dockers have been picketing the main gate since May 2. Ships are waiting off the coast.

What comes next`,
    expect: [
      { s: 'Port strike enters second week', label: 'unattributed', role: 'heading' },
      { s: 'The union said on Monday that talks with the port authority had broken down over the weekend and would not resume before the end of the month', label: 'direct', sources: ['The union'] },
      { s: 'Dockers have been picketing the main gate since May 2.', label: 'unattributed' },
      { s: 'Ships are waiting off the coast.', label: 'unattributed' },
      { s: 'What comes next', label: 'unattributed', role: 'boilerplate', claim: false },
    ],
    note: "A long line of mostly lowercase words without its period is a paragraph that lost it in scraping, so it is body text and a claim; a short line without one is a headline (a last one with nothing after it is page furniture).",
  },
  {
    id: 'headline-form/digest-item-with-dash',
    rule: 'headline-form',
    text: `Landlords share blame for the housing squeeze - Tenants' Digest: “Rents rose faster than wages for a fifth year. Councils approved fewer homes than planned.”

What the figures mean for renters - More from Ines Moreau: “The gap will not close this decade.”

The council has called a vote — “Homes First” — for June 5 against the plan.`,
    expect: [
      { s: "Landlords share blame for the housing squeeze - Tenants' Digest: “Rents rose faster than wages for a fifth year.", label: 'direct', sources: ["Tenants' Digest"] },
      { s: 'Councils approved fewer homes than planned.”', label: 'direct', inherited: true },
      { s: 'What the figures mean for renters - More from Ines Moreau: “The gap will not close this decade.”', label: 'direct', sources: ['Ines Moreau'] },
      { s: 'The council has called a vote — “Homes First” — for June 5 against the plan.', label: 'unattributed' },
    ],
    note: "A digest item gives its source after a dash and before the colon that opens the quotation ('… - Tenants' Digest: “…”', '… - More from Ines Moreau: “…”'): the quotation is theirs, carried to its end (SPEC §1 speaker-colon form, §3); 'share blame' is no verb of saying. A quotation set off by dashes after 'called a vote' names the vote (SPEC §1: term quotes).",
  },
  {
    id: 'boilerplate/contributor-credit-lines',
    rule: 'boilerplate',
    text: `Port officials said the strike had cost shippers $40 million a day.

Reuters contributed reporting from Rotterdam.

Staff writer Anna Lee and The Associated Press contributed to this report.

Tom Hale contributed reporting in London and Sara Kim in Seoul.

Dockworkers from three unions contributed to the strike fund, organizers said.

He said exports contributed to this report of growth.`,
    expect: [
      { s: 'Port officials said the strike had cost shippers $40 million a day.', label: 'reported', sources: ['Port officials'] },
      { s: 'Reuters contributed reporting from Rotterdam.', label: 'unattributed', role: 'boilerplate' },
      { s: 'Staff writer Anna Lee and The Associated Press contributed to this report.', label: 'unattributed', role: 'boilerplate' },
      { s: 'Tom Hale contributed reporting in London and Sara Kim in Seoul.', label: 'unattributed', role: 'boilerplate' },
      { s: 'Dockworkers from three unions contributed to the strike fund, organizers said.', label: 'reported', sources: ['organizers'] },
      { s: 'He said exports contributed to this report of growth.', label: 'direct', sources: ['He'] },
    ],
    note: "A line of its own that names who else reported ('X contributed reporting from…', 'X contributed to this report') is a byline in sentence form: furniture, no claim (SPEC §2 boilerplate: bylines). Contributing to a fund is news, and a credit phrase inside what someone said is not a credit line.",
  },
  {
    id: 'boilerplate/credit-lines-with-a-stop',
    rule: 'boilerplate',
    text: `The bridge had been rated in poor condition in 2022, state records show.

Reporting by Ben Ortiz and Lena Cho in Boston.

Additional reporting by Priya Raman; Editing by Tom Hale.

Reporting by the state auditor found that inspections were skipped.`,
    expect: [
      { s: 'The bridge had been rated in poor condition in 2022, state records show.', label: 'direct', sources: ['state records'] },
      { s: 'Reporting by Ben Ortiz and Lena Cho in Boston.', label: 'unattributed', role: 'boilerplate' },
      { s: 'Additional reporting by Priya Raman; Editing by Tom Hale.', label: 'unattributed', role: 'boilerplate' },
      { s: 'Reporting by the state auditor found that inspections were skipped.', label: 'direct', sources: ['Reporting by the state auditor'] },
    ],
    note: "A credit line ('Reporting by…', 'Editing by…') names who made the article, even when it ends with a stop: furniture, no claim (SPEC §2 boilerplate: bylines), as long as only names and places follow the credit; a sentence that goes on to say what the reporting found is a claim with its source.",
  },
  {
    id: 'heading/quoted-subhead',
    rule: 'heading',
    text: `“It is going to be disruptive everywhere,” Governor Amara Lindqvist said of the drought.

'All Bets Are Off.'

Ten years ago, the state had water to spare. Farmers planted almonds across the valley.

“Legend in the Valley.”

Rivers ran low by June. “We will be back next year,” one grower said.

“We will be back.”

Another grower packed up his trucks.`,
    expect: [
      { s: '“It is going to be disruptive everywhere,” Governor Amara Lindqvist said of the drought.', label: 'direct', sources: ['Governor Amara Lindqvist'] },
      { s: "'All Bets Are Off.'", label: 'unattributed', role: 'heading' },
      { s: 'Ten years ago, the state had water to spare.', label: 'unattributed' },
      { s: 'Farmers planted almonds across the valley.', label: 'unattributed' },
      { s: '“Legend in the Valley.”', label: 'unattributed', role: 'heading' },
      { s: 'Rivers ran low by June.', label: 'unattributed' },
      { s: '“We will be back next year,” one grower said.', label: 'reported', sources: ['one grower'] },
      { s: '“We will be back.”', label: 'reported', inherited: true },
      { s: 'Another grower packed up his trucks.', label: 'unattributed' },
    ],
    note: "A line that is only a short quotation in Title Case is a section's subhead quoting the story, as some sites set them (SPEC §2: a section or sub-heading), and takes no speaker from the quotation before it; a quoted sentence standing alone in sentence case is speech and goes on from its speaker (SPEC §3).",
  },
]
