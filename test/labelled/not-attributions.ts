import type { LabelledCase } from './types'

export const cases: LabelledCase[] = [
  {
    id: 'negated-act/1',
    rule: 'negated-act',
    text: `A cyclist was killed in a collision with a lorry on Váci Road on Tuesday morning. Police have not released the name of the driver. The transport ministry did not respond to requests for comment.`,
    expect: [
      { s: 'A cyclist was killed in a collision with a lorry on Váci Road on Tuesday morning.', label: 'unattributed' },
      { s: 'Police have not released the name of the driver.', label: 'unattributed' },
      { s: 'The transport ministry did not respond to requests for comment.', label: 'unattributed' },
    ],
    note: "Negated acts with no content are the author's claims about the police and the ministry (SPEC §1, not attributions).",
  },
  {
    id: 'negated-act/2',
    rule: 'negated-act',
    text: `Björn Ekström has never publicly addressed the allegations. Neither company has commented on the talks.`,
    expect: [
      { s: 'Björn Ekström has never publicly addressed the allegations.', label: 'unattributed' },
      { s: 'Neither company has commented on the talks.', label: 'unattributed' },
    ],
  },
  {
    id: 'negated-act/3',
    rule: 'negated-act',
    text: `The roof of the Estadio Municipal was badly damaged in a storm in February. The club has not said when the stadium will reopen. Home games are being played 60 km away in Burgos.`,
    expect: [
      { s: 'The roof of the Estadio Municipal was badly damaged in a storm in February.', label: 'unattributed' },
      { s: 'The club has not said when the stadium will reopen.', label: 'unattributed' },
      { s: 'Home games are being played 60 km away in Burgos.', label: 'unattributed' },
    ],
    note: "'has not said when' is a negated saying verb with no content handed over: unattributed.",
  },
  {
    id: 'negated-act/4',
    rule: 'negated-act',
    text: `Four bodies were found in a flat in Rotterdam-Zuid on Saturday. The prosecutor’s office has not identified the victims, but said they were all foreign nationals.`,
    expect: [
      { s: 'Four bodies were found in a flat in Rotterdam-Zuid on Saturday.', label: 'unattributed' },
      { s: 'The prosecutor’s office has not identified the victims, but said they were all foreign nationals.', label: 'direct', sources: ['The prosecutor’s office'] },
    ],
    note: "The first half is a negated act, but the second clause 'but said they were all foreign nationals' hands content to the prosecutor's office: direct.",
  },
  {
    id: 'negated-act/5',
    rule: 'negated-act',
    text: `The insurer has not disclosed how much it paid the hackers. The attack took its systems offline for nine days in March.`,
    expect: [
      { s: 'The insurer has not disclosed how much it paid the hackers.', label: 'unattributed' },
      { s: 'The attack took its systems offline for nine days in March.', label: 'unattributed' },
    ],
  },
  {
    id: 'order-instruction/1',
    rule: 'order-instruction',
    text: `The judge told the jury to disregard the witness’s last remark. The trial resumes on Monday.`,
    expect: [
      { s: 'The judge told the jury to disregard the witness’s last remark.', label: 'unattributed' },
      { s: 'The trial resumes on Monday.', label: 'unattributed' },
    ],
    note: "'told the jury to disregard' is an instruction, an event in the story, not a source handing over content (SPEC §1).",
  },
  {
    id: 'order-instruction/2',
    rule: 'order-instruction',
    text: `Police ordered residents of three streets near the chemical plant to leave their homes. Corvin Chemicals said the leak had been contained by 4 p.m.`,
    expect: [
      { s: 'Police ordered residents of three streets near the chemical plant to leave their homes.', label: 'unattributed' },
      { s: 'Corvin Chemicals said the leak had been contained by 4 p.m.', label: 'direct', sources: ['Corvin Chemicals'] },
    ],
  },
  {
    id: 'order-instruction/3',
    rule: 'order-instruction',
    text: `The health ministry directed hospitals to postpone all non-urgent surgery until March. Waiting lists have grown by 40% since the start of the year.`,
    expect: [
      { s: 'The health ministry directed hospitals to postpone all non-urgent surgery until March.', label: 'unattributed' },
      { s: 'Waiting lists have grown by 40% since the start of the year.', label: 'unattributed' },
    ],
  },
  {
    id: 'order-instruction/4',
    rule: 'order-instruction',
    text: `The Federal Court instructed the environment agency to reconsider the mining permit. The mine would be built next to a wetland used by migrating birds.`,
    expect: [
      { s: 'The Federal Court instructed the environment agency to reconsider the mining permit.', label: 'unattributed' },
      { s: 'The mine would be built next to a wetland used by migrating birds.', label: 'unattributed' },
    ],
  },
  {
    id: 'order-instruction/5',
    rule: 'order-instruction',
    text: `Coach Mia Sørlie told the players that their season was not over. She told them to rest for two days before training resumed.`,
    expect: [
      { s: 'Coach Mia Sørlie told the players that their season was not over.', label: 'direct', sources: ['Coach Mia Sørlie'] },
      { s: 'She told them to rest for two days before training resumed.', label: 'unattributed' },
    ],
    note: "'told the players that ...' hands over content (direct); 'told them to rest' is an instruction (unattributed).",
  },
  {
    id: 'order-instruction/6',
    rule: 'order-instruction',
    text: `Heavy snow closed the main road through the Brenner Pass on Friday. Mayor Lotte Brink urged drivers to stay at home until the ploughs had cleared it.`,
    expect: [
      { s: 'Heavy snow closed the main road through the Brenner Pass on Friday.', label: 'unattributed' },
      { s: 'Mayor Lotte Brink urged drivers to stay at home until the ploughs had cleared it.', label: 'unattributed' },
    ],
  },
  {
    id: 'evidence-not-source/1',
    rule: 'evidence-not-source',
    text: `Security camera footage showed two men leaving the warehouse shortly before the fire. Both were wearing hoods.`,
    expect: [
      { s: 'Security camera footage showed two men leaving the warehouse shortly before the fire.', label: 'unattributed' },
      { s: 'Both were wearing hoods.', label: 'unattributed' },
    ],
    note: 'Cameras and images are evidence, not authored sources (SPEC §1).',
  },
  {
    id: 'evidence-not-source/2',
    rule: 'evidence-not-source',
    text: `Satellite images show at least 30 destroyed buildings in the village of Tal Hamra. The village had about 2,000 inhabitants before the war.`,
    expect: [
      { s: 'Satellite images show at least 30 destroyed buildings in the village of Tal Hamra.', label: 'unattributed' },
      { s: 'The village had about 2,000 inhabitants before the war.', label: 'unattributed' },
    ],
  },
  {
    id: 'evidence-not-source/3',
    rule: 'evidence-not-source',
    text: `The video shows a police officer pushing a woman to the ground outside the stadium. The police watchdog said it had opened an investigation.`,
    expect: [
      { s: 'The video shows a police officer pushing a woman to the ground outside the stadium.', label: 'unattributed' },
      { s: 'The police watchdog said it had opened an investigation.', label: 'direct', sources: ['The police watchdog'] },
    ],
  },
  {
    id: 'evidence-not-source/4',
    rule: 'evidence-not-source',
    text: `Traces of caesium in the soil suggest the leak began weeks earlier than first thought. Tree-ring records indicate the region has not seen a drought this severe in 500 years.`,
    expect: [
      { s: 'Traces of caesium in the soil suggest the leak began weeks earlier than first thought.', label: 'unattributed' },
      { s: 'Tree-ring records indicate the region has not seen a drought this severe in 500 years.', label: 'unattributed' },
    ],
  },
  {
    id: 'evidence-not-source/5',
    rule: 'evidence-not-source',
    text: `The autopsy report found that the climber had died of hypothermia. Blood tests showed no trace of alcohol or drugs.`,
    expect: [
      { s: 'The autopsy report found that the climber had died of hypothermia.', label: 'direct', sources: ['The autopsy report'] },
      { s: 'Blood tests showed no trace of alcohol or drugs.', label: 'unattributed' },
    ],
    note: 'The autopsy report is an authored document (direct); blood tests are evidence (unattributed).',
  },
  {
    id: 'evidence-not-source/6',
    rule: 'evidence-not-source',
    text: `DNA tests showed that the remains were those of a hiker missing since 2017. They were found by a shepherd in the Pirin mountains in July.`,
    expect: [
      { s: 'DNA tests showed that the remains were those of a hiker missing since 2017.', label: 'unattributed' },
      { s: 'They were found by a shepherd in the Pirin mountains in July.', label: 'unattributed' },
    ],
  },
  {
    id: 'term-quote/1',
    rule: 'term-quote',
    text: `The Mascarene tree frog was reclassified as “endangered” in 2021. Fewer than 2,000 are left in the wild.`,
    expect: [
      { s: 'The Mascarene tree frog was reclassified as “endangered” in 2021.', label: 'unattributed' },
      { s: 'Fewer than 2,000 are left in the wild.', label: 'unattributed' },
    ],
    note: 'Quotation marks that only name a term or a title are not a quotation with a speaker (SPEC §1).',
  },
  {
    id: 'term-quote/2',
    rule: 'term-quote',
    text: `Her debut novel, “A House of Salt”, won the Halden Prize on Thursday. It is set in a fishing village on the Dalmatian coast.`,
    expect: [
      { s: 'Her debut novel, “A House of Salt”, won the Halden Prize on Thursday.', label: 'unattributed' },
      { s: 'It is set in a fishing village on the Dalmatian coast.', label: 'unattributed' },
    ],
  },
  {
    id: 'term-quote/3',
    rule: 'term-quote',
    text: `The so-called "golden visa" scheme was scrapped last year after 11,000 permits had been issued. Most went to investors from China and Russia.`,
    expect: [
      { s: 'The so-called "golden visa" scheme was scrapped last year after 11,000 permits had been issued.', label: 'unattributed' },
      { s: 'Most went to investors from China and Russia.', label: 'unattributed' },
    ],
  },
  {
    id: 'term-quote/4',
    rule: 'term-quote',
    text: `The band's third album, 'Northern Lights', reached No. 2 in the Irish charts. The word “sustainable” appears 41 times in the 30-page plan.`,
    expect: [
      { s: "The band's third album, 'Northern Lights', reached No. 2 in the Irish charts.", label: 'unattributed' },
      { s: 'The word “sustainable” appears 41 times in the 30-page plan.', label: 'unattributed' },
    ],
  },
  {
    id: 'adjective-hedge/1',
    rule: 'adjective-hedge',
    text: `The suspected smugglers were detained at the port of Algeciras with 2.3 tonnes of cocaine. A purported member of the gang was extradited from Dubai in March. The gang allegedly used fishing boats to meet cargo ships at sea.`,
    expect: [
      { s: 'The suspected smugglers were detained at the port of Algeciras with 2.3 tonnes of cocaine.', label: 'unattributed' },
      { s: 'A purported member of the gang was extradited from Dubai in March.', label: 'unattributed' },
      { s: 'The gang allegedly used fishing boats to meet cargo ships at sea.', label: 'reported' },
    ],
    note: "'suspected' and 'purported' hedge a noun; 'allegedly' hedges the claim (reported).",
  },
  {
    id: 'adjective-hedge/2',
    rule: 'adjective-hedge',
    text: `The alleged victim, a 19-year-old student, gave evidence from behind a screen. The trial at Aberdeen Sheriff Court is due to last two weeks.`,
    expect: [
      { s: 'The alleged victim, a 19-year-old student, gave evidence from behind a screen.', label: 'unattributed' },
      { s: 'The trial at Aberdeen Sheriff Court is due to last two weeks.', label: 'unattributed' },
    ],
  },
  {
    id: 'adjective-hedge/3',
    rule: 'adjective-hedge',
    text: `The alleged ringleader of the match-fixing scheme was arrested in Singapore on Thursday. Eleven players have been suspended.`,
    expect: [
      { s: 'The alleged ringleader of the match-fixing scheme was arrested in Singapore on Thursday.', label: 'unattributed' },
      { s: 'Eleven players have been suspended.', label: 'unattributed' },
    ],
  },
  {
    id: 'wire-dateline/1',
    rule: 'wire-dateline',
    text: `SEOUL (Yonhap) -- South Korea’s exports rose 5.1 percent in May from a year earlier on strong demand for ships and cars. Shipments to China fell for a ninth straight month.`,
    expect: [
      { s: 'SEOUL (Yonhap) -- South Korea’s exports rose 5.1 percent in May from a year earlier on strong demand for ships and cars.', label: 'unattributed' },
      { s: 'Shipments to China fell for a ninth straight month.', label: 'unattributed' },
    ],
    note: "'(Yonhap)' credits the whole story, not this sentence (SPEC §1): no attribution.",
  },
  {
    id: 'wire-dateline/2',
    rule: 'wire-dateline',
    text: `Kathmandu [Nepal], June 12 (ANI): Nepal’s tourism board has extended the spring climbing season on Everest by two weeks. A record 478 permits were issued this spring.`,
    expect: [
      { s: 'Kathmandu [Nepal], June 12 (ANI): Nepal’s tourism board has extended the spring climbing season on Everest by two weeks.', label: 'unattributed' },
      { s: 'A record 478 permits were issued this spring.', label: 'unattributed' },
    ],
  },
  {
    id: 'wire-dateline/3',
    rule: 'wire-dateline',
    text: `NAIROBI, Kenya (AP) — Kenya’s parliament on Tuesday passed a bill raising the tax on mobile money transfers to 1.5%, the speaker’s office said. The bill now goes to the president.`,
    expect: [
      { s: 'NAIROBI, Kenya (AP) — Kenya’s parliament on Tuesday passed a bill raising the tax on mobile money transfers to 1.5%, the speaker’s office said.', label: 'direct', sources: ['the speaker’s office'] },
      { s: 'The bill now goes to the president.', label: 'unattributed' },
    ],
    note: "The wire credit does not count, but the trailing ', the speaker’s office said' does.",
  },
  {
    id: 'wire-dateline/4',
    rule: 'wire-dateline',
    text: `MANILA (Reuters) - At least 11 people were killed when a landslide buried houses in the province of Benguet, local officials said on Saturday. Rescuers were digging through the mud with their hands.`,
    expect: [
      { s: 'MANILA (Reuters) - At least 11 people were killed when a landslide buried houses in the province of Benguet, local officials said on Saturday.', label: 'reported', sources: ['local officials'] },
      { s: 'Rescuers were digging through the mud with their hands.', label: 'unattributed' },
    ],
  },
  {
    id: 'wire-dateline/5',
    rule: 'wire-dateline',
    text: `LIMA, Peru (AFP) – A 6.1-magnitude earthquake shook southern Peru on Monday, damaging a colonial church in Arequipa. The national emergency service said no deaths had been recorded.`,
    expect: [
      { s: 'LIMA, Peru (AFP) – A 6.1-magnitude earthquake shook southern Peru on Monday, damaging a colonial church in Arequipa.', label: 'unattributed' },
      { s: 'The national emergency service said no deaths had been recorded.', label: 'direct', sources: ['The national emergency service'] },
    ],
  },
  {
    id: 'empty-object/1',
    rule: 'empty-object',
    text: `Asked about the pipeline, the energy minister said little. His deputy said nothing had changed since the spring. The company says nothing about the leak on its website.`,
    expect: [
      { s: 'Asked about the pipeline, the energy minister said little.', label: 'unattributed' },
      { s: 'His deputy said nothing had changed since the spring.', label: 'direct', sources: ['His deputy'] },
      { s: 'The company says nothing about the leak on its website.', label: 'unattributed' },
    ],
    note: "'said little', 'says nothing' hand over no content; 'said nothing had changed' reports a clause whose subject is 'nothing'.",
  },
  {
    id: 'authored-act/1',
    rule: 'act-noun-object',
    text: `Ortiz wrote the report as a consultant in 2019. The governor wrote a letter to the prime minister last week. In an op-ed on Sunday, Ortiz wrote that the report had been buried. Lee wrote in a Sunday column that the tax would fail. The senator has written a book about the war.`,
    expect: [
      { s: 'Ortiz wrote the report as a consultant in 2019.', label: 'unattributed' },
      { s: 'The governor wrote a letter to the prime minister last week.', label: 'unattributed' },
      { s: 'In an op-ed on Sunday, Ortiz wrote that the report had been buried.', label: 'direct', sources: ['Ortiz'] },
      { s: 'Lee wrote in a Sunday column that the tax would fail.', label: 'direct', sources: ['Lee'] },
      { s: 'The senator has written a book about the war.', label: 'unattributed' },
    ],
    note: 'Writing a report, a letter or a book is an act the author reports (SPEC §1: acts are not content); what the document says, after "that" or in a quotation, is attributed to the writer.',
  },
  {
    id: 'authored-act/2',
    rule: 'act-noun-object',
    text: `Baker wrote the letter Feb. 2 to the port authority. While in Leeds she wrote her dissertation on the wool trade. Lee wrote a book review that praised the novel. Ortiz wrote in a column that taxes were too high. Ana Silva, 41, of Braga, Portugal, said the strike would go on.`,
    expect: [
      { s: 'Baker wrote the letter Feb. 2 to the port authority.', label: 'unattributed' },
      { s: 'While in Leeds she wrote her dissertation on the wool trade.', label: 'unattributed' },
      { s: 'Lee wrote a book review that praised the novel.', label: 'unattributed' },
      { s: 'Ortiz wrote in a column that taxes were too high.', label: 'direct', sources: ['Ortiz'] },
      { s: 'Ana Silva, 41, of Braga, Portugal, said the strike would go on.', label: 'direct' },
    ],
    note: 'Writing a letter, a dissertation or a review is an act, even with a date after the document or a relative clause that describes it; a place in an apposition ("of Braga, Portugal,") is no speaker named in apposition.',
  },
  {
    id: 'false-cues/2',
    rule: 'false-cue',
    text: `There is really nothing that suggests the dam will fail. Nothing that the inspectors found was new. The engineers' report suggests the dam will hold.`,
    expect: [
      { s: 'There is really nothing that suggests the dam will fail.', label: 'unattributed' },
      { s: 'Nothing that the inspectors found was new.', label: 'unattributed' },
      { s: "The engineers' report suggests the dam will hold.", label: 'direct' },
    ],
    note: "'nothing that suggests…' names no source: the author asserts that nothing does; 'what/nothing that X found' is a thing found, not content handed over.",
  },
  {
    id: 'false-cues/3',
    rule: 'false-cue',
    text: `On the world stage, the president showed a mix of idealism, pragmatism and hope. The only hope the islanders have now is a ferry. “We lost,” Ortiz shrugged and said.`,
    expect: [
      { s: 'On the world stage, the president showed a mix of idealism, pragmatism and hope.', label: 'unattributed' },
      { s: 'The only hope the islanders have now is a ferry.', label: 'unattributed' },
      { s: '“We lost,” Ortiz shrugged and said.', label: 'direct', sources: ['Ortiz'] },
    ],
    note: "A noun at the end of a list ('and hope.') or after 'the only' is no thinking verb; a tag verb after 'and' still tags the quotation before it.",
  },
  {
    id: 'false-cues/4',
    rule: 'false-cue',
    text: `Tenney won the primary, claiming 41 percent of the vote to Wells' 33 percent. Ortiz claimed 300 delegates by midnight. There is a lot of chatter about Perez, saying he is the favourite. Lee claimed that a third of the vote was fraudulent.`,
    expect: [
      { s: "Tenney won the primary, claiming 41 percent of the vote to Wells' 33 percent.", label: 'unattributed' },
      { s: 'Ortiz claimed 300 delegates by midnight.', label: 'unattributed' },
      { s: 'There is a lot of chatter about Perez, saying he is the favourite.', label: 'unattributed' },
      { s: 'Lee claimed that a third of the vote was fraudulent.', label: 'direct', sources: ['Lee'] },
    ],
    note: "Claiming votes or delegates is winning them, an act (SPEC §1); 'There is…' has no speaker for a participle; a that-clause after 'claimed' is content.",
  },
  {
    id: 'false-cues/5',
    rule: 'false-cue',
    text: `Both candidates oppose a benefits formula called the “chained CPI” that would trim pensions. The museum is staging a comedy dubbed “Sons of the Tycoon” through March. Ruiz backs a housing fund labeled “Homes First” in the budget. The council called the plan “a giveaway to developers.” Okafor, the treasurer, dubbed the scheme “a shell game.” He attacked what he called “a rigged process.” The governor labeled it “dead on arrival.”`,
    expect: [
      { s: 'Both candidates oppose a benefits formula called the “chained CPI” that would trim pensions.', label: 'unattributed' },
      { s: 'The museum is staging a comedy dubbed “Sons of the Tycoon” through March.', label: 'unattributed' },
      { s: 'Ruiz backs a housing fund labeled “Homes First” in the budget.', label: 'unattributed' },
      { s: 'The council called the plan “a giveaway to developers.”', label: 'direct', sources: ['The council'] },
      { s: 'Okafor, the treasurer, dubbed the scheme “a shell game.”', label: 'direct', sources: ['Okafor'] },
      { s: 'He attacked what he called “a rigged process.”', label: 'direct', sources: ['he'] },
      { s: 'The governor labeled it “dead on arrival.”', label: 'direct', sources: ['The governor'] },
    ],
    note: "Right after a common noun ('a formula', 'a comedy', 'a fund'), 'called', 'dubbed' or 'labeled' and a quotation give its name, not anyone's words; after a speaker, with an object before the quotation, they report what the speaker called it.",
  },
  {
    id: 'false-cues/6',
    rule: 'false-cue',
    text: `The largest donor is Brandt & Cole, an investment fund once known for its bets on shipping. The inquiry relied on an affidavit written by a detective in Tulsa. The bill, as it is currently written, caps rents at 3 percent. Okafor has known for months that the reactor was unsafe. The auditor had written that the accounts were incomplete. Surveys have shown that most tenants want the cap.`,
    expect: [
      { s: 'The largest donor is Brandt & Cole, an investment fund once known for its bets on shipping.', label: 'unattributed' },
      { s: 'The inquiry relied on an affidavit written by a detective in Tulsa.', label: 'unattributed' },
      { s: 'The bill, as it is currently written, caps rents at 3 percent.', label: 'unattributed' },
      { s: 'Okafor has known for months that the reactor was unsafe.', label: 'direct', sources: ['Okafor'] },
      { s: 'The auditor had written that the accounts were incomplete.', label: 'direct', sources: ['The auditor'] },
      { s: 'Surveys have shown that most tenants want the cap.', label: 'reported', sources: ['Surveys'] },
    ],
    note: "A participle unlike the past ('known', 'written', 'shown') is a cue only in a perfect ('has known that…', 'had written that…'); after a noun it modifies the noun ('a fund known for', 'an affidavit written by') and says nothing.",
  },
  {
    id: 'false-cues/7',
    rule: 'false-cue',
    text: `In the roll call vote, 41 delegates backed Ruiz. Okafor won 6 percent in a poll released Sunday, her worst showing in two years. In 2013, Lee backed a bill to tighten checks for online and gun show sales. Ruiz has appeared on every morning talk show this week. Polls show a tight race in the north.`,
    expect: [
      { s: 'In the roll call vote, 41 delegates backed Ruiz.', label: 'unattributed' },
      { s: 'Okafor won 6 percent in a poll released Sunday, her worst showing in two years.', label: 'unattributed' },
      { s: 'In 2013, Lee backed a bill to tighten checks for online and gun show sales.', label: 'unattributed' },
      { s: 'Ruiz has appeared on every morning talk show this week.', label: 'unattributed' },
      { s: 'Polls show a tight race in the north.', label: 'reported', sources: ['Polls'] },
    ],
    note: "A cue verb's form inside a compound noun ('roll call', 'worst showing', 'gun show', 'talk show') calls, shows or says nothing; 'Polls show' is the verb.",
  },
  {
    id: 'false-cues/1',
    rule: 'false-cue',
    text: `One after another, the mills, including Harlow Steel, declared bankruptcy. (WARNING: Video contains graphic images.) This week, the premier declined to blame Minsk or even directly accuse it of the attack. But ministers have effectively ruled that out.`,
    expect: [
      { s: 'One after another, the mills, including Harlow Steel, declared bankruptcy.', label: 'unattributed' },
      { s: '(WARNING: Video contains graphic images.)', label: 'unattributed' },
      { s: 'This week, the premier declined to blame Minsk or even directly accuse it of the attack.', label: 'unattributed' },
      { s: 'But ministers have effectively ruled that out.', label: 'unattributed' },
    ],
    note: "After a bare comma a verb is inverted only before something that can speak ('declared bankruptcy' is an act); a cue word is never its own speaker ('WARNING:'); an accusation the premier declined to make was not made; 'ruled that out' has a demonstrative, not a that-clause.",
  },
  {
    id: 'near-misses/2',
    rule: 'false-cue',
    text: `Nobody told the workers the plant was closing. Neither of the two officials said the plan was dead. Neither Ruiz nor Diaz said the plan was dead. Chen was asked on Friday to say whether he would run. The court ruled that out on Monday. The claims that he filed were denied. The strike continued: “No deal” signs filled the windows. The owner, Mark Li, declared his support for the plan.`,
    expect: [
      { s: 'Nobody told the workers the plant was closing.', label: 'unattributed' },
      { s: 'Neither of the two officials said the plan was dead.', label: 'unattributed' },
      { s: 'Neither Ruiz nor Diaz said the plan was dead.', label: 'unattributed' },
      { s: 'Chen was asked on Friday to say whether he would run.', label: 'unattributed' },
      { s: 'The court ruled that out on Monday.', label: 'unattributed' },
      { s: 'The claims that he filed were denied.', label: 'unattributed' },
      { s: 'The strike continued: “No deal” signs filled the windows.', label: 'unattributed' },
      { s: 'The owner, Mark Li, declared his support for the plan.', label: 'unattributed' },
    ],
    note: "Speakers opened by 'nobody', 'neither (of)', 'nor' name nobody; being asked to say is a request, not the saying; 'ruled that out' has a demonstrative; 'the claims that he filed' is a relative clause; a strike cannot tag a quotation; 'declared his support' is an act, not an inverted speaker (SPEC §1).",
  },
]
