import { describe, expect, it } from 'vitest'
import { check } from '../../src/index'
import { checkDocument } from '../../src/input/document'

const labels = (text: string) => check(text).sentences.map((s) => s.label)
const flag = (text: string, code: string) => check(text).summary.flags.find((f) => f.code === code)
/** The sources table as rows of name, type and number of sentences. */
const rows = (text: string) => check(text).summary.sources.map((s) => [s.name, s.type, s.sentences])
/** The sources table as rows of name and type. */
const types = (text: string) => check(text).summary.sources.map((s) => [s.name, s.type])
/** Each source row's name and how many sentences it stands for. */
const namesAndCounts = (text: string) => check(text).summary.sources.map((s) => [s.name, s.sentences])
/** The names of the sources table, most cited first. */
const sourceNames = (text: string) => check(text).summary.sources.map((s) => s.name)
/** Each sentence's text or label and the sources it is attributed to as written, marked when inherited. */
const speakers = (text: string, key: 'text' | 'label') => check(text).sentences.map((s) => [s[key], s.attributions.map((a) => `${a.source.text}${a.inherited ? ' (inherited)' : ''}`)])
/** Each sentence's label and its attributions as cue and source as written (null for a hedge with no source). */
const labelAndCues = (text: string) => check(text).sentences.map((s) => [s.label, s.attributions.map((a) => [a.cue.text, a.source.text ?? null])])
/** Every attribution's source as resolved, or as written when it stands for no one else. */
const resolvedOrWritten = (text: string) => check(text).sentences.flatMap((s) => s.attributions).map((a) => a.source.resolved ?? a.source.text)
/** What the sources written as `written` resolve to, in order. */
const resolvedAs = (written: RegExp) => (text: string) =>
  check(text)
    .sentences.flatMap((s) => s.attributions)
    .filter((a) => written.test(a.source.text ?? ''))
    .map((a) => a.source.resolved)

describe('sentences', () => {
  it('end at a stop and closing quotation mark glued to the next sentence, unless a speech tag follows', () => {
    const text = '“The buses are full every morning,” Moreau wrote on Tuesday. “We need twenty more by spring!”After the vote, the council adjourned. Diallo called the delay “a scandal.”The mayor did not reply. “Why wait?”Lee asked.'
    const report = check(text)
    expect(report.sentences.map((s) => [text.slice(s.start, s.end), s.label, s.attributions.some((a) => a.inherited)])).toEqual([
      ['“The buses are full every morning,” Moreau wrote on Tuesday.', 'direct', false],
      ['“We need twenty more by spring!”', 'direct', true],
      ['After the vote, the council adjourned.', 'unattributed', false],
      ['Diallo called the delay “a scandal.”', 'direct', false],
      ['The mayor did not reply.', 'unattributed', false],
      ['“Why wait?”Lee asked.', 'direct', false],
    ])
  })
})

describe('quotations', () => {
  it('carry their speaker across a multi-paragraph quotation: each paragraph opens, only the last closes', () => {
    const text = 'The governor spoke for an hour. “We have rebuilt the bridges.\n\n“We have reopened the schools.\n\n“And we are not finished,” Governor Amara Diallo said.'
    expect(labels(text)).toEqual(['unattributed', 'direct', 'direct', 'direct'])
  })

  it('do not let a stray quotation mark swallow the rest of the article', () => {
    const text = 'The mayor called the plan “reckless. The council met on Tuesday.\n\nThe budget was approved.\n\nRoads will close in May.'
    expect(labels(text).slice(1)).toEqual(['unattributed', 'unattributed', 'unattributed'])
  })

  it("read typewriter quotes (''…'' and ``…'') as quotation marks", () => {
    expect(labels("''We are refugees,'' Ms. Alawee said. ''We are not terrorists.''")).toEqual(['direct', 'direct'])
    expect(labels("``It is over,'' the coach said. ``We go home.''")).toEqual(['direct', 'direct'])
  })

  it('do not pass a speaker to a new speaker’s quotation after a bare sentence', () => {
    const text = '“We won,” Ortiz said. The crowd left quietly. “Nobody expected it.”'
    expect(labels(text)).toEqual(['direct', 'unattributed', 'unattributed'])
  })

  it('carry a lead-in across the whole blockquote that a Markdown reader marks', () => {
    const md = 'In a letter to staff, the chief executive wrote:\n\n> We will close two plants.\n>\n> No jobs will be lost.\n\nThe shares fell 4%.'
    const { report } = checkDocument(md, 'markdown')
    expect(report.sentences.map((s) => [s.label, s.attributions.filter((a) => a.inherited).length > 0])).toEqual([
      ['direct', false],
      ['direct', true],
      ['direct', true],
      ['unattributed', false],
    ])
  })
})

describe('sources', () => {
  it('chain a speaker to the channel that relays them, whichever comes first', () => {
    for (const text of [
      'Kim said the talks had failed, according to KCNA.',
      'According to Xinhua, the minister said the talks had failed.',
      'TASS reported that the minister said the talks had failed.',
    ]) {
      const speaker = check(text).sentences[0].attributions.find((a) => a.source.type !== 'state-media')
      expect(speaker?.via, text).toMatch(/KCNA|Xinhua|TASS/)
    }
  })

  it('label a named channel relaying an anonymous speaker direct, and still flag the anonymous source', () => {
    const text = 'SANA quoted a military source as saying that two missiles were shot down.'
    const report = check(text)
    expect(report.sentences[0].label).toBe('direct')
    expect(report.summary.flags.map((f) => f.code)).toEqual(expect.arrayContaining(['anonymous-sources', 'state-media']))
  })

  it('split a named speaker joined to unnamed ones: direct, with both listed and the anonymous flag raised', () => {
    for (const [text, named, unnamed] of [
      ['Ortiz and other residents said the water was brown.', 'Ortiz', 'other residents'],
      ['The plant, said the mayor and council members, will close in May.', 'the mayor', 'council members'],
      ['The contrast, said Dr. Ana Ruiz and several colleagues, would be clear.', 'Dr. Ana Ruiz', 'several colleagues'],
      // the people joined to the name have a post-modifier, or open with their head
      ['Bush and his rivals for the Republican nomination have said they would repeal the rule.', 'Bush', 'his rivals for the Republican nomination'],
      ['Sen. Maria Cantwell and some colleagues in the Senate believe the deal will hold.', 'Sen. Maria Cantwell', 'some colleagues in the Senate'],
      ['Lee and leaders of both parties said the vote would wait.', 'Lee', 'leaders of both parties'],
      ['Rivera and aides to the governor argued that the budget was short.', 'Rivera', 'aides to the governor'],
    ]) {
      const report = check(text)
      const sentence = report.sentences[0]
      expect(sentence.label, text).toBe('direct')
      expect(sentence.attributions.map((a) => [a.source.text, a.source.kind]), text).toEqual([
        [named, 'named'],
        [unnamed, 'vague'],
      ])
      expect(report.summary.flags.map((f) => f.code), text).toContain('anonymous-sources')
    }
  })

  it('keep modifiers that share one head as one unnamed source', () => {
    for (const [text, source] of [
      ['Federal and state regulators said the plant was safe.', 'Federal and state regulators'],
      ['Current and former officials said the talks had stalled.', 'Current and former officials'],
      ['New and returning members argued that the dues were too high.', 'New and returning members'],
    ]) {
      const sentence = check(text).sentences[0]
      expect([sentence.label, sentence.attributions.map((a) => [a.source.text, a.source.kind])], text).toEqual(['reported', [[source, 'vague']]])
    }
  })

  it('read an unnamed party member from a state or a city, or a group of them, as a vague source, not a name', () => {
    for (const [text, source] of [
      ['One New Hampshire Democrat said the race was closer than the polls showed.', 'One New Hampshire Democrat'],
      ['“He has peaked,” said another Iowa Republican.', 'another Iowa Republican'],
      ['A Florida Democrat told reporters that turnout would be low.', 'A Florida Democrat'],
      ['The debate, a North Carolina Republican argued, changed nothing.', 'a North Carolina Republican'],
      ['A Los Angeles Democrat predicted that the measure would fail.', 'A Los Angeles Democrat'],
      ['Two South Carolina Republicans said they would skip the vote.', 'Two South Carolina Republicans'],
    ]) {
      const report = check(text)
      const sentence = report.sentences[0]
      expect([sentence.label, sentence.attributions.map((a) => [a.source.text, a.source.kind, a.source.type])], text).toEqual(['reported', [[source, 'vague', 'anonymous']]])
      expect(report.summary.flags.map((f) => f.code), text).toContain('anonymous-sources')
    }
  })

  it('keep a state in a role noun when resolving it: one from another state is someone else', () => {
    // "the Texas Republican" is not the Iowa one before it, nor the North Carolina one; the same state's is the same person
    const other = 'An Iowa Republican said the caucus was fair. The Texas Republican disagreed, saying the count was wrong.'
    expect(check(other).sentences.map((s) => [s.label, s.attributions.map((a) => a.source.resolved ?? a.source.text)])).toEqual([
      ['reported', ['Iowa Republican']],
      ['direct', ['Texas Republican']],
    ])
    const named = 'Rep. Virginia Foxx said the rule was wrong. “We will fight,” the North Carolina Republican said. The Ohio Republican, however, said the rule would stand.'
    expect(check(named).sentences.map((s) => s.attributions.map((a) => a.source.resolved ?? a.source.text))).toEqual([['Virginia Foxx'], ['North Carolina Republican'], ['Ohio Republican']])
    const same = 'A Nevada Democrat said the caucus rules were unfair. The Nevada Democrat added that the party would appeal.'
    expect(check(same).sentences.map((s) => [s.label, s.attributions.map((a) => [a.source.resolved, a.source.kind])])).toEqual([
      ['reported', [['Nevada Democrat', 'vague']]],
      ['reported', [['Nevada Democrat', 'vague']]],
    ])
  })

  it('resolve a role noun with a country only to a source of that country, or of none written', () => {
    const resolved = (text: string) => check(text).sentences.map((s) => s.attributions.map((a) => a.source.resolved ?? a.source.text))
    // another country's office is someone else: "Germany's president" is not Macron of France, "Brazil's foreign minister" not Lavrov
    expect(resolved("President Emmanuel Macron of France said Europe must act. Germany's president said the talks would go on.")).toEqual([['Emmanuel Macron'], ["Germany's president"]])
    expect(resolved("Foreign Minister Sergey Lavrov of Russia said the talks had failed. Brazil's foreign minister said a new round was planned.")).toEqual([['Sergey Lavrov'], ["Brazil's foreign minister"]])
    expect(resolved('Kenyan President William Ruto said the deal was signed. The Nigerian president told reporters it was not.')).toEqual([['William Ruto'], ['Nigerian president']])
    // the same country's, or a name written with none, is the same person
    expect(resolved("President Emmanuel Macron of France said Europe must act. France's president added that no deal was near.")).toEqual([['Emmanuel Macron'], ['Emmanuel Macron']])
    expect(resolved('Chancellor Olaf Scholz of Germany said Berlin would wait. The German chancellor added that the decision was final.')).toEqual([['Olaf Scholz'], ['Olaf Scholz']])
    expect(resolved('President Vladimir Putin spoke on Friday. The Russian president said the offer was final.')).toEqual([[], ['Vladimir Putin']])
  })

  it('give state media their country from the data, also for generic "state media" of a named capital', () => {
    const rows = check('Tehran state television said the ship was seized. IRNA said the crew was safe.').summary.sources
    expect(rows.map((r) => [r.type, r.country])).toEqual([
      ['state-media', 'Iran'],
      ['state-media', 'Iran'],
    ])
  })

  it('merge a surname, a role noun and a pronoun into the person they stand for', () => {
    const text = 'Prime Minister Leila Haddad said the vote would go ahead. Haddad told reporters it was final. The prime minister added that she would campaign. She said turnout would be high.'
    const row = check(text).summary.sources[0]
    expect(row).toMatchObject({ name: 'Leila Haddad', type: 'person', sentences: 4 })
  })

  it('resolve a pronoun to a speaker named by one word, in one source row', () => {
    for (const [text, name] of [
      ['Okafor said the talks would resume. “We are ready,” he added.', 'Okafor'],
      ['The vote was delayed. Lindqvist told reporters the count was wrong. She said a recount was needed.', 'Lindqvist'],
      ['“It is over,” said Mbeki. He said the deal was dead.', 'Mbeki'],
    ]) {
      const report = check(text)
      expect(report.summary.sources.map((s) => s.name), text).toEqual([name])
      const pronoun = report.sentences.flatMap((s) => s.attributions).find((a) => /^(he|she)$/i.test(a.source.text ?? ''))
      expect(pronoun?.source.resolved, text).toBe(name)
    }
  })

  it('resolve "he" and "she" past a person whose title or given name says otherwise', () => {
    const resolved = resolvedAs(/^(he|she)$/i)
    // the latest person before the pronoun is of the other sex
    expect(resolved('Angela Merkel spoke after Boris Johnson. She said Europe was united.')).toEqual(['Angela Merkel'])
    expect(resolved('Maria Duarte met Tomas Reyes on Monday. She told reporters the talks had stalled.')).toEqual(['Maria Duarte'])
    expect(resolved('Mrs. Okonjo greeted Mr. Lindqvist at the airport. He said the visit would be short.')).toEqual(['Lindqvist'])
    expect(resolved('Queen Sofia received Mr. Adeyemi before the summit. “We are hopeful,” she said.')).toEqual(['Sofia'])
    // in one sentence: the subject is passed over for the object that fits
    expect(resolved('Senator Paul Kessel praised Nancy Ortiz, but she said the plan was flawed.')).toEqual(['Nancy Ortiz'])
    // a person whose sex nothing tells fits either pronoun
    expect(resolved('Chidi Okafor met Sen. Elizabeth Marsh. He said the bill would pass.')).toEqual(['Chidi Okafor'])
    // no person fits: the pronoun stays as written rather than naming the wrong one
    expect(resolved('Hillary Mendez opened the hearing. He said the record was incomplete.')).toEqual([undefined])
  })

  it('resolve an object pronoun that speaks ("recalled him saying") past its own sentence\'s subject', () => {
    const resolved = resolvedAs(/^(him|her|them)$/i)
    expect(resolved('Marco Diaz ran the bakery for 30 years. His neighbour Ruth Adler recalled him saying that the rent would ruin him.')).toEqual(['Marco Diaz'])
    expect(resolved('Donald Trump spoke in Ohio on Monday. Jeb Bush criticized him for saying the wall would pay for itself.')).toEqual(['Donald Trump'])
    expect(resolved('Anna Lindqvist chaired the inquiry. Her deputy, Sara Holm, recalled her saying the evidence was thin.')).toEqual(['Anna Lindqvist'])
  })

  it('count "the officials", "the people" and a later "she" under the unnamed source written before them, never another group', () => {
    const rows = (text: string) => check(text).summary.sources.map((r) => [r.name, r.kind, r.sentences])
    expect(rows('Three officials familiar with the talks said the deal was close. The officials said a signing could come on Friday.')).toEqual([['Three officials familiar with the talks', 'vague', 2]])
    expect(rows('Two people briefed on the plan said the bank would cut 4,000 jobs. The cuts will fall mostly on branches, the people said.')).toEqual([['Two people briefed on the plan', 'vague', 2]])
    expect(rows('A nurse at the clinic said the ward had run out of saline. The clinic serves 40,000 people in the valley. "We are rationing it by the hour," she said.')).toEqual([['nurse at the clinic', 'vague', 2]])
    // residents are not the officials
    expect(rows('Residents of the town said the water smelled of diesel for days. The officials said the supply was safe.')).toEqual([
      ['Residents of the town', 'vague', 1],
      ['officials', 'vague', 1],
    ])
  })

  it('resolve "the company" to a company the story only mentioned, when no body has spoken', () => {
    const resolved = resolvedAs(/^the (company|firm|airline|drugmaker)$/i)
    expect(resolved('Shares of Valeant Pharmaceuticals fell 51 percent on Tuesday after a weak forecast. On Wednesday, the company said it would not be able to file its annual statement in time.')).toEqual(['Valeant Pharmaceuticals'])
    expect(resolved('Workers at Halvern Labs walked out on Monday over pay and pensions. The firm announced that talks with the union would resume next week.')).toEqual(['Halvern Labs'])
    expect(resolved('Orbis Airways cancelled more than 300 flights as the storm closed two runways. Stranded crews were put up in hotels, the airline confirmed.')).toEqual(['Orbis Airways'])
    expect(resolved('Regulators fined Corvane Therapeutics $40 million last year over its marketing of a painkiller. The drugmaker has said it did nothing wrong.')).toEqual(['Corvane Therapeutics'])
    // a company named later in the role's own sentence is another one
    expect(resolved('Analysts had expected a loss for the quarter. The company said Halvern Labs would buy the unit for $2 billion.')).not.toContain('Halvern Labs')
    // a body of another kind is not "the group" or "the company"
    const group = check('Students at Temple University marched through the campus on Tuesday. The group said the fees were unfair.').sentences[1].attributions[0]
    expect(group.source.resolved).not.toBe('Temple University')
  })

  it('keep a body whose own name starts with its kind ("the Committee to Protect Journalists") apart from the body named before it', () => {
    const resolved = resolvedOrWritten
    expect(resolved('The Center for American Progress said the bill would raise costs for renters. The Committee to Protect Journalists said three reporters were still being held.')).toEqual(['Center for American Progress', 'Committee to Protect Journalists'])
    expect(resolved('The Brookings Institution published its estimate on Monday. The move was condemned by the Committee for the Protection of Journalists.')).toEqual(['Brookings Institution', 'Committee for the Protection of Journalists'])
    expect(resolved('The Bank of England said growth had slowed. On Friday the Office for National Statistics reported that prices rose 3 percent.')).toEqual(['Bank of England', 'Office for National Statistics'])
    expect(resolved('The Norwegian Refugee Council warned of shortages. The Council on Foreign Relations argued in a paper that aid would not arrive in time.')).toEqual(['Norwegian Refugee Council', 'Council on Foreign Relations'])
    // a lowercase head is still the body named before, whatever place follows it; a bare one too
    expect(resolvedAs(/^the ministry/i)('Russia\'s Foreign Ministry said it would respond. The ministry in Moscow added that talks were over.')).toEqual(["Russia's Foreign Ministry"])
    expect(resolvedAs(/^the committee$/i)('The House Ethics Committee said it had opened an inquiry. The committee said it would report in March.')).toEqual(['House Ethics Committee'])
  })

  it('type a council as government only by a word that makes it a state\'s ("the Security Council"), and let "the council" name any body called one', () => {
    expect(types('The Norwegian Refugee Council said 40,000 people had fled the fighting.')).toEqual([['Norwegian Refugee Council', 'organization']])
    expect(types('The American Chemistry Council argued that the rule would cost 20,000 jobs.')).toEqual([['American Chemistry Council', 'organization']])
    expect(types('According to the Atlantic Council, the sanctions have cut exports by a third.')).toEqual([['Atlantic Council', 'organization']])
    expect(types('The World Gold Council reported that central banks bought 1,000 tonnes of gold last year.')).toEqual([['World Gold Council', 'organization']])
    expect(types('The U.N. Security Council said in a statement that it would meet on Friday.')).toEqual([['U.N. Security Council', 'government']])
    expect(types('The Council of Europe warned that the law broke the convention.')).toEqual([['Council of Europe', 'government']])
    expect(types('Oakland City Council said the vote would be held in June.')).toEqual([['Oakland City Council', 'government']])
    // "the council" is the body named with that word, a charity or a government's, even with a ministry between
    const resolved = resolvedAs(/^the council$/i)
    expect(resolved('The Norwegian Refugee Council warned of shortages in the camps. The council said 40,000 people had fled.')).toEqual(['Norwegian Refugee Council'])
    expect(resolved('The World Gold Council said central banks kept buying. The Finance Ministry declined to comment. In its survey, the council found that purchases had doubled.')).toEqual(['World Gold Council'])
    expect(resolved('The European Council said the summit would go ahead. The council added that leaders would meet in Brussels.')).toEqual(['European Council'])
  })

  it('read a body whose own name is "the Council on/for …" whole and type it by its words, not as "the council" of a city', () => {
    expect(types('The Council on Foreign Relations said the sanctions had failed to change Moscow\'s course.')).toEqual([['Council on Foreign Relations', 'organization']])
    expect(types('The ban is unconstitutional, the Council on American-Islamic Relations says.')).toEqual([['Council on American-Islamic Relations', 'organization']])
    expect(types('According to the Council for a Livable World, the treaty would cut warheads by a third.')).toEqual([['Council for a Livable World', 'organization']])
    expect(types('"We will appeal," said the Council for Responsible Nutrition in a statement.')).toEqual([['Council for Responsible Nutrition', 'organization']])
    // after an inverted verb too, where a name's adjunct still ends it ("on Monday", "for Reuters")
    expect(types('Donors gave $2 billion, wrote the Center for Responsive Politics on its website.')).toEqual([['Center for Responsive Politics', 'organization']])
    expect(types('"Prices rose again," said the Office for National Statistics.')).toEqual([['Office for National Statistics', 'government']])
    expect(types('"The vote will pass," said the City Council on Monday.')).toEqual([['City Council', 'government']])
    expect(types('"We will appeal," wrote Karl Hesse for Reuters.')).toEqual([['Karl Hesse', 'person']])
    // nor does another body's or outlet's name after it, where the body spoke
    expect(types('"We will fight on," said the Labour Party on Twitter after the vote.')).toEqual([['Labour Party', 'organization']])
    expect(types('"The bill is dead," said the Heritage Foundation on Fox News.')).toEqual([['Heritage Foundation', 'organization']])
    // a state's council by its name or a state's word stays government, and "the council" alone is still a government office
    expect(types('The Council on Environmental Quality said the rule would be withdrawn.')).toEqual([['Council on Environmental Quality', 'government']])
    expect(types('The Council of Ministers approved the budget on Tuesday, the government said.').slice(0, 1)).toEqual([['government', 'government']])
    expect(types('The council said the vote would be held in June.')).toEqual([['council', 'government']])
  })

  it('type a group\'s own name "Citizens for …" as an organisation, not a person named by its first word', () => {
    expect(types('The bill was opposed by Citizens for a Sound Economy, which said it would raise costs for small firms.')).toEqual([['Citizens for a Sound Economy', 'organization']])
    expect(types('The plan was criticized by Citizens for Responsibility and Ethics in Washington, which called it a giveaway.')).toEqual([['Citizens for Responsibility and Ethics in Washington', 'organization']])
    expect(types('The earmarks cost $9 billion, Taxpayers for Common Sense said on Monday.')).toEqual([['Taxpayers for Common Sense', 'organization']])
    expect(types('According to Citizens for Clean Air, the plant broke its permit 40 times last year.')).toEqual([['Citizens for Clean Air', 'organization']])
    // people "for" someone are still people: their lawyers, a crowd's fans
    expect(types('Lawyers for Mr. Trump said the subpoena was too broad.')).toEqual([['Lawyers for Mr. Trump', 'anonymous']])
    expect(types('Okafor for her part said the deal was fair.')).toEqual([['Okafor', 'person']])
  })

  it('type a group named for its cause ("Veterans for Peace") as an organisation at a sentence\'s start and after an inverted cue', () => {
    expect(types('Veterans for Peace said the march would go ahead as planned.')).toEqual([['Veterans for Peace', 'organization']])
    expect(types('Students for Fair Admissions argues that the policy breaks the law.')).toEqual([['Students for Fair Admissions', 'organization']])
    expect(types('Americans for Tax Reform has said the bill is a tax increase.')).toEqual([['Americans for Tax Reform', 'organization']])
    expect(types('Republicans for the Rule of Law said the verdict should stand.')).toEqual([['Republicans for the Rule of Law', 'organization']])
    expect(types('“The rule is a giveaway,” said Parents for Safe Schools in a statement.')).toEqual([['Parents for Safe Schools', 'organization']])
    expect(types('“We will sue,” said Teamsters for Trump.')).toEqual([['Teamsters for Trump', 'organization']])
    // people named for whom they work stay people; a speaker's adjunct after "for" is cut as before
    expect(types('Attorneys for Ana Ruiz said the subpoena was too broad.')).toEqual([['Attorneys for Ana Ruiz', 'anonymous']])
    expect(types('Executives for Halvern Labs said sales fell in the spring.')).toEqual([['Executives for Halvern Labs', 'anonymous']])
    expect(types('Democrats for the most part said the bill was fine.')).toEqual([['Democrats', 'anonymous']])
    expect(types('“It was late,” said Jim Sanders for Acme Corp.')).toEqual([['Jim Sanders', 'person']])
    // an irregular listed plural, and a listed group's cause after "the"; a surname's adjunct with "the" is still cut
    expect(types('Women for Trump said the rally would go ahead.')).toEqual([['Women for Trump', 'organization']])
    expect(types('“The verdict must stand,” said Republicans for the Rule of Law.')).toEqual([['Republicans for the Rule of Law', 'organization']])
    expect(types('“We will not stop,” wrote Mothers for the Earth in a letter.')).toEqual([['Mothers for the Earth', 'organization']])
    expect(types('“It was late,” said Matthews for the Ledger.')).toEqual([['Matthews', 'person']])
    expect(types('Women for the most part said they would vote early.')).toEqual([['Women', 'anonymous']])
  })

  it('give a body named in apposition to a noun ("The group, Parents for Safe Schools, said") its own row, not an earlier body\'s', () => {
    expect(types('The Sierra Club said the plan was flawed. The group, Parents for Safe Schools, said the levy would fund repairs.')).toEqual([
      ['Sierra Club', 'organization'],
      ['Parents for Safe Schools', 'organization'],
    ])
    expect(types('The State Department said the talks would resume. The agency, the Food and Drug Administration, warned that the pills were unsafe.')).toEqual([
      ['State Department', 'government'],
      ['Food and Drug Administration', 'government'],
    ])
    expect(types('A think tank, the Council on Foreign Relations, argued that the sanctions had failed.')).toEqual([['Council on Foreign Relations', 'organization']])
    // one role word after "the" describes the noun, and a lowercase description names no one
    expect(types('The man, the Democrat, said he would run again.')).toEqual([['man', 'person']])
    expect(types('A resident, the mother of two, said the water was brown.')).toEqual([['resident', 'anonymous']])
  })

  it('type a statistics office known by a bare name ("Eurostat", "Statistics Canada") as government, not a person', () => {
    expect(types('Eurostat said inflation in the euro area fell to 2.1 percent in October.')).toEqual([['Eurostat', 'government']])
    expect(types('Unemployment rose for a third month, Statistics Canada reported on Friday.')).toEqual([['Statistics Canada', 'government']])
    expect(types('According to Destatis, industrial output fell 0.4 percent in September.')).toEqual([['Destatis', 'government']])
    expect(types('Prices rose faster than expected, said Rosstat, the federal statistics service.')).toEqual([['Rosstat', 'government']])
    // a surname alone is still a person
    expect(types('Okonjo said inflation would fall by the spring.')).toEqual([['Okonjo', 'person']])
  })

  it('name a company first mentioned in full by its first word later, in one source row', () => {
    const names = sourceNames
    expect(names('Peabody Energy filed for bankruptcy protection in April after coal prices collapsed. In a statement, Peabody said the filing would let it keep its mines open.')).toEqual(['Peabody Energy'])
    expect(names('Lumen Robotics won the contract for the new warehouse in May. Lumen told investors on Friday that the first machines would ship in June.')).toEqual(['Lumen Robotics'])
  })

  it('never resolve "he" or "she" to a company mentioned before it', () => {
    const resolved = resolvedAs(/^(he|she)$/i)
    expect(resolved('Chidi Okafor spent a decade at Vantor Semiconductor before leaving in March. He said the company had lost its way.')).toEqual(['Chidi Okafor'])
    expect(resolved('A senior official briefed reporters after the talks with Halvern Labs collapsed. She said the government would not step in.')).toEqual(['senior official'])
  })

  it('join a titled surname to the person of that sex ("Mrs. Haddad" after "Karim and Leila Haddad")', () => {
    const names = sourceNames
    expect(names('Karim Haddad and Leila Haddad arrived together. Mrs. Haddad said the vote was fair.')).toEqual(['Leila Haddad'])
    expect(names('Susan Pryce and her husband, David Pryce, run the farm. Mr. Pryce said the harvest was late.')).toEqual(['David Pryce'])
    // a title on a surname does not make the person it joined that sex: "Ms. Khan" still finds her
    expect(names('Ghazala Khan and Humayun Khan were named. Mr. Khan said little. Ms. Khan said the speech was hers.')).toEqual(['Ghazala Khan'])
  })

  it('name a person in the sources table without the description written before the name', () => {
    const names = sourceNames
    expect(names('Presidential candidate Amara Osei said the plan would fail. Osei later added that she would fight on.')).toEqual(['Amara Osei'])
    expect(names('Clinton campaign manager Robby Mook said the memo was clear. Mook said more would follow.')).toEqual(['Robby Mook'])
    expect(names('Former Ohio Gov. Ted Strickland told reporters that the count was fair.')).toEqual(['Ted Strickland'])
    expect(names('Georgia businessman Bruce Levine said the group was independent. “We raise no money,” he said.')).toEqual(['Bruce Levine'])
    expect(names('Blaze co-host Stu Burns said the show would go on.')).toEqual(['Stu Burns'])
    // the longer mention does not rename the person: one row, under the name
    expect(names('Priya Nair said turnout rose. Labour councillor Priya Nair said it again on Tuesday.')).toEqual(['Priya Nair'])
    // what belongs to the name stays: particles, suffixes, a title inside a short name
    expect(names('Charles de Gaulle said France would endure.')).toEqual(['Charles de Gaulle'])
    expect(names('Osama bin Laden said the war would go on.')).toEqual(['Osama bin Laden'])
    expect(names('Martin Luther King Jr. said the arc was long.')).toEqual(['Martin Luther King Jr.'])
    // a title of several words with "of" inside ends before the name, also after an owner
    expect(names("The president's Chief of Staff Marisol Trent said on Monday that the meeting with the governors had gone well.")).toEqual(['Marisol Trent'])
    expect(names('Navy Chief of Staff Adm. Lionel Barrow told senators on Tuesday that two ships would be retired early.')).toEqual(['Lionel Barrow'])
  })

  it('resolve "he" to the person a description names, not the place or body before the role', () => {
    const report = check('Former Pennsylvania governor Ed Rendell, a Clinton ally, was more resolute. “Absolutely not,” he said.')
    const he = report.sentences.flatMap((s) => s.attributions).find((a) => a.source.text === 'he')
    expect(he?.source.resolved).toBe('Ed Rendell')
    const hicks = check('Campaign spokeswoman Hope Hicks answered for Trump. “We are grateful,” she said.')
    expect(hicks.sentences.flatMap((s) => s.attributions).find((a) => a.source.text === 'she')?.source.resolved).toBe('Hope Hicks')
  })

  it('resolve "he" and "she" to the latest speaker before other people the speaker mentions', () => {
    const pronoun = (text: string) => check(text).sentences.flatMap((s) => s.attributions).find((a) => /^(he|she)$/i.test(a.source.text ?? ''))?.source.resolved
    expect(pronoun('Liam Carver said the delay helped the mayor, who need not prove himself as Victor Osei did. “He has nothing to prove,” he said.')).toBe('Liam Carver')
    expect(pronoun('Ted Strickland said on Tuesday that Paul Ryan was wrong about the bill. He said it would fail in the Senate.')).toBe('Ted Strickland')
    expect(pronoun('Nadia Petrova told reporters that Olga Ivanova had left the party. She said the split was final.')).toBe('Nadia Petrova')
    // a speaker of the other sex is passed over
    expect(pronoun('Nadia Petrova said that Ivan Sokolov had left the party. He said the split was final.')).toBe('Ivan Sokolov')
    // a subject named after the speaker's sentence comes first
    expect(pronoun('Nadia Petrova said the vote was close. Ivan Sokolov arrived late. He said nothing had changed.')).toBe('Ivan Sokolov')
  })

  it('take no names from a Title Case headline, whose capitals mark every word', () => {
    const rows = sourceNames
    expect(rows('Maria Duarte Defends Audit Record\n\nMaria Duarte said the audit was fair. Duarte added that the county would appeal.')).toEqual(['Maria Duarte'])
    expect(rows('Governor Ken Adeyemi Endorses Lagos Rail Plan\n\nAdeyemi said the line would open in May.')).toEqual(['Adeyemi'])
  })

  it('resolve "he" and "she" further back only to a person known to be of that sex, and never to a run in capitals', () => {
    const pronoun = (text: string) => check(text).sentences.flatMap((s) => s.attributions).find((a) => /^(he|she)$/i.test(a.source.text ?? ''))?.source.resolved
    const between = 'The budget was read aloud. Members asked questions. The vote was delayed. A recess was called. Tempers rose.'
    expect(pronoun(`Maria Duarte opened the session. ${between} “We will finish tonight,” she said.`)).toBe('Maria Duarte')
    expect(pronoun(`Chidi Okafor opened the session. ${between} “We will finish tonight,” he said.`)).toBeUndefined()
    expect(pronoun('Delegates met in NEW YORK on Monday. He said the talks went well.')).toBeUndefined()
  })

  it('resolve a role noun to the person whose abbreviated title it spells out ("the senator" after "Sen. Ines Moreau")', () => {
    const resolved = resolvedOrWritten
    expect(resolved('Sen. Ines Moreau toured the plant on Monday. Workers cheered. The senator said the jobs would stay.')).toEqual(['Ines Moreau'])
    expect(resolved('Gov. Tomas Berg signed the budget. The governor told reporters that it was overdue.')).toEqual(['Tomas Berg'])
    expect(resolved('Rep. Ana Cruz spoke first. Later the longtime congresswoman said the vote was close.')).toEqual(['Ana Cruz'])
    // a place in the phrase must be said of the person: "the Ohio senator" is not Sen. Moreau of Maine
    expect(resolved('Sen. Ines Moreau of Maine spoke first. The Ohio senator said the vote was close.')).toEqual(['Ohio senator'])
  })

  it('resolve a noun for one kind of body only to a source of that kind, and a generic one to the nearest body', () => {
    const resolved = resolvedOrWritten
    // "the police" is not the White House, "the ministry" not the police; each stays its own named office
    expect(resolved('The White House said the talks had failed. The police said the gunman had fled.')).toEqual(['White House', 'police'])
    expect(resolved('Police in Lagos said two men were held. The ministry said the border would reopen.')).toEqual(['Police in Lagos', 'ministry'])
    expect(resolved('The Kremlin denied the report. The embassy said no diplomat had been expelled.')).toEqual(['Kremlin', 'embassy'])
    // written with the same word, it is that body
    expect(resolved('Cleveland Police said a suspect was in custody. Later the police said he had been charged.')).toEqual(['Cleveland Police', 'Cleveland Police'])
    // a generic noun refers back to the nearest named body of its type
    expect(resolved('The Tax Policy Center published its estimate on Monday. The group said most households would pay less.')).toEqual(['Tax Policy Center', 'Tax Policy Center'])
    expect(resolved('The Association of Flight Attendants said the bill was overdue. The union said pay had stalled for a decade.')).toEqual(['Association of Flight Attendants', 'Association of Flight Attendants'])
    // one on record before an unnamed one: the findings are the identified study's, not "previous research"
    expect(resolved('A study published in The Lancet found that sleep protects memory. Previous research has linked sleep to mood. The findings suggest that naps help.')).toEqual(['study published in The Lancet', 'Previous research', 'study published in The Lancet'])
    // a plural is more than the one body named before: its own source
    expect(resolved('The Teachers’ Union said the deal was fair. The unions said they would strike.')).toEqual(['Teachers’ Union', 'unions'])
    expect(resolved('Acme Corp. said the merger would close in March. The two companies said regulators had approved it.')).toEqual(['Acme Corp.', 'two companies'])
  })

  it('resolve a document of one kind (an audit, a verdict, a bill, an ad) only to a document written with that word, a generic one to the nearest', () => {
    const resolved = resolvedOrWritten
    // an audit, a book, a bill or an ad is no study: each is its own document
    expect(resolved('A Pew study found that voters trust local news. The audit found the agency had overpaid contractors.')).toEqual(['Pew study', 'audit'])
    expect(resolved('According to a Brookings analysis, tariffs raised prices. The book argues that trade lifted wages.')).toEqual(['Brookings analysis', 'book'])
    expect(resolved('The Ledger’s review found 40 errors in the ballots. The bill says counties must recount by hand.')).toEqual(['Ledger’s review', 'bill'])
    expect(resolved('A Gallup poll showed support falling. The ad claims the senator voted to cut pensions.')).toEqual(['Gallup poll', 'ad'])
    // written with the same word, it is that document; a generic "report" or "findings" is the nearest one
    expect(resolved('A state audit found that the jail overspent. The audit also said records were missing.')).toEqual(['state audit', 'state audit'])
    expect(resolved('A Pew study found that voters trust local news. The report said trust had fallen since 2016.')).toEqual(['Pew study', 'Pew study'])
  })

  it('keep a body named for another field apart ("the transportation department" after "the fire department"), and "the city" as the city', () => {
    const resolved = resolvedOrWritten
    expect(resolved('The fire department said response times had not changed. The work will cost $1.2 million, the transportation department estimates.')).toEqual(['fire department', 'transportation department'])
    expect(resolved('The Health Ministry said 40 people had died. The finance ministry said the fund was empty. The ministry added that aid was coming.')).toEqual(['Health Ministry', 'finance ministry', 'finance ministry'])
    expect(resolved('The fire department said the blaze was out. That is money the city says it does not have.')).toEqual(['fire department', 'city'])
    // a field before another office noun names another body too: a commission is not the ministry named before
    expect(resolved('The Health Ministry said cases fell in May. The election commission said turnout was high.')).toEqual(['Health Ministry', 'election commission'])
    expect(resolved('The Finance Ministry said revenue fell. Permits rose 4 percent, the planning department reported.')).toEqual(['Finance Ministry', 'planning department'])
    expect(resolved('The Parks Department said the pool would reopen. The housing authority argued that the site was unsafe.')).toEqual(['Parks Department', 'housing authority'])
    expect(resolved('The Health Ministry said 12 clinics had closed. The health department added that two would reopen.')).toEqual(['Health Ministry', 'Health Ministry'])
    // a field the body was named with, or an adjective, still refers back
    expect(resolved('The Department of Transportation said the bridge was safe. The transportation department added that repairs would start in May.')).toEqual(['Department of Transportation', 'Department of Transportation'])
    expect(resolved('The Environmental Protection Agency said the water was safe. The federal agency added that tests would continue.')).toEqual(['Environmental Protection Agency', 'Environmental Protection Agency'])
  })

  it('resolve a noun for a level of government only to a source of that level or of none ("the state" is not the city before it)', () => {
    const resolved = resolvedOrWritten
    expect(resolved('The city argues that the ordinance is valid. The state contends that it overrides local law.')).toEqual(['city', 'state'])
    expect(resolved('The county said the levy was lawful. Last week the state maintained that it was not.')).toEqual(['county', 'state'])
    expect(resolved('The Denver city council said the vote would go ahead. The district argues that it was never consulted.')).toEqual(['Denver city council', 'district'])
    // a country's government by its name is of the country's level: the province is not Iran's government
    expect(resolved('The Iranian government said the talks had failed. The province said it would close its border crossings.')).toEqual(['Iranian government', 'province'])
    // of the same level, or of none known, it is still the body before
    expect(resolved('North Korea said on Monday that it had tested a new missile. The country said the launch was a success.')).toEqual(['North Korea', 'North Korea'])
    expect(resolved('Israel said it would respond to the attack. The state said its forces were on alert.')).toEqual(['Israel', 'Israel'])
    expect(resolved('The Fairview School District said classes would resume. The district said buses would run on time.')).toEqual(['Fairview School District', 'Fairview School District'])
    expect(resolved('The Kurdistan Regional Government said the vote was binding. The region said it would hold talks.')).toEqual(['Kurdistan Regional Government', 'Kurdistan Regional Government'])
  })

  it('resolve "it" to the latest body or document, whether it spoke or was only a sentence\'s subject', () => {
    const its = resolvedAs(/^it$/i)
    // a subject that said nothing before is still what "it" stands for, not the last body that spoke
    expect(its('Acme Corp said on Tuesday it would cut 4,000 jobs. The Health Ministry issued a statement on Monday. It said 40 people had died.')).toEqual(['Health Ministry'])
    expect(its('Acme Corp said it would cut jobs. The report was based on 3,000 leases. It found that rents had doubled.')).toEqual(['report'])
    expect(its('The Clarion said the vote was rigged. The Tenants Union is bracing for a fight it says will last into spring.')).toEqual(['Tenants Union'])
    // a person is no "it", and a more recent speaker goes first
    expect(its('The ministry met the unions on Monday. Mr. Kim left early. It said the talks would resume.')).toEqual(['ministry'])
    expect(its('The ministry met on Monday. The port authority said the talks had failed. It added that ships would wait.')).toEqual(['port authority'])
    // not the subject "it" is set off inside
    expect(its('The Lagos Institute published the plan on Monday. The average weekly benefit, it says, would be $300.')).toEqual(['Lagos Institute'])
  })

  it('resolve a possessive owner ("his warning that…") like its subject form, and never to a state', () => {
    const resolved = resolvedOrWritten
    expect(resolved('Mayor Ines Duarte toured the bridge on Monday. Her warning that it was unsafe alarmed residents.')).toEqual(['Ines Duarte'])
    expect(resolved('Karl Brandt spoke in Leeds. Later he repeated his claim that the mill would close.')).toEqual(['Karl Brandt', 'Karl Brandt'])
    // "South Carolina" is no person for "she" ("South" reads as a title elsewhere: "South Korean President")
    expect(resolved('Stacy Moreno of Columbia, South Carolina, voted early. She said the line was short.')).toEqual(['Stacy Moreno'])
    expect(resolved('Paul Hale drove to Concord, New Hampshire on Monday. He said the roads were icy.')).toEqual(['Paul Hale'])
  })

  it('count a source under its fullest name, however it was named first', () => {
    // a surname before the full name, and a short outlet name before the full one
    expect(namesAndCounts('Petrov said the talks had failed. Later, Deputy Minister Sergei Petrov said the deal was off.')).toEqual([['Sergei Petrov', 2]])
    expect(namesAndCounts('The Post reported that the vote was delayed. The Washington Post said the count resumed on Monday.')).toEqual([['Washington Post', 2]])
    expect(namesAndCounts('The Chronicle said the plant would close. The Houston Chronicle also reported that 300 jobs would go.')).toEqual([['Houston Chronicle', 2]])
    // "The Blaze’s Matt Walsh": the outlet owns the name after it
    expect(namesAndCounts('The Blaze’s Matt Walsh wrote that the bill was doomed. Walsh said the vote would fail.')).toEqual([['Matt Walsh', 2]])
  })

  it('keep a person apart from a phrase around the name and from a list of names', () => {
    const rows = sourceNames
    expect(rows('Ana Ruiz spoke in Ohio. A spokesman for Ana Ruiz said the rally was full. Ruiz said she was pleased.').sort()).toEqual(['Ana Ruiz', 'spokesman for Ana Ruiz'])
    // a run of capitals starts the name at its first given name, and is no name at all past four words
    expect(rows('The party’s Chief of Staff Katie Lund spoke first. Lund said the count was done.')).toEqual(['Katie Lund'])
    expect(rows('Ayatollah Ali Reza spoke on Friday. Reza said the talks would go on.')).toEqual(['Ali Reza'])
    expect(rows('FlagShareReply 4pts 9:12PMTrump And Ana Ruiz Miss The Mark On Jobs. Ruiz said the count was clean.')).toEqual(['Ruiz'])
    // a joint speaker is a row of its own, and does not swallow the one it names
    const joint = check('Obama spoke first. Obama and Hillary Clinton said the plan would work. Obama said it again.').summary.sources
    expect(joint.map((r) => [r.name, r.sentences])).toEqual(
      expect.arrayContaining([
        ['Obama', 1],
        ['Obama and Hillary Clinton', 1],
      ]),
    )
    expect(joint).toHaveLength(2)
  })

  it('keep a surname that is also a function word ("From", "Will", "May", "Early") as the person it names', () => {
    expect(namesAndCounts('Al From founded the council in 1985. “We had to change,” From said. From agreed that the party had moved.')).toEqual([['Al From', 2]])
    expect(namesAndCounts('The columnist George Will spoke in March. In his column, Will wrote that the race was over.')).toEqual([['George Will', 1]])
    expect(namesAndCounts('“We will leave,” Theresa May said. May said the deal was done. Mrs. May told MPs that the vote would go ahead.')).toEqual([['Theresa May', 3]])
    expect(namesAndCounts('June Okafor said the vote was close. The council in May said it would vote.')).toEqual([['June Okafor', 1], ['council', 1]])
    expect(namesAndCounts('Rex Early chairs the campaign. Early described it as “news to me.”')).toEqual([['Rex Early', 1]])
  })

  it('read particles inside a name ("de", "van der", "al-") as the name\'s: one person row with the titled surname', () => {
    expect(rows('Its chairman, Pieter de Vries, said the union would look at any offer. Mr. de Vries added that pay had not risen.')).toEqual([['Pieter de Vries', 'person', 2]])
    expect(rows('Ms. van der Berg said the port was shut. Later, Anneke van der Berg said it would reopen.')).toEqual([['Anneke van der Berg', 'person', 2]])
    expect(rows('Abdel Fattah el-Sisi said the talks had failed.')).toEqual([['Abdel Fattah el-Sisi', 'person', 1]])
    expect(rows('The group’s leader, Abu Bakr al-Baghdadi, said the war would go on.')).toEqual([['Abu Bakr al-Baghdadi', 'person', 1]])
  })

  it('count a person named at a body as that person, one row with the later mentions', () => {
    expect(rows('White House press secretary Lena Ortiz said the talks were over. Ortiz added that the president was briefed.')).toEqual([['Lena Ortiz', 'person', 2]])
    expect(rows('Interior Ministry spokeswoman Amina Diallo said the border stayed open. Diallo said trucks were moving.')).toEqual([['Amina Diallo', 'person', 2]])
    expect(rows('Harvard University economist Paul Kessel said growth would slow. Kessel said wages lag.')).toEqual([['Paul Kessel', 'person', 2]])
    expect(rows('Robert Gordon of the Lakeside Institute said growth would slow. Gordon said wages lag.')).toEqual([['Robert Gordon', 'person', 2]])
    expect(rows('The Tribune’s Maria Duarte wrote that the count was late. Duarte said the board would meet.')).toEqual([['Maria Duarte', 'person', 2]])
    expect(rows('Union Director of Public Affairs Anna Berg said the deal was fair. Berg said more would come.')).toEqual([['Anna Berg', 'person', 2]])
    expect(rows('Transport Workers Secretary-Treasurer Gary Lind said the strike would go on.')).toEqual([['Gary Lind', 'person', 1]])
    expect(rows('Former Ohio Gov. and party chairman Tom Reyes said the race was over.')).toEqual([['Tom Reyes', 'person', 1]])
    // a body without a person stays the body; a reporter at state media stays state media, and a study by someone is a document
    expect(rows('The Lakeside Institute said growth would slow.')).toEqual([['Lakeside Institute', 'organization', 1]])
    expect(rows('KCNA reporter Ri Jin said the launch had succeeded.')[0]?.[1]).toBe('state-media')
    expect(rows('A 2014 study by law professor Justin Levitt found 31 cases of fraud.')[0]?.[1]).toBe('document')
  })

  it('count a titled person at a body ("Professor Ana Lindqvist of Lund University") as that person, by surname alone too', () => {
    expect(rows('Professor Ana Lindqvist of Lund University said the trial had ended. Lindqvist said more work was needed.')).toEqual([['Ana Lindqvist', 'person', 2]])
    expect(rows('Economist Mark Osei of Brightwater Analytics said growth would slow. Osei said wages lag.')).toEqual([['Mark Osei', 'person', 2]])
    expect(rows('The figures were revised, said Dr. Ruth Kamau of the Nairobi Institute.')).toEqual([['Ruth Kamau', 'person', 1]])
    expect(rows('Sen. Tomas Herrera of Nevada said the bill would pass.')).toEqual([['Tomas Herrera', 'person', 1]])
    expect(rows('Mr. Velasco of Harbor Capital expects rates to fall.')).toEqual([['Velasco', 'person', 1]])
    // a body after a lowercase title stays a body
    expect(rows('The state Division of Gaming Enforcement said revenue fell.')[0]?.[1]).not.toBe('person')
    expect(rows('Officials at the federal Bureau of Land Management said the lease was valid.')[0]?.[1]).not.toBe('person')
  })

  it('read people named after a preposition as the object, not the speaker ("Relatives of John Smith said")', () => {
    const first = (text: string) => check(text).sentences.flatMap((s) => s.attributions.map((a) => [s.label, a.source.kind, a.source.type]))[0]
    expect(first('The ferry sank on Monday. Relatives of John Smith said he had been ill.')).toEqual(['reported', 'vague', 'anonymous'])
    expect(first('Lawyers for Ana Ruiz said she would appeal the verdict.')).toEqual(['reported', 'vague', 'anonymous'])
    expect(first('The hearing was delayed. Supporters of Daniel Okafor argued that the charges were political.')).toEqual(['reported', 'vague', 'anonymous'])
    expect(first('Aides to Maria Lopez insist the letter was never sent.')).toEqual(['reported', 'vague', 'anonymous'])
    // a title of several words before the name still makes that person
    expect(rows('The Secretary of State John Kerry said the talks would resume.')).toEqual([['John Kerry', 'person', 1]])
    expect(rows('UMWA Director of Government Affairs Phil Smith said the bill was dead.')).toEqual([['Phil Smith', 'person', 1]])
  })

  it('count a named group of people with "of" ("the Friends of Ashcombe Libraries") as a body, not a person', () => {
    expect(rows('The Friends of Ashcombe Libraries said the branch would close. The group said it would appeal.')[0]).toEqual(['Friends of Ashcombe Libraries', 'organization', 2])
    expect(rows('Membership has grown by a third, the Sons of Norway said.')).toEqual([['Sons of Norway', 'organization', 1]])
    expect(rows('The plaque will stay, the Knights of Columbus said in a statement.')).toEqual([['Knights of Columbus', 'organization', 1]])
    // one person with "of" in the name stays a person
    expect(rows('Professor Ana Lindqvist of Lund University said the trial had ended.')).toEqual([['Ana Lindqvist', 'person', 1]])
  })

  it('count such a group past a word that describes its people as a body too', () => {
    expect(rows('Concerned Citizens of Elm County said the plant should close.')).toEqual([['Concerned Citizens of Elm County', 'organization', 1]])
    expect(rows('The vote was rigged, Retired Teachers of Ohio said in a statement.')).toEqual([['Retired Teachers of Ohio', 'organization', 1]])
    expect(rows('Governor Ana Ruiz of Oregon said the plant should close.')).toEqual([['Ana Ruiz', 'person', 1]])
  })

  it('type a body written whole with "of" as a body, a state by its formal name as its government, and a title with a place as a person', () => {
    // a body's name read across "of", led by "the" or a single capitalised word, with no title or given name before its head
    expect(rows('The Chamber of Commerce said the tax would hurt small firms.')).toEqual([['Chamber of Commerce', 'organization', 1]])
    expect(rows('The Hollywood Chamber of Commerce has announced that the star will stay. The U.S. Chamber of Commerce argued that the rule was costly.')).toEqual([
      ['Hollywood Chamber of Commerce', 'organization', 1],
      ['U.S. Chamber of Commerce', 'organization', 1],
    ])
    expect(rows('Two parishes will close next year, the Archdiocese of Boston said on Sunday.')).toEqual([['Archdiocese of Boston', 'organization', 1]])
    // a state's formal name is its government
    expect(rows('The Republic of Turkey denies that the killings were a genocide.')).toEqual([['Republic of Turkey', 'government', 1]])
    expect(rows('The talks will resume in June, the Kingdom of Saudi Arabia announced.')).toEqual([['Kingdom of Saudi Arabia', 'government', 1]])
    expect(rows('The Commonwealth of Massachusetts argued that the law was valid.')).toEqual([['Commonwealth of Massachusetts', 'government', 1]])
    // a title of a place is the person who holds it, by the whole title
    expect(rows('The Mayor of London said the buses would run all night.')).toEqual([['Mayor of London', 'person', 1]])
    expect(rows('The charity will close, the Duke of Sussex said in a statement.')).toEqual([['Duke of Sussex', 'person', 1]])
    expect(rows('The Governor of Texas told reporters that the border was closed.')).toEqual([['Governor of Texas', 'person', 1]])
    // a person at a place or body stays the person: a given name before "of", or two capitalised words without "the"
    expect(rows('Del. Stacey Plaskett of the Virgin Islands said the hearing was a waste of time.')).toEqual([['Stacey Plaskett', 'person', 1]])
    expect(rows('Holger Schmieding of Berenberg warned that the attacks may strengthen the Leave camp.')).toEqual([['Holger Schmieding', 'person', 1]])
  })

  it('label a share of a named people or party as a vague group, not a named source', () => {
    const read = (text: string) => check(text).sentences.map((s) => [s.label, ...s.attributions.map((a) => `${a.source.kind}/${a.source.type}`)])
    // a share word before "of", with or without an article or adjective, and a capitalised plural after it
    for (const text of [
      'Half of Vermont Democrats said they want a more liberal president.',
      'The vast majority of Americans say they prefer lower prices.',
      'A third of Canadians told pollsters that they would move abroad.',
      'Nearly all of the rise came last year, two-thirds of Republicans argued.',
      'Most of the Conservatives who spoke believe the deal is dead.',
    ]) {
      expect(read(text), text).toEqual([['reported', 'vague/anonymous']])
    }
    // a name with "of" but no share word before it stays a named body
    expect(read('The Union of Concerned Scientists said the plant was unsafe.')).toEqual([['direct', 'named/organization']])
    expect(read('The Association of American Universities warned that the rule would hurt students.')).toEqual([['direct', 'named/organization']])
  })

  it('read "Member of <body>" before a name as a title: the person after it is the source', () => {
    const read = (text: string) => check(text).sentences.map((s) => [s.label, ...s.attributions.map((a) => `${a.source.resolved ?? a.source.text}/${a.source.kind}/${a.source.type}`)])
    // opening the sentence, inverted after the cue and in a trailing tag; a bare body and one with "the" and an adjective
    expect(read('Member of Parliament Ana Ruiz said the vote was close.')).toEqual([['direct', 'Ana Ruiz/named/person']])
    expect(read('The budget would be cut, said Member of Congress David Price.')).toEqual([['direct', 'David Price/named/person']])
    expect(read('Member of the European Parliament Maria Lopez told reporters the deal was dead.')).toEqual([['direct', 'Maria Lopez/named/person']])
    expect(read('The talks stalled, Member of the Scottish Parliament James Kelly argued on Tuesday.')).toEqual([['direct', 'James Kelly/named/person']])
    // with no name after the body, members stay an unnamed group or one unnamed person
    expect(read('Members of Congress said the vote was close.')).toEqual([['reported', 'Members of Congress/vague/anonymous']])
    expect(read('A member of the board said the vote was close.')).toEqual([['reported', 'member of the board/vague/anonymous']])
  })

  it('name the person after a titled body even when the given name is one we do not list ("Member of Parliament Jo Cox")', () => {
    const read = (text: string) => [check(text).sentences.map((s) => s.attributions.map((a) => `${a.source.resolved ?? a.source.text}/${a.source.kind}/${a.source.type}`)), check(text).summary.sources.map((s) => s.name)]
    // the name starts after the body's last word, whether the phrase opens the sentence, follows an inverted cue or a trailing tag
    expect(read('Member of Parliament Jo Cox said the vote was close.')).toEqual([[['Jo Cox/named/person']], ['Jo Cox']])
    expect(read('The budget would be cut, said Chair of the Board Imke Vos.')).toEqual([[['Imke Vos/named/person']], ['Imke Vos']])
    expect(read('Member of the State Assembly Ngozi Okafor told reporters the deal was dead.')).toEqual([[['Ngozi Okafor/named/person']], ['Ngozi Okafor']])
    expect(read('The talks stalled, President of the Senate Aroha Tane argued on Tuesday.')).toEqual([[['Aroha Tane/named/person']], ['Aroha Tane']])
  })

  it('name the person after a role written as a title even when the given name is one we do not list ("Moderator Bret Baier")', () => {
    // the role goes, whichever role, cue or place in the sentence, and the surname said later joins the same row
    expect(namesAndCounts('Moderator Bret Baier said the debate would start late. Baier added that the rules were new.')).toEqual([['Bret Baier', 2]])
    expect(namesAndCounts('Pollster Zuri Okonkwo told reporters the race was tied. Okonkwo said turnout would decide it.')).toEqual([['Zuri Okonkwo', 2]])
    expect(namesAndCounts('On Monday, Challenger Odo Makarov argued that the count was flawed. Makarov said he would appeal.')).toEqual([['Odo Makarov', 2]])
    expect(namesAndCounts('The rules were new, Referee Ilsa Brandvold wrote in her report.')).toEqual([['Ilsa Brandvold', 1]])
    // and a rival written as a title: the row is the person's, and the surname later joins it
    expect(namesAndCounts('Rival Amara Okafor said the bid was priced below cost. Okafor added that she would appeal.')).toEqual([['Amara Okafor', 2]])
    expect(namesAndCounts('Rival Jae-won Park told reporters the count was flawed.')).toEqual([['Jae-won Park', 1]])
    // so do the roles that are never one person alone (critic, opponent, supporter), written as a title
    expect(namesAndCounts('Opponent Tomas Reyes said the plan would fail. Reyes added that it was costly.')).toEqual([['Tomas Reyes', 2]])
    expect(namesAndCounts('The film was dull, Critic Lena Moss wrote on Sunday.')).toEqual([['Lena Moss', 1]])
    expect(namesAndCounts('Supporter Amy Lin told reporters she would vote. Critics said the turnout was low.')).toEqual([['Amy Lin', 1], ['Critics', 1]])
    // a role word that is a given name, or a name of two words, is the name
    expect(namesAndCounts('Dean Baker said the data were weak.')).toEqual([['Dean Baker', 1]])
    expect(namesAndCounts('Dean Paul Martin said the show would go on.')).toEqual([['Dean Paul Martin', 1]])
    expect(namesAndCounts('Rebel Wilson said the film was done.')).toEqual([['Rebel Wilson', 1]])
  })

  it('type a legislature named without a government word as a government, and name the person a title places in it', () => {
    // a legislature by its own name, whichever cue, order or article
    expect(types('The Sejm said the vote would be held in March.')).toEqual([['Sejm', 'government']])
    expect(types('The law is cruel, the Bundestag said on Friday.')).toEqual([['Bundestag', 'government']])
    expect(types('According to the Verkhovna Rada, the session will resume in May.')).toEqual([['Verkhovna Rada', 'government']])
    expect(types('The House of Commons voted 310 to 290, the clerk said, and the House of Lords warned it would delay the bill.')).toContainEqual(['House of Lords', 'government'])
    // a member of one is a named person, not a vague "member", and the name starts after the body's last word
    const member = check('Member of the Knesset Ayelet Shaked said the plan would fail.')
    expect(member.sentences.map((s) => s.label)).toEqual(['direct'])
    expect(types('Member of the Knesset Ayelet Shaked said the plan would fail.')).toEqual([['Ayelet Shaked', 'person']])
    expect(types('Member of the House of Representatives Tala Moana told reporters the deal was dead.')).toEqual([['Tala Moana', 'person']])
    expect(types('The talks stalled, Speaker of the Riksdag Andreas Norlen argued on Tuesday.')).toEqual([['Andreas Norlen', 'person']])
    // and "she" later refers to that person by the same name
    const later = check('The bill passed after a long debate, said Member of the House of Lords Imke Vos. She said the vote was a relief.')
    expect(later.sentences.flatMap((s) => s.attributions.map((a) => a.source.resolved ?? a.source.text))).toEqual(['Imke Vos', 'Imke Vos'])
    expect(later.summary.sources.map((s) => s.name)).toEqual(['Imke Vos'])
  })

  it('resolve an object pronoun source ("according to him") like its subject form', () => {
    const report = check('Juan Ortiz, the port director, spoke on Monday. According to him, the strike will end. Cargo piled up, according to them.')
    const sources = report.sentences.flatMap((s) => s.attributions).map((a) => [a.source.text, a.source.resolved, a.source.kind])
    expect(sources).toEqual([
      ['him', 'Juan Ortiz', 'named'],
      ['them', 'they', 'vague'],
    ])
    expect(report.summary.sources.map((s) => s.name)).toEqual(['Juan Ortiz', 'they'])
  })

  it('type summaries, timelines, biographies and schedules as documents', () => {
    for (const text of ['He was born in Lagos, according to his biography.', 'The flight left at noon, according to the FBI summary.', 'The timeline of events shows that the call came first.', 'The vote was set for May, according to the schedule published Thursday.']) {
      expect(check(text).summary.sources.map((s) => [s.type, s.kind]), text).toEqual([['document', 'named']])
    }
  })

  it('type a company named by its trade as an organisation, and a titled person of a place as a person', () => {
    const type = (text: string) => check(text).summary.sources.map((s) => [s.name, s.type])
    expect(type('Supplies will stop on Monday, state energy giant Vostok Gas said.')).toEqual([['Vostok Gas', 'organization']])
    expect(type('Sales fell by a tenth, the drugmaker Helvetia Pharma said.')).toEqual([['Helvetia Pharma', 'organization']])
    expect(type('“This is an association,” cautioned lead author Dr. Priya Nair of the University of Colorado.')).toEqual([['Priya Nair', 'person']])
    expect(type('The chair of the panel, Prof. Ines Duarte of Lisbon University, said the data were sound.')[0]?.[1]).toBe('person')
    // a shop's name with a possessive inside is the company's whole name, and its trade before it no part of it
    expect(type("Rival chain Cole's Markets reported flat sales for the month of October.")).toEqual([["Cole's Markets", 'organization']])
    expect(type("Prices will rise again in the spring, the grocer Pell's Food Stores said in a statement.")).toEqual([["Pell's Food Stores", 'organization']])
    expect(type("Dunmore's Restaurants said on Friday that it would close 40 of its dining rooms.")).toEqual([["Dunmore's Restaurants", 'organization']])
  })

  it('type a country speaking by its name as its government, and its people as a vague group', () => {
    const type = (text: string) => check(text).summary.sources.map((s) => [s.name, s.type, s.kind])
    expect(type('France said on Monday that it would close the border.')).toEqual([['France', 'government', 'named']])
    expect(type('The talks will resume in May, the United States says.')).toEqual([['United States', 'government', 'named']])
    expect(type('The U.S. warned that the ceasefire was fragile.')).toEqual([['U.S.', 'government', 'named']])
    expect(type('Many Russians say the war has gone on too long.')[0]?.[2]).toBe('vague')
    expect(type('Mexico’s ambassador said Mexico would respond.')[0]?.[1]).toBe('person')
    // a country's military command speaks for its government, though "Staff" and "Force" read like people
    expect(type('Ukraine’s General Staff said 12 drones were shot down.')).toEqual([['Ukraine’s General Staff', 'government', 'named']])
    // several governments by their capitals or names, with no one country
    expect(check('Pyongyang and Moscow have denied the claims.').summary.sources).toEqual([expect.objectContaining({ name: 'Pyongyang and Moscow', type: 'government', kind: 'named' })])
    expect(check('Pyongyang and Moscow have denied the claims.').summary.sources[0].country).toBeUndefined()
    expect(type('France and Germany said the talks would resume.')).toEqual([['France and Germany', 'government', 'named']])
    expect(type('The Air Force said the jet crashed on landing.')).toEqual([['Air Force', 'government', 'named']])
  })

  it('give a that-clause after "said in its report" to the speaker alone, and an owned claim to its owner', () => {
    const sources = (text: string) => check(text).sentences[0].attributions.map((a) => a.source.text)
    expect(sources('The dockers’ union argued in its latest statement that the lockout was illegal.')).toEqual(['The dockers’ union'])
    expect(sources('Okafor wrote in her annual report that the tram would never pay for itself.')).toEqual(['Okafor'])
    expect(sources('The audit undercut the council’s claim that the tram would pay for itself.')).toEqual(['the council’s'])
  })

  it("type one name with its 's right before its verb as a business, unless a person of that name is known", () => {
    const type = (text: string) => check(text).summary.sources.map((s) => [s.name, s.type])
    expect(type("Macy's reported a loss of $40 million for the quarter.")).toEqual([["Macy's", 'organization']])
    expect(type("Sotheby's estimated that the painting would fetch $12 million. Sotheby's said the buyer was anonymous.")).toEqual([["Sotheby's", 'organization']])
    expect(type("Lowe's confirmed that it would close the warehouse in Akron.")).toEqual([["Lowe's", 'organization']])
    // 's for "has" after a known person or a given name keeps the person
    expect(type("Senator Ruth Okafor spoke on Monday. Okafor's told reporters that she would run.")).toEqual([['Ruth Okafor', 'person']])
    expect(type("Sarah's announced that she is leaving the band.")).toEqual([['Sarah', 'person']])
    // and an owner of a noun of saying stays its owner ("Clinton's claim that…")
    expect(type("Dunmore's claim that the tram would pay for itself was wrong.")[0]?.[1]).toBe('person')
  })

  it("keep the 's that belongs to a listed body's name in the sources table and drop a possessive one", () => {
    expect(rows("Moody's said the outlook for the region was negative. The bonds fell after Moody's downgraded them, Moody's said.")).toEqual([["Moody's", 'organization', 2]])
    expect(rows('Sales rose 4 percent in the quarter, McDonald’s reported on Tuesday.')).toEqual([['McDonald’s', 'organization', 1]])
    expect(rows("According to Standard & Poor's, the city's debt is sound.")).toEqual([["Standard & Poor's", 'organization', 1]])
    // a possessive after a listed name is not part of it
    expect(rows("According to Pfizer's, the trial met its goal.")).toEqual([['Pfizer', 'organization', 1]])
    expect(rows("Walmart's announced that it would raise wages.")).toEqual([['Walmart', 'organization', 1]])
  })

  it('type outlets by their mastheads and by a description set off after the name, and merge a short masthead with the full one', () => {
    const type = (text: string) => check(text).summary.sources.map((s) => [s.name, s.type])
    expect(type('The Clarion, a neighborhood newspaper, reported that the team had bought the land.')).toEqual([['Clarion', 'media']])
    expect(type('Ridge Holdings, a hedge fund, said it had sold its stake.')).toEqual([['Ridge Holdings', 'organization']])
    expect(type('KING-TV reported that the march ended early. The Sacramento Bee said the bill passed.')).toEqual([['KING-TV', 'media'], ['Sacramento Bee', 'media']])
    // one word after "the", no given name: a body's name, not a person's
    expect(type('The Beacon reported that the mill would close.')).toEqual([['Beacon', 'organization']])
    expect(type('Crowds grew, the Chicago Sun-Times reported. Police added patrols, the Sun-Times reported.')).toEqual([['Chicago Sun-Times', 'media']])
    // an outlet's name at the start of a longer name is not the outlet: The Information is not the Information Commissioner's Office
    expect(type('The Information Commissioner’s Office said the fine was fair.')[0]?.[1]).not.toBe('media')
    expect(type('The Information reported that the deal was off.')).toEqual([['Information', 'media']])
    // a person's apposition is not the body it names: "of Berenberg, a private bank,"
    expect(type('Holger Brandt of Berenberg, a private bank, warned that growth would slow.')[0]?.[1]).toBe('person')
    // a short description to the sentence's end or a relative clause types the name too; a longer one with a preposition does not
    expect(type('Power was out across the valley, according to GridWatch, a website that tracks outages.')).toEqual([['GridWatch', 'media']])
    expect(type('“We have 40 crews out,” said Elena Park, a spokeswoman.')).toEqual([['Elena Park', 'person']])
    expect(type('“It was chaos,” said Ben Ruiz, a retired Postal Service letter carrier who lives nearby.')).toEqual([['Ben Ruiz', 'person']])
    expect(type('“They knew,” said Amy Cho, a senior official during the Obama administration.')).toEqual([['Amy Cho', 'person']])
    // a few media words lead an outlet's name; others lead people's and firms' names
    expect(type('Radio Kalinga said the bridge was closed.')).toEqual([['Radio Kalinga', 'media']])
    expect(type('Channel 4 reported that the mine had flooded.')).toEqual([['Channel 4', 'media']])
    expect(type('Television Suisse said the pass was shut.')).toEqual([['Television Suisse', 'media']])
    expect(type('Star Okafor said the team was ready.')[0]?.[1]).toBe('person')
    // a deposition is a document, like an affidavit
    expect(type('Depositions released in March show that the firm knew of the leak.')[0]?.[1]).toBe('document')
  })

  it('read a company by its trade word and its first word alone as that company, not a known person\'s name', () => {
    expect(rows('Vantor Semiconductor said revenue rose. Vantor reported a profit of $412 million.')).toEqual([['Vantor Semiconductor', 'organization', 2]])
    expect(rows('Halcyon Therapeutics said the trial failed.')).toEqual([['Halcyon Therapeutics', 'organization', 1]])
    expect(rows('Portland General Electric said 400 lines were down. Thames Water said a main had burst. Northern Gas said prices would rise.')).toEqual([['Portland General Electric', 'organization', 1], ['Thames Water', 'organization', 1], ['Northern Gas', 'organization', 1]])
    expect(rows('Hillary Clinton spoke first. The Clinton campaign said it raised $40 million. Clinton said the money would go to ads.').map((r) => r[0]).sort()).toEqual(['Clinton campaign', 'Hillary Clinton'])
  })

  it('type well-known bodies whose names carry no trade word, and read such a name whole', () => {
    expect(types('Pfizer said the trial had ended. Greenpeace said the ship was seized. Gallup found that 40% approve.')).toEqual([['Pfizer', 'organization'], ['Greenpeace', 'organization'], ['Gallup', 'organization']])
    expect(types('Save the Children said 40 schools had closed. Friends of the Earth warned that the river was polluted.')).toEqual([['Save the Children', 'organization'], ['Friends of the Earth', 'organization']])
    expect(types('The WHO said the outbreak was over. The Red Cross said its convoy was hit.')).toEqual([['WHO', 'government'], ['Red Cross', 'organization']])
    // its short name after its full one is the same body, even when the full one was first guessed a person
    expect(types('Exxon Mobil said the articles were wrong. Exxon said it would appeal.')).toEqual([['Exxon Mobil', 'organization']])
    expect(check('Pew Research found that 40% approve. Pew said the margin was 3 points.').summary.sources.map((r) => [r.name, r.sentences])).toEqual([['Pew Research', 2]])
    // a person at a listed body is still that person
    expect(types('Ana Ruiz of Save the Children said the camp was full.')).toEqual([['Ana Ruiz', 'person']])
    // a pronoun never stands for a body its own clause names
    const they = check('Verizon said the strike was illegal. The union called it a lockout. They also said that Verizon was moving jobs overseas.')
    expect(they.sentences[2].attributions[0].source.resolved).not.toBe('Verizon')
  })

  it('type a school system, a library, an airport, a zoo or an opera by its name as an organisation, and a town by its style as its government', () => {
    expect(types('Boston Public Schools said masks would be optional. The Denver Public Libraries said the branches would reopen.')).toEqual([['Boston Public Schools', 'organization'], ['Denver Public Libraries', 'organization']])
    expect(types('Heathrow Airport said flights were delayed, and the Bronx Zoo reported that the tiger had recovered.')).toEqual([['Heathrow Airport', 'organization'], ['Bronx Zoo', 'organization']])
    expect(types('The Metropolitan Opera says the season is over. The Naval Academy announced that the ceremony would go ahead.')).toEqual([['Metropolitan Opera', 'organization'], ['Naval Academy', 'organization']])
    expect(types('The Town of Milford says the bridge will close. The village of Oak Park said the vote was delayed.')).toEqual([['Town of Milford', 'government'], ['village of Oak Park', 'government']])
    expect(types('According to the Borough of Brooklyn, parking rules changed.')).toEqual([['Borough of Brooklyn', 'government']])
    // its own noun alone refers back to it, and a town's speaks for its government too
    expect(resolvedAs(/airport/)('Heathrow Airport said flights were delayed. The airport added that queues were long.')).toEqual(['Heathrow Airport'])
    expect(resolvedAs(/^The town$/)('The Town of Milford said the bridge would close. The town added that detours would be posted.')).toEqual(['Town of Milford'])
    expect(types('The township said the road would reopen on Friday.')).toEqual([['township', 'government']])
    // a description with a body's word before a person's name leaves the person: "Academy Award winner", "Opera singer"
    expect(types('Academy Award winner Meryl Streep said the speech was sincere. Opera singer Renée Fleming said the hall was cold.')).toEqual([['Meryl Streep', 'person'], ['Renée Fleming', 'person']])
    expect(types('Library director Ana Ruiz said the branch would close.')).toEqual([['Ana Ruiz', 'person']])
  })

  it('read people or firms listed by name after the word for them as one source of their kind', () => {
    expect(types('The three owners, Ruiz, Diaz, and Lee, said the shop would close. Two firms, Baker, Lyle and Moss, warned that prices would rise.')).toEqual([
      ['Ruiz, Diaz, and Lee', 'person'],
      ['Baker, Lyle and Moss', 'organization'],
    ])
    // places listed after the speakers leave the speakers, unnamed
    expect(check('Officials in three states, Ohio, Texas and Maine, said the outbreak was contained.').sentences[0].label).toBe('reported')
  })

  it('read people or firms listed by name after an inverted verb as one source, and places listed there as no speaker', () => {
    expect(types('“We will rebuild,” said the three owners, Ruiz, Diaz, and Lee. “Demand is falling,” warned two carmakers, Volkwerk, Autolux and Motorena.')).toEqual([
      ['Ruiz, Diaz, and Lee', 'person'],
      ['Volkwerk, Autolux and Motorena', 'organization'],
    ])
    expect(types('“The outbreak is contained,” said officials in three states, Ohio, Texas and Maine.')).toEqual([['officials in three states', 'anonymous']])
  })

  it('name people named together by their names, each past its own title, and take none of them for "he" or "she"', () => {
    expect(sourceNames('Gov. Maria Ortiz and Mayor Dan Kowalski said the bridge would reopen in May.')).toEqual(['Maria Ortiz and Dan Kowalski'])
    expect(sourceNames('Ms. Okafor and Mr. Brandt say the budget is short.')).toEqual(['Okafor and Brandt'])
    expect(sourceNames('The three officials, Sen. Ann Lee, Rep. Bo Diaz and Gov. Cy Ward, said they had no comment.')).toEqual(['Ann Lee, Bo Diaz and Cy Ward'])
    expect(sourceNames('Presidential candidates Ben Carson and Ted Cruz said the plan was flawed.')).toEqual(['Ben Carson and Ted Cruz'])
    // titles joined before one name are one person's
    expect(sourceNames('Former Pennsylvania Gov. and DNC Chairman Ed Rendell said the party was united.')).toEqual(['Ed Rendell'])
    expect(resolvedAs(/^he$/)('Carlos Beruff opened the debate. Then Wilcox and Beruff said schools were failing. “We need a new plan,” he said.')).toEqual(['Carlos Beruff'])
    expect(resolvedAs(/^she$/)('Dana Whitfield spoke first. Okoye and Whitfield then said the program had failed. “We need a new plan,” she said.')).toEqual(['Dana Whitfield'])
  })

  it('name every person of a list that opens the sentence or follows an inverted verb, and let "they" right after stand for all of them', () => {
    expect(sourceNames('Dr. Lena Hart, Prof. Omar Said and Rev. Jo Banks wrote that the clinic should stay open.')).toEqual(['Lena Hart, Omar Said and Jo Banks'])
    expect(sourceNames('“We will not back down,” said Sen. Ann Lee, Rep. Bo Diaz and Gov. Cy Ward.')).toEqual(['Ann Lee, Bo Diaz and Cy Ward'])
    expect(sourceNames('In a joint letter, Osei, Lindqvist, and Nakamura argued that the audit was rushed.')).toEqual(['Osei, Lindqvist, and Nakamura'])
    // past a word that opens sentences, which is no name of the list
    expect(sourceNames('Later, Pereira, Novak and Haddad said the count was fair.')).toEqual(['Pereira, Novak and Haddad'])
    // a list with something other than a name in it is no list of speakers, and reading it back stops there
    expect(sourceNames('“No,” said the three owners, 42, Diaz and Lee.')).toEqual(['three owners'])
    expect(check('The owners (all three), Ruiz, Diaz and Lee, said no.').sentences.map((s) => s.label)).toEqual(['direct'])
    expect(resolvedAs(/^they$/)('On Monday, Okafor, Brandt and Haddad said the vote was fair. “We counted every ballot twice,” they said.')).toEqual(['Okafor, Brandt and Haddad'])
    expect(resolvedAs(/^they$/)('Mr. Grassley and Mr. Leahy say other changes are needed. The program has grown beyond its intent, they say.')).toEqual(['Grassley and Leahy'])
    // further back, people named together are no longer what "they" stands for, and people the sentence before is about are
    expect(resolvedAs(/^they$/)('Okafor and Brandt said the vote was fair. Turnout was high. The polls closed at eight. The count was slow, they said.')).toEqual([undefined])
    expect(resolvedAs(/^they$/)('Okafor and Brandt said the vote was fair. Turnout was high. Several poll workers stayed late. The count was slow, they said.')).toEqual(['Several poll workers'])
  })

  it('read a word that is also a title as the surname after "Mr.", "Ms." or "Dr.", not as a role that stands for someone earlier', () => {
    expect(resolvedOrWritten('President Lena Ortiz opened the summit. “We are ready,” Mr. King said.')).toEqual(['King'])
    expect(resolvedOrWritten('Ann Bishop chairs the board. The vote was close, Ms. Bishop said.')).toEqual(['Ann Bishop'])
    expect(resolvedOrWritten('Larry King hosted the debate. “It went well,” Mr. King said.')).toEqual(['Larry King'])
    expect(resolvedOrWritten('Gov. Jim Justice spoke first. Mr. Justice said the mines would reopen. Dr. Judge wrote that the data were sound.')).toEqual(['Jim Justice', 'Judge'])
    // in a pair, each is a person of their own
    expect(sourceNames('Mr. King and Mr. Schultz say the network never told them what to say.')).toEqual(['King and Schultz'])
    expect(sourceNames('Both Ms. Prince and Mr. Lee told reporters the plan would fail.')).toEqual(['Prince and Lee'])
    // an office addressed is no surname, nor a title before the name still to come
    expect(resolvedOrWritten('Sen. Ann Lee rose to speak. “Mr. President, this bill will fail,” she said.')).toEqual(['Ann Lee'])
    expect(resolvedOrWritten('Mr. Justice Kennedy wrote that the law was void.')).toEqual(['Kennedy'])
    expect(resolvedOrWritten('The king signed the decree. Queen Sofia opened the session. The king said the reforms would go on.')).toEqual(['king'])
  })

  it('type a one-word body named before in its description as that body when it speaks alone, in every sentence', () => {
    const types = (text: string) => check(text).sentences.flatMap((s) => s.attributions).map((a) => [a.source.text, a.source.type])
    expect(types('The ship was stopped at dawn, according to the maritime security firm Ambrey. Ambrey said it had no record of a collision.')).toEqual([
      ['the maritime security firm Ambrey', 'organization'],
      ['Ambrey', 'organization'],
    ])
    expect(types('Prices rose, said the consultancy Verisk. Verisk said demand would hold.').map((r) => r[1])).toEqual(['organization', 'organization'])
    // a name right after its trade is a company even when it only came up ("the analytics company Kpler"), but not a person's name
    expect(types('The data come from the analytics company Kpler. Kpler said exports had doubled.')).toEqual([['Kpler', 'organization']])
    expect(types('Shares of the drugmaker Halvern fell. The company said the trial would resume.').map((r) => r[1])).toEqual(['organization'])
    expect(resolvedAs(/company/)('Shares of the drugmaker Halvern fell. The company said the trial would resume.')).toEqual(['Halvern'])
    expect(types('He sold the company Tom Hanks founded. Hanks said he was sad.')).toEqual([['Hanks', 'person']])
    // a fleet is a government's force, a television channel an outlet, whether it speaks or is the subject an "it" stands for
    expect(types("The U.S. Navy's Fifth Fleet said the seizure broke international law.")).toEqual([["The U.S. Navy's Fifth Fleet", 'government']])
    expect(types('State television aired footage it said showed troops crossing the river.')).toEqual([['it', 'state-media']])
  })

  it('resolve "they" to its own sentence\'s subject, a group or a body, before speakers of earlier sentences', () => {
    const theys = resolvedAs(/^they$/i)
    expect(theys('A commuter said the trains were late. The transit authority published figures they said showed delays had fallen.')).toEqual(['transit authority'])
    expect(theys('Two residents said the river had risen. The Water Ministry issued a statement in which they said the dam was safe.')).toEqual(['Water Ministry'])
    expect(theys('A neighbour said she heard shots. Shareholders of Dalton Mining rejected the offer, which they said undervalued the firm.')).toEqual(['Shareholders of Dalton Mining'])
    // not a subject "they" is set off inside, nor a person
    expect(theys('Two residents said the river had risen. The ministry, they said, had ignored the warnings.')).toEqual(['Two residents'])
    expect(theys('Two residents said the river had risen. Mayor Ruth Adler met engineers, who they said had warned of a breach.')).toEqual(['Two residents'])
  })

  it('resolve "they" to people the sentence before is about, when no one spoke since, but not to a body there or people further back', () => {
    const theys = resolvedAs(/^they$/i)
    expect(theys('The mayor said the budget was balanced. Several council members have questioned the figures. The gap, they argued, is closer to $40 million.')).toEqual(['Several council members'])
    expect(theys('Lee said turnout was high. Dozens of poll workers stayed past midnight. They told reporters the count was slowed by a scanner fault.')).toEqual(['Dozens of poll workers'])
    expect(theys('A spokesman said talks would resume. Striking nurses marched outside the hospital on Friday. They said staffing had not improved.')).toEqual(['Striking nurses'])
    expect(theys('Two residents said the river had risen. Engineers at the dam worked through the night. Mayor Ruth Adler met them, and they said the dam would hold.')).toEqual(['Engineers'])
    // a body the sentence before is about is rarely "they"; people two sentences back are not either
    expect(theys('A spokesman said talks would resume. The White House has faced little pressure. That frustrates many analysts because they believe nothing will change.')).toEqual([undefined])
    expect(theys('Okafor said the vote was fair. Several council members left the meeting early. Turnout was high. The count was slow, they said.')).toEqual([undefined])
  })

  it('resolve no "he" or "she" to an unnamed person whose noun says otherwise ("a woman in the crowd", "her husband")', () => {
    const pronouns = resolvedAs(/^(he|she)$/i)
    expect(pronouns('“Help us,” cried a woman in the crowd. “Let them go,” he pleaded.')).toEqual([undefined])
    expect(pronouns('A man who lives nearby said the fire spread fast. She said the smoke was thick.')).toEqual([undefined])
    expect(pronouns('The victim’s mother said the police came late. “He was my son,” she said.')).toEqual(['victim’s mother'])
    expect(pronouns('A local father of three said the school had closed. He said nobody had warned parents.')).toEqual(['local father of three'])
    // an unnamed person of unknown sex fits either
    expect(pronouns('A neighbour said the shots came at midnight. She said she hid in the bathroom.')).toEqual(['neighbour'])
  })

  it('resolve no "he" or "she" to a city whose name reads like a person\'s', () => {
    for (const city of ['San Francisco', 'Fort Worth', 'Santa Fe']) {
      const report = check(`Crowds marched through ${city} on Sunday. "I cried the whole way," he said.`)
      expect(report.sentences[1].attributions[0].source.resolved, city).toBeUndefined()
    }
  })

  it('resolve an owned role ("His attorney") to no one titled with that role, and name a filing by where it was filed', () => {
    const report = check('“Public office is a public trust,” U.S. Attorney Ines Moreau said. Daniel Ruiz has pleaded not guilty. His attorney said Ruiz would be vindicated.')
    expect(report.sentences[2].attributions[0].source.resolved).toBeUndefined()
    expect(report.summary.sources.map((s) => s.name)).toEqual(['Ines Moreau', 'His attorney'])
    expect(check('Sen. Ana Ruiz voted no. The senator said the bill was rushed.').sentences[1].attributions[0].source.resolved).toBe('Ana Ruiz')
    expect(labels('He took $40,000, according to a plea agreement filed with the court.')).toEqual(['direct'])
    expect(labels('He took $40,000, according to a plea agreement.')).toEqual(['reported'])
  })

  it('resolve a document of one kind ("the letter") only to a document written with that word', () => {
    const report = check('The inspectors’ report, seen by this newspaper, describes staff shortages. According to the relatives’ letter, five residents died. The report says managers were warned.')
    const resolved = report.sentences.map((s) => s.attributions[0]?.source.resolved ?? s.attributions[0]?.source.text)
    expect(resolved[1]).toBe('relatives’ letter')
    expect(report.summary.sources.map((s) => s.name).sort()).toEqual(['inspectors’ report seen by this newspaper', 'relatives’ letter'])
  })

  it('name a study a later sentence identifies (forward identification)', () => {
    const text = 'A new study ties heavy coffee drinking to fewer heart attacks. The study, published in Circulation, followed 20,000 adults.'
    expect(labels(text)[0]).toBe('direct')
    expect(labels('A new study ties heavy coffee drinking to fewer heart attacks. Coffee prices rose.')[0]).toBe('reported')
  })

  it('give a person a later sentence identifies one row with that name (forward identification)', () => {
    // the role written as a title, or the name set off after it; whichever role, cue or order: one row, every sentence in it
    const challenger = 'A challenger claimed the count was rigged. Challenger Amara Okafor said the ballots were lost. Okafor added that she would sue.'
    expect(labels(challenger)).toEqual(['direct', 'direct', 'direct'])
    expect(namesAndCounts(challenger)).toEqual([['Amara Okafor', 3]])
    expect(namesAndCounts('A rival argued on Monday that the vote was premature. The rival, Jae-won Park, told reporters he had the numbers. Park said he would run.')).toEqual([['Jae-won Park', 3]])
    expect(namesAndCounts('The law is unconstitutional, a federal judge ruled on Friday. U.S. District Judge Lena Ortiz wrote that the state could appeal.')).toEqual([['Lena Ortiz', 2]])
    expect(namesAndCounts('The plant will close, said a union negotiator. Negotiator Tomasz Wierzbicki said talks had failed.')).toEqual([['Tomasz Wierzbicki', 2]])
    // another role, or a name two sentences on, identifies no one: the unnamed source keeps its own row
    expect(types('A witness said the car was red. Judge Maria Lopez ruled that the evidence was admissible.')).toEqual([['witness', 'anonymous'], ['Maria Lopez', 'person']])
    expect(types('A challenger claimed the count was rigged. The board met on Tuesday. Challenger Amara Okafor said the ballots were lost.')).toEqual([['challenger', 'anonymous'], ['Amara Okafor', 'person']])
  })

  it('identify no one whose title another capitalised word qualifies ("A Labour MP" is not "Conservative MP Helen Orme")', () => {
    expect(types('A Labour MP said the bill would pass anyway. Conservative MP Helen Orme said she would vote against it.')).toEqual([['Labour MP', 'anonymous'], ['Helen Orme', 'person']])
    expect(types('A Democratic senator said the deal was dead. Republican Senator Ana Ruiz said talks would go on.')).toEqual([['Democratic senator', 'anonymous'], ['Ana Ruiz', 'person']])
    expect(types('A Texas judge ruled that the map was lawful. Ohio Judge Carl Brandt wrote that it was not.')).toEqual([['Texas judge', 'anonymous'], ['Carl Brandt', 'person']])
    // the same word, or none before the title, still identifies
    expect(namesAndCounts('A Labour MP said the bill would pass. Labour MP Ruth Abara said she would vote for it.')).toEqual([['Ruth Abara', 2]])
    expect(namesAndCounts('A Democratic senator said the deal was dead. Senator Ana Ruiz said talks had collapsed.')).toEqual([['Ana Ruiz', 2]])
  })
})

describe('cues', () => {
  it('read a passive with its auxiliaries and adverbs as one attribution, from its finite auxiliary to "by"', () => {
    const cues = (text: string) => check(text).sentences.map((s) => s.attributions.map((a) => [a.cue.text, a.source.text]))
    expect(cues('She was being told by aides that the vote was lost. The claim was already being denied by the Kremlin. The figure has since been independently confirmed by the ministry.')).toEqual([
      [['was being told by', 'aides']],
      [['was already being denied by', 'the Kremlin']],
      [['been independently confirmed by', 'the ministry']],
    ])
  })
})

describe('the first word after marks that open a sentence', () => {
  it('is capitalised as any first word is: a group after a bullet, a dash or a bracket stays vague', () => {
    const text = [
      '- Voters in Ohio told pollsters the economy came first.',
      '* Doctors at Mercy said the ward would reopen.',
      '(Farmers in Kansas said the drought had cost them a season.)',
      '— Parents of pupils at Ridge Elementary said the bus never came.',
      "• Patients' groups warned that the cuts would hurt.",
      '- Dr. Ana Ruiz said the clinic would close.',
    ].join('\n\n')
    expect(labels(text)).toEqual(['reported', 'reported', 'reported', 'reported', 'reported', 'direct'])
    expect(types(text)).toEqual([
      ['Voters in Ohio', 'anonymous'],
      ['Doctors at Mercy', 'anonymous'],
      ['Farmers in Kansas', 'anonymous'],
      ['Parents of pupils at Ridge Elementary', 'anonymous'],
      ["Patients' groups", 'organization'],
      ['Ana Ruiz', 'person'],
    ])
  })

  it('is no part of a name that a pronoun later resolves to', () => {
    const text = [
      'Senator Bernie Sanders spoke first, and Gov. Ana Marquez followed.',
      '- Even Sanders conceded the point in the debate.',
      'He said the vote would be close.',
      '• Still Marquez refused to sign the pledge.',
      'She said the deal was dead.',
    ].join('\n\n')
    expect(resolvedOrWritten(text)).toEqual(['Bernie Sanders', 'Ana Marquez'])
  })
})

describe('opening phrases and modifiers that look like cues', () => {
  it('end an opening phrase written without its comma where the speaker starts', () => {
    const text = [
      'In a Bloomberg interview Trump declared that the alliance was obsolete.',
      'At a rally in Ohio Kasich said he would stay in the race.',
      'In an interview with CNN Ms. Okafor argued that the count was wrong.',
      'During the debate Rubio warned that the deal would collapse.',
      'Last week Gov. Ana Ruiz told reporters the bridge would reopen.',
    ].join(' ')
    expect(labelAndCues(text)).toEqual([
      ['direct', [['declared that', 'Trump']]],
      ['direct', [['said', 'Kasich']]],
      ['direct', [['argued that', 'Ms. Okafor']]],
      ['direct', [['warned that', 'Rubio']]],
      ['direct', [['told', 'Gov. Ana Ruiz']]],
    ])
  })

  it('keep the whole phrase when a determiner heads the name, and read a noun after an outlet as no verb', () => {
    expect(labelAndCues('After the Republican seemed to confirm the critiques, his aides went quiet.')).toEqual([['direct', [['confirm', 'the Republican']]]])
    expect(labelAndCues('In the wake of the New York Times report, the senator has portrayed himself as a shrewd investor.')).toEqual([['unattributed', []]])
  })

  it('read "found" after a thing set off at the end as describing it, not as a finding', () => {
    const text = [
      'The ban covers microplastics, tiny fragments found in tap water.',
      'Crews removed the drywall, soaked by a black mold found on every floor.',
      'The state is testing for PFAS, chemicals found in 40 wells last year.',
      'The well is contaminated, state inspectors found.',
      'Turnout fell sharply, the study found.',
    ].join(' ')
    expect(check(text).sentences.map((s) => [s.label, s.attributions.map((a) => a.source.text)])).toEqual([
      ['unattributed', []],
      ['unattributed', []],
      ['unattributed', []],
      ['reported', ['state inspectors']],
      ['direct', ['the study']],
    ])
  })

  it('read a participle after "such" as a modifier, not a cue', () => {
    const text = [
      'The nominee was endorsed by papers ranging from such expected backers as The Boston Globe to old rivals.',
      'Such noted critics as Ms. Reyes have joined the board.',
      'Such reported gains rarely last a year.',
      'Such claims, officials said, were false.',
    ].join(' ')
    expect(labelAndCues(text)).toEqual([
      ['unattributed', []],
      ['unattributed', []],
      ['unattributed', []],
      ['reported', [['said', 'officials']]],
    ])
  })

  it('read an infinitive after a request in any form of its verb as the request, not a purpose', () => {
    const text = [
      'The candidate is encouraging his supporters at a rally in Michigan to ask why the count was slow.',
      'The mayor asks residents in Ward 5 to report leaks by phone.',
      'Ms. Lee was begging donors in Texas to tell their friends about the fund.',
      'Kim took to Twitter on Monday to say the vote was rigged.',
    ].join(' ')
    expect(labelAndCues(text)).toEqual([
      ['unattributed', []],
      ['unattributed', []],
      ['unattributed', []],
      ['direct', [['say', 'Kim']]],
    ])
  })
})

describe('relative clauses set off after their speaker', () => {
  it('read "which" and "who" for the phrase before them after an opening adverb, and inside dashes', () => {
    const text = [
      'However, the audit, which found that the fund lost $3 million, was never published.',
      'Still, the coach, who argued that the referee erred, was fined.',
      'Instead, the study -- which notes that 58 companies would owe billions -- urges Congress to act.',
      'The ministry – which said the talks would resume – gave no date.',
      'Voters — who said the economy mattered most — turned out early.',
    ].join(' ')
    expect(labelAndCues(text)).toEqual([
      ['direct', [['found that', 'the audit']]],
      ['direct', [['argued that', 'the coach']]],
      ['direct', [['notes that', 'the study']]],
      ['direct', [['said', 'The ministry']]],
      ['reported', [['said', 'Voters']]],
    ])
  })

  it('read a relative after an aside that a dash closes for the phrase before the aside', () => {
    const text = [
      'He pushed back against candidates — like the Texas senator Ted Cruz — who say the country is in decline.',
      'She won backing from 95 retired admirals -- most of whom had served under her -- who warned that the navy was shrinking.',
    ].join(' ')
    expect(labelAndCues(text)).toEqual([
      ['reported', [['say', 'candidates']]],
      ['reported', [['warned that', '95 retired admirals']]],
    ])
  })
})

describe('names listed before others who join them', () => {
  it('keep every listed name beside the group, past an opening phrase', () => {
    const text = [
      'Ruiz, Diaz and other council members said the vote was rigged.',
      'Ms. Toretti, Mrs. Rao and other prominent donors said the money would come.',
      'On Monday, Ann Lee, Bo Diaz and others told reporters the water tasted of rust.',
      'In Ohio, Okafor and other officials said the count was slow.',
    ].join('\n\n')
    expect(check(text).sentences.map((s) => [s.label, s.attributions.map((a) => [a.source.text, a.source.kind])])).toEqual([
      ['direct', [['Ruiz, Diaz', 'named'], ['other council members', 'vague']]],
      ['direct', [['Ms. Toretti, Mrs. Rao', 'named'], ['other prominent donors', 'vague']]],
      ['direct', [['Ann Lee, Bo Diaz', 'named'], ['others', 'vague']]],
      ['direct', [['Okafor', 'named'], ['other officials', 'vague']]],
    ])
  })

  it('keep places listed after a preposition before "and other …" inside the speaker, not as the speaker', () => {
    const text = [
      'Officials in Texas, New Mexico and other states said the count was slow.',
      'Teachers in Fresno, Modesto and other districts told the board the heat made lessons impossible.',
      'Farmers from Iowa, Nebraska and other farm states warned that the tariffs would cost them.',
    ].join('\n\n')
    expect(check(text).sentences.map((s) => [s.label, s.attributions.map((a) => [a.source.text, a.source.kind])])).toEqual([
      ['reported', [['Officials in Texas, New Mexico and other states', 'vague']]],
      ['reported', [['Teachers in Fresno, Modesto and other districts', 'vague']]],
      ['reported', [['Farmers from Iowa, Nebraska and other farm states', 'vague']]],
    ])
  })
})

describe('tags of quoted questions', () => {
  it('read an inverted speaker after a quotation past a participle that describes them', () => {
    const text = [
      '“We have no place here,” said a man calling himself Paul.',
      '“Go home,” shouted a protester holding a sign.',
      '“Not again,” wrote a reader signing her letter from Dayton.',
      '“It is over,” said Ms. Lee, adding that she would not run.',
      'Senator Ruiz, by contrast, wrote an op-ed urging Congress to act.',
    ].join('\n\n')
    expect(labelAndCues(text)).toEqual([
      ['reported', [['said', 'a man']]],
      ['reported', [['shouted', 'a protester']]],
      ['reported', [['wrote', 'a reader']]],
      ['direct', [['said', 'Ms. Lee'], ['adding that', 'Ms. Lee']]],
      ['unattributed', []],
    ])
  })

  it('keep "demanded", "pressed" and "queried" after a quotation as its tag, in one sentence with it', () => {
    const text = '“Why wait?” Vitter demanded. “Where is the money?” the senator demanded. “Why now?” Kim pressed. “Who paid?” Ms. Ruiz queried. “What proof?” demanded the chairman.'
    const report = check(text)
    expect(report.sentences.map((s) => [s.text, s.label, s.attributions.map((a) => a.source.text)])).toEqual([
      ['“Why wait?” Vitter demanded.', 'direct', ['Vitter']],
      ['“Where is the money?” the senator demanded.', 'direct', ['the senator']],
      ['“Why now?” Kim pressed.', 'direct', ['Kim']],
      ['“Who paid?” Ms. Ruiz queried.', 'direct', ['Ms. Ruiz']],
      ['“What proof?” demanded the chairman.', 'direct', ['the chairman']],
    ])
  })

  it('leave what is demanded or pressed for, without a quotation of speech, the author’s', () => {
    const text = 'The union demanded a recount. The mayor demanded that the chief resign. Reporters pressed the governor for answers. It was Obama who pressed for a “grand bargain” with Republicans. The union demanded an end to the “witch hunt” on Monday. White House press secretary Josh Earnest said the talks would go on.'
    expect(labels(text)).toEqual(['unattributed', 'unattributed', 'unattributed', 'unattributed', 'unattributed', 'direct'])
  })
})

describe('accusations in the passive', () => {
  it('hedge "is accused of" and "was suspected of" with no accuser named, whatever the charge and the tense', () => {
    const text = [
      'Mr. Varga is accused of skimming $2 million from the pension fund.',
      'The senator, who was accused of taking bribes, resigned on Monday.',
      'Two teenagers are suspected of setting the warehouse fire.',
      'Peacekeepers have repeatedly been accused of abuses in the camps.',
      'The brothers were accused in a federal indictment last week of laundering money.',
    ].join(' ')
    expect(labelAndCues(text)).toEqual([
      ['reported', [['is accused of', null]]],
      ['reported', [['was accused of', null]]],
      ['reported', [['are suspected of', null]]],
      ['reported', [['been accused of', null]]],
      ['reported', [['were accused in a federal indictment last week of', null]]],
    ])
  })

  it('name the accusers after the charge, and hand on nothing when the accusation is denied or has no charge', () => {
    const text = [
      'The lender was accused of fraud by the Securities and Exchange Commission.',
      'Ms. Oduya was accused last year of plagiarism by two former students.',
      'Ms. Park has never been accused of any crime.',
      'The coach was not suspected of wrongdoing.',
      'The accused man was led away.',
      'It is not clear what the driver was accused of.',
    ].join(' ')
    expect(labelAndCues(text)).toEqual([
      ['direct', [['was accused of', 'the Securities and Exchange Commission']]],
      ['reported', [['was accused last year of', 'two former students']]],
      ['unattributed', []],
      ['unattributed', []],
      ['unattributed', []],
      ['unattributed', []],
    ])
  })
})

describe('documents put out in a speaker’s name', () => {
  it('hand a participle’s content to whoever issued, released, sent or filed the document', () => {
    const text = [
      'The company issued a statement on Friday saying that no customer data had been lost.',
      'Senator Ana Ruiz released a letter warning that the dam was unsafe.',
      'Three tenants filed a lawsuit alleging that the landlord ignored repairs.',
      'The union put out a brief statement calling the offer an insult.',
      'Hours later, the Security Council issued its statement calling the test a flagrant violation.',
      'The museum published a report this month charging the militia with crimes against humanity.',
    ].join(' ')
    expect(labelAndCues(text)).toEqual([
      ['direct', [['saying that', 'The company']]],
      ['direct', [['released a letter warning', 'Senator Ana Ruiz'], ['warning that', 'Senator Ana Ruiz']]],
      ['reported', [['alleging that', 'Three tenants']]],
      ['direct', [['calling', 'The union']]],
      ['direct', [['calling', 'the Security Council']]],
      ['direct', [['charging', 'The museum']]],
    ])
  })

  it('leave a document with no one who put it out as the source', () => {
    expect(labelAndCues('A statement saying the talks had failed circulated on Monday.')).toEqual([['reported', [['saying', 'A statement']]]])
  })
})

describe('reassured', () => {
  it('is a verb of saying with its addressee, in every order', () => {
    const text = [
      'The governor reassured voters that the ballots were safe.',
      'The central bank reassured markets on Tuesday that rates would stay low.',
      '“Nothing is lost,” Ms. Okafor reassured the crowd.',
      'The coach reassured the nervous rookie before the game.',
    ].join(' ')
    expect(labelAndCues(text)).toEqual([
      ['direct', [['reassured', 'The governor']]],
      ['direct', [['reassured', 'The central bank']]],
      ['direct', [['reassured', 'Ms. Okafor']]],
      ['unattributed', []],
    ])
  })
})

describe('a subordinate clause before the speaker', () => {
  it('is no content a later purpose verb trails', () => {
    const text = [
      'As Obama faced criticism this month, one lawmaker took a moment during a party at the White House to inform the president.',
      'As President Obama faced public criticism over his Oval Office address on terrorism this month, one lawmaker took a private moment during a holiday party at the White House to reassure the commander in chief.',
      'When the storm hit, the mayor went on to tell residents.',
    ].join(' ')
    expect(labels(text)).toEqual(['unattributed', 'unattributed', 'unattributed'])
  })

  it('still leaves a tag set off in the sentence, after a main clause or right after “as”', () => {
    const text = ['If elected, Kim told reporters, she would cut taxes.', 'The storm hit the coast, the mayor told residents.', 'As Mayor Ines Duarte, a former engineer, said, the plan failed.'].join(' ')
    expect(labelAndCues(text)).toEqual([
      ['direct', [['told', 'Kim']]],
      ['direct', [['told', 'the mayor']]],
      ['direct', [['said', 'Mayor Ines Duarte']]],
    ])
  })
})

describe('bodies known only by a noun', () => {
  it('are different bodies when the nouns differ, the same when both are a company’s', () => {
    const text = 'The company said the plant would close. The union said the offer was an insult. The firm said talks would go on. The online retail giant also reported higher sales. The ministry said the talks had failed. The agency said it had no figures.'
    expect(namesAndCounts(text)).toEqual([
      ['company', 3],
      ['union', 1],
      ['ministry', 1],
      ['agency', 1],
    ])
  })
})

describe('addressees and speakers around a participle', () => {
  it('read "her" with no noun after it as the one asked, then the quotation', () => {
    const text = 'Mary Blige asked her, “Where do we go from here?” The judge asked him, “Do you understand the charge?” The senator asked her. The senator asked her to leave.'
    expect(labelAndCues(text)).toEqual([
      ['direct', [['asked', 'Mary Blige']]],
      ['direct', [['asked', 'The judge']]],
      ['unattributed', []],
      ['unattributed', []],
    ])
  })

  it('end the subject at an irregular past before a participle of saying', () => {
    const text = 'Mary Blige sang to Clinton before asking her, “Where do we go from here?” The coach swept past the cameras before telling reporters that the season was over.'
    expect(labelAndCues(text)).toEqual([
      ['direct', [['asking', 'Mary Blige']]],
      ['direct', [['telling', 'The coach']]],
    ])
  })

  it('give a recording’s words to the one it is of', () => {
    const text = [
      'The ad uses footage of Hillary Clinton asking, “Why aren’t I 50 points ahead?”',
      'The spot ends with a clip of Senator John McCain saying he will support the nominee.',
      'The campaign posted a video of him telling supporters that the race was close.',
      'The museum shows old photos of Lincoln standing at Gettysburg.',
    ].join(' ')
    expect(labelAndCues(text)).toEqual([
      ['direct', [['asking', 'Hillary Clinton']]],
      ['direct', [['saying', 'Senator John McCain']]],
      ['direct', [['telling', 'him']]],
      ['unattributed', []],
    ])
  })

  it('read "that" and a past verb after an addressee as a relative clause, not what was said', () => {
    const text = [
      'The bureau asked Florida agencies that handled the shooting to stonewall records requests.',
      'The chief told crews that fought the fire to stay away.',
      'The mayor assured residents that lived near the plant that the water was safe.',
      'The bureau told agencies that the fire was out.',
    ].join(' ')
    expect(labelAndCues(text)).toEqual([
      ['unattributed', []],
      ['unattributed', []],
      ['direct', [['assured', 'The mayor']]],
      ['direct', [['told', 'The bureau']]],
    ])
  })
})

describe('"as" and a verb of saying before "in"', () => {
  it('name the document or outlet the words are in, and stay a hedge when none is named', () => {
    const text = [
      'As noted in the report, the plant is unsafe.',
      'As stated in Davis’ commentary, there are conflicting stories.',
      'The levee, as first reported in The Guardian, is sinking.',
      'As described in the complaint, the landlord ignored repairs.',
      'As reported in recent days, the talks have stalled.',
      'As he said in his speech, the plan is working.',
    ].join(' ')
    expect(labelAndCues(text)).toEqual([
      ['direct', [['As noted in', 'the report']]],
      ['direct', [['As stated in', 'Davis’ commentary']]],
      ['direct', [['as first reported in', 'The Guardian']]],
      ['direct', [['As described in', 'the complaint']]],
      ['reported', [['As reported', null]]],
      ['direct', [['said', 'he']]],
    ])
  })
})

describe('a relative clause with no subject of its own before the verb', () => {
  it('leaves the speaker it is about, not the last phrase inside it', () => {
    const text = [
      'A study that tracked 5,000 patients shows that coffee helps.',
      'Groups that have raised millions said the law was unfair.',
      'A memo that circulated among aides argued that the plan would fail.',
      'A woman who has accused Senator Ana Ruiz of fraud said on Sunday that she had proof.',
    ].join(' ')
    expect(labelAndCues(text)).toEqual([
      ['reported', [['shows that', 'A study']]],
      ['reported', [['said', 'Groups']]],
      ['reported', [['argued that', 'A memo']]],
      ['reported', [['accused', 'A woman'], ['said', 'A woman']]],
    ])
  })

  it('keeps a journal that identifies the study, and the subject an -ing form has right before it', () => {
    const text = 'A 2014 study that appeared in the British Medical Journal found that half the advice was wrong. The rally ended with a speech that included Kim vowing to cut taxes.'
    expect(labelAndCues(text)).toEqual([
      ['direct', [['found that', 'the British Medical Journal']]],
      ['direct', [['vowing to', 'Kim']]],
    ])
  })
})

describe('verbs of manner with a quotation', () => {
  it('tag the words they introduce, and are acts without them', () => {
    const text = [
      '“Go back to your seat,” the chairman barked.',
      '“We did it!” beamed Amara Okafor of Leeds.',
      '“Please let us through,” the drivers begged.',
      'In one ballad, Nina Vance sings, “Don’t wait for me.”',
      '“Promise you will call,” Vance sings to the crowd.',
      'The dog barked all night.',
      'The protesters begged for mercy.',
      'The choir sang “Amazing Grace” at the funeral.',
    ].join(' ')
    expect(labelAndCues(text)).toEqual([
      ['direct', [['barked', 'the chairman']]],
      ['direct', [['beamed', 'Amara Okafor of Leeds']]],
      ['reported', [['begged', 'the drivers']]],
      ['direct', [['sings', 'Nina Vance']]],
      ['direct', [['sings', 'Vance']]],
      ['unattributed', []],
      ['unattributed', []],
      ['unattributed', []],
    ])
  })
})

describe('a clause opened by "when" or "as" after an opening phrase', () => {
  it('is passed over to the subject after its comma', () => {
    const text = [
      'Last month, when I asked Mayor Ruiz whether she would run again, she smiled and said, “Not a chance.”',
      'On Monday, as the storm neared, Governor Diaz told reporters that the levees would hold.',
      'Last week, when the vote was counted, the results surprised everyone.',
    ].join(' ')
    expect(labelAndCues(text)).toEqual([
      ['direct', [['said', 'she']]],
      ['direct', [['told', 'Governor Diaz']]],
      ['unattributed', []],
    ])
  })
})

describe('a quoted sentence after the colon that ends a clause', () => {
  it('is the words of the clause’s subject, whoever speaks', () => {
    const text = [
      'In city after city, Mayor Ana Perez lobbies for a higher minimum wage: “No one who works full time should live in poverty.”',
      'In a radio interview later that day, the governor went even further: “If he runs and loses, his career is over.”',
      'The union had a simple message: “We will not go back without a contract.”',
      'Later, he returned to his familiar lines: “It is called America First!”',
      'One early supporter, Representative Lee Zeldin, tried the argument on CNN: “The judge has a clear conflict here.”',
      'Priorities USA, a pro-Clinton group, emailed reporters a single line: “This is not okay at all.”',
    ].join(' ')
    expect(labelAndCues(text)).toEqual([
      ['direct', [[':', 'Mayor Ana Perez']]],
      ['direct', [[':', 'the governor']]],
      ['direct', [[':', 'The union']]],
      ['direct', [[':', 'he']]],
      ['direct', [[':', 'Representative Lee Zeldin']]],
      ['direct', [[':', 'Priorities USA']]],
    ])
  })

  it('is no one’s when the colon names a term, another subject has the clause, or the subject is asked', () => {
    const text = [
      'The actor can add a new title to his résumé: “song anthropologist.”',
      'Each election cycle, there is a threat many people make: “If he wins, I am moving to Canada!”',
      'She got so upset that I had to change my answer: “Of course I believe in it.”',
      'Respondents are obliged to disclose: “When did this person come to live here?”',
    ].join(' ')
    expect(labels(text)).toEqual(['unattributed', 'unattributed', 'unattributed', 'unattributed'])
  })

  it('is the subject’s of the clause joined last before the colon', () => {
    const text = [
      'The crowd cheered, and then the pastor rose: “We will not be moved by anyone.”',
      'The crowd cheers, and then Wallnau continues: “God has given this man an anointing.”',
      'The room fell silent, but Senator Ruiz pressed on: “We have waited long enough for this.”',
    ].join(' ')
    expect(labelAndCues(text)).toEqual([
      ['direct', [[':', 'the pastor']]],
      ['direct', [[':', 'Wallnau']]],
      ['direct', [[':', 'Senator Ruiz']]],
    ])
  })
})

describe('a present verb after a titled name', () => {
  it('ends the speaker, while plurals after names without a title and possessives stay nouns', () => {
    const text = [
      'Senator Marisol Vega campaigns for cheaper insulin, saying that prices are too high.',
      'Mayor Ana Perez lobbies for a higher wage, saying that poverty is a choice.',
      'Clinton emails show that she knew.',
      'Mrs. Okafor’s aides say the bill is dead.',
    ].join(' ')
    expect(labelAndCues(text)).toEqual([
      ['direct', [['saying that', 'Senator Marisol Vega']]],
      ['direct', [['saying that', 'Mayor Ana Perez']]],
      ['reported', [['show that', 'Clinton emails']]],
      ['reported', [['say', 'Mrs. Okafor’s aides']]],
    ])
  })
})

describe('a name joined to a person by "and"', () => {
  it('keeps both speakers when the name opens the subject, and not a place at the end of a clause before it', () => {
    const text = [
      'Kim and the head of the agency said the talks had failed.',
      'On Monday, Senator Ana Ruiz and the county’s sheriff said the road would reopen.',
      'Prices rose in Ohio and the mayor said the plant would close.',
    ].join(' ')
    expect(labelAndCues(text)).toEqual([
      ['direct', [['said', 'Kim and the head of the agency']]],
      ['direct', [['said', 'Senator Ana Ruiz and the county’s sheriff']]],
      ['direct', [['said', 'the mayor']]],
    ])
  })
})

describe('a bare clause whose subject ends in a verbal noun or stops at a cue verb', () => {
  it('is what a thinking verb hands over ("believes the spending shows the campaign is worried")', () => {
    const text = [
      'Kim believes the spending shows the campaign is worried.',
      'Ortiz thinks the bombing suggests a shift in tactics.',
      'Many voters feel the polling proves the race is close.',
      'Dr. Lee believes the plan shows the mayor is serious.',
    ].join(' ')
    expect(check(text).sentences.map((s) => [s.label, s.attributions.map((a) => a.cue.text)[0]])).toEqual([
      ['direct', 'believes'],
      ['direct', 'thinks'],
      ['reported', 'feel'],
      ['direct', 'believes'],
    ])
  })
})

describe('"the statement"', () => {
  it('refers back only to a statement, never to the news report or the records before it', () => {
    const text = [
      'A news report published Wednesday said the secretary used a personal account. Cook provided a written statement to the newspaper.',
      '“He stopped such use of his personal email,” the statement said.',
      'The campaign paid $35,000 to the club, according to FEC records. “The rent reflects the market,” the statement said.',
    ].join(' ')
    expect(check(text).sentences.map((s) => [s.label, s.attributions.map((a) => a.source.resolved ?? a.source.text)])).toEqual([
      ['reported', ['news report']],
      ['unattributed', []],
      ['direct', ['statement']],
      ['direct', ['FEC records']],
      ['direct', ['statement']],
    ])
  })
})

describe('a name set off by commas before the verb', () => {
  it('is the subject, so the verb after the second comma is no inverted tag', () => {
    const text = [
      'Polk County GOP Chairman Will Rogers, for example, said Trump’s visit to Des Moines would earn the party attention.',
      'Montana Sen. Jon Tester, chairman of the campaign committee, said having Trump at the top of the ticket hurts Republicans.',
      'Mike Murphy, who ran a super PAC, said the Trump train may have left the station.',
      'Prices rose again in March, said Ana Ortiz.',
      'In Ohio, turnout fell, said Lee Park, a pollster.',
    ].join(' ')
    expect(labelAndCues(text)).toEqual([
      ['direct', [['said', 'Polk County GOP Chairman Will Rogers']]],
      ['direct', [['said', 'Montana Sen. Jon Tester']]],
      ['direct', [['said', 'Mike Murphy']]],
      ['direct', [['said', 'Ana Ortiz']]],
      ['direct', [['said', 'Lee Park']]],
    ])
  })
})

describe('"recalled" someone doing something', () => {
  it('tells what the subject remembers, while recalling an envoy is an act', () => {
    const text = [
      'Benjamin J. Rhodes, one of the president’s closest aides, recalled Mr. Obama talking about the book.',
      'Rep. Lois Frankel recalled Grayson giving her the same line.',
      'Two neighbors recall the senator knocking on their doors.',
      'The mayor recalls her aides saying the budget was balanced.',
      'The ministry recalled its ambassador on Friday.',
      'Lee recalled the growing crowd.',
    ].join(' ')
    expect(labelAndCues(text)).toEqual([
      ['direct', [['recalled', 'Benjamin J. Rhodes']]],
      ['direct', [['recalled', 'Rep. Lois Frankel']]],
      ['reported', [['recall', 'Two neighbors']]],
      ['direct', [['recalls', 'The mayor'], ['saying', 'her aides']]],
      ['unattributed', []],
      ['unattributed', []],
    ])
  })
})

describe('a poll or study described by an irregular participle or "out"', () => {
  it('is the speaker, a bare time phrase after the participle left out', () => {
    const text = [
      'A poll taken last week shows Clinton ahead in Ohio.',
      'The Real Clear Politics average of polls taken over the past two weeks shows Clinton leading Trump 47.3 percent to 44.4 percent.',
      'A Monmouth survey out Monday showed Sanders gaining.',
      'A study done at Yale found that sleep matters.',
    ].join(' ')
    expect(labelAndCues(text)).toEqual([
      ['reported', [['shows', 'A poll']]],
      ['direct', [['shows', 'The Real Clear Politics average of polls taken over the past two weeks']]],
      ['direct', [['showed', 'A Monmouth survey']]],
      ['direct', [['found that', 'A study done at Yale']]],
    ])
  })
})

describe('a poll known by its own capitalised name', () => {
  it('is a document, not a person, while an agency named a survey and a person named Poll keep their types', () => {
    const text = [
      'A Gallup Poll shows Trump ahead.',
      'Most voters oppose the plan, according to the Quinnipiac University Poll.',
      'The U.S. Geological Survey said it detected an earthquake.',
      'Laura Poll said the deal was dead.',
    ].join(' ')
    expect(types(text)).toEqual([
      ['Gallup Poll', 'document'],
      ['Quinnipiac University Poll', 'document'],
      ['U.S. Geological Survey', 'government'],
      ['Laura Poll', 'person'],
    ])
    expect(labels(text)).toEqual(['direct', 'direct', 'direct', 'direct'])
  })
})

describe('an order in the speaker\'s own quoted words', () => {
  it('attributes the quotation, while an order in the writer\'s words stays an event', () => {
    const text = [
      'Trump tells his supporters at a Michigan rally to “go to your place and vote.”',
      'President Peña Nieto urged people not to "choose the road toward isolationism."',
      'The American Legion has asked the Sanders campaign to “cease and desist” from using its emblem.',
      'Officials warned residents to “stay indoors until further notice.”',
      'Union leaders asked members not to “cross a single picket line.”',
      'Kim told reporters to leave.',
      'The mayor urged drivers not to travel.',
    ].join(' ')
    expect(labelAndCues(text)).toEqual([
      ['direct', [['tells', 'Trump']]],
      ['direct', [['urged', 'President Peña Nieto']]],
      ['direct', [['asked', 'The American Legion']]],
      ['reported', [['warned', 'Officials']]],
      ['reported', [['asked', 'Union leaders']]],
      ['unattributed', []],
      ['unattributed', []],
    ])
  })
})

describe('"not only" before a verb of saying', () => {
  it('adds to what the speaker did and negates nothing, while "did not say" still does', () => {
    const text = [
      'The research not only documented faster increases in temperatures, but also drew direct links to emissions.',
      'Governor Ruiz not only said that the deal was dead but also blamed the council.',
      'Two aides have not only denied the report but also sued the paper.',
      'Kim did not say that the deal was dead.',
    ].join(' ')
    expect(labelAndCues(text)).toEqual([
      ['direct', [['documented', 'The research']]],
      ['direct', [['said that', 'Governor Ruiz']]],
      ['reported', [['denied', 'Two aides']]],
      ['unattributed', []],
    ])
  })
})

describe('a Title Case headline with a small "if"', () => {
  it('names no one, so the story\'s speaker keeps the name it is written with', () => {
    const text = 'Ruiz Sees Victory if Young Voters Turn Out\n\nMayor Ruiz told supporters on Sunday that turnout would decide the race. “We need every vote,” Ms. Ruiz said.\n'
    expect(namesAndCounts(text)).toEqual([['Ruiz', 2]])
    const other = 'Park Warns of Layoffs if Plant Closes\n\nGovernor Park said on Friday that 400 jobs were at risk.\n'
    expect(namesAndCounts(other)).toEqual([['Park', 1]])
  })
})

describe('a long -ed word opening a headline', () => {
  it('describes the name after it and is no part of it', () => {
    expect(namesAndCounts('Understated Perez raises political profile\n\nLabor Secretary Thomas Perez spoke in Ohio on Monday. “Donald Trump is a fraud,” Perez said.\n')).toEqual([['Thomas Perez', 1]])
    expect(namesAndCounts('Beleaguered Okafor keeps her seat.\n\n“We won,” Okafor said. Senator Grace Okafor thanked voters.\n')).toEqual([['Grace Okafor', 1]])
    // (a given name in -ed opens a name: "Mohammed Ali")
    expect(namesAndCounts('Mohammed Ali returns to Louisville\n\n“I am home,” Ali said.\n')).toEqual([['Mohammed Ali', 1]])
  })
})

describe('a place that ends an opening phrase written without its comma', () => {
  it('is no part of the speaker\'s name, a state or a city of two words alike', () => {
    const text = 'At a rally in Ohio Kasich said the race was close. At a town hall in Des Moines Clinton said the polls were wrong. Rep. Virginia Foxx said the bill was dead.'
    expect(namesAndCounts(text)).toEqual([
      ['Kasich', 1],
      ['Clinton', 1],
      ['Virginia Foxx', 1],
    ])
  })
})

describe('"put it" for how someone worded it', () => {
  it('names the speaker in every order, while "put … at" stays an estimate and "put" alone is no cue', () => {
    const text = [
      'As Tom Ridge, a former secretary of homeland security, put it: “The barbarians are no longer at the gate.”',
      'As The Post’s Ruth Marcus puts it, the offer is one they cannot refuse.',
      'The deal is dead, as one diplomat put it.',
      'Lee put it this way: “Nobody wins a trade war.”',
      'The ministry put the damage at $3 billion.',
    ].join(' ')
    expect(labelAndCues(text)).toEqual([
      ['direct', [['put it', 'Tom Ridge']]],
      ['direct', [['puts it', 'The Post’s Ruth Marcus']]],
      ['reported', [['put it', 'one diplomat']]],
      ['direct', [['put it', 'Lee']]],
      ['direct', [['put the damage', 'The ministry']]],
    ])
    // (after a question the quotation ends its sentence: "put" without "it" tags nothing)
    expect(labelAndCues('“Was I going to do something?” Nega put his house up for sale.')).toEqual([
      ['unattributed', []],
      ['unattributed', []],
    ])
  })
})

describe('"or more" closing an amount in a relative clause on the speaker', () => {
  it('leaves the people the clause is about as the speaker, and "more or less" is an adverb', () => {
    const text = [
      'Donors who gave $2,700 or more said they were unhappy.',
      'Groups that have raised $1 million or more said they would keep spending.',
      'Voters who earn $100,000 or less say taxes are too high.',
      'Governor Lee more or less said the deal was dead.',
    ].join(' ')
    expect(labelAndCues(text)).toEqual([
      ['reported', [['said', 'Donors']]],
      ['reported', [['said', 'Groups']]],
      ['reported', [['say', 'Voters']]],
      ['direct', [['said', 'Governor Lee']]],
    ])
  })
})

describe('a caused speaker with a relative clause set off before the infinitive', () => {
  it('still speaks in the infinitive, and an aside without a relative pronoun names no one', () => {
    const text = [
      'Senator Warren forced Stumpf, who was under questioning from the committee, to admit that no executives were punished.',
      'The question prompted Lee, who had stayed silent for weeks, to concede that the plan had failed.',
      'The ruling, handed down on Friday, to say the least surprised everyone.',
    ].join(' ')
    expect(labelAndCues(text)).toEqual([
      ['direct', [['admit that', 'Stumpf']]],
      ['direct', [['concede that', 'Lee']]],
      ['unattributed', []],
    ])
  })
})

describe('a vote or a victory that "suggests" or "shows"', () => {
  it('is an event no one authored, so the inference is the writer\'s', () => {
    const text = [
      'The narrow vote suggests that the party is split.',
      'His landslide victory shows that voters want change.',
      'The senator’s defeat indicates the base has moved on.',
      'The party’s pollster suggests that the base has moved on.',
    ].join(' ')
    expect(labels(text)).toEqual(['unattributed', 'unattributed', 'unattributed', 'direct'])
  })
})

describe('a plain verb form after "one"', () => {
  it('is a noun, while "one" before an -s or past form is a vague speaker', () => {
    expect(labelAndCues('One Tweet Sums Up the Double Standard Clinton and Trump Face.')).toEqual([['unattributed', []]])
    expect(labelAndCues('One Claim Stood Out in the Debate.')).toEqual([['unattributed', []]])
    expect(labelAndCues('One warning went unheeded.')).toEqual([['unattributed', []]])
    expect(labelAndCues('One Senator Says the Deal Is Dead.')).toEqual([['reported', [['Says', 'One Senator']]]])
    expect(labelAndCues('One said the deal was dead.')).toEqual([['reported', [['said', 'One']]]])
  })
})

describe('a quantified group right after a common noun', () => {
  it('is the subject of a relative clause, while a group joined by "and" keeps the whole subject', () => {
    const text = [
      'Sotomayor is exactly the kind of liberal jurist many Republicans fear Mrs. Clinton would choose.',
      'It is the sort of deal some analysts say will fail.',
      'It was the kind of raise several economists expect will fuel inflation.',
      'Politicians and even some technologists say the crackdown has been toothless.',
      'Mr. Xi and other leaders have said cutting output must be a priority.',
    ].join(' ')
    expect(labelAndCues(text)).toEqual([
      ['reported', [['fear', 'many Republicans']]],
      ['reported', [['say', 'some analysts']]],
      ['reported', [['expect', 'several economists']]],
      ['reported', [['say', 'Politicians and even some technologists']]],
      ['direct', [['said', 'Mr. Xi'], ['said', 'other leaders']]],
    ])
  })
})

describe('a document sent to someone in a speaker\'s name', () => {
  it('speaks for its issuer past the addressee, and "the company" is not the campaign before it', () => {
    const text = [
      'His campaign sent out a text message to supporters saying that the race was over.',
      'Trump sent a two-page memo to The Washington Post in April explaining his plan.',
      'The company issued a statement to its shareholders saying that the plant would close.',
    ].join(' ')
    expect(labelAndCues(text)).toEqual([
      ['direct', [['saying that', 'His campaign']]],
      ['direct', [['explaining', 'Trump']]],
      ['direct', [['saying that', 'The company']]],
    ])
    expect(namesAndCounts(text)).toEqual([
      ['His campaign', 1],
      ['Trump', 1],
      ['company', 1],
    ])
  })
})

describe('"to state" right before what is stated', () => {
  it('is the verb of a caused speaker, while "state" elsewhere stays a noun', () => {
    const text = [
      'That record prompted the Atlas, which tracks bellwether counties, to state, “Vigo County is the most reliable bellwether.”',
      'The defeat led the governor to state that she would not run again.',
      'He moved to the state that he loved.',
      'Officials in the state said the roads were closed.',
    ].join(' ')
    expect(labelAndCues(text)).toEqual([
      ['direct', [['state', 'the Atlas']]],
      ['direct', [['state that', 'the governor']]],
      ['unattributed', []],
      ['reported', [['said', 'Officials in the state']]],
    ])
  })
})

describe('a research verb that is also a noun, after its document and an aside', () => {
  it('is the verb, while the same form after a place stays a noun', () => {
    const text = [
      'The figures, released by the Labor Department on Friday, show unemployment at 4.1 percent.',
      'A new survey, conducted for the council in May, shows broad support for the plan.',
      'In Ohio, shows like this draw big crowds.',
    ].join(' ')
    expect(labelAndCues(text)).toEqual([
      ['direct', [['show', 'The figures']]],
      ['reported', [['shows', 'A new survey']]],
      ['unattributed', []],
    ])
  })
})

describe('a promise whose verb is also a word for people', () => {
  it('is a commitment all the same ("vowed to press ahead", "pledged to staff the clinics")', () => {
    const text = [
      'Kim has vowed to press ahead with the tests.',
      'The union pledged to press its case in court.',
      'Mayor Ruiz pledged to staff the clinics around the clock.',
      'Clinton talked up her strategy, promising to campaign across the country.',
      'Lee spoke to press on Monday.',
    ].join(' ')
    expect(labelAndCues(text)).toEqual([
      ['direct', [['vowed to', 'Kim']]],
      ['direct', [['pledged to', 'The union']]],
      ['direct', [['pledged to', 'Mayor Ruiz']]],
      ['direct', [['promising to', 'Clinton']]],
      ['unattributed', []],
    ])
  })
})

describe('capitalised words after "of" or "for" inside a body\'s name', () => {
  it('name no person for "she" to stand for, while a title or a given name there still opens one', () => {
    const text = 'According to data from the Centers for Disease Control and Prevention, cases rose 12 percent. She told CNN she had no plans to step down.'
    expect(resolvedAs(/^She$/)(text)).toEqual([undefined])
    const titled = 'White House Chief of Staff Denis McDonough arrived on Monday. McDonough said the plan was sound. Later, Secretary of State John Kerry arrived. Kerry said talks would go on.'
    expect(namesAndCounts(titled)).toEqual([
      ['Denis McDonough', 1],
      ['John Kerry', 1],
    ])
  })
})

describe('"together" between a speaker and the verb', () => {
  it('is an adverb of a joint statement', () => {
    const text = [
      'The impetus came from the union, which together vowed to strike.',
      'The two leaders together announced that the talks had failed.',
      'They worked together on the bill.',
    ].join(' ')
    expect(labelAndCues(text)).toEqual([
      ['direct', [['vowed to', 'the union']]],
      ['reported', [['announced that', 'The two leaders']]],
      ['unattributed', []],
    ])
  })
})

describe('a verb of promise after a quotation', () => {
  it('tags it before or after the speaker, while a promise of something to someone is no tag', () => {
    const text = [
      '“This is not over,” vowed Ms. Reyes, who plans to appeal.',
      '“We will rebuild,” promised Governor Hale.',
      '“We will win in November,” pledged the mayor.',
      'The plan, he said, promised voters a tax cut.',
    ].join(' ')
    expect(labelAndCues(text)).toEqual([
      ['direct', [['vowed', 'Ms. Reyes']]],
      ['direct', [['promised', 'Governor Hale']]],
      ['direct', [['pledged', 'the mayor']]],
      ['direct', [['said', 'he']]],
    ])
  })
})

describe('"disputed by" in the passive', () => {
  it('names who disputes, as "denied by" does, while "disputed" with no agent is no cue', () => {
    const text = [
      'Lee’s account was disputed by two witnesses.',
      'The figures were disputed by the Labor Department on Friday.',
      'The race was hotly disputed.',
      'The disputed territory lies to the east.',
    ].join(' ')
    expect(labelAndCues(text)).toEqual([
      ['reported', [['was disputed by', 'two witnesses']]],
      ['direct', [['were disputed by', 'the Labor Department']]],
      ['unattributed', []],
      ['unattributed', []],
    ])
  })
})

describe('a legion, a caucus or a conference by its name', () => {
  it('is an organisation, not a person named by its last words', () => {
    const text = [
      'The American Legion wrote to the senator that it had not given permission.',
      'The Congressional Black Caucus said the bill was unfair.',
      'Judges need a third seat, according to the U.S. Judicial Conference.',
    ].join(' ')
    expect(types(text)).toEqual([
      ['American Legion', 'organization'],
      ['Congressional Black Caucus', 'organization'],
      ['U.S. Judicial Conference', 'organization'],
    ])
  })
})

describe('an estimate that compares a figure instead of putting it "at" one', () => {
  it('is information the source supplies, while putting a thing higher or ranking one above another is not', () => {
    const text = [
      'Rights groups put the figure far higher.',
      'Subsequent estimates put the figure closer to 54,000 pages.',
      'Dr. Okafor put the estimate much lower.',
      'He put the book higher on the shelf.',
      'Oz firmly places business concerns above journalism.',
    ].join(' ')
    expect(labels(text)).toEqual(['reported', 'reported', 'direct', 'unattributed', 'unattributed'])
  })
})

describe('a speaker who disputes a claim stated in a that-clause', () => {
  it('says the claim is untrue, whichever word names it; a relative clause on another noun is no claim', () => {
    const text = [
      'Rivera disputed the notion that the audit had been rushed.',
      'The landlord disputes the idea that tenants were never warned about the mold.',
      'Neighbors dispute the ideas that the road is safe and that the speed limit is enforced.',
      'Okonkwo disputed the bill that the council passed on Monday.',
      'Okonkwo disputed the invoice.',
    ].join(' ')
    expect(labelAndCues(text)).toEqual([
      ['direct', [['disputed', 'Rivera']]],
      ['direct', [['disputes', 'The landlord']]],
      ['reported', [['dispute', 'Neighbors']]],
      ['unattributed', []],
      ['unattributed', []],
    ])
  })
})

describe('a promise in a Title Case headline', () => {
  it('reports what the speaker vowed, pledged or threatened to do, as it does in prose', () => {
    const text = ['Sanders Vows To Eliminate Tax Breaks Used By Developers', 'Governor Pledges To Veto Abortion Bill', 'Mayor Okafor Threatens To Sue State Over School Funding', 'Critics Vow To Fight New Toll Plan', 'Pelosi Promises Vote On Gun Bill', 'Trump Heads To Ohio For Rally'].join('\n\n')
    expect(labelAndCues(text)).toEqual([
      ['direct', [['Vows To', 'Sanders']]],
      ['direct', [['Pledges To', 'Governor']]],
      ['direct', [['Threatens To', 'Mayor Okafor']]],
      ['reported', [['Vow To', 'Critics']]],
      ['unattributed', []],
      ['unattributed', []],
    ])
  })
})

describe('a cleft after words that link it to the sentence before', () => {
  it('still hands the demonstrative\'s claim to the speaker after "what"', () => {
    const text = [
      'At least that’s what the Haddad campaign now hopes.',
      'But that is what Okonkwo told the inquiry in March.',
      'Indeed, this is what the ministry wrote to lawmakers.',
      'And that is what the panel concluded.',
      'Still, that is what happened.',
      'At least that is what we saw.',
    ].join(' ')
    expect(labelAndCues(text)).toEqual([
      ['direct', [['hopes', 'the Haddad campaign']]],
      ['direct', [['told', 'Okonkwo']]],
      ['direct', [['wrote', 'the ministry']]],
      ['direct', [['concluded', 'the panel']]],
      ['unattributed', []],
      ['unattributed', []],
    ])
  })
})

describe('a quotation cut from the tag that follows it', () => {
  it('takes the speaker named right after it, even with a description set off on either side of the name', () => {
    const text = [
      'The rally in Ridgeway ran past midnight. “Is anyone still listening?” Okafor, the town’s mayor, shouted to the crowd.',
      '“We won!” His sister, Ana Ruiz, told reporters outside the hall.',
      '“Can it last?” Daniel Mbeki (D-Ohio), the bill’s sponsor, said during the debate.',
      '“We are ready!” In Ohio, Lee said the race was close.',
    ].join('\n\n')
    expect(speakers(text, 'text')).toEqual([
      ['The rally in Ridgeway ran past midnight.', []],
      ['“Is anyone still listening?”', ['Okafor (inherited)']],
      ['Okafor, the town’s mayor, shouted to the crowd.', ['Okafor']],
      ['“We won!”', ['Ana Ruiz (inherited)']],
      ['His sister, Ana Ruiz, told reporters outside the hall.', ['Ana Ruiz']],
      ['“Can it last?”', ['Daniel Mbeki (inherited)']],
      ['Daniel Mbeki (D-Ohio), the bill’s sponsor, said during the debate.', ['Daniel Mbeki']],
      // (a phrase of place or time before the name opens a sentence of its own: the quotation goes on from the speaker before it)
      ['“We are ready!”', ['Daniel Mbeki (inherited)']],
      ['In Ohio, Lee said the race was close.', ['Lee']],
    ])
  })
  it('hands that speaker to the rest of the same quotation, and a tag with a clause of its own is no bare tag', () => {
    const text = [
      'Local party leaders say the candidate often asks about the county. “He just stopped and said, ‘We’ve got to win Brookfield. How do we win Brookfield?’” Tom Alvarez, the county chairman, said of their meeting.',
      'Analysts at the bank said the Fed had signaled its plans. “They have been laying down sign posts everywhere.” Greene added that the Fed wants to move before the election.',
    ].join('\n\n')
    expect(speakers(text, 'text')).toEqual([
      ['Local party leaders say the candidate often asks about the county.', ['Local party leaders']],
      ['“He just stopped and said, ‘We’ve got to win Brookfield.', ['Tom Alvarez (inherited)']],
      ['How do we win Brookfield?’”', ['Tom Alvarez (inherited)']],
      ['Tom Alvarez, the county chairman, said of their meeting.', ['Tom Alvarez']],
      ['Analysts at the bank said the Fed had signaled its plans.', ['Analysts at the bank']],
      ['“They have been laying down sign posts everywhere.”', ['Analysts at the bank (inherited)']],
      ['Greene added that the Fed wants to move before the election.', ['Greene']],
    ])
  })
})

describe('a bare tag with a manner adverb or "into" after its verb', () => {
  it('tags the quotation before it, and the quotation after it goes on', () => {
    const text = [
      '“Can you hear me?” Eva Lind, a volunteer from Dayton, said pleasantly into the phone. “We are calling voters tonight.”',
      '“Stand back!” The sergeant shouted angrily into a megaphone.',
      '“It is over.” Mr. Haddad said quietly into the microphone.',
      '“Enough.” Lee walked quietly into the room.',
    ].join('\n\n')
    expect(speakers(text, 'label')).toEqual([
      ['direct', ['Eva Lind (inherited)']],
      ['direct', ['Eva Lind']],
      ['direct', ['Eva Lind (inherited)']],
      ['direct', ['The sergeant (inherited)']],
      ['direct', ['The sergeant']],
      ['direct', ['Mr. Haddad (inherited)']],
      ['direct', ['Mr. Haddad']],
      // (a quotation at a paragraph's start goes on from the speaker before it: SPEC §3)
      ['direct', ['Mr. Haddad (inherited)']],
      ['unattributed', []],
    ])
  })
})

describe('a quotation that trails off in an ellipsis before its tag', () => {
  it('is tagged by the bare tag after it, as after a full stop, and "told" may name whom it was told', () => {
    const text = [
      'Maddow asked whether she had a running mate in mind. “Well, yes. I am going to look at a lot of different people…” Clinton said.',
      '“We will see where the talks go…” Okafor told reporters.',
      '“Maybe next week…” Negotiators left the room.',
    ].join('\n\n')
    expect(speakers(text, 'label')).toEqual([
      ['direct', ['Maddow']],
      ['direct', ['Clinton (inherited)']],
      ['direct', ['Clinton (inherited)']],
      ['direct', ['Clinton']],
      ['direct', ['Okafor (inherited)']],
      ['direct', ['Okafor']],
      ['unattributed', []],
      ['unattributed', []],
    ])
  })
})

describe('"assume": a view with its clause, a hedge in the passive, an act with a noun', () => {
  it('hands over what is taken to be true, and no office or role taken up', () => {
    const text = [
      'Many voters assumed Haddad was a Republican.',
      'It was widely assumed that the council would approve the budget.',
      'The mayor is assumed to favour the plan.',
      'Ms. Okafor assumed office in January.',
      'She has assumed a newly created role as treasurer.',
    ].join(' ')
    expect(labelAndCues(text)).toEqual([
      ['reported', [['assumed', 'Many voters']]],
      ['reported', [['was widely assumed that', null]]],
      ['reported', [['is assumed to', null]]],
      ['unattributed', []],
      ['unattributed', []],
    ])
  })
})

describe('a caused thinker whose verb is also a noun', () => {
  it('holds the view the infinitive hands over ("led experts to suspect", "prompted residents to fear"), not a person after "to"', () => {
    const text = [
      'The timing leads many security experts to suspect that any leak would come late.',
      'The delays prompted residents to fear that the bridge would close.',
      'The audit led the board to doubt the figures were accurate.',
      'Police led the suspect to the car.',
      'The evidence led detectives to the suspect.',
    ].join(' ')
    expect(labelAndCues(text)).toEqual([
      ['reported', [['suspect that', 'many security experts']]],
      ['reported', [['fear that', 'residents']]],
      ['direct', [['doubt', 'the board']]],
      ['unattributed', []],
      ['unattributed', []],
    ])
  })
})

describe('a piece of a document', () => {
  it('speaks for the document, as definite as it is', () => {
    const text = [
      'The Herald published portions of the mayor’s tax returns that showed she paid no city tax.',
      'A copy of the memo shows the plan was approved in May.',
      'According to a copy of the contract, the city pays $2 million a year.',
      'A batch of emails shows the plan was approved.',
      'Part of the problem is cost.',
    ].join(' ')
    expect(check(text).sentences.map((s) => [s.label, s.attributions.map((a) => [a.cue.text, a.source.text, a.source.kind, a.source.type])])).toEqual([
      ['direct', [['showed', 'portions of the mayor’s tax returns', 'named', 'document']]],
      ['direct', [['shows', 'A copy of the memo', 'named', 'document']]],
      ['direct', [['According to', 'a copy of the contract', 'named', 'document']]],
      ['reported', [['shows', 'A batch of emails', 'vague', 'document']]],
      ['unattributed', []],
    ])
  })
})

describe('a passive that presents a judgement "as" something on no one\'s word', () => {
  it('is a hedge for mentioned, floated, described, portrayed, unless it names who did', () => {
    const text = [
      'Ms. Adeyemi has been mentioned as a potential finance minister.',
      'The suspect was described as a tall man in his 30s.',
      'The toll plan was floated as a compromise last spring.',
      'He is often portrayed as a loner.',
      'She was described by police as armed.',
      'The book was mentioned in the report.',
    ].join(' ')
    expect(labelAndCues(text)).toEqual([
      ['reported', [['been mentioned as', null]]],
      ['reported', [['was described as', null]]],
      ['reported', [['was floated as', null]]],
      ['reported', [['is often portrayed as', null]]],
      ['direct', [['was described by', 'police']]],
      ['unattributed', []],
    ])
  })
})

describe('a reported clause whose subject carries a long infinitive', () => {
  it('is found by its modal verb however far the infinitive runs', () => {
    const text = [
      'If anything, economists say her plans to raise a host of taxes on the rich and give several targeted tax breaks to the middle class would make the code more complicated.',
      'Union leaders said the decision to close three plants in the region and cut 2,000 jobs at its offices across the state this year will hurt the town.',
      'Mayor Ruiz said the attempt to rezone the waterfront for luxury towers and a new stadium near the old docks could cost the city dearly.',
      'The council voted to close three plants in the region and cut 2,000 jobs across the company within the year.',
    ].join(' ')
    expect(labelAndCues(text)).toEqual([
      ['reported', [['say', 'economists']]],
      ['reported', [['said', 'Union leaders']]],
      ['direct', [['said', 'Mayor Ruiz']]],
      ['unattributed', []],
    ])
  })
})

describe('a cleft with a clause of time or reason after its verb', () => {
  it('hands the demonstrative\'s claim to the speaker after "what"', () => {
    const text = [
      'That was what Dana Whitfield said when she resigned from the network in 2014.',
      'This is what the ministry argued because the deadline had passed.',
      'That is what Okafor said, and the council agreed.',
      'That is what happened when the dam broke.',
    ].join(' ')
    expect(labelAndCues(text)).toEqual([
      ['direct', [['said', 'Dana Whitfield']]],
      ['direct', [['argued', 'the ministry']]],
      ['unattributed', []],
      ['unattributed', []],
    ])
  })
})

describe('people described by an -ing phrase', () => {
  it('are still an unspecified group or one unnamed person, whatever the phrase says', () => {
    const text = [
      'Residents living near the plant said the water smelled of gasoline.',
      'Protesters marching through the streets chanted “What curfew?” until dawn.',
      'Democrats trying to regain control of the Senate say they have a new weapon.',
      'A man working at the depot said the trucks left at night.',
      'The campaign fundraising officials said the total was a record.',
      'Analysts tracking the market said prices would rise.',
      'A woman leaving the courthouse said the verdict was fair.',
    ].join(' ')
    expect(check(text).sentences.map((s) => [s.label, s.attributions.map((a) => [a.source.text, a.source.kind])])).toEqual([
      ['reported', [['Residents living near the plant', 'vague']]],
      ['reported', [['Protesters marching through the streets', 'vague']]],
      ['reported', [['Democrats trying to regain control of the Senate', 'vague']]],
      ['reported', [['A man working at the depot', 'vague']]],
      ['reported', [['The campaign fundraising officials', 'vague']]],
      ['reported', [['Analysts tracking the market', 'vague']]],
      ['reported', [['A woman leaving the courthouse', 'vague']]],
    ])
  })
})

describe('denying the charges', () => {
  it('is the speaker saying they are untrue, however it was said; bringing charges is an act', () => {
    const text = ['Okonkwo denied the charges through her lawyer.', 'The senator has denied the charges.', 'Prosecutors filed charges against Okonkwo.'].join(' ')
    expect(labelAndCues(text)).toEqual([
      ['direct', [['denied', 'Okonkwo']]],
      ['direct', [['denied', 'The senator']]],
      ['unattributed', []],
    ])
  })
})

describe('a participle set off after a noun that presents a judgement "as" something', () => {
  it('is a hedge on no one\'s word, or on the agent\'s when it names one, not the main subject\'s', () => {
    const text = [
      'The email shows the name of the donor, described as one of the richest men in the country.',
      'The death of Justice Ellen Moore, regarded as the court’s swing vote, has left it divided.',
      'Mayor Haddad defended the shake-up, viewed as a sign of trouble.',
      'The toll plan, described by critics as a giveaway, passed on Monday.',
    ].join(' ')
    expect(labelAndCues(text)).toEqual([
      ['direct', [['shows', 'The email'], ['described as', null]]],
      ['reported', [['regarded as', null]]],
      ['reported', [['viewed as', null]]],
      ['reported', [['described by', 'critics']]],
    ])
  })
})

describe('"left no doubt that"', () => {
  it('is the subject making it plain, as "made clear that" is, unless the subject is a thing with no author', () => {
    const text = [
      'Reverend Hollis left no doubt that he would endorse this year.',
      'The audit leaves little doubt that the funds were misused.',
      'The storm left no doubt that the levee was too low.',
      'She left the room before the vote.',
    ].join(' ')
    expect(labelAndCues(text)).toEqual([
      ['direct', [['left no doubt that', 'Reverend Hollis']]],
      ['direct', [['leaves little doubt that', 'The audit']]],
      ['unattributed', []],
      ['unattributed', []],
    ])
  })
})

describe('"state" after a subject pronoun', () => {
  it('is the verb, with a bare clause after it too; after an article or "both" it is the noun', () => {
    const text = [
      'The rebels released a video on Friday. They state their goal is to seize the capital.',
      'The states that voted for the measure are rural.',
      'Officials in both states say the plan will fail.',
    ].join(' ')
    expect(labelAndCues(text)).toEqual([
      ['unattributed', []],
      ['reported', [['state', 'They']]],
      ['unattributed', []],
      ['reported', [['say', 'Officials in both states']]],
    ])
  })
})

describe('a reported clause whose subject is a share of a pronoun', () => {
  it('is found after a thinking verb too ("knew some of this was coming", "believes none of it was true")', () => {
    const text = [
      'Organizers knew some of this was coming.',
      'The mayor believes none of it was true.',
      'Aides fear most of them will quit.',
      'She knew some of them from school.',
    ].join(' ')
    expect(labelAndCues(text)).toEqual([
      ['reported', [['knew', 'Organizers']]],
      ['direct', [['believes', 'The mayor']]],
      ['reported', [['fear', 'Aides']]],
      ['unattributed', []],
    ])
  })
})

describe('nobody who thinks or expects', () => {
  it('is a view of the group with the negation moved into it; nobody who said something attributes nothing', () => {
    const text = [
      'Still, none of the constitutional scholars I interviewed thought compromise was likely.',
      'No one expected the vote to be close.',
      'Nobody believes the plan will pass.',
      'No official said the plant would close.',
      'Neither side would say so.',
    ].join(' ')
    expect(labelAndCues(text)).toEqual([
      ['reported', [['thought', 'none of the constitutional scholars']]],
      ['reported', [['expected', 'No one']]],
      ['reported', [['believes', 'Nobody']]],
      ['unattributed', []],
      ['unattributed', []],
    ])
  })
})

describe('a reported clause whose subject carries a passive -ing phrase', () => {
  it('is found by the verb after the phrase', () => {
    const text = [
      'Some believe the high level of attention being paid to young voters in Ohio shows the campaign is worried.',
      'Analysts think the money being spent on television ads in the final week will not matter.',
      'The crews being sent to the coast arrived on Monday.',
    ].join(' ')
    expect(labelAndCues(text)).toEqual([
      ['reported', [['believe', 'Some']]],
      ['reported', [['think', 'Analysts']]],
      ['unattributed', []],
    ])
  })
})

describe('a present verb right after a name, before a participle of saying', () => {
  it('is the verb of the name, which speaks; nouns of people or documents after a name stay the phrase', () => {
    const text = [
      'Kim travels to Seoul, saying the talks will resume.',
      'Okafor visits the plant, saying it is safe.',
      'Trump supporters in Ohio, angry at the result, said the vote was rigged.',
      'Clinton emails from 2012 show the plan was approved.',
    ].join(' ')
    expect(labelAndCues(text)).toEqual([
      ['direct', [['saying', 'Kim']]],
      ['direct', [['saying', 'Okafor']]],
      ['reported', [['said', 'Trump supporters in Ohio']]],
      ['reported', [['show', 'Clinton emails from 2012']]],
    ])
  })
})

describe('anyone, anybody, everybody', () => {
  it('are nobody in particular: a vague source, not a person named "Anyone"', () => {
    const text = ['Anyone who says the plan will work is mistaken.', 'Everybody says the plan will work.', 'Okafor mocked the complaint, saying anybody who complains about a microphone “is not having a good night.”'].join(' ')
    expect(check(text).sentences.map((s) => [s.label, s.attributions.map((a) => [a.source.text, a.source.kind])])).toEqual([
      ['reported', [['Anyone', 'vague']]],
      ['reported', [['Everybody', 'vague']]],
      ['direct', [['Okafor', 'named'], ['anybody', 'vague']]],
    ])
  })
})

describe('a verb of saying or thinking inside an open question', () => {
  it('asserts nothing said ("it is unclear whether the judges would rule that…"), while what the speaker said about it stays', () => {
    const text = [
      'But it was unclear whether the judges would rule that the mines posed a threat.',
      'It is not clear whether Haddad knew that the audit had begun.',
      'Sullivan says he told staff to check whether anyone disclosed the file.',
    ].join(' ')
    expect(labelAndCues(text)).toEqual([
      ['unattributed', []],
      ['unattributed', []],
      ['direct', [['says', 'Sullivan']]],
    ])
  })
})

describe('a past form between a preposition and a plain noun', () => {
  it('describes the noun, and reports nothing', () => {
    const text = [
      'The move took place despite repeated warnings from his attorney.',
      'Despite reported losses, the firm grew.',
      'A man with reported ties to the group was held.',
      'Mr. Guerrero, a Republican who described himself as a Catholic, said he recoiled.',
    ].join(' ')
    expect(labelAndCues(text)).toEqual([
      ['unattributed', []],
      ['unattributed', []],
      ['unattributed', []],
      ['direct', [['described', 'Mr. Guerrero'], ['said', 'Mr. Guerrero']]],
    ])
  })
})

describe('an aside naming some of a group inside a reported clause', () => {
  it('leaves the clause after it reported: including, such as, notably, among them', () => {
    const text = [
      'The union believes the largest employers, notably Carrow Foods, are holding down pay.',
      'Dr. Felix Amari thinks the smaller clinics, among them Elm Park Health, will close by spring.',
      'Exxon Mobil contended in its letter, written by Kenneth P. Cohen, that some of the foundations, including the Rockefeller Brothers Fund, had a bias.',
      'Governor Lena Marsh says several lenders, such as Harbor Bank, have tightened credit.',
      "The ministry's charities, including the Lantern Trust, had broken the law.",
      'She met the donors, including the Halvorsen Fund, on Friday.',
    ].join(' ')
    expect(labelAndCues(text)).toEqual([
      ['direct', [['believes', 'The union']]],
      ['direct', [['thinks', 'Dr. Felix Amari']]],
      ['direct', [['contended', 'Exxon Mobil']]],
      ['direct', [['says', 'Governor Lena Marsh']]],
      ['unattributed', []],
      ['unattributed', []],
    ])
  })
})

describe('a quotation cut by ? or ! before a described speaker with role words before the name', () => {
  it('takes the speaker named after the description, past the role words', () => {
    expect(speakers('“We won!” Her brother, retired teacher Alma Ruiz, said.', 'label')).toEqual([
      ['direct', ['Alma Ruiz (inherited)']],
      ['direct', ['Alma Ruiz']],
    ])
    expect(speakers('“Where is the money?” The council’s auditor, state Rep. Dana Okoro, asked.', 'label')).toEqual([
      ['direct', ['Rep. Dana Okoro (inherited)']],
      ['direct', ['Rep. Dana Okoro']],
    ])
    expect(speakers('“Enough!” His daughter, former prosecutor Lena Marsh, shouted from the gallery.', 'label')).toEqual([
      ['direct', ['Lena Marsh (inherited)']],
      ['direct', ['Lena Marsh']],
    ])
  })

  it('not after a phrase of place or time', () => {
    expect(speakers('“We won!” In Ohio, state Sen. Ana Ruiz spoke to reporters.', 'label')).toEqual([
      ['unattributed', []],
      ['unattributed', []],
    ])
    expect(speakers('“We won!” Later that night, state Sen. Ana Ruiz said.', 'label')[0]).toEqual(['unattributed', []])
  })
})

describe('an opening adjective of belief with its clause', () => {
  it('is the view of the subject after its comma, with or without "that"', () => {
    const text = [
      'Convinced that the deal would collapse, Senator Ana Ruiz voted against it.',
      'Worried the nation might miss its climate target, the German government proposed a levy.',
      'Skeptical the plan would work, analysts at Lund Capital cut their forecasts.',
      'Worried that prices, already high, would rise further, the central bank acted.',
      'Confident that voters would back him, Okafor has not campaigned.',
    ].join(' ')
    expect(labelAndCues(text)).toEqual([
      ['direct', [['Convinced that', 'Senator Ana Ruiz']]],
      ['direct', [['Worried', 'the German government']]],
      ['reported', [['Skeptical', 'analysts at Lund Capital']]],
      ['direct', [['Worried that', 'the central bank']]],
      ['direct', [['Confident that', 'Okafor']]],
    ])
  })

  it('not when the adjective describes a noun or stands alone', () => {
    const text = [
      'Concerned residents, many of them retirees, packed the hall.',
      'Certain categories of workers, like teachers and doctors, continue to be exempt.',
      'Sure enough, common sense prevailed.',
      'Confident of victory, the mayor skipped the debate.',
      'Worried, the mayor called the governor.',
      'Worried that rates would rise, the deal collapsed.',
    ].join(' ')
    expect(labelAndCues(text)).toEqual([
      ['unattributed', []],
      ['unattributed', []],
      ['unattributed', []],
      ['unattributed', []],
      ['unattributed', []],
      ['unattributed', []],
    ])
  })
})

describe('a nickname in quotation marks inside a name', () => {
  it('is a word of the name, in the source as written and as resolved', () => {
    const text = 'Rep. Robert C. "Bobby" Scott said the bill would pass. State Del. Marcia “Cia” Price said the vote was close. Boris \'BoJo\' Johnson said it was fine. Scott added that it was late.'
    expect(check(text).sentences.map((s) => s.attributions.map((a) => [a.source.text, a.source.resolved ?? null]))).toEqual([
      [['Rep. Robert C. "Bobby" Scott', 'Robert C. "Bobby" Scott']],
      [['State Del. Marcia “Cia” Price', 'Marcia “Cia” Price']],
      [["Boris 'BoJo' Johnson", null]],
      [['Scott', 'Robert C. "Bobby" Scott']],
    ])
  })

  it('lets a quotation cut by ! take the speaker named with it after a description', () => {
    expect(speakers('“This is a big year for Bobby Scott!” His niece, state Del. Marcia “Cia” Price, shouted to the crowd.', 'label')).toEqual([
      ['direct', ['Del. Marcia “Cia” Price (inherited)']],
      ['direct', ['Del. Marcia “Cia” Price']],
    ])
  })

  it('not a quoted word between capitalised words of a Title Case headline', () => {
    expect(check('Maria Hinojosa Explained Why She Felt “Invisible” As A Child').sentences[0].attributions.map((a) => [a.cue.text, a.source.text])).toEqual([
      ['Explained', 'Maria Hinojosa'],
      ['Felt', 'She'],
    ])
    // (the quoted word stays a quotation: its speaker is the justice)
    expect(check('Wisconsin Elects A Justice Who Once Mocked ‘Queers’ Who Get AIDS').sentences[0].attributions.map((a) => [a.cue.text, a.source.text])).toEqual([['Mocked', 'A Justice']])
  })
})

describe('a person named by a relation to someone', () => {
  it('is not that someone: "Scott’s niece" is not Scott', () => {
    const text = "Rep. Bobby Scott spoke on Monday. Scott's niece said the race was close. Hillary Clinton campaigned in Ohio. Clinton's husband said she would win. President Vladimir Putin met Kim. Putin's spokesman said the talks went well."
    expect(check(text).sentences.flatMap((s) => s.attributions).map((a) => [a.source.text, a.source.resolved ?? null])).toEqual([
      ["Scott's niece", null],
      ["Clinton's husband", null],
      ["Putin's spokesman", null],
    ])
  })

  it('while a role noun with no owner still refers back', () => {
    expect(resolvedOrWritten('Sen. Marco Rubio voted no on Monday. The senator said the bill was flawed.')).toEqual(['Marco Rubio'])
  })
})

describe('"ruled out"', () => {
  it('is a decision, with the particle after the verb or after a pronoun object, while "ruled that…" reports', () => {
    const text = [
      'The governor ruled out a tax rise.',
      'Mayor Ines Duarte ruled it out on Monday.',
      'Officials in Lagos have ruled them out.',
      'The judge ruled that the law was void.',
      '“It is void,” the appeals court ruled.',
      'The panel ruled it was void.',
    ].join(' ')
    expect(labelAndCues(text)).toEqual([
      ['unattributed', []],
      ['unattributed', []],
      ['unattributed', []],
      ['direct', [['ruled that', 'The judge']]],
      ['direct', [['ruled', 'the appeals court']]],
      ['direct', [['ruled', 'The panel']]],
    ])
  })
})

describe('the Joint Chiefs of Staff', () => {
  it('is a government body, by its whole name, after a country or alone', () => {
    const text = "The missiles flew about 600 km, according to the Joint Chiefs of Staff. South Korea's Joint Chiefs of Staff said a second launch failed. In Washington, the Joint Chiefs said the drills would go ahead."
    expect(check(text).sentences.map((s) => s.attributions.map((a) => [a.source.text, a.source.kind, a.source.type]))).toEqual([
      [['the Joint Chiefs of Staff', 'named', 'government']],
      [["South Korea's Joint Chiefs of Staff", 'named', 'government']],
      [['the Joint Chiefs', 'named', 'government']],
    ])
  })
})

describe('a second verb of a subject with a name set off after it', () => {
  it('has the name as its speaker, as the first verb has', () => {
    const text = [
      'His lawyer, Maria Costa, called the charges "baseless" and said her client would be vindicated.',
      "The company's chief executive, Dana Reyes, met investors and said revenue would rise.",
      'One of the men, Jessie Elkins, 70, had served in Vietnam and said he would vote for change.',
      'The mayor, who took office in May, toured the site and said it was safe.',
    ].join(' ')
    expect(labelAndCues(text)).toEqual([
      ['direct', [['called', 'Maria Costa'], ['said', 'Maria Costa']]],
      ['direct', [['said', 'Dana Reyes']]],
      ['direct', [['said', 'Jessie Elkins']]],
      ['direct', [['said', 'The mayor']]],
    ])
  })
})

describe('a speech noun right after a past verb of saying', () => {
  it('is its object, whatever stands between the subject and the verb', () => {
    const text = [
      'The Kremlin on Monday dismissed reports that Putin was ill.',
      'The senator on Friday denied claims that she had lied.',
      'The ministry on Tuesday confirmed reports that troops had moved.',
      'The newspaper, founded in 1990, reports that sales fell.',
    ].join(' ')
    expect(labelAndCues(text)).toEqual([
      ['direct', [['dismissed', 'The Kremlin'], ['reports that', null]]],
      ['direct', [['denied', 'The senator'], ['claims that', null]]],
      ['direct', [['confirmed', 'The ministry'], ['reports that', null]]],
      ['direct', [['reports that', 'The newspaper']]],
    ])
  })
})

describe('a participle and its object before a trailing verb form', () => {
  it('is no speaker: the form is the object\'s noun', () => {
    const text = [
      'Apple reported record revenue on Thursday, beating Wall Street estimates.',
      "Sales rose 5%, topping the company's forecasts.",
      "Exports grew 3%, beating analysts' estimates.",
      'Bush had to lend his campaign money last month, fundraising documents show.',
      'Sales rose 5%, analysts estimate.',
    ].join(' ')
    expect(labelAndCues(text)).toEqual([
      ['direct', [['reported', 'Apple']]],
      ['unattributed', []],
      ['unattributed', []],
      ['reported', [['show', 'fundraising documents']]],
      ['reported', [['estimate', 'analysts']]],
    ])
  })
})

describe('a named object after a modal verb, with a relative clause of saying', () => {
  it('is the speaker without the verb before it', () => {
    const text = [
      'Any decision would involve Attorney General Loretta Lynch, who told Congress that she would follow the evidence.',
      'The plan will require Governor Ana Ruiz, who said she would sign it.',
      'The deal could benefit Mayor Tom Reyes, who has said he wants a second term.',
      'Why would any rational person believe the plan would work?',
    ].join(' ')
    expect(check(text).sentences.map((s) => s.attributions.map((a) => [a.cue.text, a.source.text]))).toEqual([
      [['told', 'Attorney General Loretta Lynch']],
      [['said', 'Governor Ana Ruiz']],
      [['said', 'Mayor Tom Reyes']],
      [['believe', 'any rational person']],
    ])
  })
})

describe('British political sources', () => {
  it('an MP or MEP is a role noun, vague when indefinite, and unnamed on purpose when the aside says so', () => {
    const text = [
      'A Tory MP said the mood was grim.',
      'One Labour MP said the whip had been withdrawn.',
      'One MEP said the vote was rigged.',
      'Rosie Duffield, the MP for Canterbury, said she would resign.',
    ].join(' ')
    expect(check(text).sentences.map((s) => s.attributions.map((a) => [a.source.text, a.source.kind]))).toEqual([
      [['A Tory MP', 'vague']],
      [['One Labour MP', 'vague']],
      [['One MEP', 'vague']],
      [['Rosie Duffield', 'named']],
    ])
    expect(check('One Tory MP, who did not wish to be named, said the mood was grim. Tory MP Rosie Jones said she would resign.').sentences.map((s) => [s.label, s.attributions[0].source.resolved ?? s.attributions[0].source.text])).toEqual([
      ['reported', 'One Tory MP'],
      ['direct', 'Rosie Jones'],
    ])
    expect(check('A police officer, who did not want to be identified, said the suspect fled. Officer Dan Reyes said the suspect was caught.').sentences[0].label).toBe('reported')
  })

  it('a party known by a name with no party word is an organisation', () => {
    const text = 'Labour said the plan was a fantasy. Plaid Cymru said Wales deserved more. Sinn Féin said the vote was historic. Labour costs rose 3%, the report said.'
    expect(check(text).sentences.map((s) => s.attributions.map((a) => [a.source.text, a.source.type]))).toEqual([
      [['Labour', 'organization']],
      [['Plaid Cymru', 'organization']],
      [['Sinn Féin', 'organization']],
      [['the report', 'document']],
    ])
  })
})

describe('short words inside a name that are also a body\'s acronym or a month', () => {
  it('stay words of the name: "Kim Jong Un" is a person, no UN; "Theresa May" and "Ai Jun" come back by surname', () => {
    expect(check('Kim Jong Un said the drills were provocative.').summary.sources.map((s) => [s.name, s.type])).toEqual([['Kim Jong Un', 'person']])
    expect(resolvedOrWritten('Kim Jong Un inspected a munitions factory on Friday. Kim stressed the need to expand production.')).toEqual(['Kim Jong Un'])
    expect(resolvedOrWritten('Theresa May visited Paris on Monday. May said the talks went well.')).toEqual(['Theresa May'])
    expect(resolvedOrWritten('Columnist Ai Jun wrote a piece for the paper. Ai said the tariffs would backfire.')).toEqual(['Ai Jun'])
  })

  it('while the acronym written in capitals is the body', () => {
    const text = 'The UN said aid was blocked. The U.N. said convoys were stopped. The EU said the tariffs were illegal. The WHO said the outbreak was over.'
    expect(check(text).sentences.map((s) => s.attributions.map((a) => a.source.type))).toEqual([['government'], ['government'], ['government'], ['government']])
  })
})

describe('a given name alone', () => {
  it('is a person a pronoun may stand for, of the sex the name has', () => {
    expect(resolvedOrWritten('Her husband, Tom, handles the books. He says the hardest year was 2021.')).toEqual(['Tom'])
    expect(resolvedOrWritten('Bernie Sanders met the pope on Saturday. Some of his advisers, including his wife, Jane, were at the meeting. She said the visit was moving.')).toEqual(['Jane'])
    expect(resolvedOrWritten('Bernie Sanders met the pope. His wife, Jane, was there too. He said the meeting was personal.')).toEqual(['Bernie Sanders'])
  })

  it('not where it opens the sentence in another sense', () => {
    // ("Will" opens a question here: the only person is the mayor, a man)
    expect(resolvedOrWritten('Mayor Tom Ortiz spoke on Friday. Will voters back the plan? He said they would.')).toEqual(['Tom Ortiz'])
  })
})

describe('a scraped page with one paragraph a line and no blank lines', () => {
  it('keeps each line a unit, so its credits and labels are furniture', () => {
    const text = [
      'Ukraine says it downed 40 Russian drones overnight',
      'By Olena Harmash',
      "KYIV, March 3 (Reuters) - Ukraine's air force said on Monday it had shot down 40 of 73 drones launched by Russia overnight.",
      'Debris fell on several districts of Kyiv, Mayor Vitali Klitschko said on Telegram.',
      "Reuters could not independently verify either side's battlefield reports.",
      'Reporting by Olena Harmash; Editing by Alex Richardson',
      'Read Next',
      'Zelenskiy to meet Trump envoy in Kyiv, sources say',
    ].join('\n')
    expect(check(text).sentences.map((s) => [s.text, s.role])).toEqual([
      ['Ukraine says it downed 40 Russian drones overnight', 'heading'],
      ['By Olena Harmash', 'boilerplate'],
      ["KYIV, March 3 (Reuters) - Ukraine's air force said on Monday it had shot down 40 of 73 drones launched by Russia overnight.", 'body'],
      ['Debris fell on several districts of Kyiv, Mayor Vitali Klitschko said on Telegram.', 'body'],
      ["Reuters could not independently verify either side's battlefield reports.", 'body'],
      ['Reporting by Olena Harmash; Editing by Alex Richardson', 'boilerplate'],
      ['Read Next', 'boilerplate'],
      ['Zelenskiy to meet Trump envoy in Kyiv, sources say', 'boilerplate'],
    ])
  })

  it('while hard-wrapped prose, ragged or even, is joined', () => {
    const ragged = 'Editor’s note: the mayor regularly\nskips council meetings and has\nmissed every budget hearing since\nshe took office in 2021.'
    expect(check(ragged).sentences.map((s) => s.text)).toEqual(['Editor’s note: the mayor regularly\nskips council meetings and has\nmissed every budget hearing since\nshe took office in 2021.'])
    const even = 'The council voted on Monday to close the library on Elm Street,\nciting falling visitor numbers and a repair bill of two million\ndollars. Residents said they would appeal the decision.'
    expect(check(even).sentences.map((s) => s.text)).toEqual([
      'The council voted on Monday to close the library on Elm Street,\nciting falling visitor numbers and a repair bill of two million\ndollars.',
      'Residents said they would appeal the decision.',
    ])
  })
})

describe('a wire page\'s time line and standards footer', () => {
  it('are furniture: "Updated 2 hours ago" after the date, and the Reuters standards line', () => {
    const text = 'Ukraine says it downed 40 Russian drones overnight\n\nMarch 3, 2025 7:42 AM GMT Updated 2 hours ago\n\nKYIV, March 3 (Reuters) - Ukraine said it had shot down 40 drones.\n\nOur Standards: The Thomson Reuters Trust Principles.\n\nPublished 15 minutes ago\n\n100 days.\n\nThe siege lasted 100 days.'
    expect(check(text).sentences.map((s) => [s.text, s.role])).toEqual([
      ['Ukraine says it downed 40 Russian drones overnight', 'heading'],
      ['March 3, 2025 7:42 AM GMT Updated 2 hours ago', 'boilerplate'],
      ['KYIV, March 3 (Reuters) - Ukraine said it had shot down 40 drones.', 'body'],
      ['Our Standards: The Thomson Reuters Trust Principles.', 'boilerplate'],
      ['Published 15 minutes ago', 'boilerplate'],
      ['100 days.', 'body'],
      ['The siege lasted 100 days.', 'body'],
    ])
  })
})

describe('"Here is what X said:" before a block', () => {
  it('attributes the lead-in and hands its speaker to the block after the colon', () => {
    const text = 'Here is what the governor said on Tuesday:\n\n"We will not raise taxes this year. Not one cent."\n\nHere\'s what Okafor told reporters:\n\n"We are done."'
    expect(speakers(text, 'label')).toEqual([
      ['direct', ['the governor']],
      ['direct', ['the governor (inherited)']],
      ['direct', ['the governor (inherited)']],
      ['direct', ['Okafor']],
      ['direct', ['Okafor (inherited)']],
    ])
  })

  it('not the writer\'s own "Here is what we know:"', () => {
    expect(speakers('Here is what we know:\n\nThe fire started at 3 a.m.', 'label')).toEqual([
      ['unattributed', []],
      ['unattributed', []],
    ])
  })
})

describe('financial data firms', () => {
  it('are organisations, and their data a document', () => {
    const text = 'Revenue beat estimates, according to FactSet. Margins narrowed, according to Refinitiv. Analysts had expected a loss, according to LSEG data. The deal was the year\'s largest, Dealogic said.'
    expect(check(text).sentences.map((s) => s.attributions.map((a) => [a.source.text, a.source.type]))).toEqual([
      [['FactSet', 'organization']],
      [['Refinitiv', 'organization']],
      [['Analysts', 'anonymous'], ['LSEG data', 'document']],
      [['Dealogic', 'organization']],
    ])
  })
})

describe('a name set off after a role phrase ending in a capitalised name', () => {
  it('speaks: the role phrase only describes the person', () => {
    const text = [
      'The leader of the Anti-Defamation League, Jonathan Greenblatt, warned that such a ban would backfire.',
      'On Wednesday, the director of the Federal Bureau of Investigation, James B. Comey, said that the screening had failed.',
      'His former business partner at Lenox, Lawrence B. Cummings, called him "a master at bolting together deals."',
      'Two Republican members of Congress from Florida, Ileana Ros-Lehtinen and Carlos Curbelo, said the remarks were offensive.',
      'A spokesman for the IDF, Lt. Col. Nadav Shoshani, told reporters that the strike was precise.',
    ].join(' ')
    expect(labelAndCues(text)).toEqual([
      ['direct', [['warned that', 'Jonathan Greenblatt']]],
      ['direct', [['said that', 'James B. Comey']]],
      ['direct', [['called', 'Lawrence B. Cummings']]],
      ['direct', [['said', 'Ileana Ros-Lehtinen and Carlos Curbelo']]],
      ['direct', [['told', 'Lt. Col. Nadav Shoshani']]],
    ])
  })

  it('while names listed after a name stay a list, and places after a group leave the group speaking', () => {
    expect(labelAndCues('The three owners, Ruiz, Diaz, and Lee, said the deal was dead. Officials in three states, Ohio, Texas and Maine, said the vote was fair. Ines Carvalho, an emergency nurse from Porto, Portugal, said the ward was full.')).toEqual([
      ['direct', [['said', 'Ruiz, Diaz, and Lee']]],
      ['reported', [['said', 'Officials in three states']]],
      ['direct', [['said', 'Ines Carvalho']]],
    ])
  })
})

describe('a company named again by its short name', () => {
  const theCompany = resolvedAs(/^the company$/i)
  it('is the company "the company" stands for, before another company mentioned in between', () => {
    expect(theCompany('Shares of Brightline Foods fell on Thursday. "The pricing power may not be there," said Jonah Price, an analyst at Wexford Securities. Brightline has raised prices four times since 2022. Volumes fell 6% in the quarter, the company said.')).toEqual(['Brightline Foods'])
    expect(theCompany('Orsola Pharmaceuticals cut its forecast. Ana Ruiz, who covers drugmakers for Kestrel Capital, called the cut overdue. Orsola\'s shares have halved this year. The company said it would close two plants.')).toEqual(['Orsola Pharmaceuticals'])
    expect(theCompany('Halvern Labs missed estimates. A rival, Corbel Industries, gained market share. Analysts expect Halvern to cut jobs. The trial data were strong, the company said in a statement.')).toEqual(['Halvern Labs'])
  })
  it('leaves "the company" to the company mentioned last when the short name is not written again', () => {
    expect(theCompany('Shares of Brightline Foods fell on Thursday. "The pricing power may not be there," said Jonah Price, an analyst at Wexford Securities. Volumes fell 6% in the quarter, the company said.')).toEqual(['Wexford Securities'])
  })
})

describe('a British party member unnamed', () => {
  it('is vague, as a Republican or a Democrat is', () => {
    expect(labels('One senior Tory, who asked not to be named, said the whips had misjudged the mood.')).toEqual(['reported'])
    expect(labels('A Tory said the plan was doomed.')).toEqual(['reported'])
    expect(labels('Two Tories on the committee said they would abstain.')).toEqual(['reported'])
    expect(types('One veteran Tory warned that the party could split.')).toEqual([['One veteran Tory', 'anonymous']])
  })
  it('still gives a named Tory MP their name', () => {
    expect(types('Tory MP Jane Hall said the plan was doomed.')).toEqual([['Jane Hall', 'person']])
  })
})

describe('"No 10", the seat of the British government', () => {
  it('speaks for the government, wherever it stands in the sentence', () => {
    expect(labelAndCues('No 10 said the vote would pass.')).toEqual([['direct', [['said', 'No 10']]]])
    expect(labelAndCues('Last night No 10 insisted that the bill was safe.')).toEqual([['direct', [['insisted that', 'No 10']]]])
    expect(types('Number 10 said it would not comment on leaked documents.')).toEqual([['Number 10', 'government']])
  })
  it('keeps its name in the phrase of a spokesperson or of unnamed sources', () => {
    expect(labelAndCues('A No 10 spokesman said the prime minister was confident.')).toEqual([['direct', [['said', 'A No 10 spokesman']]]])
    expect(labelAndCues('The No 10 spokeswoman added that talks would continue.')).toEqual([['direct', [['added that', 'The No 10 spokeswoman']]]])
    expect(labelAndCues('No 10 sources said the reshuffle would come in June.')).toEqual([['reported', [['said', 'No 10 sources']]]])
  })
  it('leaves a negative "no" before a noun naming nobody', () => {
    expect(labels('No official said the vote would pass. No reporters said anything. No one at No 10 said anything.')).toEqual(['unattributed', 'unattributed', 'unattributed'])
  })
})

describe('a part of a body (its arm, unit, division, chapter)', () => {
  it('types the name set off before it as an organisation', () => {
    expect(types('Heritage Action, the political arm of the Heritage Foundation, said it would score the vote.')).toEqual([['Heritage Action', 'organization']])
    expect(types('Open Streets, the lobbying arm of a cyclists union, argued that the plan was flawed.')).toEqual([['Open Streets', 'organization']])
    expect(types('Marsh Holdings, a subsidiary of Corbel Industries, said profits fell.')).toEqual([['Marsh Holdings', 'organization']])
  })
  it('refers back to no other body', () => {
    expect(sourceNames('Heritage Action, the political arm of the Heritage Foundation, said it would score the vote. The bank\'s wealth unit said assets grew.')).toEqual(['Heritage Action', "bank's wealth unit"])
    expect(sourceNames('Corbel Industries said it would cut jobs. The division said sales fell.')).toEqual(['Corbel Industries', 'division'])
  })
})

describe('a body named after lowercase words describing it', () => {
  it('goes by its name alone, one row however it is described', () => {
    expect(sourceNames('Activist investor Calder Capital said the spending was out of control. The activist investor Calder Capital said in a letter that the board should resign.')).toEqual(['Calder Capital'])
    expect(sourceNames('Rival bidder Marsh Holdings said it would raise its offer.')).toEqual(['Marsh Holdings'])
    expect(sourceNames('Taxes would rise for most families, according to the conservative-leaning Tax Foundation.')).toEqual(['Tax Foundation'])
  })
  it('keeps a name with "of" in it whole', () => {
    expect(sourceNames('Bank of America said rates would fall. The Bank of England said inflation had peaked.')).toEqual(['Bank of America', 'Bank of England'])
  })
})

describe('a person by a role noun opening a sentence, its subject or owner', () => {
  const pronouns = resolvedAs(/^(he|she)$/i)
  it('is the person a later "he" or "she" stands for, the one written before with that role', () => {
    expect(pronouns('Sen. Tom Reyes met Gov. Mark Hill on Monday. Hill left early. Asked about the budget, the senator shrugged. "We will see," he said.')).toEqual(['Tom Reyes'])
    expect(pronouns('Adm. Harry Harris grew up in Tennessee. His father, Tom Ohno, served in the Navy. In that vein, the admiral does not make much of it. "They try to demonize me," he said.')).toEqual(['Harry Harris'])
    expect(pronouns('Judge Maria Lopez heard the case. The defense lawyer, Ana Ruiz, objected twice. The judge\'s patience ran out by noon. "Sit down," she said.')).toEqual(['Maria Lopez'])
  })
  it('is someone new and unnamed when no one has been named', () => {
    expect(pronouns('Asked on Tuesday whether he would run again, the senator laughed. "Ask me next year," he said.')).toEqual(['senator'])
    expect(pronouns('The coach was furious after the match. "We were robbed," he said.')).toEqual(['coach'])
  })
  it('is no one new when a named person may be meant, nor a role set off after a name', () => {
    expect(pronouns('Ben Carson spoke in Iowa on Friday. The candidate seemed tired. "I am fine," he said.')).toEqual(['Ben Carson'])
    expect(pronouns('Mark Hill met Tom Reyes, the senator from Ohio, on Monday. Reyes left early. "We will see," he said.')).toEqual(['Tom Reyes'])
  })
})

describe('a company mentioned by its trade, then speaking by its name', () => {
  it('is that company, not a person of the same name', () => {
    expect(types('Shares of insurer Halden Mutual fell on Monday. Halden Mutual said claims had doubled.')).toEqual([['Halden Mutual', 'organization']])
    expect(types('The regulator fined the drugmaker Orsola Vance in May. Orsola Vance said it would appeal.')).toEqual([['Orsola Vance', 'organization']])
    expect(types('Regulators questioned the retailer Bright Harbor last week. On Friday, Bright Harbor insisted that its prices were fair.')).toEqual([['Bright Harbor', 'organization']])
  })
  it('leaves a person described by a role a person', () => {
    expect(types('The analyst Maria Costa spoke first. Maria Costa said prices would rise.')).toEqual([['Maria Costa', 'person']])
  })
  it('knows more last words of company names', () => {
    expect(types('Ally Financial said loans grew. Sun Valley Bancorp said deposits fell. Kestrel Beverages reported higher sales.')).toEqual([['Ally Financial', 'organization'], ['Sun Valley Bancorp', 'organization'], ['Kestrel Beverages', 'organization']])
    expect(types('Eleven cars left the tracks, according to Norfolk Rail. Union Pacific Railroad said service would resume.')).toEqual([['Norfolk Rail', 'organization'], ['Union Pacific Railroad', 'organization']])
  })
})

describe('a request with "for"', () => {
  it('is an act, with or without an addressee, whatever opens the sentence', () => {
    expect(labels('Speaking to reporters in Porto Alegre, he asked for emergency funds.')).toEqual(['unattributed'])
    expect(labels('At the hearing, the defense asked the court for a delay.')).toEqual(['unattributed'])
    expect(labels('Speaking to reporters, Mayor Ana Ruiz asked residents for patience.')).toEqual(['unattributed'])
    expect(labels('On Monday, reporters pressed officials for answers.')).toEqual(['unattributed'])
  })
  it('leaves a question asked, and a quotation\'s tag, attributed', () => {
    expect(labels('She asked for the third time whether the bridge was safe.')).toEqual(['direct'])
    expect(labels('"Is it over?" Lee asked for the third time.')).toEqual(['direct'])
    expect(labels('The mayor asked residents whether they felt safe.')).toEqual(['direct'])
  })
})

describe('a run of capitals after "in" or "near"', () => {
  it('is a place, not a person a later "he" or "she" stands for', () => {
    expect(resolvedAs(/^he$/)('Gov. Eduardo Leite flew north on Friday. Speaking to reporters in Porto Alegre, he asked for funds. "We need help now," he said.')).toEqual(['Eduardo Leite'])
    expect(resolvedAs(/^she$/)('Mayor Ana Ruiz toured the damage. At a shelter near Santa Clarita, she met families. "They lost everything," she said.')).toEqual(['Ana Ruiz'])
  })
  it('is still a person when known as one or opened by a given name', () => {
    expect(resolvedAs(/^he$/)('Confidence in Vladimir Putin is falling, a poll found. "We are strong," he said.')).toEqual(['Vladimir Putin'])
    expect(resolvedAs(/^he$/)('Xi Jinping spoke on Monday. Markets rallied in Asia. Confidence in Xi is high, a poll found. "We are strong," he said.')).toEqual(['Xi Jinping'])
  })
})

describe('a headline led by its source and a colon', () => {
  it('credits the headline to a source noun, an office or an outlet', () => {
    expect(labelAndCues('Police: Man shot near school was not a student')).toEqual([['direct', [[':', 'Police']]]])
    expect(labelAndCues('Officials: Bridge will reopen in May')).toEqual([['reported', [[':', 'Officials']]]])
    expect(labelAndCues('Historians: Both parties share the blame')).toEqual([['reported', [[':', 'Historians']]]])
    expect(labelAndCues('State media: Kim meets Putin in Vladivostok')).toEqual([['direct', [[':', 'State media']]]])
    expect(labelAndCues('Yonhap: North Korea fires two missiles')).toEqual([['direct', [[':', 'Yonhap']]]])
  })
  it('credits it to a role, one definite person with its article dropped', () => {
    expect(labelAndCues('Governor: Tax cuts are off the table')).toEqual([['direct', [[':', 'Governor']]]])
    expect(labelAndCues('Coach: We deserved to lose on Sunday')).toEqual([['direct', [[':', 'Coach']]]])
    expect(labels('Editor’s note: This story has been updated\n\nAuthor: Jane Doe\n\nThe vote is on Monday.')).toEqual(['unattributed', 'unattributed', 'unattributed'])
  })
  it('reads a document by its noun alone as no particular one', () => {
    expect(labelAndCues('Report: Apple in talks to buy startup')).toEqual([['reported', [[':', 'Report']]]])
    expect(labelAndCues('Poll: Most voters back the new stadium')).toEqual([['reported', [[':', 'Poll']]]])
  })
  it('credits no one for a genre label or a name, and takes no source from the line after the label', () => {
    expect(labels('Analysis: Why the bond market is nervous\n\nReview: A dazzling new Hamlet\n\nTrump: I will win the state\n\nTexas: Floods kill 12 in Houston')).toEqual(['unattributed', 'unattributed', 'unattributed', 'unattributed'])
  })
})

describe('some of a group a pronoun stands for', () => {
  it('are unnamed people', () => {
    expect(types('One of them, a businessman with ties to the Kremlin, described a series of tense meetings.')).toEqual([['One of them', 'anonymous']])
    expect(types('Most of them said they had loved working at the plant.')).toEqual([['Most of them', 'anonymous']])
    expect(types('"None of this was planned," two of us told the panel.')).toEqual([['two of us', 'anonymous']])
  })
})

describe('a piece of research named by its noun', () => {
  it('refers back to research written before, not to another kind of document', () => {
    expect(sourceNames('The documents show that the money was spent. The study documented a sharp rise in cases.')).toEqual(['documents', 'study'])
    expect(sourceNames('Court records show that the firm paid $2 million. The survey found that most staff were unpaid.')).toEqual(['Court records', 'survey'])
  })
  it('is research written before by any of its nouns', () => {
    expect(namesAndCounts('A new study published in Circulation found that coffee lowers the risk. The research also showed that tea did not.')).toEqual([['new study published in Circulation', 2]])
    expect(namesAndCounts('Several polls showed the race tightening. The polls also found that turnout would be high.')).toEqual([['Several polls', 2]])
  })
})

describe('a person named again by a surname that is also a given name, or written with a no-break space', () => {
  const senator = resolvedAs(/^the senator$/i)
  it('is the person named before, whatever sex the given name has', () => {
    expect(senator('Sen. Elizabeth Warren met donors on Friday. Sen. Bernie Sanders stayed home. Footage captured Warren leaving the hotel. The senator insisted she had not discussed the ticket.')).toEqual(['Elizabeth Warren'])
    expect(senator('Sen. Lindsey Graham spoke first. Rep. Ann Diaz followed him. Cameras caught Graham leaving early. The senator said he had another meeting.')).toEqual(['Lindsey Graham'])
  })
  it('keeps a title written with a no-break space', () => {
    expect(senator('Sen.\u00a0Bernie Sanders spoke in Iowa on Monday. The senator said he would stay in the race.')).toEqual(['Bernie Sanders'])
  })
})

describe('an interview\'s question and answer letters', () => {
  const texts = (t: string) => check(t).sentences.map((s) => s.text)
  it('open their sentences, a line each or a paragraph each', () => {
    expect(texts('Q. Will you run again?\n\nA. I have not decided.\n\nQ. Why?\nA. It is too early.')).toEqual(['Q. Will you run again?', 'A. I have not decided.', 'Q. Why?', 'A. It is too early.'])
  })
  it('leave a letter that ends a sentence mid-line alone', () => {
    expect(texts('The winner was Team A. The loser was Team B.')).toEqual(['The winner was Team A.', 'The loser was Team B.'])
  })
})

describe('a numbered list in plain text', () => {
  const texts = (t: string) => check(t).sentences.map((s) => s.text)
  it('keeps each item with its number, one line each or one paragraph', () => {
    expect(texts('Three goals:\n1. Raise taxes.\n2. Cut spending.\n10. Hold a vote.')).toEqual(['Three goals:', '1. Raise taxes.', '2. Cut spending.', '10. Hold a vote.'])
    expect(texts('  3. After a quiet stretch, the contests favor Trump.')).toEqual(['3. After a quiet stretch, the contests favor Trump.'])
  })
  it('still ends a sentence at a figure mid-line', () => {
    expect(texts('The vote was 52. Three members left. The score was 3. Then rain came.')).toEqual(['The vote was 52.', 'Three members left.', 'The score was 3.', 'Then rain came.'])
    // (and at a line break inside a hard-wrapped sentence)
    expect(texts('The committee counted the ballots twice on Tuesday night, and the total of spoiled ones rose to\n3. Then officials stopped counting and sent everyone home, saying the rest would wait.')).toHaveLength(2)
  })
})

describe('a name with a lowercase particle (bin, da, de, van)', () => {
  it('is one person, however the name is shortened later', () => {
    expect(namesAndCounts('Saudi Crown Prince Mohammed bin Salman spoke by phone with Egypt\'s president on Tuesday. Bin Salman told him that the kingdom would host a summit.')).toEqual([['Mohammed bin Salman', 1]])
    expect(namesAndCounts('President Luiz Inácio Lula da Silva visited the region on Thursday. Lula said help would come. "No one will be left behind," he said.')).toEqual([['Luiz Inácio Lula da Silva', 2]])
    expect(namesAndCounts('The painter Vincent van Gogh wrote to his brother often. Van Gogh wrote that he was happy.')).toEqual([['Vincent van Gogh', 1]])
  })
  it('takes the full name when a headline opened with the short one', () => {
    expect(namesAndCounts('De Blasio says the blast was intentional\n\nTwenty-nine people were hurt in a blast that Mayor Bill de Blasio described as "an intentional act." De Blasio said there was no link to terrorism.')).toEqual([['Bill de Blasio', 2]])
  })
})

describe('"went on" as a quotation\'s tag', () => {
  it('gives the quotation its own speaker, not the next one\'s', () => {
    expect(speakers('"We ought to start it up again," he went on. "It is over," she said.', 'text')).toEqual([
      ['"We ought to start it up again," he went on.', ['he']],
      ['"It is over," she said.', ['she']],
    ])
    expect(labelAndCues('Lee went on: "We will not stop."')).toEqual([['direct', [['went on', 'Lee']]]])
    expect(labelAndCues('"It is over," went on Ana Ruiz, a farmer.')).toEqual([['direct', [['went on', 'Ana Ruiz']]]])
  })
  it('leaves "went on to say" to its infinitive, and other uses of "went on" alone', () => {
    expect(labelAndCues('"We will win," she went on to say.')).toEqual([['direct', [['say', 'she']]]])
    expect(labels('The meeting went on for hours. He went on to win the race. The war went on.')).toEqual(['unattributed', 'unattributed', 'unattributed'])
  })
})

describe('a relative clause whose subject went ahead of the cue', () => {
  it('is the content when a past verb follows the cue, whatever follows it', () => {
    expect(labelAndCues('The council passed a plan that critics said went too far.')).toEqual([['reported', [['said', 'critics']]]])
    expect(labelAndCues('It was a deadline that several insiders said continued unnoticed.')).toEqual([['reported', [['said', 'several insiders']]]])
    expect(labelAndCues('The mayor backed a bill that Senator Ana Ruiz said died in committee.')).toEqual([['direct', [['said', 'Senator Ana Ruiz']]]])
  })
})

describe('a body described after its name', () => {
  it('is a body when the description goes on in a "whose" clause, and a person described so stays one', () => {
    const text = [
      'NetChoice, a trade association whose members include Google and Meta, said in a statement that the bill would fail.',
      'Orvex, a startup whose software tracks trucks, said it would appeal.',
      'Kessling, a charity whose volunteers run food banks, warned that demand had doubled.',
      'Dana Pell, a lawyer whose clients include the city, said the deal was legal.',
    ].join(' ')
    expect(types(text)).toEqual([
      ['NetChoice', 'organization'],
      ['Orvex', 'organization'],
      ['Kessling', 'organization'],
      ['Dana Pell', 'person'],
    ])
  })
})

describe('a sentence that opens with a dateline', () => {
  it('opens its own words after the dash: their first capital is no name\'s', () => {
    const text = [
      'WASHINGTON — Exit polls suggest the economy was the top issue.',
      'KYIV, Ukraine (AP) — Recent surveys show most voters oppose the plan.',
      'Cleveland (AFP) – New polls show the race is tied.',
      '10:42 p.m. ET — Internal memos show the campaign knew.',
      'LAGOS — Kemi Adeyemi said the talks had stalled.',
    ].join('\n\n')
    expect(check(text).sentences.map((s) => [s.label, s.attributions.map((a) => [a.source.text, a.source.kind])])).toEqual([
      ['reported', [['Exit polls', 'vague']]],
      ['reported', [['Recent surveys', 'vague']]],
      ['reported', [['New polls', 'vague']]],
      ['reported', [['Internal memos', 'vague']]],
      ['direct', [['Kemi Adeyemi', 'named']]],
    ])
  })

  it('names no one by the article and the first capital after it', () => {
    const text = 'Cleveland (AFP) – The Trump troops embraced their nominee on Thursday.\n\n“We are going to win,” Trump said.\n\n“I heard them chanting last night,” he said.'
    expect(resolvedOrWritten(text)).toEqual(['Trump', 'Trump'])
  })
})

describe('bulleted lists in plain text', () => {
  const findings = 'The report had three findings:\n- Unemployment fell to 3.9 percent in May\n- Wages rose 4.1 percent from a year earlier\n- Hiring slowed sharply in the manufacturing sector\n\nEconomists said the figures were strong.'

  it('give each item its sentence after a lead-in, even in a hard-wrapped paragraph', () => {
    expect(check(findings).sentences.map((s) => s.text)).toEqual([
      'The report had three findings:',
      '- Unemployment fell to 3.9 percent in May',
      '- Wages rose 4.1 percent from a year earlier',
      '- Hiring slowed sharply in the manufacturing sector',
      'Economists said the figures were strong.',
    ])
    // (a dash that a hard wrap puts first on a line stays inside its sentence)
    const wrapped = 'The council voted on Tuesday to close the branch library on Elm Street\n- a decision that surprised even its supporters -\nand to sell the building to a developer next spring.'
    expect(check(wrapped).sentences).toHaveLength(1)
  })

  it('are claims inside the article, and a list of related titles at its end is furniture', () => {
    expect(check(findings).sentences.map((s) => [s.role, s.claim])).toEqual([
      ['body', true],
      ['body', true],
      ['body', true],
      ['body', true],
      ['body', true],
    ])
    const related = 'The mayor resigned on Monday after a long illness.\n\nRelated stories:\n- Mayor hospitalized after fall\n- Council names interim leader'
    expect(check(related).sentences.map((s) => s.role)).toEqual(['body', 'boilerplate', 'boilerplate', 'boilerplate'])
  })

  it('in Markdown are claims inside the article too, under the label that leads into them', () => {
    const md = 'What we know so far:\n\n- At least 12 people were injured in the blast\n- The plant had failed two safety inspections\n\nFirefighters said the blaze was under control.\n'
    expect(checkDocument(md, 'markdown').report.sentences.map((s) => [s.text, s.role])).toEqual([
      ['What we know so far:', 'heading'],
      ['At least 12 people were injured in the blast', 'body'],
      ['The plant had failed two safety inspections', 'body'],
      ['Firefighters said the blaze was under control.', 'body'],
    ])
  })
})

describe('sports teams', () => {
  it('are bodies by a place and a plural, and "the team" or "the club" stands for the one mentioned last', () => {
    const text = [
      'The Florida Panthers beat Boston 3-2 on Friday. The team said Petrov would miss a week.',
      'Fans lined the streets for the Los Angeles Dodgers on Sunday. The club said the parade would be repeated next year.',
      'The Kansas City Royals traded two pitchers. The franchise said both would report on Monday.',
      'The Minnesota Vikings said they had fired their coach.',
    ].join('\n\n')
    expect(resolvedOrWritten(text)).toEqual(['Florida Panthers', 'Los Angeles Dodgers', 'Kansas City Royals', 'Minnesota Vikings'])
    expect(types(text).map(([, type]) => type)).toEqual(['organization', 'organization', 'organization', 'organization'])
  })

  it('are not a place\'s party, people or landforms', () => {
    const text = 'Ohio Republicans met on Friday. The team said it was ready. The Iowa Caucuses are next month. The team said it was ready. The Florida Keys were evacuated. The club said it was ready.'
    expect(check(text).sentences.flatMap((s) => s.attributions).map((a) => a.source.resolved ?? null)).toEqual(['team', 'team', 'club'])
  })
})

describe('outlets of sport and entertainment', () => {
  it('are media', () => {
    const text = 'ESPN reported that the deal was worth $40 million. According to Variety, the studio had shelved the film. The deal, first reported by The Athletic, runs five years.'
    expect(types(text)).toEqual([
      ['ESPN', 'media'],
      ['Variety', 'media'],
      ['Athletic', 'media'],
    ])
  })
})

describe('a request in the subjunctive', () => {
  it('is an event in the story, not what someone said', () => {
    const text = [
      'The family asked that donations be sent to the shelter.',
      'Ortiz asked that she not be named.',
      'The lawyers urged that the verdict be set aside.',
      'She told lawmakers that the bridge not be closed.',
      'Ruiz told reporters that the plan would be delayed.',
      'The senator warned that the bill would not be passed.',
      'Lee asked whether the vote had been delayed.',
    ].join(' ')
    expect(labels(text)).toEqual(['unattributed', 'unattributed', 'unattributed', 'unattributed', 'direct', 'direct', 'direct'])
  })

  it('keeps a source unnamed on purpose: "who asked that his name not be used"', () => {
    const text = 'A local pastor, who asked that his name not be used, told reporters that families prefer "natural immunity." One nurse, who asked that her name be withheld, said the ward was full.'
    expect(check(text).sentences.map((s) => s.attributions.map((a) => [a.cue.text, a.source.kind, a.source.type]))).toEqual([
      [['told', 'vague', 'anonymous']],
      [['said', 'vague', 'anonymous']],
    ])
  })
})

describe('what a news outlet has learned', () => {
  it('is its own reporting, and anyone else learning something is an event', () => {
    const text = [
      'CNN has learned that the director will resign.',
      'The Chronicle learned that the firm had hidden its losses.',
      'Reuters has learned the deal could be announced Monday.',
      'She learned that her father had died.',
      'Officials learned of the breach in May.',
      'Students are learning that the rules have changed.',
    ].join(' ')
    expect(check(text).sentences.map((s) => [s.label, s.attributions.map((a) => [a.source.text, a.source.type])])).toEqual([
      ['direct', [['CNN', 'media']]],
      ['direct', [['The Chronicle', 'media']]],
      ['direct', [['Reuters', 'media']]],
      ['unattributed', []],
      ['unattributed', []],
      ['unattributed', []],
    ])
  })
})

describe('a document after a perfect', () => {
  it('is the phrase without the perfect\'s verb: "has obtained emails showing…"', () => {
    const text = 'The Post has obtained emails showing the mayor knew. The agency had released documents showing that the dam was unsafe. Investigators have seized records showing that the payments continued.'
    expect(check(text).sentences.map((s) => s.attributions.map((a) => a.source.text))).toEqual([['emails'], ['documents'], ['records']])
  })
})

describe('a quantifier between the speakers and their verb', () => {
  it('is no noun\'s determiner and no part of the speakers: "have each said", "all said"', () => {
    const text = [
      'Microsoft, Meta, Google and Amazon have each said they plan to spend more.',
      'Lindqvist and Oduya each said the vote would be close.',
      'The two unions have each warned that a strike is likely.',
      'The candidates all said they would debate.',
      'Richards and Menendez both stressed that it was not all bad news.',
      'In each report, the numbers were wrong.',
    ].join(' ')
    expect(labelAndCues(text)).toEqual([
      ['direct', [['said', 'Microsoft, Meta, Google and Amazon']]],
      ['direct', [['said', 'Lindqvist and Oduya']]],
      ['direct', [['warned that', 'The two unions']]],
      ['reported', [['said', 'The candidates']]],
      ['direct', [['stressed that', 'Richards and Menendez']]],
      ['unattributed', []],
    ])
  })
})

describe('a press release\'s contact block', () => {
  it('is furniture, its heading too', () => {
    const text = 'The company plans to file for approval in June.\n\nMedia Contact:\nJane Okoro\npress@halvern.example\n\nInvestor contacts\nSam Lee\n\nFor media inquiries:\nnews@halvern.example'
    expect(check(text).sentences.map((s) => [s.text, s.role])).toEqual([
      ['The company plans to file for approval in June.', 'body'],
      ['Media Contact:', 'boilerplate'],
      ['Jane Okoro', 'boilerplate'],
      ['press@halvern.example', 'boilerplate'],
      ['Investor contacts', 'boilerplate'],
      ['Sam Lee', 'boilerplate'],
      ['For media inquiries:', 'boilerplate'],
      ['news@halvern.example', 'boilerplate'],
    ])
  })
})

describe('a landform or a built place named in capitals', () => {
  it('is no one a later "she" or "he" stands for', () => {
    const passages = [
      'Veteran ranger Carla Mendes has spent a decade patrolling along the Kettle River. "The water is low," she said.',
      'Senior geologist Tomas Berg has spent years camping below the Sierra Blanca Mountains. "It was quiet," he said.',
      'Marine biologist Mia Lund has spent months diving around the Farallon Islands. "The water was cold," she said.',
      'Structural engineer Omar Haddad has spent 20 years working on the Tappan Zee Bridge. "The cables are sound," he said.',
    ]
    expect(passages.flatMap(resolvedOrWritten)).toEqual(['Carla Mendes', 'Tomas Berg', 'Mia Lund', 'Omar Haddad'])
  })
})

describe('an unnamed body', () => {
  it('is a body of its kind, vague: a court is government, a charity or a think tank an organization, outlets media', () => {
    const text = [
      'A federal appeals court blocked the law on Friday, ruling that it likely violates the First Amendment.',
      'A Brussels think tank said exports would fall.',
      'Several local charities warned that demand would double.',
      'According to two television networks, the polls closed early.',
      'Small groups of protesters said they would march again.',
    ].join(' ')
    expect(check(text).sentences.map((s) => s.attributions.map((a) => [a.source.text, a.source.kind, a.source.type]))).toEqual([
      [['A federal appeals court', 'vague', 'government']],
      [['A Brussels think tank', 'vague', 'organization']],
      [['Several local charities', 'vague', 'organization']],
      [['two television networks', 'vague', 'media']],
      [['Small groups of protesters', 'vague', 'anonymous']],
    ])
  })

  it('stays unnamed when a definite noun refers back to it, and a group of them is no one body', () => {
    const text = 'A federal appeals court blocked the law on Friday, ruling that it likely violates the First Amendment. The court said the statute was too broad.\n\nA Brussels think tank said exports would fall. The think tank added that prices would rise.\n\nClinics in three counties said they had run out of vaccine. The clinic said it would reopen on Monday.'
    expect(labels(text)).toEqual(['reported', 'reported', 'reported', 'reported', 'reported', 'direct'])
  })
})

describe('a body named by one word later on', () => {
  it('is a mention of the body that spoke, so "the company" further on is still that body', () => {
    const filler = (co: string) =>
      [
        `Analysts had expected less. Shares rose 6 percent after hours. The stock has tripled this year. Investors cheered the results.`,
        `Demand for data-center chips stayed strong. Rivals are racing to catch up. Prices for memory rose as well. Bond yields fell. Oil was flat.`,
        `Others noted that ${co}'s gross margins slipped slightly.`,
      ].join(' ')
    const passages = [
      `Nvidia reported on Wednesday that its revenue tripled. ${filler('Nvidia')} The company expects revenue of $37.5 billion next quarter.`,
      `Pfizer said on Tuesday that sales of its vaccine fell. ${filler('Pfizer')} The company said it would cut 500 jobs.`,
      `Halvern Labs said on Monday that its profit doubled. ${filler('Halvern')} The company said it would open two plants.`,
    ]
    expect(passages.map((p) => resolvedOrWritten(p).at(-1))).toEqual(['Nvidia', 'Pfizer', 'Halvern Labs'])
  })

  it('is none when the word is a plural of initials: "PACs" names a kind of body', () => {
    const text =
      'National Nurses United said it had spent $1 million. The group backs Sanders. Rallies drew large crowds. Ads ran in Iowa. Volunteers knocked on doors. Phones rang all week. Turnout was high. The caucus was close. A trio of PACs spent $513,000. The PACs share a name. It calls the effort grassroots.'
    expect(resolvedOrWritten(text).at(-1)).toBe('National Nurses United')
  })
})

describe('a name set off with an age', () => {
  it('is a person a later pronoun stands for, even as one word', () => {
    const passages = [
      '"This is the most valuable content on the market," said Rich Greenfield, a media analyst. Swift, 34, thanked fans in an Instagram post. "I can\'t wait for you to see it," she wrote.',
      '"The plant will close," said Dana Whitfield, a union steward. Okafor, 61, has worked there for 30 years. "I have nowhere else to go," he said.',
      'The police chief, Sam Ruiz, said the road was closed. Hollis, 29, was arrested on Friday night. She told the court she was innocent.',
    ]
    expect(passages.map((p) => resolvedOrWritten(p).at(-1))).toEqual(['Swift', 'Okafor', 'Hollis'])
  })

  it('is not a year or a count set off the same way', () => {
    const text = 'Helvetia, 2023, was a bad year for the firm, the chairman said. Analysts, 40, were polled. "Sales will recover," she said.'
    expect(resolvedOrWritten(text).slice(-1)).not.toEqual(['Helvetia'])
  })
})

describe('a short given name', () => {
  it('tells the sex as the full one does: "Rich" is a man\'s, "Sue", "Jenny", "Meg", "Deb" and "Barb" a woman\'s', () => {
    const passages = [
      ['Maria Lopez, a buyer, said she was outbid. "Prices will rise," said Rich Greenfield, an analyst. "It was hopeless," she said.', 'Maria Lopez'],
      ['Tom Reyes, a buyer, said he was outbid. "Prices will rise," said Sue Bradley, an analyst. "It was hopeless," he said.', 'Tom Reyes'],
      ['Ahmed Nasser, a buyer, said he was outbid. "Prices will rise," said Jenny Cho, an analyst. "It was hopeless," he said.', 'Ahmed Nasser'],
      ['Tom Reyes, a buyer, said he was outbid. Meg Ryder, an analyst, expects prices to rise. "It was hopeless," he said.', 'Tom Reyes'],
      ['Paul Grant, a landlord, said he had raised rents. "Demand is strong," said Deb Haaland, an agent. "We can\'t keep up," he said.', 'Paul Grant'],
      ['Paul Grant, a landlord, said he had raised rents. "Demand is strong," said Barb Lutz, an agent. "We can\'t keep up," he said.', 'Paul Grant'],
    ]
    expect(passages.map(([p]) => resolvedOrWritten(p).at(-1))).toEqual(passages.map(([, who]) => who))
  })
})

describe('data firms quoted for figures', () => {
  it('are organizations, a box-office tracker\'s "Office" no government\'s and a clearinghouse no person', () => {
    const text = [
      'Mortgage rates hovered near 7 percent, according to Freddie Mac.',
      'Zillow puts the shortage at 4.5 million homes.',
      'The film grossed $261 million, per Box Office Mojo.',
      'Judges face a backlog of 3.7 million cases, according to the Transactional Records Access Clearinghouse at Syracuse University.',
      'Lennar said it had cut prices on 40 percent of its homes.',
    ].join(' ')
    expect(types(text)).toEqual([
      ['Freddie Mac', 'organization'],
      ['Zillow', 'organization'],
      ['Box Office Mojo', 'organization'],
      ['Transactional Records Access Clearinghouse at Syracuse University', 'organization'],
      ['Lennar', 'organization'],
    ])
  })
})

describe('a title written in capitals', () => {
  it('ends no sentence before the name, as in a transcript or a dateline', () => {
    const text = 'SEN. MARCUS HALE: I think it will pass.\n\nREP. ANNA LOPEZ: It will not.\n\nST. LOUIS — The city council met on Monday. DR. MAYA OKAFOR: Clinics reopen in May.\n\nGOV. TIM WALZ SIGNS BUDGET'
    expect(check(text).sentences.map((s) => s.text)).toEqual([
      'SEN. MARCUS HALE: I think it will pass.',
      'REP. ANNA LOPEZ: It will not.',
      'ST. LOUIS — The city council met on Monday.',
      'DR. MAYA OKAFOR: Clinics reopen in May.',
      'GOV. TIM WALZ SIGNS BUDGET',
    ])
  })

  it('still ends a shouted sentence that closes on an abbreviation', () => {
    const text = 'THE TALKS WILL RESUME IN THE U.S. WE EXPECT A DEAL.'
    expect(check(text).sentences.map((s) => s.text)).toEqual(['THE TALKS WILL RESUME IN THE U.S.', 'WE EXPECT A DEAL.'])
  })
})

describe('"add" with a noun object', () => {
  it('is no cue, whatever its subject', () => {
    const text = 'The Pro models add a dedicated camera button and a larger screen. The new rules add another hurdle to the mix. The latest studies add weight to the theory. Social media has added another link to the chain, she noted.'
    expect(labelAndCues(text)).toEqual([
      ['unattributed', []],
      ['unattributed', []],
      ['unattributed', []],
      ['direct', [['noted', 'she']]],
    ])
  })

  it('is still a cue with a clause or a quotation', () => {
    const text = 'The report adds that the dam was never inspected. "We will rebuild," the mayor added. Prices will rise, the study added.'
    expect(labels(text)).toEqual(['direct', 'direct', 'direct'])
  })
})

describe('a market-research firm', () => {
  it('is an organization by its last word "Research"', () => {
    const text = 'Counterpoint Research estimated that sales fell 3 percent. Hart Research found that most voters disagreed. According to Canalys Research, shipments rose.'
    expect(types(text)).toEqual([
      ['Counterpoint Research', 'organization'],
      ['Hart Research', 'organization'],
      ['Canalys Research', 'organization'],
    ])
  })
})

describe('a presentation, a prospectus, a handbook or an agenda', () => {
  it('is a document, named by its issuer, and refers back only to one written with its own noun', () => {
    const text = 'According to a district presentation, 900 students will be reassigned. The prospectus shows that the firm lost money. The presentation shows that bus routes will change. The staff handbook says teachers must report absences. The agenda shows the vote is on Friday.'
    expect(check(text).sentences.map((s) => s.attributions.map((a) => [a.source.text, a.source.kind, a.source.type, a.source.resolved ?? null]))).toEqual([
      [['a district presentation', 'named', 'document', 'district presentation']],
      [['The prospectus', 'named', 'document', 'prospectus']],
      [['The presentation', 'named', 'document', 'district presentation']],
      [['The staff handbook', 'named', 'document', 'staff handbook']],
      [['The agenda', 'named', 'document', 'agenda']],
    ])
  })
})

describe('a body known by its initials', () => {
  it('is an organization when no list knows it, never a person', () => {
    const text = 'AARP said the plan would raise premiums. The DFA said it would back the challenger. According to MWW, the client had left.'
    expect(types(text)).toEqual([
      ['AARP', 'organization'],
      ['DFA', 'organization'],
      ['MWW', 'organization'],
    ])
  })

  it('is what "the union" stands for later, but no company\'s noun: "the airline" after "BFMTV" is another body', () => {
    const text = 'The UAW said it would strike on Friday. The union said talks had failed.\n\nThe crew had flown for years, BFMTV reported. The pilot had logged 2,766 hours, the airline said.'
    expect(resolvedOrWritten(text)).toEqual(['UAW', 'UAW', 'BFMTV', 'airline'])
  })
})

describe('retailers, airlines and others quoted by name alone', () => {
  it('are organizations', () => {
    const text = 'CVS said shots would be available by next week. Home Depot said sales fell. American Airlines said it would add flights. Alphabet said profit rose.'
    expect(types(text)).toEqual([
      ['CVS', 'organization'],
      ['Home Depot', 'organization'],
      ['American Airlines', 'organization'],
      ['Alphabet', 'organization'],
    ])
  })
})

describe('a federal agency whose full name holds no government word', () => {
  it('is government, as its initials are, and "the agency" stands for it', () => {
    const text = 'The Centers for Disease Control and Prevention recommends that everyone get the shot. The agency says people who recently had COVID can wait.\n\nU.S. Customs and Border Protection said crossings fell. The National Hurricane Center said the storm would weaken. The NIH said trials would resume. FEMA said aid was on the way.'
    expect(check(text).summary.sources.map((s) => [s.name, s.type, s.sentences])).toEqual([
      ['Centers for Disease Control and Prevention', 'government', 2],
      ['U.S. Customs and Border Protection', 'government', 1],
      ['National Hurricane Center', 'government', 1],
      ['NIH', 'government', 1],
      ['FEMA', 'government', 1],
    ])
  })
})

describe('a table in a draft or a page', () => {
  const table = '| Department | 2024 | 2025 |\n| --- | --- | --- |\n| Police | $412m | $430m |\n| Libraries | $61m | $55m |'
  const rowsOf = (md: string) => checkDocument(md, 'markdown').report.sentences.map((s) => [s.text, s.role, s.label, s.attributions.map((a) => `${a.source.text}${a.inherited ? ' (inherited)' : ''}`)])

  it('has a claim a data row, its header a heading, and the rows take the source its credit line names', () => {
    expect(rowsOf(`The council approved the budget.\n\n${table}\n\nSource: City budget office\n\nThe vote was 9-4.`)).toEqual([
      ['The council approved the budget.', 'body', 'unattributed', []],
      ['Department | 2024 | 2025', 'heading', 'unattributed', []],
      ['Police | $412m | $430m', 'body', 'direct', ['City budget office (inherited)']],
      ['Libraries | $61m | $55m', 'body', 'direct', ['City budget office (inherited)']],
      ['Source: City budget office', 'caption', 'direct', ['City budget office']],
      ['The vote was 9-4.', 'body', 'unattributed', []],
    ])
  })

  it('leaves its rows unattributed claims with no credit line, so the check flags them', () => {
    const { report } = checkDocument(`The council approved the budget.\n\n${table}\n\nThe vote was 9-4.`, 'markdown')
    expect(report.summary.claims).toBe(4)
    expect(report.summary.flags.find((f) => f.code === 'unattributed-claims')?.sentences).toEqual([0, 2, 3, 4])
  })

  it('reads an HTML page\'s table the same way', () => {
    const html = '<article><p>The council approved the budget.</p><table><thead><tr><th>Department</th><th>2025</th></tr></thead><tbody><tr><td>Police</td><td>$430m</td></tr><tr><td>Libraries</td><td>$55m</td></tr></tbody></table><p>Source: City budget office</p></article>'
    const { report } = checkDocument(html, 'html')
    expect(report.sentences.map((s) => [s.text, s.role, s.label])).toEqual([
      ['The council approved the budget.', 'body', 'unattributed'],
      ['Department 2025', 'heading', 'unattributed'],
      ['Police $430m', 'body', 'direct'],
      ['Libraries $55m', 'body', 'direct'],
      ['Source: City budget office', 'caption', 'direct'],
    ])
  })

  it('has "Data:" or "Sources:" credit lines too, while a sentence about sources is prose', () => {
    expect(rowsOf(`${table}\n\nData: Zillow\n\nSources say the mayor will resign.`).slice(2)).toEqual([
      ['Libraries | $61m | $55m', 'body', 'direct', ['Zillow (inherited)']],
      ['Data: Zillow', 'caption', 'direct', ['Zillow']],
      ['Sources say the mayor will resign.', 'body', 'reported', ['Sources']],
    ])
  })
})

describe('a profile, a page, a résumé, a database or a registry', () => {
  it('is a document', () => {
    const text = 'According to his LinkedIn profile, he works as a consultant. According to her Facebook page, she moved to Ohio. According to the state\'s database, the license lapsed. According to the sex offender registry, he lives nearby. According to his résumé, he studied law.'
    expect(check(text).sentences.map((s) => s.attributions.map((a) => [a.source.kind, a.source.type]))).toEqual(Array(5).fill([['named', 'document']]))
  })
})

describe('"police" with no article', () => {
  it('is the police named before, one source row', () => {
    const text = 'A 27-year-old man was charged with murder, Chicago police said. Darnell Hayes was arrested on Monday, police said. Police said he fled on foot.\n\nThe Houston Police Department said two officers were hurt. Police said both were released.'
    expect(namesAndCounts(text)).toEqual([
      ['Chicago police', 3],
      ['Houston Police Department', 2],
    ])
  })
})

describe('a place that stands for the people of a trade', () => {
  it('is an unspecified group, vague, and no one a later "he" stands for', () => {
    const text = 'Wall Street had widely expected the decision. Silicon Valley believes the rules will fail. Capitol Hill is skeptical that the deal will pass.\n\nMark Cuban called for higher taxes on Wall Street. He said the plan was fair.'
    expect(check(text).sentences.map((s) => s.attributions.map((a) => [a.source.text, a.source.kind, a.source.resolved ?? null]))).toEqual([
      [['Wall Street', 'vague', null]],
      [['Silicon Valley', 'vague', null]],
      [['Capitol Hill', 'vague', null]],
      [],
      [['He', 'named', 'Mark Cuban']],
    ])
  })

  it('still names an outlet or a person whose name holds it', () => {
    const text = 'The Wall Street Journal reported the deal. Wall Street analyst Dan Ives said shares would rise. The Hollywood Reporter said the film flopped.'
    expect(types(text)).toEqual([
      ['Wall Street Journal', 'media'],
      ['Dan Ives', 'person'],
      ['Hollywood Reporter', 'media'],
    ])
  })
})

describe('a web address as a source', () => {
  it('ends before the sentence\'s period and is an organization', () => {
    const text = 'More than 400,000 customers are without power, according to PowerOutage.us. Friends were devastated, according to Tchadinfos.com. A screen image captured by Outsports.com showed that he had shared it.'
    expect(check(text).sentences.map((s) => s.attributions.map((a) => [a.source.text, a.source.type]))).toEqual([
      [['PowerOutage.us', 'organization']],
      [['Tchadinfos.com', 'organization']],
      [['Outsports.com', 'organization']],
    ])
  })

  it('leaves the periods of abbreviations with their words', () => {
    const text = 'The U.S. said at 7 a.m. that talks would resume. Ph.D. students, e.g. in Ohio, marched.'
    expect(check(text).sentences.map((s) => s.text)).toEqual(['The U.S. said at 7 a.m. that talks would resume.', 'Ph.D. students, e.g. in Ohio, marched.'])
  })
})

describe('documents identified by how they were obtained', () => {
  it('are named, as those seen by an outlet are; unidentified ones stay vague', () => {
    const text = 'Emails obtained through a public records request show that examiners had warned the board. Records obtained under the Freedom of Information Act show the plan was delayed. Documents seen by Reuters show the talks failed. Emails show the plan was delayed.'
    expect(check(text).sentences.map((s) => s.attributions.map((a) => a.source.kind))).toEqual([['named'], ['named'], ['named'], ['vague']])
  })
})

describe('British parties known by a short name', () => {
  it('are organizations, while conservative people stay a group', () => {
    const text = 'The Tories said the tax was unfair. The Lib Dems said it was fair. The Liberal Democrats warned that hospitals would suffer. Many conservatives said the ruling was wrong.'
    expect(check(text).sentences.map((s) => s.attributions.map((a) => [a.source.text, a.source.kind, a.source.type]))).toEqual([
      [['The Tories', 'named', 'organization']],
      [['The Lib Dems', 'named', 'organization']],
      [['The Liberal Democrats', 'named', 'organization']],
      [['Many conservatives', 'vague', 'anonymous']],
    ])
  })
})

describe('a name set off after the phrase that opens the sentence', () => {
  it('is the subject of the verb after it, not a tag whose speaker follows the verb', () => {
    const text = [
      'A spokesperson for the Chinese Embassy in Washington, Liu Pengyu, said Beijing "firmly opposes all forms of cyberattacks."',
      "Mr. Trump's former campaign manager, Corey Lewandowski, said the staff member who succeeded him should be fired.",
      'The head of the regional health authority, Amara Nwosu, told Reuters the clinics would reopen.',
      'Prices will rise next year, said Ana Ruiz, an economist at the bank.',
    ].join(' ')
    expect(resolvedOrWritten(text)).toEqual(['Liu Pengyu', 'Corey Lewandowski', 'Amara Nwosu', 'Ana Ruiz'])
  })
})

describe('a name joined to a body named after its article', () => {
  it('makes both the speakers, not only the body after "and"', () => {
    const text = [
      'The FBI and the Department of Homeland Security said the threat was credible.',
      'Clinton and the State Department have insisted that none of the messages was classified.',
      'Pfizer and the Food and Drug Administration announced that the trial would resume.',
      'Both Senator Alvarez and the Pentagon said the review was finished.',
    ].join(' ')
    expect(check(text).sentences.map((s) => s.attributions.map((a) => a.source.text))).toEqual([
      ['The FBI and the Department of Homeland Security'],
      ['Clinton and the State Department'],
      ['Pfizer and the Food and Drug Administration'],
      ['Senator Alvarez and the Pentagon'],
    ])
  })
  it('keeps one source for a body alone, a group joined to a noun, and a time before the body', () => {
    const text = 'In March and the months after, the ministry said exports fell. Both men said the deal was fair. The Department of Justice said the case was closed.'
    expect(check(text).sentences.map((s) => s.attributions.map((a) => a.source.text))).toEqual([['the ministry'], ['Both men'], ['The Department of Justice']])
  })
  it('names outlets joined by "and" by the words written, so a later mention of one is its own source', () => {
    const text = 'Reuters and the Associated Press reported the deal on Monday. The Associated Press later reported that talks had stalled. Both The New York Times and the Wall Street Journal confirmed the figures. RT and its defenders say the network is no more biased than others.'
    expect(check(text).sentences.map((s) => s.attributions.map((a) => a.source.resolved ?? a.source.text))).toEqual([
      ['Reuters and the Associated Press'],
      ['Associated Press'],
      ['New York Times and the Wall Street Journal'],
      ['RT'],
    ])
  })
})

describe("an office owned by someone", () => {
  it("is that owner's office, not the body named before it", () => {
    const text = "The Pentagon said the drills were routine. The mayor's office said the roads were closed. The Court of Appeals found that the law was too broad. The state attorney general's office said it was reviewing the decision. The Treasury said new sanctions were coming. The governor's office declined to comment and said a statement would follow."
    expect(resolvedOrWritten(text)).toEqual(['Pentagon', "mayor's office", 'Court of Appeals', "state attorney general's office", 'Treasury', "governor's office"])
  })
  it('still refers back to the office written in full, and a bare office noun to the body before it', () => {
    const text = "The Manhattan District Attorney's office said the case was closed. Later the district attorney's office said it would appeal. The Pentagon said the drills were routine. The agency said it would comply."
    expect(resolvedOrWritten(text)).toEqual(["Manhattan District Attorney's office", "Manhattan District Attorney's office", 'Pentagon', 'Pentagon'])
  })
})

describe('a name after its role at the opening of a sentence', () => {
  it('is the subject a later "he" or "she" stands for, not a person named earlier', () => {
    const text = [
      'Perry, 19, is the youngest player to score for the club. Rovers manager Ivan Sokolov was less restrained. He said the goal was offside.',
      'Ana Ruiz, 34, led the march. Union president Grace Obi was more cautious. She said talks would resume on Monday.',
      'Lee, 52, spoke first. Obama consultant Cornell Belcher picked up the thread. “They see it now,” he said.',
    ].join('\n\n')
    expect(resolvedOrWritten(text)).toEqual(['Ivan Sokolov', 'Grace Obi', 'Cornell Belcher'])
  })
  it('stays an object after a verb or a conjunction inside the clause', () => {
    const text = 'Ted Cruz is drawing sharp contrasts between himself and Republican front-runner Donald Trump. He said they differ on Israel.'
    expect(resolvedOrWritten(text)).toEqual(['Ted Cruz'])
  })
})

describe('a name set off after a relation', () => {
  it('stands where the relation stands: an object is not the subject a later "he" or "she" is', () => {
    const text = [
      'Harold Lee was born in Dayton. He is survived by a son, Michael; and a sister, Ruth. "My kids turned out decent," he said.',
      'Rita Gomez went public again as the senator campaigned beside his wife, Ann Gomez, in Ohio. On Sunday, she disclosed that she had kept the letters.',
      'Mayor Tom Reyes has shrugged off attacks from his rival, Dan Hale, and kept to his plan. "I have nothing to add," he said.',
    ].join('\n\n')
    expect(resolvedOrWritten(text)).toEqual(['Harold Lee', 'Rita Gomez', 'Tom Reyes'])
  })
  it('is a subject when the phrase opens the sentence or the comma ends an opening phrase', () => {
    const text = [
      'Ruiz spoke first. His brother, Mark, said the deal was fair. "It was fine," he said.',
      'Trump spoke first. In his assessment of the magnate, Felipe Calderon voiced disappointment. "It is incredible," he said.',
    ].join('\n\n')
    expect(resolvedOrWritten(text)).toEqual(['Mark', 'Mark', 'Felipe Calderon'])
  })
})

describe('a pope, a charity named by its trade, and dealers', () => {
  it('"the pontiff" is the pope named before, as "the pope" is', () => {
    const text = 'Pope Leo on Sunday called for a ceasefire, saying millions were at risk. Speaking to pilgrims, the pontiff said he was following the conflict "with great sorrow." Later the pope said talks must resume.'
    expect(sourceNames(text)).toEqual(['Leo'])
  })
  it('an aid or relief agency before a name is a charity, a news agency an outlet, a state agency a government body', () => {
    const text = 'Catholic aid agency Caritas said it could not deliver food. The relief agency Mercy Corps said camps were full. Japanese news agency Kyodo reported the deal. The state agency Caltrans said roads were closed.'
    expect(check(text).sentences.map((s) => s.attributions.map((a) => a.source.type))).toEqual([['organization'], ['organization'], ['media'], ['government']])
  })
  it('dealers are people, vague as a group or one unnamed, named as one definite dealer', () => {
    const kinds = (text: string) => check(text).sentences.map((s) => s.attributions.map((a) => [a.source.kind, a.source.type]))
    expect(kinds('Farm equipment dealers say sales have slumped. A car dealer said demand was weak.')).toEqual([[['vague', 'anonymous']], [['vague', 'anonymous']]])
    expect(kinds('The dealer said prices rose.')).toEqual([[['named', 'person']]])
  })
})

describe("initials in brackets after a body's name", () => {
  it('are that body when they come back, one source row', () => {
    const text = 'The Joint Chiefs of Staff (JCS) said it detected the launch. The missile flew about 600 kilometers, the JCS said. The Committee to Protect Journalists (CPJ) said 12 reporters were jailed. CPJ said the number was a record. The Union of Concerned Scientists (U.C.S.) warned that the plant was unsafe. The U.C.S. said repairs would take years.'
    expect(namesAndCounts(text)).toEqual([
      ['Joint Chiefs of Staff', 2],
      ['Committee to Protect Journalists', 2],
      ['Union of Concerned Scientists', 2],
    ])
  })
  it("leave a party letter after a person's name alone", () => {
    const text = 'Sen. Ann Lee (D) said the bill would pass. Rep. Bo Diaz (R) said it would fail.'
    expect(namesAndCounts(text)).toEqual([['Ann Lee', 1], ['Bo Diaz', 1]])
  })
})

describe('a document placed only by a country, a state or a city', () => {
  it('names no author, so it stays vague', () => {
    const text = [
      'United are closing in on a deal, according to multiple reports in Brazil and Norway.',
      'A British study found that coffee lowers the risk.',
      'Polls in New Hampshire show Trump ahead.',
      'A study from Denmark found that the drug works.',
      'Recent polls in Ohio and Iowa have shown the race tightening.',
    ].join(' ')
    expect(check(text).sentences.map((s) => [s.label, s.attributions.map((a) => a.source.kind)])).toEqual(Array(5).fill(['reported', ['vague']]))
  })
  it('is named by an outlet, a body, a journal or a seat of government that stands for one', () => {
    const text = [
      'Prices rose, according to a report in the Financial Times.',
      'A Harvard study found that coffee lowers the risk.',
      'A new Danish study, published in The Lancet, found that the drug works.',
      'A White House memo said the plan was ready.',
      'A Pentagon report found waste in the program.',
      'A study by a Russian sociologist, Mikhail Dmitriyev, concluded that voters were tired of the war.',
    ].join(' ')
    expect(check(text).sentences.map((s) => [s.label, s.attributions.map((a) => a.source.kind)])).toEqual(Array(6).fill(['direct', ['named']]))
  })
})

describe('countries and capitals the place list had lacked', () => {
  it('speak as governments; their people are vague groups', () => {
    const text = 'Denmark said it would send troops. Oslo said the talks had failed. Irish officials said the border would stay open. Ecuador announced that the embassy would close.'
    expect(check(text).sentences.map((s) => s.attributions.map((a) => [a.source.kind, a.source.type]))).toEqual([
      [['named', 'government']],
      [['named', 'government']],
      [['vague', 'anonymous']],
      [['named', 'government']],
    ])
  })
})

describe('sports outlets, council members and health systems', () => {
  it('are read as what they are', () => {
    const text = [
      'Sky Sports reported on Tuesday that United had made a second bid.',
      'BBC Sport said the fee was about £45 million.',
      '"Every gas line matters," said Councilmember Priya Natarajan, who sponsored the ordinance.',
      'Valley Health disputed that account.',
      'Atrium Health said the clinic would stay open.',
    ].join(' ')
    expect(rows(text)).toEqual([
      ['Sky Sports', 'media', 1],
      ['BBC Sport', 'media', 1],
      ['Priya Natarajan', 'person', 1],
      ['Valley Health', 'organization', 1],
      ['Atrium Health', 'organization', 1],
    ])
  })
})

describe('a sentence adverb set off after the opening phrase', () => {
  it('leaves the subject after it, for a participle or a second verb to take', () => {
    const text = [
      'On Thursday, however, Trump spoke to industry leaders, promising to lift regulations.',
      'At the same time, however, Xi has worked to calm fears, reassuring Putin that Beijing has no such plans.',
      'In Ohio, meanwhile, Governor Lee toured the plant, vowing to keep it open.',
    ].join(' ')
    expect(resolvedOrWritten(text)).toEqual(['Trump', 'Xi', 'Lee'])
  })
  it('is no subject itself', () => {
    expect(labels('On Thursday, however, the plant closed, leaving 200 people without work.')).toEqual(['unattributed'])
  })
})

describe('a promise whose verb ends in "us"', () => {
  it('is read as a verb after "to", as other promised verbs are', () => {
    const text = 'Trump revised his plan, promising to focus more of its benefits on workers. Weiner vowed to focus on his family. Lee pledged to discuss the budget with the unions.'
    expect(labelAndCues(text)).toEqual([
      ['direct', [['promising to', 'Trump']]],
      ['direct', [['vowed to', 'Weiner']]],
      ['direct', [['pledged to', 'Lee']]],
    ])
  })
  it('still reads a plural after "to" as whom it went to', () => {
    expect(labels('The mayor promised bonuses to nurses. The firm pledged its profits to charities.')).toEqual(['unattributed', 'unattributed'])
  })
})

describe('"by" an owner\'s count, estimate or account', () => {
  it("hands the sentence to the owner, as 'according to' does, under the owner's name", () => {
    const text = [
      "By the Pentagon's count, 40 soldiers died in the attack.",
      "Park's plan, by her own office's estimate, would add 3,000 homes.",
      "Forty people were arrested, by the ministry's tally.",
      'The Fed, by its own estimate, expects growth to slow.',
    ].join(' ')
    expect(check(text).sentences.map((s) => [s.label, s.attributions.map((a) => [a.cue.text, a.source.resolved ?? a.source.text, a.rule])])).toEqual([
      ['direct', [['count', 'Pentagon', 'by-count']]],
      ['direct', [['estimate', 'her own office', 'by-count']]],
      ['direct', [['tally', 'ministry', 'by-count']]],
      ['direct', [['estimate', 'Fed', 'by-count'], ['expects', 'Fed', 'thought-verb']]],
    ])
  })
  it('with no owner is a hedge, and the author\'s own count or an agent of a passive is none', () => {
    const text = 'By some estimates, 3,000 people died. By all accounts, she was a careful pilot. The forest was damaged by mining, by one estimate. By my count, the council has met twice. The plan was approved by the company\'s board.'
    expect(check(text).sentences.map((s) => [s.label, s.attributions.map((a) => a.rule)])).toEqual([
      ['reported', ['hedge-phrase']],
      ['reported', ['hedge-phrase']],
      ['reported', ['hedge-phrase']],
      ['unattributed', []],
      ['unattributed', []],
    ])
  })
  it('names a body in the view of its owner without the possessive ending', () => {
    expect(sourceNames("In the Pentagon's view, the drills were routine.")).toEqual(['Pentagon'])
  })
})

describe('a body by any of its names', () => {
  it('is one source row, whichever name comes first', () => {
    const text = 'The Federal Reserve said inflation was easing. The Fed said later it would hold rates. The Justice Department said the memo was accurate. The Department of Justice later said it would appeal. The EPA said the rule was final. The Environmental Protection Agency said it would enforce it. The Pentagon said the drills were routine. The Defense Department said they would go on.'
    expect(namesAndCounts(text)).toEqual([
      ['Federal Reserve', 2],
      ['Justice Department', 2],
      ['EPA', 2],
      ['Pentagon', 2],
    ])
  })
  it('keeps bodies with other names apart', () => {
    const text = 'The State Department said the talks were over. The Justice Department said the case was closed. The FBI said the threat was low.'
    expect(namesAndCounts(text)).toEqual([['State Department', 1], ['Justice Department', 1], ['FBI', 1]])
  })
})

describe("a body owning a noun of saying", () => {
  it("is named without the possessive ending, while a name ending in 's stays whole", () => {
    const text = "The judge rejected the city's argument that disclosure would harm the case. Lee denied the campaign's earlier claim that he wanted to cut pensions. Macy's said sales fell. Sotheby's estimated that the painting would fetch $50 million."
    expect(sourceNames(text)).toEqual(['judge', 'city', 'Lee', 'campaign', "Macy's", "Sotheby's"])
  })
})

describe('an -ing form right after a verb of saying', () => {
  it('opens what was said as its subject, so the sentence keeps the speaker\'s label', () => {
    const text = 'Officials said adding more staff would help. Analysts say calling the deal a bailout is unfair. Labor experts said labeling laid-off workers as poor performers could hurt them. Lee thinks cutting taxes would hurt schools.'
    expect(labelAndCues(text)).toEqual([
      ['reported', [['said', 'Officials']]],
      ['reported', [['say', 'Analysts']]],
      ['reported', [['said', 'Labor experts']]],
      ['direct', [['thinks', 'Lee']]],
    ])
  })
  it('is still a cue of its own after a comma, after a frame verb, or after a noun', () => {
    const text = 'She said, adding that the plan would fail. He kept saying the vote was rigged. She also sent a tweet saying she would act.'
    expect(check(text).sentences.map((s) => s.attributions.map((a) => a.cue.text))).toEqual([['said', 'adding that'], ['saying'], ['saying']])
  })
})

describe('a short label that leads into a list or a table', () => {
  it('is a heading, not a claim, in Markdown and in HTML', () => {
    const md = 'The board postponed the vote on Monday.\n\nKey points from the meeting:\n\n- The bell would move to 8:30 a.m.\n- Buses would cost $1.4 million more.\n\nWhat we know so far:\n\n| Item | Cost |\n| --- | --- |\n| Buses | $1.4m |\n'
    const roles = (r: ReturnType<typeof checkDocument>) => r.report.sentences.map((s) => [s.text, s.role])
    expect(roles(checkDocument(md, 'markdown')).filter(([, role]) => role === 'heading').map(([t]) => t)).toEqual(['Key points from the meeting:', 'What we know so far:', 'Item | Cost'])
    const html = '<p>The board postponed the vote.</p><p>Key points from the meeting:</p><ul><li>The bell would move to 8:30 a.m.</li></ul>'
    expect(roles(checkDocument(html, 'html'))).toEqual([['The board postponed the vote.', 'body'], ['Key points from the meeting:', 'heading'], ['The bell would move to 8:30 a.m.', 'body']])
  })
  it('and an instruction to visit a web address is no claim either', () => {
    expect(check('Visit https://example.gov/budget for the full report. Visitors came from 40 states.').sentences.map((s) => [s.role, s.claim])).toEqual([['question', false], ['body', true]])
  })

  it('and in plain text, before bullets or numbered items', () => {
    const text = 'Key takeaways:\n1. The Fed held rates steady.\n2. Powell said cuts were not on the table.\n\nWhat we know so far:\n- At least 12 people died.\n- The gunman was arrested.'
    expect(check(text).sentences.map((s) => s.role)).toEqual(['heading', 'body', 'body', 'heading', 'body', 'body'])
    expect(check('The district spent $2 million on buses last year:\n1. Most of it on fuel.').sentences.map((s) => s.role)).toEqual(['body', 'body'])
  })
  it('stays a claim or a cue when it says something, or when no list follows', () => {
    const md = 'The superintendent said:\n\n- Buses would cost more.\n\nThe district spent $2 million on buses last year:\n\n- Most of it on fuel.\n\nKey points from the meeting:\n\nThe bell would move to 8:30 a.m.\n'
    expect(checkDocument(md, 'markdown').report.sentences.map((s) => [s.label, s.role])).toEqual([
      ['direct', 'body'],
      ['direct', 'body'],
      ['unattributed', 'body'],
      ['unattributed', 'body'],
      ['unattributed', 'body'],
      ['unattributed', 'body'],
    ])
  })
})

describe('a time of day before a capitalised word', () => {
  it('ends the sentence unless a day, a month or a time zone goes on with the time', () => {
    const text = 'Teens should not start school before 8:30 a.m. Research has linked early starts to poor sleep. The polls close at 8 p.m. Results will follow. The vote is at 7 a.m. Tuesday in the hall. The debate starts at 9 p.m. ET on Monday. Coverage begins at 9 p.m. E.T. on the website. The fire started at 2 a.m. Police said it spread fast.'
    expect(check(text).sentences.map((s) => s.text)).toEqual([
      'Teens should not start school before 8:30 a.m.',
      'Research has linked early starts to poor sleep.',
      'The polls close at 8 p.m.',
      'Results will follow.',
      'The vote is at 7 a.m. Tuesday in the hall.',
      'The debate starts at 9 p.m. ET on Monday.',
      'Coverage begins at 9 p.m. E.T. on the website.',
      'The fire started at 2 a.m.',
      'Police said it spread fast.',
    ])
  })
})

describe('a byline with its date after a bar', () => {
  it('is boilerplate, as a byline alone is', () => {
    const text = 'Wildfire forces evacuations\n\nBy Sam Ortega | Updated 6:42 p.m.\n\nBy Ana Ruiz · Nov. 30, 2026\n\nA wildfire burned 4,000 acres on Tuesday, officials said.\n\nBy Tuesday night the fire had spread.'
    expect(check(text).sentences.map((s) => s.role)).toEqual(['heading', 'boilerplate', 'boilerplate', 'body', 'body'])
  })
})

describe('"called" with an adjective that has no telltale ending', () => {
  it('reports the speaker\'s judgement', () => {
    const text = 'Lee called the report false. The White House pushed back, calling the report false. Ortiz called the charges bogus and vowed to fight. Trump dismissed critics who called the remarks sexist.'
    expect(labelAndCues(text)).toEqual([
      ['direct', [['called', 'Lee']]],
      ['direct', [['calling', 'The White House']]],
      ['direct', [['called', 'Ortiz'], ['vowed to', 'Ortiz']]],
      ['reported', [['called', 'critics']]],
    ])
  })
  it('is still an act when a place, a time or a purpose follows the object', () => {
    expect(labels('Lee called the police. She called the hotline twice. He called the meeting to order.')).toEqual(['unattributed', 'unattributed', 'unattributed'])
  })
})

describe('"the agency" after an outlet', () => {
  it('is a wire service or a state news agency named before, never another outlet', () => {
    expect(resolvedOrWritten('The company is weighing a sale, Axios reported. The agency estimates that 2 million people lack clean water.')).toEqual(['Axios', 'agency'])
    expect(resolvedOrWritten('The talks failed, Reuters reported. The agency said officials would meet again.')).toEqual(['Reuters', 'Reuters'])
    expect(resolvedOrWritten('KCNA said the test succeeded. The agency added that Kim watched.')).toEqual(['KCNA', 'KCNA'])
    expect(resolvedOrWritten('The Daily Ledger reported the fire. The agency said crews were on scene.')).toEqual(['Daily Ledger', 'agency'])
  })
})

describe('a verb after an aside that follows the subject', () => {
  it('has that subject as its speaker, not the noun after it', () => {
    const text = 'The official, speaking on the condition of anonymity, confirmed the report. The lawmaker, who represents a district in Albay, said Trump\'s remarks had shamed the country. The minister, visibly angry, denied the claims.'
    expect(labelAndCues(text)).toEqual([
      ['reported', [['confirmed', 'The official']]],
      ['direct', [['said', 'The lawmaker']]],
      ['direct', [['denied', 'The minister']]],
    ])
  })
  it('is still inverted after what was said', () => {
    const text = 'The plan, said Lee, is dead. Prices will rise next year, said Ana Ruiz, an economist. The economy is weak, warned the central bank.'
    expect(check(text).sentences.map((s) => s.attributions.map((a) => [a.source.text, a.rule]))).toEqual([
      [['Lee', 'inverted-cue']],
      [['Ana Ruiz', 'inverted-cue']],
      [['the central bank', 'inverted-cue']],
    ])
  })
})

describe('a headline that drops the "is" of a hedge', () => {
  it('is a sourceless hedge, not the subject\'s own thought', () => {
    const text = 'Fed expected to hold rates steady\n\nSuspect believed to be armed, police say\n\nThe Fed is meeting this week.'
    expect(check(text).sentences.map((s) => s.attributions.map((a) => [a.cue.text, a.rule]))).toEqual([
      [['expected to', 'hedge-passive']],
      [['believed to', 'hedge-passive'], ['say', 'speech-verb']],
      [],
    ])
  })
  it('keeps a verb with its subject in a headline and in prose', () => {
    const text = 'Analysts expect Fed to hold rates\n\nThe Fed expected to hold rates steady last year.'
    expect(check(text).sentences.map((s) => s.attributions.map((a) => [a.cue.text, a.rule]))).toEqual([[['expect', 'thought-verb']], [['expected to', 'thought-verb']]])
  })
})

describe('a pronoun owning an opening phrase before the speaker', () => {
  it('is the speaker who follows, not the person named before', () => {
    const text = 'Justice Samuel Alito was joined by Justice Neil Gorsuch. In his opinion, Alito argued that the majority had ignored precedent. Mayor Ruth Bell spoke after Dana Cole. In her statement, Cole said the budget was balanced. Ken Ito met Omar Farouk. In his words, Farouk said, the talks were frank.'
    expect(resolvedOrWritten(text)).toEqual(['Samuel Alito', 'Dana Cole', 'Omar Farouk'])
  })
  it('still stands for someone before when no speaker follows it, or another speaker does', () => {
    const text = 'Mark Lopez spoke first. In his view, the plan will fail. Ana Ruiz testified on Monday. In her view, the plan is flawed, officials said.'
    expect(resolvedOrWritten(text)).toEqual(['Mark Lopez', 'Ana Ruiz', 'officials'])
  })
})

describe("a vote's tally between a court's verb and its that-clause", () => {
  it('is passed over, so the ruling is the court\'s', () => {
    const text = 'The Supreme Court ruled 6-3 on Thursday that states may not keep the surplus. The Ninth Circuit found 2–1 that the map diluted Black votes. The state high court ruled 4-3 last week that the ban was unconstitutional.'
    expect(labelAndCues(text)).toEqual([
      ['direct', [['ruled', 'The Supreme Court']]],
      ['direct', [['found', 'The Ninth Circuit']]],
      ['direct', [['ruled', 'The state high court']]],
    ])
  })
  it('leaves a tally with no content after it, or a score, the author\'s', () => {
    expect(labels('The court ruled 9-0 on the matter. The Lakers beat the Celtics 110-98 on Sunday.')).toEqual(['unattributed', 'unattributed'])
  })
})

describe("a company's trade noun", () => {
  it('stands for no company written with another trade', () => {
    const text = 'Fares rose 8 percent, according to the aviation analytics firm Cirium. The airline said it would add flights. Claims doubled, said the energy consultancy Brenwick Partners. The insurer said it would raise premiums.'
    expect(resolvedOrWritten(text)).toEqual(['Cirium', 'airline', 'Brenwick Partners', 'insurer'])
  })
  it('stands for one written with that trade, and any company\'s noun for one of any trade', () => {
    const text = 'Prices rose, according to the analytics firm Kpler. The company said demand was strong. Output slipped, according to the drugmaker Halvern. The drugmaker said supply would recover. Bookings fell at the budget carrier Flair. The carrier said it would cut routes.'
    expect(resolvedOrWritten(text)).toEqual(['Kpler', 'Kpler', 'Halvern', 'Halvern', 'Flair'])
  })
})

describe('a noun of saying set off after the content, its speaker owned by a pronoun', () => {
  it('has the owned speaker as its source, not the noun with it', () => {
    const text = 'The agency said in court filings that Ortega missed a hearing, a claim his lawyers dispute. Police said the car was stolen, an allegation her family denies. He ran the city well, a claim his opponents deny.'
    expect(labelAndCues(text)).toEqual([
      ['direct', [['said', 'The agency'], ['dispute', 'his lawyers']]],
      ['direct', [['said', 'Police'], ['denies', 'her family']]],
      ['reported', [['deny', 'his opponents']]],
    ])
  })
  it('leaves a speaker joined to a pronoun\'s phrase whole', () => {
    expect(labelAndCues('One of his aides said the talks failed.')).toEqual([['reported', [['said', 'One of his aides']]]])
  })
})

describe('a notice, a brief or a subpoena', () => {
  it('is its own document, not the paper or report before it', () => {
    const text = 'A 2019 paper claimed that lost sleep erased learning. The retraction notice says the images were altered. A report by the inspector general found that funds were misused. The subpoena says the records must be produced by May 1. A study found that the drug cut deaths. The brief says the trial was flawed.'
    expect(resolvedOrWritten(text)).toEqual(['2019 paper', 'retraction notice', 'report by the inspector general', 'subpoena', 'study', 'brief'])
  })
})

describe("a passive's agent", () => {
  it('is whom a later pronoun stands for, as a subject is', () => {
    const text = 'Dr. Ana Ruiz led the study. Doubts were raised last year by Maria Chen, an image analyst. She said the data were thin. Mark Ellis opposed the bill. It was written by Senator Tom Udall. He said it would pass.'
    expect(resolvedOrWritten(text)).toEqual(['Maria Chen', 'Tom Udall'])
  })
  it('leaves a name after "by" that is no agent an object', () => {
    const text = 'Dr. Ana Ruiz stood by Maria Chen at the hearing. She said the data were sound.'
    expect(resolvedOrWritten(text)).toEqual(['Ana Ruiz'])
  })
})

describe('what a body grants or refuses', () => {
  it('is an act when denied, not a claim denied', () => {
    const text = "The Maplewood Planning Board voted 5-2 late Tuesday to deny a developer's application to build 240 apartments. The judge denied the request for a delay. The city denied the permit in March. The consulate denied him a visa twice."
    expect(labels(text)).toEqual(['unattributed', 'unattributed', 'unattributed', 'unattributed'])
  })
  it('leaves a denied claim, report or allegation a denial', () => {
    const text = 'Kim denied the allegations. The ministry denied the report on Tuesday. The agency confirmed the request had been received.'
    expect(labels(text)).toEqual(['direct', 'direct', 'direct'])
  })
})

describe('"One" or "Another" with its name set off', () => {
  it('speaks by that name', () => {
    const text = "Conservative groups greeted the list coolly. One, the Lepanto Institute, said in a post that the choices showed drift. Two unions backed the deal. Another, the Teamsters, said it would wait. Many analysts were skeptical. One, Dana Ruiz of Moody's, said growth would slow."
    expect(labelAndCues(text).filter(([label]) => label !== 'unattributed')).toEqual([
      ['direct', [['said', 'the Lepanto Institute']]],
      ['direct', [['said', 'the Teamsters']]],
      ['direct', [['said', "Dana Ruiz of Moody's"]]],
    ])
  })
  it('stays vague with no name set off, and names listed still speak together', () => {
    expect(labelAndCues('One said the vote was rigged. Ruiz, Diaz and Lee said the deal was fair.')).toEqual([
      ['reported', [['said', 'One']]],
      ['direct', [['said', 'Ruiz, Diaz and Lee']]],
    ])
  })
})

describe('watchers of a body, a country or a field', () => {
  it('are unnamed people', () => {
    expect(types('Vatican watchers said the move was bold. Kremlin watchers say Putin is isolated.')).toEqual([
      ['Vatican watchers', 'anonymous'],
      ['Kremlin watchers', 'anonymous'],
    ])
  })
})

describe('a coast guard', () => {
  it('speaks for its state, as a navy does', () => {
    expect(types('The Philippine coast guard said the ship had been shadowed. The Greek coastguard said 40 migrants were rescued. The U.S. Coast Guard said it had suspended the search.')).toEqual([
      ['Philippine coast guard', 'government'],
      ['Greek coastguard', 'government'],
      ['U.S. Coast Guard', 'government'],
    ])
  })
})

describe("a transcript's turns", () => {
  const interview = [
    'Mayor Elena Ruiz of Riverton spoke with the Ledger on Monday. The interview has been edited for length and clarity.',
    'Q: When did you first learn the dam was in trouble?',
    'Ruiz: At about 2 a.m. on Saturday. The county called my cell phone.',
    'Q: Did the state warn you?',
    'Ruiz: No. We were never told the dam was at risk.',
  ].join('\n\n')
  it('are their speaker\'s words to the paragraph\'s end, while the interviewer only asks', () => {
    expect(check(interview).sentences.map((s) => [s.role, s.label, s.attributions.map((a) => a.source.resolved ?? a.source.text)])).toEqual([
      ['body', 'unattributed', []],
      ['boilerplate', 'unattributed', []],
      ['question', 'unattributed', []],
      ['body', 'direct', ['Elena Ruiz']],
      ['body', 'direct', ['Elena Ruiz']],
      ['question', 'unattributed', []],
      ['body', 'direct', ['Elena Ruiz']],
      ['body', 'direct', ['Elena Ruiz']],
    ])
  })
  it('name speakers in capitals, by full name or surname, as a broadcast transcript does', () => {
    const text = [
      'SEN. MARCUS HALE: We will not vote for this bill. It spends too much.',
      'JAKE TAPPER: Senator, your own state gets the money.',
      'HALE: That is not the point.',
      'TAPPER: Take a listen.',
    ].join('\n\n')
    expect(resolvedOrWritten(text)).toEqual(['MARCUS HALE', 'MARCUS HALE', 'JAKE TAPPER', 'MARCUS HALE', 'JAKE TAPPER'])
  })
  it('need a document where a name labels more than one line, some words after the label, and a person', () => {
    const documents = [
      'Mark Cuban: I would consider a run for the White House.\n\nThe billionaire spoke on a podcast.',
      'Kasich: Now or never.\n\nCruz: Just hang on.\n\nRubio: Win Florida.',
      'Clinton: 547.\n\nClinton: 2,316.',
      'Update: The bridge reopened at noon.\n\nUpdate: Two lanes remain closed.',
    ]
    expect(documents.map(labels)).toEqual([['unattributed', 'unattributed'], ['unattributed', 'unattributed', 'unattributed'], ['unattributed', 'unattributed'], ['unattributed', 'unattributed']])
  })
  it('let a full name speak once where others speak more', () => {
    const text = ['JAKE TAPPER: Governor, thank you for joining us.', 'GOV. MARY FALLIN: Thank you for having me.', 'TAPPER: Let us start with the budget.'].join('\n\n')
    expect(resolvedOrWritten(text)).toEqual(['JAKE TAPPER', 'MARY FALLIN', 'JAKE TAPPER'])
  })
})

describe('a passive of "told" that is negated', () => {
  it('hands on nothing anyone said', () => {
    expect(labels('We were never told the dam was at risk. Residents were not told that the water was unsafe. Lee had been told before the vote that the bill would pass.')).toEqual(['unattributed', 'unattributed', 'reported'])
  })
})

describe("a fact check's claim label", () => {
  it('puts the claim under examination on no one\'s word, while the facts stay the author\'s', () => {
    const text = ['CLAIM: Violent crime in Arizona has doubled since 2020.', "THE FACTS: It hasn't.", 'Myth: Vaccines cause autism.', 'Fact: They do not.', 'The claim: The bridge was sold to a foreign company.'].join('\n\n')
    expect(labelAndCues(text)).toEqual([
      ['reported', [['CLAIM:', null]]],
      ['unattributed', []],
      ['reported', [['Myth:', null]]],
      ['unattributed', []],
      ['reported', [['The claim:', null]]],
    ])
  })
})

describe("a country's delegation", () => {
  it('speaks for its government, and "it" after it is the delegation', () => {
    const text = 'The Saudi delegation rejected that characterization. In a statement, it said the kingdom remained committed. The French delegation said it would stay.'
    expect(types(text)).toEqual([
      ['Saudi delegation', 'government'],
      ['French delegation', 'government'],
    ])
  })
})

describe("a firm's published work with a second cue", () => {
  it('stays on record for the participle and the quotation after it', () => {
    const text = 'Analysts at Bernstein wrote in a note to clients that the move would help margins, estimating savings of $1.1 billion a year. "This is about discipline, not distress," they wrote. Strategists at Goldman Sachs said in a report that rates would fall, predicting three cuts.'
    expect(rows(text)).toEqual([
      ['Analysts at Bernstein', 'organization', 2],
      ['Strategists at Goldman Sachs', 'organization', 1],
    ])
  })
  it('leaves analysts with no firm and no note unnamed', () => {
    expect(labelAndCues('Analysts said the move would help margins, estimating savings of $1 billion.')).toEqual([['reported', [['said', 'Analysts'], ['estimating', 'Analysts']]]])
  })
})

describe('an indefinite article before an owner', () => {
  it('leaves the phrase indefinite: one of a kind, or someone\'s unnamed', () => {
    const text = "A citizens' group has said it will challenge the vote in court. A farmers' union said prices were too low. A senator's aide said the bill was dead."
    expect(labels(text)).toEqual(['reported', 'reported', 'reported'])
  })
  it('keeps a definite owner\'s person named', () => {
    expect(labels("Her mother said the bill was dead. The victim's brother said he was home. The union's president said talks would resume.")).toEqual(['direct', 'direct', 'direct'])
  })
})

describe("a meeting's minutes", () => {
  it('are a document, whole, by their noun, article or owner', () => {
    const text = "The board voted on Tuesday, according to meeting minutes posted Wednesday. The Fed's minutes showed that officials were divided. The council minutes say the vote was unanimous."
    expect(labelAndCues(text)).toEqual([
      ['direct', [['according to', 'meeting minutes posted Wednesday']]],
      ['direct', [['showed that', "The Fed's minutes"]]],
      ['direct', [['say', 'The council minutes']]],
    ])
  })
  it('leave minutes of time an adjunct', () => {
    expect(labelAndCues('Officials said ten minutes later that the fire was out. Officials minutes later said the roads were open.')).toEqual([
      ['reported', [['said', 'Officials']]],
      ['reported', [['said', 'Officials']]],
    ])
  })
})

describe('a state by its name', () => {
  it('speaks through its government, as a country does', () => {
    expect(types('Ohio said the rule was unlawful. Georgia said the count was accurate. Texas sued the administration, calling the rule unlawful.')).toEqual([
      ['Ohio', 'government'],
      ['Georgia', 'government'],
      ['Texas', 'government'],
    ])
  })
})

describe('a name joined to others of its kind', () => {
  it('is a named speaker beside an unnamed group, in either order of reading', () => {
    const text = 'Texas and 19 other states sued the administration, calling the rule unlawful. California and other states said the rule was unlawful. Crane, Kibbe and other libertarians said the party had changed.'
    expect(labelAndCues(text)).toEqual([
      ['direct', [['calling', 'Texas'], ['calling', '19 other states']]],
      ['direct', [['said', 'California'], ['said', 'other states']]],
      ['direct', [['said', 'Crane, Kibbe'], ['said', 'other libertarians']]],
    ])
  })
  it('leaves two modifiers of one head a single unnamed group', () => {
    expect(labelAndCues('Current and former officials said the plan failed.')).toEqual([['reported', [['said', 'Current and former officials']]]])
  })
})

describe('a well-known company by its one-word name', () => {
  it('is an organisation, not a person', () => {
    expect(types('Heineken said sales of its zero-alcohol beer grew. Nokia said it would cut 14,000 jobs. Barclays said profit fell. Honda said it would recall 300,000 cars.')).toEqual([
      ['Heineken', 'organization'],
      ['Nokia', 'organization'],
      ['Barclays', 'organization'],
      ['Honda', 'organization'],
    ])
  })
})

describe('a body of government only mentioned', () => {
  it('is what its office noun stands for later', () => {
    const text = 'The Chicago Police Department arrested two men after a chase on the South Side on Friday night. The suspects were held overnight, according to the department. The Health Ministry opened a clinic in the north of the country last week. The ministry said it would open two more.'
    expect(resolvedOrWritten(text)).toEqual(['Chicago Police Department', 'Health Ministry'])
  })
  it('is no company a company noun stands for, and a name that goes on past "of" is read whole, not cut short', () => {
    const text = 'The Treasury Department approved the merger of the two drugmakers on Monday. The combined company said it would cut jobs. A panel of the U.S. Court of Appeals heard the case in the spring. The court said the law stood.'
    expect(resolvedOrWritten(text)).toEqual(['combined company', 'U.S. Court of Appeals'])
  })
})

describe("a note about the writer closing the article", () => {
  it('is boilerplate, by the byline\'s name or as "The writer is…"', () => {
    const opinion = ['By Priya Shah', 'The bus lanes are working, the transit agency said.', 'Priya Shah is a transportation planner and a member of the Ledger\'s editorial board.'].join('\n\n')
    const oped = ['The treaty will hold, the minister said.', 'The writer is a former ambassador to Japan.'].join('\n\n')
    const two = ['By Jane Doe and Ali Reza', 'Rates will fall, the bank said.', 'Jane Doe, a former diplomat, is a senior fellow at the Atlantic Council. She served in Tokyo.'].join('\n\n')
    expect([opinion, oped, two].map((t) => check(t).sentences.map((s) => s.role))).toEqual([
      ['boilerplate', 'body', 'boilerplate'],
      ['body', 'boilerplate'],
      ['boilerplate', 'body', 'boilerplate', 'boilerplate'],
    ])
  })
  it('is boilerplate by what the writer did, and before an opinion page\'s disclaimer', () => {
    const teacher = ['By Margaret Ellis', 'The phone ban has reduced distractions, administrators say.', 'Margaret Ellis taught English at Lincoln High School from 1993 to 2023. The views expressed here are her own.'].join('\n\n')
    const reporter = ['By Tomas Lind', 'The port will reopen, officials said.', 'Tomas Lind covered the Baltic for two decades.', 'The opinions expressed in this commentary are solely those of the author.'].join('\n\n')
    expect([teacher, reporter].map((t) => check(t).sentences.map((s) => [s.role, s.claim]))).toEqual([
      [['boilerplate', false], ['body', true], ['boilerplate', false], ['boilerplate', false]],
      [['boilerplate', false], ['body', true], ['boilerplate', false], ['boilerplate', false]],
    ])
    // (a disclaimer anywhere is one; a writer's name in the story's own last line is no note)
    expect(check('The views expressed in this newsletter are those of its contributors. Rates rose.').sentences.map((s) => s.role)).toEqual(['boilerplate', 'body'])
    expect(check(['By Jane Doe', 'The tax will pass, the minister said.', 'The vote is on Friday. Jane Doe taught there.'].join('\n\n')).sentences.map((s) => s.role)).toEqual(['boilerplate', 'body', 'body', 'body'])
  })
  it('is found by the byline\'s name past its title', () => {
    const text = ['By Sen. Maria Delgado', 'The bill would require labels on AI ads, the commission said.', 'Maria Delgado is a Democratic senator from New Mexico.'].join('\n\n')
    const doctor = ['By Dr. Ana Ruiz', 'Measles is spreading, the health department said.', 'Ana Ruiz is a pediatrician in El Paso.'].join('\n\n')
    expect([text, doctor].map((t) => check(t).sentences.map((s) => s.role))).toEqual([
      ['boilerplate', 'body', 'boilerplate'],
      ['boilerplate', 'body', 'boilerplate'],
    ])
  })
  it('is the writer\'s name only when the last paragraph opens with it', () => {
    const text = ['By Jane Doe', 'The tax will pass, the minister said.', 'The vote is on Friday. Jane Doe is a senator.'].join('\n\n')
    expect(check(text).sentences.map((s) => s.role)).toEqual(['boilerplate', 'body', 'body', 'body'])
  })
})

describe('a short quotation after a noun of saying and a colon', () => {
  it('is what the subject said', () => {
    const text = 'The mayor had a simple message: "Stay home." The agency posted a one-line reply: “We disagree.” The senator had a short answer: "Never."'
    expect(labelAndCues(text)).toEqual([
      ['direct', [[':', 'The mayor']]],
      ['direct', [[':', 'The agency']]],
      ['direct', [[':', 'The senator']]],
    ])
  })
  it('leaves a short quoted term after another noun the author\'s', () => {
    expect(labels('He added a new title to his résumé: “song anthropologist.” The sign had one word: "Closed."')).toEqual(['unattributed', 'unattributed'])
  })
})

describe('a capital letter after a lowercase word', () => {
  it('ends its sentence before a plural of people: the letter is a name of its own, not an initial', () => {
    const text = 'The agency said in a post on X. Forecasters expect more rain tonight. The song is on Side B. Critics called it weak. Ms. Ortiz wrote on X. Residents were told to leave.'
    expect(check(text).sentences.map((s) => s.text)).toEqual([
      'The agency said in a post on X.',
      'Forecasters expect more rain tonight.',
      'The song is on Side B.',
      'Critics called it weak.',
      'Ms. Ortiz wrote on X.',
      'Residents were told to leave.',
    ])
  })
  it('stays an initial before a name, and after a given name', () => {
    const text = 'The memo was written by J. Edgar Hoover. It was signed by George W. Bush in 2002. The award went to C. Everett Koop.'
    expect(check(text).sentences.map((s) => s.text)).toEqual(['The memo was written by J. Edgar Hoover.', 'It was signed by George W. Bush in 2002.', 'The award went to C. Everett Koop.'])
  })
})

describe('an adverb after an act that a verb of saying takes', () => {
  it('closes the object before a preposition: the act stays the author\'s', () => {
    const text = 'The district announced the closure shortly after noon. The county announced the curfew soon after the storm. The union declared victory late on Friday. The league announced the suspension just before kickoff.'
    expect(labels(text)).toEqual(['unattributed', 'unattributed', 'unattributed', 'unattributed'])
  })
  it('is no clause\'s verb, but an adverb before a verb still is, and how one views a thing is the view', () => {
    const text = 'The company claims its new cells easily last twice as long. The firm says its batteries quickly charge in minutes. Forty percent of voters viewed her favorably in the poll. Most Republicans view him unfavorably, the survey found.'
    expect(labels(text)).toEqual(['direct', 'direct', 'reported', 'direct'])
    expect(check(text).sentences[3].attributions.map((a) => a.source.text)).toEqual(['Most Republicans', 'the survey'])
  })
})

describe('a Texas school district by its initials', () => {
  it('is an organisation', () => {
    expect(types('Houston ISD said classes would resume on Monday. Austin ISD said buses would not run. Fort Worth ISD announced that schools would close.')).toEqual([
      ['Houston ISD', 'organization'],
      ['Austin ISD', 'organization'],
      ['Fort Worth ISD', 'organization'],
    ])
  })
})

describe('a participle of saying after a move in a market', () => {
  it('is said by the subject of the clause before its comma, not by the shares or the prices', () => {
    const text = 'Shares of Halvern Pharmaceuticals fell 14% on Tuesday after the drugmaker cut its revenue forecast, citing weaker demand for its drug. The retailer\'s stock rose 6% after Marlow Stores raised its outlook, saying holiday sales had been strong. Oil prices climbed as OPEC agreed to extend its cuts, citing concerns about a weak global economy.'
    expect(check(text).sentences.map((s) => s.attributions.map((a) => [a.source.text, a.source.resolved ?? null]))).toEqual([
      [['the drugmaker', 'Halvern Pharmaceuticals']],
      [['Marlow Stores', null]],
      [['OPEC', null]],
    ])
  })
  it('keeps a speaking subject: a company that fell is still the one citing', () => {
    const text = 'Halvern Pharmaceuticals cut its forecast after sales fell, citing weaker demand. The mayor resigned after prices soared, saying she had failed.'
    expect(check(text).sentences.map((s) => s.attributions.map((a) => a.source.text))).toEqual([['Halvern Pharmaceuticals'], ['The mayor']])
  })
})

describe('a clock time after a verb of saying', () => {
  it('is an adjunct, not the start of what was said', () => {
    const text = 'Officers responded to a call at 2:15 a.m. on Friday. The mayor spoke at 3 p.m. The governor said at 10:30. Firefighters responded to the fire around 4:40.'
    expect(labels(text)).toEqual(['unattributed', 'unattributed', 'unattributed', 'unattributed'])
  })
  it('is passed over before the content', () => {
    const text = 'The mayor said at 10:30 p.m. that the curfew would end. The sheriff said at 9 a.m. ET the roads were closed. Ms. Ruiz said, at 2:15, that she would resign.'
    expect(labels(text)).toEqual(['direct', 'direct', 'direct'])
  })
})

describe('"her" right after a naming verb and before a quotation', () => {
  it('is the one named, so the quotation is the subject\'s words', () => {
    const text = 'Delaney\'s campaign called her "the most liberal nominee Arizona has ever seen." The union branded her “a strikebreaker.” Sen. Ana Ruiz labeled her "the senator from Wall Street."'
    expect(labelAndCues(text)).toEqual([
      ['direct', [['called', "Delaney's campaign"]]],
      ['direct', [['branded', 'The union']]],
      ['direct', [['labeled', 'Sen. Ana Ruiz']]],
    ])
  })
  it('leaves a thing named after a common noun, with or without an article', () => {
    expect(labels('A group called the "Proud Boys" marched downtown. A plan dubbed “Homes First” was approved. Brown endorsed her, citing her "long experience" in office.')).toEqual(['unattributed', 'unattributed', 'unattributed'])
  })
})

describe('"label" after an adjective', () => {
  it('is a record label, no verb of saying with the sentence before it as speaker', () => {
    const text = 'Her new record, "Salt Road," comes out Friday on a small independent label. The band\'s debut was released in 2019 on a Seattle label. Critics label the plan "a giveaway." The union labels the offer "an insult."'
    expect(labelAndCues(text)).toEqual([
      ['unattributed', []],
      ['unattributed', []],
      ['reported', [['label', 'Critics']]],
      ['direct', [['labels', 'The union']]],
    ])
  })
})

describe('a credit line under a quotation', () => {
  const rowsOf = (sentences: ReturnType<typeof check>['sentences']) => sentences.map((s) => [s.role, s.label, s.attributions.map((a) => `${a.source.text}${a.inherited ? ' (inherited)' : ''}`)])
  it('names the speaker of the quotation above it, and is a credit, not a claim', () => {
    const text = ['"We cannot keep patching a system that is falling apart."\n— Helen Marsh, director', 'The board voted on Friday.', '“Half our mains are older than I am. We need the money.”', '-- Gov. Tina Kotek', '"Detention without charge is never acceptable."\n– Amnesty International'].join('\n\n')
    expect(rowsOf(check(text).sentences)).toEqual([
      ['body', 'direct', ['Helen Marsh (inherited)']],
      ['caption', 'direct', ['Helen Marsh']],
      ['body', 'unattributed', []],
      ['body', 'direct', ['Gov. Tina Kotek (inherited)']],
      ['body', 'direct', ['Gov. Tina Kotek (inherited)']],
      ['caption', 'direct', ['Gov. Tina Kotek']],
      ['body', 'direct', ['Amnesty International (inherited)']],
      ['caption', 'direct', ['Amnesty International']],
    ])
  })
  it('goes before the speaker of the sentence above the block quote, in Markdown too', () => {
    const md = 'Marsh spoke for an hour. "Half our mains are older than I am," she told the board.\n\n> "We cannot keep patching a system that is falling apart."\n> — Ruth Adeyemi, council member\n'
    expect(rowsOf(checkDocument(md, 'markdown').report.sentences).slice(1)).toEqual([
      ['body', 'direct', ['she']],
      ['body', 'direct', ['Ruth Adeyemi (inherited)']],
      ['caption', 'direct', ['Ruth Adeyemi']],
    ])
  })
  it('is a dash line of prose when no name runs to its end', () => {
    const text = 'The plan has three parts.\n\n— The average bill would rise about $6 a month.\n\n— Helen Marsh said the pipes were old.'
    expect(rowsOf(check(text).sentences)).toEqual([
      ['body', 'unattributed', []],
      ['body', 'unattributed', []],
      ['body', 'direct', ['Helen Marsh']],
    ])
  })
  it('is no bullet\'s line, nor a headline after the dash', () => {
    const text = '"We will not stop," the union said.\n\n"Not now."\n\n- Council names interim leader\n\n"Never."\n\n— Mayor Names New Police Chief After Long Search'
    expect(rowsOf(check(text).sentences).map(([role, label]) => [role, label])).toEqual([
      ['body', 'direct'],
      ['body', 'direct'],
      ['body', 'unattributed'],
      ['body', 'unattributed'],
      ['boilerplate', 'unattributed'],
    ])
  })
})

describe('a state outlet that a named speaker told or spoke through', () => {
  it('is the channel of the speaker\'s words, so the state-media flag counts them', () => {
    const text = 'Foreign Minister Abbas Araghchi told state broadcaster IRIB that Iran would respond to any attack. Sergei Lavrov said in an interview with Rossiya-1 that the talks had failed. In comments carried by the Tasnim news agency, Araghchi said Tehran remained open to talks. Speaking to CCTV, Wang Yi said China wanted a ceasefire.'
    expect(check(text).sentences.map((s) => s.attributions.map((a) => [a.source.resolved ?? a.source.text, a.rule, a.via ?? null]))).toEqual([
      [['Abbas Araghchi', 'speech-verb', 'IRIB'], ['IRIB', 'outlet-channel', null]],
      [['Sergei Lavrov', 'speech-verb', 'Rossiya 1'], ['Rossiya 1', 'outlet-channel', null]],
      [['Tasnim', 'outlet-channel', null], ['Abbas Araghchi', 'speech-verb', 'Tasnim']],
      [['CCTV', 'outlet-channel', null], ['Wang Yi', 'speech-verb', 'CCTV']],
    ])
    expect(flag(text, 'state-media')?.sentences).toEqual([0, 1, 2, 3])
  })
  it('is the channel too when set off after the speaker as the one that quoted or cited them, or when it carried their statement', () => {
    const text = 'Peskov, cited by RIA Novosti, said no meeting was planned. Kim Jong Un, quoted by KCNA, said the test was a success. The minister, quoted by the Interfax news agency, said talks would resume.'
    expect(check(text).sentences.map((s) => s.attributions.map((a) => [a.source.resolved ?? a.source.text, a.rule, a.via ?? null]))).toEqual([
      [['RIA Novosti', 'outlet-channel', null], ['Peskov', 'speech-verb', 'RIA Novosti']],
      [['KCNA', 'outlet-channel', null], ['Kim Jong Un', 'speech-verb', 'KCNA']],
      [['minister', 'speech-verb', null]],
    ])
    expect(flag(text, 'state-media')?.sentences).toEqual([0, 1])
    expect(check('In a statement carried by state media, Kim Yo Jong called the drills “reckless.”').sentences[0].attributions.map((a) => [a.source.text, a.via ?? null])).toEqual([
      ['state media', null],
      ['Kim Yo Jong', 'state media'],
    ])
  })
  it('is no channel when the outlet is not the state\'s, or the speaker is unnamed', () => {
    const text = 'Araghchi told CNN that Iran would respond. Lavrov said in an interview with the BBC that the talks had failed. A senior official told state television that the talks had failed. The minister told reporters in Tehran that Iran would respond.'
    expect(check(text).sentences.map((s) => [s.label, s.attributions.map((a) => a.rule)])).toEqual([
      ['direct', ['speech-verb']],
      ['direct', ['speech-verb']],
      ['reported', ['speech-verb']],
      ['direct', ['speech-verb']],
    ])
    expect(flag(text, 'state-media')).toBeUndefined()
  })
})

describe('a quoted adverb after a verb of answering', () => {
  it('says how the answer comes, not what it says', () => {
    const text = 'Iran will respond "decisively and immediately" to any attack on its nuclear sites. The ministry replied “firmly” to the letter on Monday. Russia would react "swiftly and proportionately," the embassy said.'
    expect(labelAndCues(text)).toEqual([
      ['unattributed', []],
      ['unattributed', []],
      ['direct', [['said', 'the embassy']]],
    ])
  })
  it('is what was said when the quotation is a sentence or the answer itself', () => {
    const text = 'She replied, "Absolutely not." He responded: “Never.” The mayor answered "Probably not."'
    expect(labels(text)).toEqual(['direct', 'direct', 'direct'])
  })
})

describe('a participle with a preposition before a relative clause\'s speakers', () => {
  it('is no part of who speaks', () => {
    const text = 'A federal judge blocked the law, siding with tech industry groups that argued it violated the First Amendment. The council voted no, joining with residents who said the plant was unsafe. By siding with Hale Energy, which says the pipeline is safe, the board angered farmers.'
    expect(check(text).sentences.map((s) => [s.label, s.attributions.map((a) => a.source.text)])).toEqual([
      ['reported', ['tech industry groups']],
      ['reported', ['residents']],
      ['direct', ['Hale Energy']],
    ])
  })
})

describe('a case, an appeal or a motion argued', () => {
  it('is an act performed before a court, no claim argued', () => {
    const text = 'Eleanor Whitcomb argued landmark desegregation cases before the Supreme Court. The solicitor general argued the appeal in March. Lawyers for the city argued a motion to dismiss on Friday.'
    expect(labels(text)).toEqual(['unattributed', 'unattributed', 'unattributed'])
  })
  it('leaves what is argued for, and a case made, to the speaker', () => {
    const text = 'She argued that the case was weak. He made the case that the law was unfair. The senator argued the point at length on Tuesday.'
    expect(labels(text)).toEqual(['direct', 'direct', 'direct'])
  })
})

describe('a passive\'s agent described, then named after a comma', () => {
  it('is the name, one source with the relative clause that follows', () => {
    const text = 'Her death was confirmed by her son, Marcus Whitcomb, who said the cause was pneumonia. The layoffs were announced by a spokeswoman, Ana Ruiz. The figure was first reported by the company, Halvern Labs, in a filing.'
    expect(check(text).sentences.map((s) => s.attributions.map((a) => a.source.text))).toEqual([['Marcus Whitcomb', 'Marcus Whitcomb'], ['Ana Ruiz'], ['Halvern Labs']])
    expect(check(text).sentences[0].attributions.map((a) => a.via ?? null)).toEqual([null, null])
  })
})

describe('a plain form of a cue after "a" and a few modifiers', () => {
  it('is a noun, which a singular phrase cannot take as its verb', () => {
    const text = 'Coach Sean McDermott said the team would review a disputed pass interference call on the final drive, which he called "a tough one to swallow." It was a late holding call, "a bad one," fans said. The club made a formal trade request "for family reasons."'
    expect(check(text).sentences.map((s) => s.attributions.map((a) => a.cue.text))).toEqual([['said', 'called'], ['said'], []])
  })
  it('is the verb of a relative clause whose subject follows the noun', () => {
    const text = 'It is a strategy some believe he could repeat. It was a decision they say allowed the attack. It is a policy many economists say will fail. A growing number of analysts say rates will rise.'
    expect(labels(text)).toEqual(['reported', 'reported', 'reported', 'reported'])
  })
})

describe('surveillance as the subject of a verb of showing', () => {
  it('is evidence, whose implication is the author\'s, while a surveillance report is a document', () => {
    const text = 'Wastewater surveillance suggests infections are climbing fastest in the Midwest. Video surveillance shows the man entering the store. The state\'s surveillance report found a rise in cases.'
    expect(labels(text)).toEqual(['unattributed', 'unattributed', 'direct'])
  })
})

describe('"online" after a participle that joins a source noun', () => {
  it('goes on with the phrase, so the participle is no verb of saying', () => {
    const text = 'The variant may evade some antibodies, according to a preliminary analysis posted online by researchers in Japan. Turnout fell, according to figures published online by the county. The group posted online that the rally was canceled.'
    expect(check(text).sentences.map((s) => s.attributions.map((a) => a.cue.text))).toEqual([['according to'], ['according to'], ['posted']])
  })
})

describe('an instruction to the reader to think about what, how or why', () => {
  it('asserts nothing, and a statement that opens with the same verb still does', () => {
    const text = 'Consider what this means in practice. Imagine how it feels to lose a home in one night. Remember why the levee was built. Consider the numbers: 1,900 people sleep in shelters.'
    expect(check(text).sentences.map((s) => s.role)).toEqual(['question', 'question', 'question', 'question'])
    expect(check('Watchdogs consider what the agency did unlawful. Remembering why the levee failed is painful.').sentences.map((s) => s.role)).toEqual(['body', 'body'])
  })
})

describe('a class action', () => {
  it('is a document, named once defined', () => {
    const text = 'The proposed class action, filed in federal court in San Jose, says the phone lasts 30% less than advertised. A class-action lawsuit filed Monday alleges the bank hid fees.'
    expect(types(text)).toEqual([['proposed class action filed in federal court in San Jose', 'document'], ['class-action lawsuit', 'document']])
  })
})

describe('a company named for its products', () => {
  it('is an organisation, which "the company" stands for', () => {
    const text = 'Katahdin Forest Products announced Monday that it would close the mill. Johnson Outdoor Products said sales fell. The company said demand was weak.'
    expect(types(text)).toEqual([['Johnson Outdoor Products', 'organization'], ['Katahdin Forest Products', 'organization']])
    expect(resolvedOrWritten(text)).toEqual(['Katahdin Forest Products', 'Johnson Outdoor Products', 'Johnson Outdoor Products'])
  })
})

describe('an office or a spokesperson owned by "his" or "her"', () => {
  it('is that person\'s, by name, in the sources table', () => {
    const text = 'Ohio Attorney General Dave Yost said the ruling was a victory for taxpayers. His office had argued that the law was constitutional. Mayor Ana Ruiz declined to comment. Her spokeswoman said the mayor would review the report.'
    expect(sourceNames(text)).toEqual(['Dave Yost', "Dave Yost's office", "Ana Ruiz's spokeswoman"])
  })
  it('stays as written for kin, for a lawyer, and with no person by name before it', () => {
    const text = 'Sen. Tom Hale did not respond. His wife said he was traveling. His lawyer said he would not testify. The board met on Monday. Her office said the vote would wait.'
    expect(sourceNames(text)).toEqual(['His wife', 'His lawyer', 'Her office'])
  })
})

describe('two named people, each described after a comma, joined by "and"', () => {
  it('speak together, one attribution each, before or after their verb', () => {
    const text = '"This decision is flawed," Nick Clegg, the company\'s president, and Jennifer Newstead, its chief legal officer, wrote in a blog post. Maria Costa, the union\'s president, and Omar Reyes, its treasurer, said the strike would go on.'
    expect(check(text).sentences.map((s) => s.attributions.map((a) => a.source.text))).toEqual([
      ['Nick Clegg', 'Jennifer Newstead'],
      ['Maria Costa', 'Omar Reyes'],
    ])
  })
  it('leaves names joined with no description one phrase, and a described name after a list of others alone', () => {
    const text = '"This is flawed," Nick Clegg and Jennifer Newstead wrote. Hospitals, clinics, and Dr. Lena Ortiz, the county health officer, said the plan would fail.'
    expect(check(text).sentences.map((s) => s.attributions.map((a) => a.source.text))).toEqual([['Nick Clegg and Jennifer Newstead'], ['Dr. Lena Ortiz']])
  })
})

describe('a speaker quoted in the passive by an outlet', () => {
  it('speaks through the outlet, whether "by" comes before or after "as saying"', () => {
    const text = 'Foreign Minister Abbas Araqchi was quoted by IRNA as saying that talks would resume. "We are ready," Sergei Lavrov was quoted as saying by RIA Novosti. Senator Dana Whitcomb was quoted by The Boston Globe as saying she would run. An unnamed official was quoted by the Tasnim news agency as saying the talks had failed.'
    expect(check(text).sentences.map((s) => s.attributions.map((a) => [a.source.resolved ?? a.source.text, a.via ?? null]))).toEqual([
      [['IRNA', null], ['Abbas Araqchi', 'IRNA']],
      [['Sergei Lavrov', 'RIA Novosti'], ['RIA Novosti', null]],
      [['Boston Globe', null], ['Dana Whitcomb', 'Boston Globe']],
      [['Tasnim', null], ['unnamed official', 'Tasnim']],
    ])
    expect(labels(text)).toEqual(['direct', 'direct', 'direct', 'direct'])
    expect(flag(text, 'state-media')?.sentences).toEqual([0, 1, 3])
  })
  it('speaks through an outlet the words were in, or an agent after a time', () => {
    const text = 'Lavrov was quoted on state television as saying the talks had failed. The mayor was quoted in The Boston Globe as saying she would not run. Kim Yo Jong was quoted Tuesday by KCNA as saying the drills were a provocation. The figures were confirmed Monday by the ministry.'
    expect(check(text).sentences.map((s) => s.attributions.map((a) => [a.cue.text, a.source.resolved ?? a.source.text, a.via ?? null]))).toEqual([
      [['quoted', 'Lavrov', 'state television'], ['on', 'state television', null]],
      [['quoted', 'mayor', 'Boston Globe'], ['in', 'Boston Globe', null]],
      [['was quoted Tuesday by', 'KCNA', null], ['as saying', 'Kim Yo Jong', 'KCNA']],
      [['were confirmed Monday by', 'ministry', null]],
    ])
  })
  it('has no channel when no agent or outlet follows', () => {
    const text = 'Kim Jong Un was quoted as saying the launch was a success. The minister was quoted in the report as saying talks would resume. Sen. Ana Ruiz was quoted on Friday as saying she would vote no.'
    expect(check(text).sentences.map((s) => s.attributions.map((a) => [a.source.text, a.via ?? null]))).toEqual([[['Kim Jong Un', null]], [['The minister', null]], [['Sen. Ana Ruiz', null]]])
  })
})

describe('a company word that is also a surname', () => {
  it('ends a company\'s name after a place or another name', () => {
    const text = 'Central Maine Power said it had crews on standby. Georgia Power said outages could last days. Gulf Power did not respond.'
    expect(types(text)).toEqual([['Central Maine Power', 'organization'], ['Georgia Power', 'organization']])
  })
  it('ends a person\'s name after a given name, and alone after it', () => {
    const text = 'Samantha Power said the vote was a mistake. Power added that talks would go on. Ambassador Max Power told reporters the council had failed.'
    expect(rows(text)).toEqual([['Samantha Power', 'person', 2], ['Max Power', 'person', 1]])
  })
})

describe('a quotation that opens at the verb of a reported clause', () => {
  it('leaves the clause reported, after any subject and speaker', () => {
    const text = 'Council member Luis Ortega, who voted no, said the budget "balances the books on the backs of working families." Ortega said the plan "puts families last." Dr. Maya Chen argues the study "overstates the benefit by half."'
    expect(labelAndCues(text)).toEqual([
      ['direct', [['said', 'Council member Luis Ortega']]],
      ['direct', [['said', 'Ortega']]],
      ['direct', [['argues', 'Dr. Maya Chen']]],
    ])
  })
  it('reads a quoted word alone after an object as the object\'s name, as before', () => {
    const text = 'Trump called those advocating for intervention "fools" who "want to start a war." The mayor called the budget "a betrayal."'
    expect(labelAndCues(text)).toEqual([
      ['direct', [['called', 'Trump']]],
      ['direct', [['called', 'The mayor']]],
    ])
  })
})

describe('an -ing word between "and" and the noun it modifies', () => {
  it('is no participle of saying or thinking', () => {
    const text = 'Patients declined more slowly on a standard memory and thinking scale than those on a placebo. Students did better on the new reading and writing exam.'
    expect(labelAndCues(text)).toEqual([
      ['unattributed', []],
      ['unattributed', []],
    ])
  })
  it('is one after a verb, with an object or a question word after it', () => {
    const text = 'She has defended her father, praising his record and calling him "a feminist." Journalists are pointing this out and informing us that the claims are false. The senator spoke for an hour, and warning voters was her aim.'
    expect(check(text).sentences.map((s) => s.attributions.map((a) => a.cue.text))).toEqual([['praising', 'calling'], ['informing'], []])
  })
})

describe('a state agency by its short name', () => {
  it('is a government body, one with its full name', () => {
    const text = 'Firefighters have contained 40 percent of the fire, Cal Fire said Sunday. The California Department of Forestry and Fire Protection said crews were working. Caltrans said the highway would reopen.'
    expect(rows(text)).toEqual([['Cal Fire', 'government', 2], ['Caltrans', 'government', 1]])
  })
})

describe('blaming', () => {
  it('hands on the subject\'s claim of a cause, with or without "for" or "on", in any form', () => {
    const text = 'The airline canceled 300 flights, blaming the storm. Sen. Rita Vance blamed the law on Democrats. Mayor Tom Okafor blames the state for the shortfall. Voters may blame the governor for the delays. Chief executive Dana Cole appeared to blame workers for the fraud.'
    expect(labelAndCues(text)).toEqual([
      ['direct', [['blaming', 'The airline']]],
      ['direct', [['blamed', 'Sen. Rita Vance']]],
      ['direct', [['blames', 'Mayor Tom Okafor']]],
      ['reported', [['blame', 'Voters']]],
      ['direct', [['blame', 'Chief executive Dana Cole']]],
    ])
  })
  it('is no cue as a noun or for the one blamed', () => {
    const text = 'The motives are saving face and avoiding blame. The group blamed for the attack has not responded. The blame lies with the council. Nobody blamed her. Shifting blame is easy.'
    expect(labels(text)).toEqual(['unattributed', 'unattributed', 'unattributed', 'unattributed', 'unattributed'])
  })
  it('is a stance with no cause, and leaves words blamed on their speaker', () => {
    const text = 'Governor Ruiz blamed the council. Dr. Ana Cole blamed her staff for saying that the vote was rigged. Mayor Tom Okafor blamed the union for claiming the deal was dead.'
    expect(labelAndCues(text)).toEqual([
      ['unattributed', []],
      ['reported', [['saying that', 'her staff']]],
      ['direct', [['claiming', 'the union']]],
    ])
  })
})

describe('a document named after an unnamed one', () => {
  it('names it by its maker before its noun, for every mention', () => {
    const text = 'A new poll shows the race has narrowed to a tie. The Emerson College survey of 600 likely voters has a margin of error of 3.9 points. The poll also found that most voters oppose the plan. A new report finds wages are falling. The Brookings Institution report covers 50 cities.'
    expect(check(text).sentences.map((s) => [s.label, s.attributions.map((a) => a.source.resolved ?? a.source.text)])).toEqual([
      ['direct', ['Emerson College survey']],
      ['unattributed', []],
      ['direct', ['Emerson College survey']],
      ['direct', ['Brookings Institution report']],
      ['unattributed', []],
    ])
  })
  it('leaves it unnamed when the next sentence names something else', () => {
    const text = 'A new poll shows the race has narrowed to a tie. The Senate race is also close.'
    expect(labels(text)).toEqual(['reported', 'unattributed'])
  })
})

describe('"that" before a past verb with no subject, past an adjunct', () => {
  it('opens a relative clause, no content', () => {
    const text = 'Man charged in hit-and-run that killed cyclist\n\nTeen charged in crash that injured four\n\nThe governor wrote in an essay that angered donors that the party had lost its way.'
    expect(labelAndCues(text)).toEqual([
      ['unattributed', []],
      ['unattributed', []],
      ['direct', [['wrote', 'The governor']]],
    ])
  })
  it('still opens a that-clause whose subject is a participle and a noun', () => {
    const text = 'Democrats charged in a statement that the bill was rushed. Officials said on Tuesday that reported cases rose.'
    expect(labels(text)).toEqual(['reported', 'reported'])
  })
})

describe('a plain form of a cue after a singular name that "the" opens', () => {
  it('is that name\'s noun: a report, a claim, a pledge', () => {
    const text = 'The Brookings Institution report, released Tuesday, covers 50 cities. The Kremlin claim was false. The Pew Research Center report, published in May, found that most adults use YouTube.'
    expect(labelAndCues(text)).toEqual([
      ['unattributed', []],
      ['unattributed', []],
      ['direct', [['found that', 'The Pew Research Center report']]],
    ])
  })
  it('is a verb after a plural name or a group', () => {
    const text = 'The Democrats report that turnout was high. The Police report that crime fell. Officials at the Brookings Institution report that wages fell. Records obtained by the Tribune show the fund ran dry.'
    expect(check(text).sentences.map((s) => s.attributions.map((a) => a.cue.text))).toEqual([['report that'], ['report that'], ['report that'], ['show']])
  })
})

describe('a hospital or health system', () => {
  it('is the company of hospitals the story named, even only as a subject', () => {
    const text = 'Northfield Health will eliminate about 400 positions, the hospital system announced Monday. The hospital system has blamed falling Medicaid payments for its losses. Mercy Health said the health system would add beds.'
    expect(rows(text)).toEqual([['Northfield Health', 'organization', 2], ['Mercy Health', 'organization', 1]])
  })
  it('leaves a health ministry or department a government', () => {
    const text = 'The Department of Health said cases rose. Health Minister Jane Ruiz said the plan would work.'
    expect(types(text)).toEqual([['Department of Health', 'government'], ['Jane Ruiz', 'person']])
  })
})

describe('bodies of governments and federal agencies by name or initials', () => {
  it('are government sources, one row with their initials', () => {
    const text = 'The World Health Organization said it would review the risks. The WHO said later that it had begun. The International Monetary Fund said growth would slow. The IMF said rates would rise. The World Bank said poverty fell. DOT said the bridge would reopen. The IRS said refunds would be late. ICE said the detainees had been moved.'
    expect(rows(text)).toEqual([
      ['World Health Organization', 'government', 2],
      ['International Monetary Fund', 'government', 2],
      ['World Bank', 'government', 1],
      ['DOT', 'government', 1],
      ['IRS', 'government', 1],
      ['ICE', 'government', 1],
    ])
  })
  it('are no body when written as common words', () => {
    const text = 'A dot on the map marks the site. Officials said ice on the roads would linger.'
    expect(sourceNames(text)).toEqual(['Officials'])
  })
})

describe('a plain form of a cue after "a" and a few words, inside an adjunct', () => {
  it('ends the adjunct as its noun, and the content after it is the speaker\'s', () => {
    const text = 'Dale Pruitt said in a brief phone call that his company won the contract "on the merits." The mayor told reporters in a short conference call that the vote would wait. Ana Ruiz wrote in a long personal report that the plan had failed.'
    expect(labelAndCues(text)).toEqual([
      ['direct', [['said', 'Dale Pruitt']]],
      ['direct', [['told', 'The mayor']]],
      ['direct', [['wrote', 'Ana Ruiz']]],
    ])
  })
  it('keeps a share of a group or a name after "a" as before', () => {
    const text = 'A majority say the economy is weak. A few argue that the plan failed. As a general rule, costs rise, Lee said.'
    expect(check(text).sentences.map((s) => s.attributions.map((a) => a.cue.text))).toEqual([['say'], ['argue that'], ['said']])
  })
})

describe('a fact acknowledged or denied, as a noun object', () => {
  it('is the speaker\'s content', () => {
    const text = 'Sen. Lindsey Graham has acknowledged the reality of climate change. The minister denied the reality of the threat.'
    expect(labelAndCues(text)).toEqual([
      ['direct', [['acknowledged', 'Sen. Lindsey Graham']]],
      ['direct', [['denied', 'The minister']]],
    ])
  })
  it('is none after a verb that is no cue', () => {
    expect(labels('Voters faced the reality of higher prices.')).toEqual(['unattributed'])
  })
})

describe('a company\'s legal form and stock ticker', () => {
  it('keep the sentence and the name whole', () => {
    const text = 'BOSTON, Nov. 5, 2026 /PRNewswire/ -- Halvern Labs, Inc. (NASDAQ: HLVN) today announced that revenue rose 28%. Vantor Semiconductor Corp. (NYSE: VNT) said demand was weak. Martin Luther King, Jr. said the arc of history bends toward justice.'
    expect(check(text).sentences.map((s) => [s.text.slice(0, 24), s.attributions.map((a) => a.source.text)])).toEqual([
      ['BOSTON, Nov. 5, 2026 /PR', ['Halvern Labs, Inc.']],
      ['Vantor Semiconductor Cor', ['Vantor Semiconductor Corp.']],
      ['Martin Luther King, Jr. ', ['Martin Luther King, Jr.']],
    ])
  })
  it('keep the sentence whole with an exchange written in mixed case or two words', () => {
    const text = 'CAMBRIDGE, Mass., March 3, 2026 /PRNewswire/ -- Halvern Therapeutics, Inc. (Nasdaq: HLVN) today announced positive results. Shares of Ostrava Steel Corp. (NYSE American: OSC) fell 4%.'
    expect(check(text).sentences.map((s) => [s.text.slice(0, 24), s.attributions.map((a) => a.source.text)])).toEqual([
      ['CAMBRIDGE, Mass., March ', ['Halvern Therapeutics, Inc.']],
      ['Shares of Ostrava Steel ', []],
    ])
  })
  it('leave a bracketed sentence or note after other words its own', () => {
    const text = 'He was shot after he approached the door. (WARNING: Video contains graphic images.) It was sold to Acme Inc. (The deal closed in May.) It was sold to Acme Inc. (Reuters: The deal closed in May.)'
    expect(check(text).sentences.map((s) => s.text)).toEqual(['He was shot after he approached the door.', '(WARNING: Video contains graphic images.)', 'It was sold to Acme Inc.', '(The deal closed in May.)', 'It was sold to Acme Inc.', '(Reuters: The deal closed in May.)'])
  })
})

describe('letters to the editor', () => {
  it('open with a salutation that is no claim, and close with the writer\'s credit', () => {
    const text = 'To the editor:\n\nThe council made the right call. We cannot fund everything.\n\n— Dan Whitaker, Millbrook\n\nDear Editor:\n\nThe cuts will hurt children most.'
    expect(check(text).sentences.map((s) => [s.role, s.claim])).toEqual([
      ['boilerplate', false],
      ['body', true],
      ['body', true],
      ['caption', false],
      ['boilerplate', false],
      ['body', true],
    ])
  })
})

describe('a court record unsealed', () => {
  it('is identified, as one filed is, and so is the complaint that refers back to it', () => {
    const text = 'A former treasurer stole $400,000 from the league, according to a criminal complaint unsealed Tuesday. The complaint alleges that she wrote checks to herself. An affidavit unsealed in federal court says the scheme ran for six years.'
    expect(labels(text)).toEqual(['direct', 'direct', 'direct'])
  })
  it('leaves a complaint with nothing that identifies it unnamed', () => {
    expect(labels('The treasurer stole $400,000, according to a complaint.')).toEqual(['reported'])
  })
})

describe('an unnamed source identified a few sentences on', () => {
  it('is named by "the aide, Name," or "The study, published in…" within three sentences', () => {
    const text = 'A former aide to Sen. Marcus Hale said in a sworn statement that she was pressured to do campaign work. The statement was filed Friday. It describes a pattern of requests. "I was told it was part of the job," the aide, Rebecca Lin, wrote.'
    expect(resolvedAs(/former aide/)(text)).toEqual(['Rebecca Lin'])
    expect(labels(text)[0]).toBe('direct')
  })
  it('is not named by a title before another name further on, nor after more than three sentences', () => {
    const text = 'A Democratic senator said Republicans had agreed to a vote. The talks ran late. Aides said little. Sen. John Cornyn, the Republican whip, left at midnight. A former aide said the staff was pressured. The chamber met. The vote passed. Senators went home. "It was the job," the aide, Rebecca Lin, wrote.'
    expect(check(text).sentences.filter((s) => s.attributions.length).map((s) => [s.label, s.attributions[0].source.resolved ?? s.attributions[0].source.text])).toEqual([
      ['reported', 'Democratic senator'],
      ['reported', 'former aide'],
      ['direct', 'Rebecca Lin'],
    ])
  })
})

describe('a participle after a subject described, then named after a comma', () => {
  it('is the named person\'s or body\'s', () => {
    const text = "Carter's deputy chief of staff, Alan Reyes, submitted his resignation in a letter, saying he did not want to be a distraction. The company's chief executive, Dana Cole, resigned Monday, citing health reasons. The group, Parents for Safe Schools, sued Monday, saying the rule was unlawful."
    expect(check(text).sentences.map((s) => s.attributions.map((a) => a.source.text))).toEqual([['Alan Reyes'], ['Dana Cole'], ['Parents for Safe Schools']])
  })
  it('is the subject\'s when the name comes first or no name follows', () => {
    const text = 'Ana Ruiz, the mayor, resigned Monday, saying she was tired. The mayor resigned Monday, saying she was tired.'
    expect(check(text).sentences.map((s) => s.attributions.map((a) => a.source.text))).toEqual([['Ana Ruiz'], ['The mayor']])
  })
})

describe('hearsay that swirls, circulates, mounts or persists', () => {
  it('hands on a that-clause from no one in particular', () => {
    const text = 'Rumors swirled that the coach would be fired. Speculation mounted that the minister would resign. Word circulated that the plant would close. Rumors persisted that the mill had been sold.'
    expect(labelAndCues(text)).toEqual([
      ['reported', [['swirled that', 'Rumors']]],
      ['reported', [['mounted that', 'Speculation']]],
      ['reported', [['circulated that', 'Word']]],
      ['reported', [['persisted that', 'Rumors']]],
    ])
  })
  it('is no cue with anything else for subject, nor as an adjective', () => {
    const text = 'The smoke swirled over the city. The memo circulated among staff that week. Pressure mounted on the coach. Facing mounting criticism, the mayor left. Rumors persisted for weeks.'
    expect(labels(text)).toEqual(['unattributed', 'unattributed', 'unattributed', 'unattributed', 'unattributed'])
  })
})

describe('a body of government only mentioned, before a time or an infinitive', () => {
  it('is the body its noun or its initials stand for later', () => {
    const text = 'The Labor Department on Tuesday finalized a rule on overtime. Salaried workers will be covered, according to the department. Boeing said it was working with the Federal Aviation Administration to inspect planes. The FAA said it was reviewing the data.'
    expect(resolvedOrWritten(text)).toEqual(['Labor Department', 'Boeing', 'Federal Aviation Administration'])
  })
  it('is no body whose name goes on past the run, but the subject it names whole', () => {
    const text = 'The U.S. Court of Appeals ruled on Monday. The law stands, the court said.'
    expect(resolvedOrWritten(text)).toEqual(['U.S. Court of Appeals'])
  })
})

describe('a name set off after a role, with where the person works', () => {
  it('is the speaker, not the role', () => {
    const text = "The woman's lawyer, Andrea Solis of the nonprofit RAICES, said she would appeal. His attorney, Mark Dyer of Dyer & Lowe, said the charges were baseless. A spokeswoman, Kelly Grant at the state Department of Health, said no cases were found. The union's president, Jamie Ortega with the Teamsters, told members the strike would go on."
    expect(resolvedOrWritten(text)).toEqual(['Andrea Solis', 'Mark Dyer', 'Kelly Grant', 'Jamie Ortega'])
    expect(types(text).map(([, type]) => type)).toEqual(['person', 'person', 'person', 'person'])
  })
  it('leaves a name of a town as it was, and a role with no name the speaker', () => {
    const text = "The group's director, Ana Ruiz of Miami, said the event was canceled. His lawyer, who asked not to be named, said the deal was off."
    expect(resolvedOrWritten(text)).toEqual(['Ana Ruiz', 'His lawyer'])
  })
})

describe('given names borne by women and men', () => {
  it('open a person\'s name as other given names do, telling no sex', () => {
    const text = 'Andrea Solis of the nonprofit RAICES said the ruling was cruel. Chris Tanaka of the Harbor Group said rents would rise. Casey Morrow of Fairview said the road was closed. “We are not done,” she said.'
    expect(types(text).sort()).toEqual([['Andrea Solis', 'person'], ['Casey Morrow', 'person'], ['Chris Tanaka', 'person']])
    expect(resolvedAs(/^she$/)(text)).toEqual(['Casey Morrow'])
  })
})

describe('a pronoun that takes up its own sentence\'s subject', () => {
  it('tells that person\'s sex for pronouns later', () => {
    const text = 'Rossi told reporters that he expected a long race. Tennis great Maria Lopez watched from the stands. “It was beautiful,” she said. Haddad said that she believes the vote was rigged. The crowd cheered for Dmitri Volkov. “I am grateful,” he said.'
    expect(resolvedAs(/^(he|she)$/i)(text)).toEqual(['Rossi', 'Maria Lopez', 'Haddad', 'Dmitri Volkov'])
  })
  it('teaches nothing from a pronoun in a later sentence', () => {
    // ("He" is read wrong here, as Kane: were that taught, "she" could not be Kane)
    const text = "Donald Marsh took offense when Taylor Kane confronted him at the debate. He later suggested her tone was unfair. Kane said she asked for the interview to clear the air. “You don't want to be the story,” she said."
    expect(resolvedAs(/^she$/)(text)).toEqual(['Taylor Kane'])
  })
})

describe('built places, conventions and partnerships', () => {
  it('are no people', () => {
    const text = 'At Madison Square Garden on Friday, she said the tour would end. The Democratic National Convention released a statement, saying the remarks were false. The Partnership for Public Service said in a report that morale had fallen. Crowds filled Times Square. “It was cold,” she said.'
    expect(sourceNames(text)).not.toContain('Madison Square Garden')
    expect(sourceNames(text)).not.toContain('Times Square')
    expect(types(text).filter(([name]) => /Convention|Partnership/.test(name as string))).toEqual([['Democratic National Convention', 'organization'], ['Partnership for Public Service', 'organization']])
  })
})

describe('a definite role no one is named before', () => {
  it('is the person a title names in the next sentence', () => {
    const premier = "Queensland's premier has ruled out an early election, telling parliament on Tuesday that voters deserve stability. Premier David Crisafulli's comments came after weeks of speculation."
    expect(resolvedOrWritten(premier)).toEqual(['David Crisafulli'])
    const governor = "The state's governor vetoed the bill on Friday, saying it would raise taxes. Gov. Maura Healey's veto was her third this year."
    expect(resolvedOrWritten(governor)).toEqual(['Maura Healey'])
  })
  it('is someone the abbreviated title names, as an unnamed source is', () => {
    const text = 'A retired general said the plan would fail. Gen. Ann Dunwoody, who led Army Materiel Command, has criticized it before.'
    expect(resolvedOrWritten(text)).toEqual(['Ann Dunwoody'])
  })
  it('stays the role once others are named before it', () => {
    const text = 'Sanders spoke first on the program. “That would be you?” Borger asked. “That would be me,” the senator said. Sen. Claire McCaskill said later that she agreed.'
    expect(resolvedAs(/^the senator$/)(text)).toEqual(['senator'])
  })
})

describe('a well-known body after its trade', () => {
  it('is that body, not a person or a vague group', () => {
    const text = 'The average rate fell to 6.26%, mortgage buyer Freddie Mac said. Most voters oppose the plan, the pollster Gallup found. Aid has not arrived, the charity Save the Children said. The lender Sallie Mae said defaults rose.'
    expect(types(text)).toEqual([['Freddie Mac', 'organization'], ['Gallup', 'organization'], ['Save the Children', 'organization'], ['Sallie Mae', 'organization']])
  })
  it('is not the body after a preposition', () => {
    const text = 'A spokeswoman for YouTube said that it had policies against recruitment. A report for Oxfam found that the levy rewards polluters.'
    expect(types(text)).toEqual([['spokeswoman for YouTube', 'person'], ['report for Oxfam', 'document']])
  })
})

describe('a news release or a press release', () => {
  it('is where the speaker said it, and the reported clause follows', () => {
    const text = 'The county health department said in a news release that four of the new cases were in children. The sheriff said in a press release Tuesday that two deputies were hurt. Acme Corp. announced in a news release on Monday that it would cut 200 jobs.'
    expect(labelAndCues(text)).toEqual([
      ['direct', [['said', 'The county health department']]],
      ['direct', [['said', 'The sheriff']]],
      ['direct', [['announced', 'Acme Corp.']]],
    ])
  })
})

describe('a document named with its maker, then a relative clause', () => {
  it('is the document that finds or says, named by a definite maker', () => {
    const text = 'Several speakers cited a 2023 report by the city auditor that found overtime had doubled. She released a letter by the mayor that said the plan would fail. A survey by the organization in March found a tight race.'
    expect(check(text).sentences.flatMap((s) => s.attributions.filter((a) => a.cue.text !== 'cited').map((a) => [a.cue.text, a.source.text, a.source.kind]))).toEqual([
      ['found', 'a 2023 report by the city auditor', 'named'],
      ['said', 'a letter by the mayor', 'named'],
      ['found', 'A survey by the organization', 'named'],
    ])
  })
  it('stays vague by many makers, and a person keeps the relative', () => {
    const text = 'A report by the officials found waste. He quoted a spokesman for the mayor who said the plan would fail.'
    expect(check(text).sentences.flatMap((s) => s.attributions.map((a) => [a.source.text, a.source.kind]))).toEqual([
      ['A report by the officials', 'vague'],
      ['a spokesman for the mayor', 'named'],
    ])
  })
})

describe('a span of time spent on research', () => {
  it('is the research, a vague source', () => {
    const text = 'Decades of research have found no link between the vaccine and autism. Years of studies have shown that the drug is safe. Months of data suggest the decline has slowed.'
    expect(check(text).sentences.map((s) => [s.label, s.attributions.map((a) => [a.source.text, a.source.kind, a.source.type])])).toEqual([
      ['reported', [['Decades of research', 'vague', 'document']]],
      ['reported', [['Years of studies', 'vague', 'document']]],
      ['reported', [['Months of data', 'vague', 'document']]],
    ])
  })
  it('is no source with anything else after it', () => {
    expect(labels('Months of talks have failed. Years of neglect have left the bridge unsafe.')).toEqual(['unattributed', 'unattributed'])
  })
})

describe('a listed body of government only mentioned', () => {
  it('is the body the noun news calls it by stands for later', () => {
    const cdc = 'The Centers for Disease Control and Prevention has sent teams to 12 states this year. The agency says most cases involve people who were not vaccinated.'
    const fed = 'The Federal Reserve held interest rates steady on Wednesday. The central bank said inflation remained elevated.'
    const ice = 'Agents from Immigration and Customs Enforcement detained 40 workers at the plant. The agency said they were in the country illegally.'
    expect([cdc, fed, ice].flatMap(resolvedOrWritten)).toEqual(['Centers for Disease Control and Prevention', 'Federal Reserve', 'Immigration and Customs Enforcement'])
  })
  it('is no body a noun it is not called by stands for', () => {
    const text = 'The Federal Reserve held interest rates steady on Wednesday. The agency said inflation remained elevated.'
    expect(resolvedOrWritten(text)).toEqual(['agency'])
  })
})

describe('a named person\'s role after an inverted verb, then a name', () => {
  it('is the name set off after it', () => {
    const text = '“You can\'t hide behind a footnote,” said Bell\'s attorney, Renee Okoye. “We will appeal,” said Ortiz\'s lawyer, Dana Whitlock. “It was a mistake,” said Apple\'s chief executive, Tim Cook.'
    expect(resolvedOrWritten(text)).toEqual(['Renee Okoye', 'Dana Whitlock', 'Tim Cook'])
  })
  it('stays the role with no name after it', () => {
    expect(resolvedOrWritten('“We will appeal,” said Ortiz\'s lawyer.')).toEqual(["Ortiz's lawyer"])
  })
})

describe('a role after an inverted verb, then a name with where the person works', () => {
  it('is that person', () => {
    const text = '“Two doses are about 97% effective,” said the school district\'s nurse, Andrea Solis of the Lakeview Clinic. “It is likely,” said another leading Supreme Court advocate, Andrew J. Pincus of the law firm Mayer Brown. “We will appeal,” said his lawyer, Mark Dyer of Dyer & Lowe.'
    expect(types(text)).toEqual([['Andrea Solis', 'person'], ['Andrew J. Pincus', 'person'], ['Mark Dyer', 'person']])
  })
  it('is no one for places listed after a group', () => {
    expect(labels('“It failed,” said officials in three states, Ohio, Texas and Maine.')).toEqual(['reported'])
  })
})

describe('a person at a workplace written in lower case', () => {
  it('is the person, not a body', () => {
    const text = '“Courts have not grappled with this,” said Professor Daniel Hsu of Northwestern University\'s law school. Economist Ruth Alvarez of the state university\'s business school said rates would fall.'
    expect(types(text)).toEqual([['Daniel Hsu', 'person'], ['Ruth Alvarez', 'person']])
  })
  it('is no person where no given name or title opens the phrase', () => {
    const text = "The head of the agency's press office said the files were lost. A 2014 study by law professor Justin Levitt found few cases."
    expect(types(text)).toEqual([["head of the agency's press office", 'person'], ['2014 study by law professor Justin Levitt', 'document']])
  })
})

describe('a company\'s shares before a word of their price\'s move', () => {
  it('are its stock, no verb of sharing', () => {
    const text = "Nike shares jump as new CEO's turnaround shows early signs of progress\n\nTesla shares slide after recall\n\nBoeing shares rise after earnings beat"
    expect(labels(text)).toEqual(['unattributed', 'unattributed', 'unattributed'])
  })
  it('still share what they share', () => {
    const text = 'Apple shares details of new phone\n\nKim shares her fears in a new memoir'
    expect(labelAndCues(text)).toEqual([
      ['direct', [['shares details', 'Apple']]],
      ['direct', [['shares her fears', 'Kim']]],
    ])
  })
})

describe('a document being released or reviewed, as its subject', () => {
  it('is the document that shows or finds', () => {
    const text = 'An exhaustive study being released on Tuesday by a group of researchers shows in detail how companies shelter profits. Documents being reviewed by the committee show that the firm knew. A report being published by two economists found that wages fell.'
    expect(check(text).sentences.map((s) => [s.label, s.attributions.map((a) => [a.cue.text, a.source.type])])).toEqual([
      ['direct', [['shows', 'document']]],
      ['direct', [['show that', 'document']]],
      ['direct', [['found that', 'document']]],
    ])
  })
})

describe('a noun of saying by its owner, then a time, then "that"', () => {
  it('hands on the clause from the owner', () => {
    const text = 'Pence echoed claims by Trump last week that the election was rigged. She rejected warnings by the ministry on Monday that the strike was illegal. Lawmakers pointed to statements by Gov. Ann Lee in March that the fund was solvent.'
    expect(labelAndCues(text)).toEqual([
      ['direct', [['claims by', 'Trump']]],
      ['direct', [['warnings by', 'the ministry']]],
      ['direct', [['statements by', 'Gov. Ann Lee']]],
    ])
  })
})

describe('documents joined after "according to"', () => {
  it('are one source, identified by what follows them', () => {
    const text = 'Executives were warned repeatedly, according to internal emails and depositions reviewed by The Ledger. The firm knew of the flaw, according to court records and emails obtained by the Tribune.'
    expect(check(text).sentences.map((s) => s.attributions.map((a) => [a.source.text, a.source.kind, a.source.type]))).toEqual([
      [['internal emails and depositions reviewed by The Ledger', 'named', 'document']],
      [['court records and emails obtained by the Tribune', 'named', 'document']],
    ])
  })
  it('leave people joined to people one group, not two sources', () => {
    expect(check('The plan failed, according to officials and analysts.').sentences[0].attributions.map((a) => a.source.text)).toEqual(['officials and analysts'])
  })
})

describe('a drugstore chain by its name', () => {
  it('is a company, not a person', () => {
    const text = 'Midland Drug said in a statement that it had invested $40 million in compliance. Bartell Drugs closed 12 stores, the company said. Harbor Pharmacy said it would reopen Monday.'
    expect(types(text)).toEqual([['Midland Drug', 'organization'], ['Bartell Drugs', 'organization'], ['Harbor Pharmacy', 'organization']])
  })
})

describe('"the company" after a company its own sentence names first', () => {
  it('is that company, though another spoke before', () => {
    const text = 'Acme Corp. said on Monday that demand was weak. Vantor Semiconductor cut its forecast for the year, the company said in a filing.'
    expect(resolvedOrWritten(text)).toEqual(['Acme Corp.', 'Vantor Semiconductor'])
  })
  it('is the company that spoke when its own sentence names none', () => {
    const text = 'Acme Corp. said on Monday that demand was weak. Sales fell 4%, the company said.'
    expect(resolvedOrWritten(text)).toEqual(['Acme Corp.', 'Acme Corp.'])
  })
})

describe('a speaker calling itself by a name', () => {
  it('is named by that name, of the kind its noun says', () => {
    const text = 'A group calling itself ShadowByte claimed responsibility on a dark-web forum. A man calling himself Paul wrote that the vote was rigged.'
    expect(check(text).sentences.map((s) => s.attributions.map((a) => [a.source.text, a.source.resolved, a.source.kind, a.source.type]))).toEqual([
      [['A group calling itself ShadowByte', 'ShadowByte', 'named', 'organization']],
      [['A man calling himself Paul', 'Paul', 'named', 'person']],
    ])
  })
})

describe('a carrier by its name', () => {
  it('is a company "the company" stands for later', () => {
    const text = 'Hackers stole the data of 6 million customers, Northline Wireless disclosed Friday. The company said it found the breach on Oct. 30. Summit Broadband said its network was not affected.'
    expect(types(text)).toEqual([['Northline Wireless', 'organization'], ['Summit Broadband', 'organization']])
  })
})

describe('people who voted or answered "no"', () => {
  it('speak with the verb after their relative clause', () => {
    const text = 'Several Republicans who voted no complained that the bill added to the deficit. Democrats who voted no argued that the cuts went too far. Residents who answered no said the road was unsafe.'
    expect(labelAndCues(text)).toEqual([
      ['reported', [['complained that', 'Several Republicans']]],
      ['reported', [['argued that', 'Democrats']]],
      ['reported', [['said', 'Residents']]],
    ])
  })
  it('leave "no" a determiner or a negation elsewhere', () => {
    expect(labels('There were no reported cases of the virus. Lawmakers no longer believe the plan will work. Officials have not said whether the road will reopen.')).toEqual(['unattributed', 'unattributed', 'unattributed'])
  })
})

describe('a verb with its object before a participle of saying', () => {
  it('is no part of the participle\'s subject', () => {
    const text = 'In 1974 she and two colleagues filed a complaint with the agency accusing the station of paying women less. Tenants filed a lawsuit in federal court alleging that the landlord ignored mold.'
    const sources = check(text).sentences.flatMap((s) => s.attributions.map((a) => a.source.text ?? ''))
    expect(sources.some((x) => / filed /.test(x))).toBe(false)
    expect(labels(text)).toEqual(['reported', 'reported'])
  })
})

describe('a relative clause whose subject calls the thing by a quoted name', () => {
  it('reports the subject\'s words', () => {
    const text = 'The plan, which the mayor called “a disgrace,” was shelved. The law, which opponents called “cruel,” takes effect Monday. The deal that the union called “a betrayal” passed.'
    expect(labelAndCues(text)).toEqual([
      ['direct', [['called', 'the mayor']]],
      ['reported', [['called', 'opponents']]],
      ['direct', [['called', 'the union']]],
    ])
  })
  it('leaves a thing named by a participle unattributed', () => {
    expect(labels('It was a formula called “chained CPI.” The fund, which was labeled “Homes First,” closed.')).toEqual(['unattributed', 'unattributed'])
  })
})

describe('people described by a negated participle', () => {
  it('are the speakers, the phrase whole', () => {
    const text = 'Nutrition experts not involved in the research said the findings add to the evidence. Scientists not affiliated with the project said the data were sound. Researchers at Yale not involved in the trial said the results were promising.'
    expect(labelAndCues(text)).toEqual([
      ['reported', [['said', 'Nutrition experts not involved in the research']]],
      ['reported', [['said', 'Scientists not affiliated with the project']]],
      ['reported', [['said', 'Researchers at Yale not involved in the trial']]],
    ])
  })
  it('leave a negated verb of the clause as it was', () => {
    const text = 'He was not involved in the decision, the senator said. Trump was not involved, his lawyer said.'
    expect(labelAndCues(text)).toEqual([
      ['direct', [['said', 'the senator']]],
      ['direct', [['said', 'his lawyer']]],
    ])
  })
})

describe('a role whose field is an -ing noun', () => {
  it('is read whole before its speaker verb', () => {
    const text = 'The director of marketing at Halvern Labs said sales had doubled. A professor of nursing at Duke University said the shortage would last. The vice president of lending at Harbor Bank told reporters that rates would rise.'
    expect(labelAndCues(text)).toEqual([
      ['direct', [['said', 'The director of marketing at Halvern Labs']]],
      ['reported', [['said', 'A professor of nursing at Duke University']]],
      ['direct', [['told', 'The vice president of lending at Harbor Bank']]],
    ])
  })
  it('leaves a gerund after a preposition the clause\'s verb', () => {
    expect(labelAndCues('By siding with the union, the mayor said, the council lost its leverage.')).toEqual([['direct', [['said', 'the mayor']]]])
  })
})

describe('a definite role at an unnamed body', () => {
  it('is an anonymous person, vague', () => {
    const text = 'The head of engineering at one retailer said her team had received no updates. The owner of a Brooklyn bakery said flour prices had doubled. The principal of another school in the district told parents that classes would resume.'
    expect(labelAndCues(text)).toEqual([
      ['reported', [['said', 'The head of engineering at one retailer']]],
      ['reported', [['said', 'The owner of a Brooklyn bakery']]],
      ['reported', [['told', 'The principal of another school in the district']]],
    ])
    expect(flag(text, 'anonymous-sources')?.sentences).toEqual([0, 1, 2])
  })
  it('is still one person when the role comes back', () => {
    const text = 'The owner of a Brooklyn bakery said flour prices had doubled. The owner added that she had cut two jobs.'
    expect(check(text).summary.sources.map((s) => [s.name, s.kind, s.sentences])).toEqual([['owner of a Brooklyn bakery', 'vague', 2]])
  })
  it('is named at a body the story names or has named', () => {
    const text = 'The owner of Rossi Bakery said flour prices had doubled. The director of the hospital said beds were full. Her mother said she was home.'
    expect(labels(text)).toEqual(['direct', 'direct', 'direct'])
  })
})

describe('a body named after the object of a person\'s preposition', () => {
  it('leaves the person the speaker, the phrase whole', () => {
    const text = 'Downdetector logged 2 million complaints, a spokesperson for its owner, Ookla, said. The app went dark for an hour, a spokesman for its parent company, Alphabet, said. The fund lost money, a lawyer for the firm, Bluecrest Capital, said.'
    expect(labelAndCues(text)).toEqual([
      ['direct', [['said', 'a spokesperson for its owner, Ookla']]],
      ['direct', [['said', 'a spokesman for its parent company, Alphabet']]],
      ['reported', [['said', 'a lawyer for the firm, Bluecrest Capital']]],
    ])
  })
  it('does so for a company’s name and a person’s noun that opens the sentence', () => {
    const text = 'Lawyers for the developer, Gulfwind Energy, said the claim was not supported by state data. Officials at the utility, Harbor Power, said the lines were safe. A lawyer for the builder, Ostrava Steel, said the beams held.'
    expect(labelAndCues(text)).toEqual([
      ['reported', [['said', 'Lawyers for the developer, Gulfwind Energy']]],
      ['reported', [['said', 'Officials at the utility, Harbor Power']]],
      ['reported', [['said', 'A lawyer for the builder, Ostrava Steel']]],
    ])
  })
  it('leaves a person\'s name set off after the phrase the speaker', () => {
    expect(labelAndCues('Lawyers for the family, Ben Crump and Tom Lee, said the video was clear.')).toEqual([['direct', [['said', 'Ben Crump and Tom Lee']]]])
    const text = 'The fund lost money, a spokeswoman for the company, Jane Doe, said. The strike ended, a spokesman for the IDF, Lt. Col. Nadav Shoshani, said.'
    expect(labelAndCues(text)).toEqual([
      ['direct', [['said', 'Jane Doe']]],
      ['direct', [['said', 'Lt. Col. Nadav Shoshani']]],
    ])
  })
})

describe('companies named for their trade', () => {
  it('are organisations, what "the company" refers to', () => {
    const text = 'A faulty update hit Stratus Cloud customers early Tuesday, the company said. Blue Harbor Studios said the film would be delayed.'
    expect(types(text)).toEqual([
      ['Stratus Cloud', 'organization'],
      ['Blue Harbor Studios', 'organization'],
    ])
  })
})

describe('marks alone between a paragraph\'s sentences', () => {
  it('are no claim', () => {
    const text = "NOTES: Calgary's Mikael Backlund played in his 1,000th game. ... Edmonton has lost three of its last four on the road. … Attendance was 18,390."
    const r = check(text)
    expect(r.sentences.map((s) => [s.text, s.role, s.claim])).toEqual([
      ["NOTES: Calgary's Mikael Backlund played in his 1,000th game.", 'body', true],
      ['...', 'boilerplate', false],
      ['Edmonton has lost three of its last four on the road.', 'body', true],
      ['…', 'boilerplate', false],
      ['Attendance was 18,390.', 'body', true],
    ])
    expect(r.summary.claims).toBe(3)
  })
  it('inside a quotation leave it going on', () => {
    const text = '“We stopped skating,” Knoblauch said. “You can\'t do that. … Not in this building.”'
    expect(labels(text)).toEqual(['direct', 'direct', 'direct', 'direct'])
  })
})

describe('a company\'s trade opening the sentence', () => {
  it('is no part of its name', () => {
    const text = 'Chipmaker Vantor Semiconductor said sales fell. Housebuilder Linden Vale Homes says the estate will include a school. Developer Ashgrove Properties said work would start in spring. Retailer Cole Markets said it would drop the brand.'
    expect(types(text)).toEqual([
      ['Vantor Semiconductor', 'organization'],
      ['Linden Vale Homes', 'organization'],
      ['Ashgrove Properties', 'organization'],
      ['Cole Markets', 'organization'],
    ])
  })
  it('is what the trade\'s noun refers back to', () => {
    const text = 'Housebuilder Linden Vale Homes says the estate will include a school. The first homes could be ready by 2028, according to the housebuilder. Chipmaker Vantor Semiconductor cut its forecast. The decline was temporary, the chipmaker said.'
    expect(namesAndCounts(text)).toEqual([
      ['Linden Vale Homes', 2],
      ['Vantor Semiconductor', 1],
    ])
  })
  it('leaves a name that opens with a plural or a title whole', () => {
    expect(sourceNames('Farmers Insurance said claims rose. Police Chief Ann Lee said two men were arrested.')).toEqual(['Farmers Insurance', 'Ann Lee'])
  })
})

describe('British titles', () => {
  it('are no part of the name, and the councillor is the one named so', () => {
    const text = 'Cllr Sue Waring, who represents the ward, said she had voted against the plan. The councillor added that the surgery was a promise on paper. Scottish Labour MSP Jackie Baillie said the figures were shameful. Local MP Caroline Johnson said she would meet residents.'
    expect(namesAndCounts(text)).toEqual([
      ['Sue Waring', 2],
      ['Jackie Baillie', 1],
      ['Caroline Johnson', 1],
    ])
  })
  it('include the Australian councillor\'s, one person with the name written in full', () => {
    const text = 'Lord Mayor Adrian Schrinner announced the trial on Monday. Cr Schrinner said it would help the council compete for workers. Opposition leader Jared Cassidy called it "a thought bubble". "Ratepayers deserve to know what this will cost," Cr Cassidy said.'
    expect(namesAndCounts(text)).toEqual([
      ['Jared Cassidy', 2],
      ['Adrian Schrinner', 1],
    ])
  })
})

describe('artists by their art', () => {
  it('are people, named before their names and one person when definite', () => {
    const text = 'Comedian Maya Ortiz said the show was sold out. The choreographer said the dancers had rehearsed for months. Violinist Ana Reyes told the audience that the piece was new. A playwright said the theatre had cancelled her run.'
    expect(check(text).sentences.map((s) => [s.label, s.attributions.map((a) => [a.source.type, a.source.resolved ?? a.source.text])])).toEqual([
      ['direct', [['person', 'Maya Ortiz']]],
      ['direct', [['person', 'choreographer']]],
      ['direct', [['person', 'Ana Reyes']]],
      ['reported', [['anonymous', 'playwright']]],
    ])
  })
})

describe('a legend as the source', () => {
  it('is a hedge with no source', () => {
    const text = 'Legend has it that the bridge was built in a single night. The audience, as lore has it, rioted. The legend of the bridge draws tourists.'
    expect(labelAndCues(text)).toEqual([
      ['reported', [['Legend has it', null]]],
      ['reported', [['lore has it', null]]],
      ['unattributed', []],
    ])
  })
})

describe('a date with its year after a verb', () => {
  it('is one adjunct, no object the verb names', () => {
    const text = 'Brandt testified that Harlow called her into his office in March 2022 and gave her a list of “our guys.” Lee said Ruiz called him to her home on May 3, 2021 and handed him “the envelope.”'
    const cues = check(text).sentences.map((s) => s.attributions.map((a) => a.cue.text))
    expect(cues).toEqual([['testified that'], ['said']])
  })
  it('leaves the reported clause after it, and a count after a day', () => {
    const text = 'The mayor said on March 15, 2022 that the plan was dead. Police said on Monday 12 people had died. The senator called the bill “reckless” in March 2022. Former aide Dana Ruiz derided and insulted “the donor class” in interviews.'
    expect(labelAndCues(text)).toEqual([
      ['direct', [['said', 'The mayor']]],
      ['direct', [['said', 'Police']]],
      ['direct', [['called', 'The senator']]],
      ['direct', [['derided', 'Former aide Dana Ruiz']]],
    ])
  })
})

describe('a relative clause with no pronoun after "a" and a noun', () => {
  it('has its own subject, the people right after the noun', () => {
    const text = 'It is a plan officials say will fail. It was a move critics said was reckless. She backed a bill union leaders argue would cut wages.'
    expect(labelAndCues(text)).toEqual([
      ['reported', [['say', 'officials']]],
      ['reported', [['said', 'critics']]],
      ['reported', [['argue', 'union leaders']]],
    ])
  })
  it('leaves a quantity, an owner or a preposition inside the phrase', () => {
    const text = 'A dozen residents said the water was brown. A senator\'s aides said the vote would slip. A spokesman for committee Democrats said the facts had not changed. A few critics said it was reckless.'
    expect(labelAndCues(text).map(([, cues]) => cues[0][1])).toEqual(['A dozen residents', "A senator's aides", 'A spokesman for committee Democrats', 'A few critics'])
  })
})

describe('what a relative clause\'s subject called the thing, with no quotation', () => {
  it('reports the subject\'s judgement', () => {
    const text = 'The conference voted to close 40 churches, a decision church leaders called painful but necessary. It was a policy Gov. Ana Ruiz has called reckless. The plan, which the mayor called unworkable, was shelved.'
    expect(labelAndCues(text)).toEqual([
      ['reported', [['called', 'church leaders']]],
      ['direct', [['called', 'Gov. Ana Ruiz']]],
      ['direct', [['called', 'the mayor']]],
    ])
  })
  it('is no judgement when the verb is a call made', () => {
    expect(labels('The mayor called early and left. The senator called twice, and the aide hung up. The company called off the merger.')).toEqual(['unattributed', 'unattributed', 'unattributed'])
  })
})

describe('a document owned by someone', () => {
  it('is no other document written before', () => {
    const text = 'Conference data show attendance fell 38 percent. Giving dropped by a quarter, according to the treasurer\'s annual report. A new survey found attendance fell. Giving dropped, according to the bishop\'s letter.'
    expect(check(text).sentences.map((s) => s.attributions.map((a) => [a.source.kind, a.source.resolved ?? a.source.text]))).toEqual([
      [['vague', 'Conference data']],
      [['named', "treasurer's annual report"]],
      [['vague', 'new survey']],
      [['named', "bishop's letter"]],
    ])
  })
})

describe('a listed body written after its country', () => {
  it('is the body, one source with its other names', () => {
    const text = 'The U.S. Centers for Disease Control and Prevention estimates that 48 million people get sick each year. The CDC said the figure was rising. The U.S. Food and Drug Administration said the recall was voluntary. The FDA said no illnesses had been reported. The U.S. Department of Agriculture says leftovers keep for three days.'
    expect(check(text).summary.sources.map((s) => [s.name, s.type, s.sentences])).toEqual([
      ['Centers for Disease Control and Prevention', 'government', 2],
      ['U.S. Food and Drug Administration', 'government', 2],
      ['U.S. Department of Agriculture', 'government', 1],
    ])
  })
})

describe('a headline in two halves on the first line', () => {
  it('is a heading after its question or label', () => {
    const text = 'Is it safe to eat the leftover turkey? Food scientists weigh in\n\nThe short answer is three to four days, the USDA says.'
    expect(check(text).sentences.map((s) => [s.role, s.claim])).toEqual([
      ['question', false],
      ['heading', false],
      ['body', true],
    ])
    expect(check('Exclusive: Mayor quits amid probe\n\nThe mayor resigned Tuesday.').sentences.map((s) => s.role)).toEqual(['heading', 'body'])
  })
  it('is only the first line: a later line without its stop stays what it says', () => {
    const text = 'The council met on Tuesday.\n\nHe asked: why now? Nobody answered'
    expect(check(text).sentences.map((s) => s.role)).toEqual(['body', 'body', 'body'])
  })
})

describe('official figures', () => {
  it('are a government\'s release, named; bare records stay vague', () => {
    const text = 'Waiting lists rose to a record 7.8 million, official figures published on Thursday show. Official data suggest that production peaked in 2013. Records show the house was sold twice. An official said the data were late.'
    expect(check(text).sentences.map((s) => [s.label, s.attributions.map((a) => a.source.kind)])).toEqual([
      ['direct', ['named']],
      ['direct', ['named']],
      ['reported', ['vague']],
      ['reported', ['vague']],
    ])
  })
})

describe('a sourced sentence before a photo credit', () => {
  it('is the article\'s, not the photo\'s description', () => {
    const text = 'Home prices rose 2.1% in September, S&P CoreLogic Case-Shiller said last week.\n\nListings photo by John Smith/Austin Board of Realtors'
    expect(check(text).sentences.map((s) => [s.role, s.label])).toEqual([
      ['body', 'direct'],
      ['caption', 'unattributed'],
    ])
  })
  it('leaves a photo description a caption', () => {
    const text = 'Mayor Ana Ruiz speaks at the opening of the new library on Tuesday.\nPhoto by John Smith/The Ledger\n\nThe mayor said it was a great day.'
    expect(check(text).sentences.map((s) => s.role)).toEqual(['caption', 'caption', 'body'])
  })
})

describe('a name joined by an ampersand', () => {
  it('is a firm', () => {
    const text = 'S&P CoreLogic Case-Shiller said prices rose. Dyer & Lowe said the deal closed. Mark Dyer of Dyer & Lowe said it had closed.'
    expect(types(text)).toEqual([
      ['S&P CoreLogic Case-Shiller', 'organization'],
      ['Dyer & Lowe', 'organization'],
      ['Mark Dyer', 'person'],
    ])
  })
})

describe('a body only the subject of a sentence before its office noun', () => {
  it('is what the noun stands for, over another body that spoke', () => {
    const text = 'Smoke will drift south on Saturday, the National Weather Service said. The Minnesota Pollution Control Agency issued an air quality alert. People with asthma should stay inside, the agency said. The Texas Department of Transportation closed the highway on Monday. Crews worked overnight. The road will reopen Friday, the department said. The Chicago Housing Authority cut its budget. Repairs will be delayed, the authority said.'
    expect(resolvedAs(/^the (agency|department|authority)$/i)(text)).toEqual(['Minnesota Pollution Control Agency', 'Texas Department of Transportation', 'Chicago Housing Authority'])
  })
  it('is not a body written with another noun', () => {
    const text = 'The Justice Department sued the city in May. The FBI said the inquiry was open. The department said the suit would proceed.'
    expect(resolvedAs(/^the department$/i)(text)).toEqual(['Justice Department'])
  })
})

describe('a company noun after a body named for another kind', () => {
  it('stands for the company the story named, not the union or the council that spoke', () => {
    const text = 'Halvern Motors is considering closing two plants. The United Auto Workers union said it had not been notified. The company reported a loss in the third quarter. Ridgeway Foods plans to cut 300 jobs. The Ridgeway City Council said it would seek talks. The firm said the cuts were final.'
    expect(resolvedAs(/^the (company|firm)$/i)(text)).toEqual(['Halvern Motors', 'Ridgeway Foods'])
  })
  it('still stands for a company that spoke', () => {
    const text = 'Vantor Semiconductor said sales fell. The Teamsters union said workers would strike. The company said talks would resume.'
    expect(resolvedAs(/^the company$/i)(text)).toEqual(['Vantor Semiconductor'])
  })
})

describe('a participle after a past verb and its bare object', () => {
  it('is the verb\'s subject\'s', () => {
    const text = 'Mayor Mike Johnston, who took office in 2023 promising to end street homelessness, has moved 2,000 people. Gov. Ana Ruiz, who took office in January vowing to cut taxes, signed the bill. The mayor called police saying shots had been fired.'
    expect(check(text).sentences.map((s) => s.attributions.map((a) => [a.cue.text, a.source.text]))).toEqual([
      [['promising to', 'Mayor Mike Johnston']],
      [['vowing to', 'Gov. Ana Ruiz']],
      [['saying', 'The mayor']],
    ])
  })
  it('leaves a person, a pronoun or a document the participle\'s own', () => {
    const text = 'Police found a man claiming to be a doctor. Lee recalled him saying he would win. The company issued a statement saying the plant was safe.'
    expect(check(text).sentences.map((s) => s.attributions.map((a) => a.source.text))).toEqual([['a man'], ['Lee', 'him'], ['The company']])
  })
})

describe('a race call', () => {
  it('is a noun, the whole source phrase', () => {
    const text = 'Ana Ruiz won the race for mayor, according to an Associated Press race call. Greg Dunn conceded after the race calls by the AP and NBC.'
    expect(labelAndCues(text)).toEqual([
      ['direct', [['according to', 'an Associated Press race call']]],
      ['unattributed', []],
    ])
  })
})

describe('a maker\'s spec sheet, fact sheet or manual', () => {
  it('is a document of its own kind', () => {
    const text = 'According to the spec sheet, the phone charges at up to 45 watts. The fact sheet says the drug is safe. The manual warns that the battery can overheat.'
    expect(check(text).summary.sources.map((s) => [s.name, s.type, s.sentences])).toEqual([
      ['spec sheet', 'document', 1],
      ['fact sheet', 'document', 1],
      ['manual', 'document', 1],
    ])
  })
})

describe('a utility known by its short names', () => {
  it('is one organisation', () => {
    expect(check('Con Edison said crews from six states were on the way. Power was back by noon, ConEd said.').summary.sources.map((s) => [s.name, s.type, s.sentences])).toEqual([['Con Edison', 'organization', 2]])
  })
})

describe('a company named with a trade\'s last word', () => {
  it('is the company by its first word later', () => {
    const text = 'The department fined SkyWest Airlines $2 million on Tuesday. SkyWest said it had invested in training. Halvern Airlines cut 300 jobs. Halvern said demand had fallen.'
    expect(resolvedAs(/^(SkyWest|Halvern)$/)(text)).toEqual(['SkyWest Airlines', 'Halvern Airlines'])
  })
  it('leaves a campaign\'s name its candidate\'s', () => {
    expect(types('The Clinton campaign said it raised $50 million. Clinton said she was grateful.')).toEqual([
      ['Clinton campaign', 'organization'],
      ['Clinton', 'person'],
    ])
  })
})

describe('an outlet a journalist works for', () => {
  it('is no person a later "she" or "he" stands for', () => {
    const she = resolvedAs(/^she$/)
    // (the singer named further back than an unknown person's name is looked for)
    expect(she('Ms. Okafor toured Europe in 1962. The tour ran for two years. It ended in Paris. Critics were split. A reviewer for Down Beat called her voice thin. In 1980, she said the review stung.')).toEqual(['Okafor'])
    expect(she('Ms. Lindqvist sang at the Apollo. The club was full. The band was late. Few noticed. A columnist at Jazz Times praised her phrasing. “I never read reviews,” she said.')).toEqual(['Lindqvist'])
    expect(resolvedAs(/^he$/)('Mr. Haddad left the band in 1972. The label dropped it. Sales fell. The tour was cancelled. A critic for Melody Maker praised his solo album. Later he said he was tired.')).toEqual(['Haddad'])
  })
  it('types the journalist an unnamed source', () => {
    expect(types('A reviewer for Down Beat called the record overproduced.')).toEqual([['reviewer for Down Beat', 'anonymous']])
  })
})

describe('a name at birth', () => {
  it('is the person already written of, not someone new', () => {
    const she = resolvedAs(/^she$/)
    expect(she('Lena Marsh died on Tuesday. Born Lena Mae Holloway in Birmingham, she began singing at 6. Years later, she said the choir saved her.')).toEqual(['Lena Marsh'])
    expect(she('Ada Brenner was a pianist. She was born Ada Kowalczyk in Krakow. In 1990, she said Krakow still felt like home.')).toEqual(['Ada Brenner'])
    expect(resolvedAs(/^he$/i)('Tom Reyes, né Tomás Reyes Ortega, wrote six novels. He was born Tomás Ortega in Oaxaca. He said he wrote every morning.')).toEqual(['Tom Reyes'])
  })
})

describe('one report or rumor with a that-clause', () => {
  it('attributes the clause to the report, unnamed or named by its outlet', () => {
    expect(labelAndCues('Tesla slid 2% after a report that it had cut prices in China. Shares of Halvern rose on a Bloomberg report that it was exploring a sale. Markets swung amid a rumor that the chief executive would resign. The stock jumped after a report in The Information that Apple planned a new device.')).toEqual([
      ['reported', [['report', 'a report']]],
      ['direct', [['report', 'a Bloomberg report']]],
      ['reported', [['rumor', 'a rumor']]],
      ['direct', [['report', 'a report in The Information']]],
    ])
  })
  it('leaves a relative clause, a definite report and a report of no clause the writer\'s', () => {
    expect(labels('Analysts pointed to a report that showed weak demand. The ministry issued a report that described the damage. The report that the board commissioned is long. A report on the flood is due in May.')).toEqual(['unattributed', 'unattributed', 'unattributed', 'unattributed'])
  })
})

describe('a company written in a story about markets', () => {
  it('is what "the carrier" or "the company" stands for, when listed or named with a company\'s word', () => {
    expect(resolvedAs(/^the carrier$/i)('Ford said it would cut jobs. Shares of Delta Air Lines jumped 4% after the carrier forecast profit above estimates.')).toEqual(['Delta Air Lines'])
    expect(resolvedAs(/^the company$/i)('Gallup found support had slipped. Southwest Airlines fell 3%, the company said.')).toEqual(['Southwest Airlines'])
    expect(resolvedAs(/^the carrier$/i)('SkyWest Airlines cut flights. The airline said fuel costs rose. United Airlines said it would add routes. The carrier said demand was strong.')).toEqual(['United Airlines'])
  })
  it('that opens the sentence before is "the company" that opens the next, though another spoke before it', () => {
    expect(resolvedAs(/^The company$/)('Exxon Mobil said profit fell. Chevron beat estimates. Brightway Foods, the snack maker, jumped 3%. The company reported strong sales.')).toEqual(['Brightway Foods'])
    expect(resolvedAs(/^The firm$/)('Halvern Labs said it would appeal. Zentro Logistics rose 5% on Tuesday. The firm said volumes were up.')).toEqual(['Zentro Logistics'])
  })
  it('leaves a person named after the listed company', () => {
    expect(types('Wells Fargo CEO John Stumpf testified on Tuesday. Stumpf said the bank was sorry.')).toEqual([['John Stumpf', 'person']])
  })
})

describe('a count and its plural after a cue verb', () => {
  it('is a box score, no clause with the plural for its verb', () => {
    expect(labels('Nikola Brandt added 22 points and 14 rebounds for Denver. Ana Sousa added two goals and three assists. Kim Ha-eun added 12 points and 10 rebounds.')).toEqual(['unattributed', 'unattributed', 'unattributed'])
  })
  it('leaves what a speaker added or noted after a count theirs', () => {
    expect(labelAndCues('Brandt added that 22 points was not enough. The coach noted 14 rebounds came in the fourth quarter.')).toEqual([
      ['direct', [['added that', 'Brandt']]],
      ['direct', [['noted', 'The coach']]],
    ])
  })
})

describe('a trailing speech tag with a day before its adjuncts', () => {
  it('still tags the clause before it', () => {
    expect(labelAndCues('The archdiocese will close 14 parishes, Archbishop Dennis Schnurr announced Sunday in a letter read at Masses across the region. Prices will rise, the company said last week in a filing with regulators across the state. The budget is short, Mayor Ana Ruiz wrote Tuesday in an op-ed published by the Tribune on its website.')).toEqual([
      ['direct', [['announced', 'Archbishop Dennis Schnurr']]],
      ['direct', [['said', 'the company']]],
      ['direct', [['wrote', 'Mayor Ana Ruiz']]],
    ])
  })
  it('is no tag with nothing before it', () => {
    expect(labels('The bishop announced Sunday in a letter read at Masses across the region. He spoke on Monday in a hall near the cathedral.')).toEqual(['unattributed', 'unattributed'])
  })
})

describe('members of a congregation', () => {
  it('are unnamed people, wherever they worship', () => {
    expect(types('Parishioners at St. Bernard Church in Winton Place said they were blindsided. Worshippers at the Al-Noor Mosque said the building was safe. Congregants at Temple Beth El said they would raise the money.')).toEqual([
      ['Parishioners at St. Bernard Church in Winton Place', 'anonymous'],
      ['Worshippers at the Al-Noor Mosque', 'anonymous'],
      ['Congregants at Temple Beth El', 'anonymous'],
    ])
  })
})

describe('a company named with an ampersand', () => {
  it('is one name, for a later "the company"', () => {
    expect(resolvedAs(/^The company$/)('Pacific Gas & Electric said in a filing that one of its lines had failed. The company said it was cooperating.')).toEqual(['Pacific Gas & Electric'])
    expect(resolvedAs(/^The company$/)('Ana Ruiz said the plant was safe. Shares of Procter & Gamble fell 2%. The company said costs rose.')).toEqual(['Procter & Gamble'])
    expect(resolvedAs(/^the firm$/)('Mayor Dunn said he would appeal, and Harlan & Webb, the law firm that represents the city, agreed. The ruling was wrong, the firm said.')).toEqual(['Harlan & Webb'])
  })
})

describe('a body named with its kind\'s word and only mentioned', () => {
  it('is what a later noun for it stands for, an apposition\'s noun too', () => {
    expect(resolvedAs(/^the union$/i)("Some parents objected. The Pennsylvania State Education Association, the state's largest teachers union, supported the measure. In a Facebook post, the union said teachers had asked for it.")).toEqual(['Pennsylvania State Education Association'])
    expect(resolvedAs(/^the union$/i)('The Ohio Education Association, a union of 120,000 teachers, backed the plan. The union said it would campaign for it.')).toEqual(['Ohio Education Association'])
    expect(resolvedAs(/^the party$/i)('The Green Party raised $5 million in May. The party said it would spend it in Ohio.')).toEqual(['Green Party'])
    expect(resolvedAs(/^the federation$/i)('Ana Ruiz said the vote was close. The Texas Farm Bureau Federation opposed the bill. The federation said it would hurt ranchers.')).toEqual(['Texas Farm Bureau Federation'])
  })
  it('is no noun of another kind', () => {
    expect(resolvedAs(/^the union$/i)('The Ohio Chamber of Commerce Foundation backed the plan. The union said it would campaign against it.')).toEqual(['union'])
  })
})

describe('a headline that opens with "Sources:"', () => {
  it('is a headline on unnamed sources\' word, not a credit line', () => {
    for (const title of ['Sources: Automakers prepare new offer to end strike', 'Source: Halvern weighs sale of its chip unit', 'Sources: Jets close to trading for star receiver']) {
      const report = check(`${title}\n\nThe talks went on through the night, and no deal was announced.`)
      expect([report.sentences[0].role, report.sentences[0].label, report.sentences[0].attributions.map((a) => a.source.kind)]).toEqual(['heading', 'reported', ['vague']])
    }
  })
  it('leaves a table\'s credit line a credit', () => {
    const report = check('Rents rose 4% in the year to March.\n\nSource: City budget office\n\nData: Zillow\n\nSources: interviews')
    expect(report.sentences.slice(1).map((s) => [s.role, s.attributions.map((a) => a.source.text)])).toEqual([
      ['caption', ['City budget office']],
      ['caption', ['Zillow']],
      ['caption', ['interviews']],
    ])
  })
})

describe('"the state news agency" after a state outlet', () => {
  it('is that outlet, and channels the speaker it quotes', () => {
    const text = 'The two leaders signed 15 agreements, Xinhua reported. The state news agency quoted Xi as saying the partnership had "broad prospects."'
    expect(check(text).sentences[1].attributions.map((a) => [a.source.resolved ?? a.source.text, a.via])).toEqual([
      ['Xinhua', undefined],
      ['Xi', 'Xinhua'],
    ])
    expect(resolvedAs(/news agency$/)('KCNA reported the launch on Friday. The official news agency said Kim Jong Un attended.')).toEqual(['KCNA'])
  })
  it('is not an outlet of another country', () => {
    expect(resolvedAs(/news agency$/)("Xinhua reported the deal. Russia's state news agency said it was a trap.")).toEqual([undefined])
  })
})

describe('word going round', () => {
  it('hedges the clause it hands on, with no source', () => {
    expect(labelAndCues('Word spread quickly that the plant would close. By noon, word got out that the coach had quit. Word came that the ferry was cancelled.')).toEqual([
      ['reported', [['Word spread quickly that', null]]],
      ['reported', [['word got out that', null]]],
      ['reported', [['Word came that', null]]],
    ])
  })
  it('is no hedge when the word itself is the subject of a plain event', () => {
    expect(labels('The word spread across the region in weeks. She got out of the car.')).toEqual(['unattributed', 'unattributed'])
  })
})

describe('an interview written as questions and answers', () => {
  const intro = 'Superintendent Maria Ortega took over the district in July. She spoke with The Ledger about her first months.'
  it('gives each answer, to its paragraph\'s end, to the interviewee the introduction names', () => {
    const text = `${intro}\n\nQ: What surprised you most?\n\nA: How many of our teachers work second jobs. One in four, by our own survey.\n\nQ: Will you ask for raises?\n\nA: Yes. I will propose a 6% increase.`
    expect(check(text).sentences.map((s) => [s.label, s.attributions.map((a) => `${a.source.resolved}${a.inherited ? ' (inherited)' : ''}`)])).toEqual([
      ['unattributed', []],
      ['unattributed', []],
      ['unattributed', []],
      ['direct', ['Maria Ortega']],
      ['direct', ['Maria Ortega (inherited)']],
      ['unattributed', []],
      ['direct', ['Maria Ortega']],
      ['direct', ['Maria Ortega (inherited)']],
    ])
  })
  it('reads "Question:" and "Answer:" labels the same way, whoever is interviewed', () => {
    const text = 'Coach Dana Whitlock has led the Rangers for six seasons.\n\nQuestion: Is this your best team?\n\nAnswer: It is the deepest one.\n\nQuestion: And the playoffs?\n\nAnswer: We take it one game at a time.'
    expect(resolvedOrWritten(text)).toEqual(['Dana Whitlock', 'Dana Whitlock'])
  })
  it('takes no one a question names for the interviewee', () => {
    const text = 'Rosa Delgado leads the nurses\' union.\n\nQ: Governor Dale Pruitt says the strike is illegal. Is it?\n\nA: No. We gave notice.\n\nQ: Will you talk to him?\n\nA: Any time.'
    expect(resolvedOrWritten(text)).toEqual(['Dale Pruitt', 'Rosa Delgado', 'Rosa Delgado', 'Rosa Delgado'])
  })
  it('reads a plural after a question’s letter as the sentence’s first word, no person’s name', () => {
    const text = 'Ana Ruiz was elected mayor last year.\n\nQ: Critics say homelessness has gotten worse on your watch. Is that fair?\n\nA: The numbers went up, yes.'
    expect(check(text).sentences.flatMap((s) => s.attributions.map((a) => [a.source.text, a.source.kind, a.source.type]))).toEqual([['Critics', 'vague', 'anonymous']])
    expect(labels('Q. Residents say the water tastes of chlorine. Is it safe?\n\nA. It is.')[0]).toBe('reported')
  })
  it('reads no answer where the questions are not labelled, or no one is introduced', () => {
    expect(labels('Mayor Ana Ruiz called the vote.\n\nA: Yes, by a wide margin.\n\nA: Turnout was low.')).toEqual(['unattributed', 'unattributed', 'unattributed'])
    expect(labels('Q: Is the water safe?\n\nA: Yes, it is.\n\nQ: Is the air safe?\n\nA: Mostly.')).toEqual(['unattributed', 'unattributed', 'unattributed', 'unattributed'])
    expect(labels('A\n\nQ\n\nA:\n\nQ:')).toHaveLength(4)
  })
})

describe('a long aside after the subject of a verb of saying', () => {
  it('leaves the subject the speaker, not the phrase after the verb', () => {
    expect(labelAndCues('The lawsuit, filed in Bronx Housing Court by the Legal Aid Society on behalf of 34 households, says the landlord, Parkview Holdings LLC, failed to make repairs. Derek Mitchell, who served as ambassador to Burma from 2012 until earlier this year, said Clinton reached out to McConnell on Burma. Ana Ruiz, a former senior adviser who supported an aggressive climate policy in the years before the summit, said Obama knew it.')).toEqual([
      ['direct', [['says', 'The lawsuit']]],
      ['direct', [['said', 'Derek Mitchell']]],
      ['direct', [['said', 'Ana Ruiz']]],
    ])
  })
})

describe('"he" or "she" after a sentence with a clause of its own', () => {
  it('goes back to the main clause\'s subject, not the subordinate one\'s', () => {
    const he = resolvedAs(/^he$/i)
    expect(he('Mayor Eric Lindholm, who has pleaded not guilty, sat expressionless as Dana Kowalski spoke. Outside the courthouse, he told reporters the charges were false.')).toEqual(['Eric Lindholm'])
    expect(he('Pat Quinlan nodded while Robin Ames read the verdict aloud. Later he said he would appeal.')).toEqual(['Pat Quinlan'])
    expect(resolvedAs(/^she$/i)('Jo Marsh smiled when Sam Okoye took the stage. Afterward she said the speech had moved her.')).toEqual(['Jo Marsh'])
  })
  it('leaves a phrase that opens a sentence out of a name', () => {
    expect(resolvedAs(/^she$/i)('Hillary Clinton won Pennsylvania. Following Sanders\' loss in New York, she said the race was over.')).toEqual(['Hillary Clinton'])
    expect(resolvedAs(/^she$/i)('Hillary Clinton won Pennsylvania. Absent Sanders\' voters, she said, the party could not win.')).toEqual(['Hillary Clinton'])
  })
})

describe('a performer\'s publicist and a concert promoter', () => {
  it('speak on record, the publicist for both verbs of a joined clause', () => {
    expect(labelAndCues("Lux's publicist called the claims false and said the photos were from 2022. A publicist for the singer said she was resting. Live Nation, the concert promoter, said refunds would follow.")).toEqual([
      ['direct', [['called', "Lux's publicist"], ['said', "Lux's publicist"]]],
      ['direct', [['said', 'A publicist for the singer']]],
      ['direct', [['said', 'Live Nation']]],
    ])
    expect(types('Live Nation said refunds would follow.')).toEqual([['Live Nation', 'organization']])
  })
})

describe('a verb of answering with "when" after it', () => {
  it('tells when the answer came, no question it answered', () => {
    expect(labels('Officials responded when the storm hit. Economists study how markets respond when governments raise the minimum wage. The mayor replied when the council met on Friday.')).toEqual(['unattributed', 'unattributed', 'unattributed'])
  })
  it('leaves an indirect question after another verb of saying content', () => {
    expect(labelAndCues('Ruiz explained when the plant would open. Okafor explained how the fire began.')).toEqual([
      ['direct', [['explained', 'Ruiz']]],
      ['direct', [['explained', 'Okafor']]],
    ])
  })
})

describe('"the spokeswoman" or "the rep" after an unnamed spokesperson', () => {
  it('is the spokesperson written before, one source', () => {
    expect(namesAndCounts('A spokeswoman for Bloom confirmed the split. "They remain friends," the spokeswoman said.')).toEqual([['spokeswoman for Bloom', 2]])
    expect(namesAndCounts('A representative for Kaya Bloom confirmed the split to People. "They ask for privacy," the rep said.')).toEqual([['representative for Kaya Bloom', 2]])
    expect(namesAndCounts("The prime minister's spokesman said on Monday that talks had stalled. The spokesman said on Tuesday that they would resume.")).toEqual([["prime minister's spokesman", 2]])
  })
  it('is no one else named before', () => {
    expect(resolvedAs(/^the spokesman$/)('Mayor Ruiz spoke first. "We are done," the spokesman said.')).toEqual(['spokesman'])
  })
})

describe('a court that "held that…"', () => {
  it('hands on its ruling, for courts and judges, with an adverb between too', () => {
    expect(labelAndCues('The court held that the legislature had targeted voters by race.')).toEqual([['direct', [['held that', 'The court']]]])
    expect(labelAndCues('The Supreme Court unanimously held that the search was unlawful.')).toEqual([['direct', [['held that', 'The Supreme Court']]]])
    expect(labelAndCues('Judge Amara Osei held that the contract was void.')).toEqual([['direct', [['held that', 'Judge Amara Osei']]]])
    expect(labels('The justices have long held that a warrant is required.')).toEqual(['reported'])
  })
  it('is an act or a stance without a that-clause right after it, and a saying with no speaker', () => {
    expect(labels('Conventional wisdom holds that turnout decides midterms.')).toEqual(['unattributed'])
    expect(labels('An old adage holds that all politics is local.')).toEqual(['unattributed'])
    expect(labels('Senate leaders held talks on the budget on Monday.')).toEqual(['unattributed'])
    expect(labels('Donald Trump held a sizable lead in the Republican race.')).toEqual(['unattributed'])
    expect(labels('Many voters held the governor responsible for the delays.')).toEqual(['unattributed'])
    expect(labels('Reagan was so consumed with the hostages held in Lebanon that he traded arms for them.')).toEqual(['unattributed'])
    expect(labels('The company will hold its annual meeting in May.')).toEqual(['unattributed'])
  })
})

describe('a study with a count of people before "published … in"', () => {
  it('is identified by its journal, with the count qualified and the day between', () => {
    const study = 'Risk fell by a fifth, according to a study of nearly 500,000 adults published Tuesday in the Annals of Internal Medicine.'
    expect(labels(study)).toEqual(['direct'])
    expect(sourceNames(study)).toEqual(['study of nearly 500,000 adults published Tuesday in the Annals of Internal Medicine'])
    expect(labels('A study of roughly 12,000 nurses published on Monday in The Lancet found that night shifts raised the risk.')).toEqual(['direct'])
    expect(labels('A report released Wednesday by the city auditor found that overtime doubled.')).toEqual(['direct'])
    expect(labels('The senator released a letter from his doctor Friday afternoon that says he is in good health.')).toEqual(['direct'])
  })
  it('stays unnamed with nothing that identifies it', () => {
    expect(labels('Risk fell by a fifth, according to a study of nearly 500,000 adults.')).toEqual(['reported'])
    expect(labels('A survey of about 2,000 voters found that most backed the plan.')).toEqual(['reported'])
  })
})

describe('one word with a capital inside as a source', () => {
  const types = (text: string) => check(text).summary.sources.map((s) => [s.name, s.type])
  it('is a brand, a body, not a person', () => {
    expect(types('Liquidations topped $400 million, according to CoinGlass.')).toEqual([['CoinGlass', 'organization']])
    expect(types('PayPal said the outage was fixed.')).toEqual([['PayPal', 'organization']])
    expect(types('Viewing time fell 3% last quarter, YouTube said.')).toEqual([['YouTube', 'organization']])
    expect(types('Traders expect two cuts by December, according to CME FedWatch.')).toEqual([['Traders', 'anonymous'], ['CME FedWatch', 'organization']])
  })
  it('is a person when it opens like a surname', () => {
    expect(types('McCain said the vote would wait.')).toEqual([['McCain', 'person']])
    expect(types('The bill is dead, DeSantis said.')).toEqual([['DeSantis', 'person']])
    expect(types('According to VanderSloot, the donation was legal.')).toEqual([['VanderSloot', 'person']])
    expect(types('Senator Jim DeMint said the bill was dead.')).toEqual([['Jim DeMint', 'person']])
    expect(types('Coach Ryan VanDyke said the team was tired.')).toEqual([['Ryan VanDyke', 'person']])
  })
})

describe('"is forecast to" and "is predicted to"', () => {
  it('hedge a prediction on forecasters\' word, unnamed, like "is expected to"', () => {
    expect(labelAndCues('Relief should arrive Monday, when a cold front is forecast to push through.')).toEqual([['reported', [['is forecast to', null]]]])
    expect(labels('The storm was forecast to reach the coast by Friday night.')).toEqual(['reported'])
    expect(labels('Growth is predicted to slow to 2% next year.')).toEqual(['reported'])
  })
  it('leave the forecast a noun or an active verb alone', () => {
    expect(labels('The forecast to the end of the week is dry.')).toEqual(['unattributed'])
    expect(labels('The storm will reach the coast by Friday night.')).toEqual(['unattributed'])
  })
})

describe('a name after a common noun, its verb followed by another verb', () => {
  it('is a relative clause\'s own speaker, the name alone', () => {
    expect(check('Peskov said talks must reflect the realities on the ground, a phrase Kyiv says means surrender.').summary.sources.map((s) => [s.name, s.type])).toEqual([['Peskov', 'person'], ['Kyiv', 'government']])
    expect(labelAndCues('The board approved a plan Mayor Ana Ruiz says will save $2 million.')).toEqual([['direct', [['says', 'Mayor Ana Ruiz']]]])
    expect(labelAndCues('The company sold the building, a deal Smith insists was fair.')).toEqual([['direct', [['insists', 'Smith']]]])
    expect(labelAndCues('It was a dynamic Greenberg said could drive moderates away.')).toEqual([['direct', [['said', 'Greenberg']]]])
  })
  it('keeps a person\'s or a body\'s noun before the name, and a phrase before a clause with its own subject', () => {
    expect(labelAndCues('The rapper Drake says he was robbed.')).toEqual([['direct', [['says', 'The rapper Drake']]]])
    expect(labelAndCues('A defensive Obama said his critics were wrong.')).toEqual([['direct', [['said', 'A defensive Obama']]]])
    expect(labelAndCues('The union Unite says wages must rise.')).toEqual([['direct', [['says', 'The union Unite']]]])
  })
})

describe('a letter\'s greeting ("Dear Annie:")', () => {
  it('names the one written to, no speaker of what follows, in an advice column with two greetings', () => {
    const text = 'Dear Annie: My sister has three grown children and thinks she knows everything about raising kids. Every time she visits, she tells me I am too soft.\n\nDear Tired: Your husband is right that you cannot control your sister. But you can set a boundary.'
    expect(speakers(text, 'label')).toEqual([
      ['direct', ['My sister']],
      ['direct', ['she']],
      ['unattributed', []],
      ['unattributed', []],
    ])
    expect(labels('Dear Carolyn: My boss says I talk too much in meetings.\n\nDear Carolyn: My roommate never pays rent on time.')).toEqual(['direct', 'unattributed'])
  })
  it('leaves a transcript\'s turns speaking', () => {
    expect(labels('MARCUS HALE: We will not back down.\n\nDANA WHITFIELD: Your own auditor disagrees.\n\nMARCUS HALE: He is wrong.')).toEqual(['direct', 'direct', 'direct'])
  })
})

describe('"provided by" after a document or data', () => {
  it('identifies it by its provider', () => {
    expect(labelAndCues('"That is a line I will not cross," Scholz said, according to a translation provided by his office.')).toEqual([['direct', [['said', 'Scholz'], ['according to', 'a translation provided by his office']]]])
    expect(labels('Sales fell 4%, according to figures provided by the ministry.')).toEqual(['direct'])
    expect(labels('Sales fell 4%, according to data provided by Statistics Canada.')).toEqual(['direct'])
  })
  it('leaves a document with no provider unnamed', () => {
    expect(labels('Sales fell 4%, according to figures.')).toEqual(['reported'])
    expect(labels('Sales fell 4%, according to a translation.')).toEqual(['reported'])
  })
})

describe('a finding after an aside set off by commas', () => {
  it('is handed on by a research verb with its that-clause', () => {
    expect(labelAndCues('Economists who study these deals have found, again and again, that such projections are inflated.')).toEqual([['reported', [['found', 'Economists']]]])
    expect(labels('Researchers concluded, after a decade of study, that the drug is effective.')).toEqual(['reported'])
    expect(labels('The auditors determined, in a review of 400 contracts, that the city had overpaid.')).toEqual(['reported'])
    expect(labels('The inspector general found, in a 40-page report, that the agency erred.')).toEqual(['direct'])
  })
  it('is no finding without the that-clause', () => {
    expect(labels('The team found, to its surprise, a second planet.')).toEqual(['unattributed'])
    expect(labels('Rescuers found, after hours of searching, the missing hiker.')).toEqual(['unattributed'])
  })
})

describe('"the company" after a big technology company only mentioned', () => {
  it('is that company', () => {
    expect(resolvedOrWritten('CUPERTINO, Calif. — Apple on Tuesday introduced its thinnest iPhone yet.\n\nThe phone is thin, the company said.')).toEqual(['Apple'])
    expect(resolvedOrWritten('Microsoft cut 1,900 jobs in its gaming unit on Thursday. The company said the cuts were painful.')).toEqual(['Microsoft'])
    expect(resolvedOrWritten('Shares of Tesla fell 6% after deliveries missed forecasts. The automaker said demand would recover, a company spokesman added.').slice(0, 1)).toEqual(['Tesla'])
  })
})

describe('a definite document identified by an aside where it stands', () => {
  it('is no other kind of document written before', () => {
    expect(resolvedOrWritten('Police records indicate that officers were called twice. The data, released by the Labor Department on Friday, showed employers added 142,000 jobs.')).toEqual(['Police records', 'data released by the Labor Department'])
    expect(resolvedOrWritten('Court filings show the firm knew. The memo, obtained by Reuters, says the board was warned.')).toEqual(['Court filings', 'memo obtained by Reuters'])
  })
  it('is the same document, or research by another of its nouns, written before', () => {
    expect(resolvedOrWritten('According to a newly uncovered email, the team was warned. The email, released by Judicial Watch, said forces were ready.')).toEqual(['newly uncovered email', 'newly uncovered email'])
    expect(resolvedOrWritten('A new poll shows a tight race, according to a new poll. The survey, conducted by the Public Policy Institute of California, finds Clinton ahead.').slice(-1)).toEqual(['new poll'])
  })
})

describe('a listed company opening the sentence before "forecast" and a bare noun', () => {
  it('is the forecaster', () => {
    expect(labelAndCues('Nvidia forecast quarterly revenue above Wall Street estimates on Wednesday.')).toEqual([['direct', [['forecast', 'Nvidia']]]])
    expect(labelAndCues('Walmart forecasts annual sales above estimates.')).toEqual([['direct', [['forecasts', 'Walmart']]]])
    expect(labelAndCues('Pfizer forecast strong revenue for its vaccines.')).toEqual([['direct', [['forecast', 'Pfizer']]]])
  })
  it('leaves a capitalised noun opening the sentence a compound\'s', () => {
    expect(labels('Weather forecast models disagree on the track.')).toEqual(['unattributed'])
    expect(labels('Revenue forecast cuts worried investors.')).toEqual(['unattributed'])
  })
})

describe('"the agency" after a government agency only mentioned', () => {
  it('is that agency, by the last word of its name, whole past "of" and "and"', () => {
    expect(resolvedOrWritten('The Food and Drug Administration approved the drug on Friday. The agency said it was safe for children.')).toEqual(['Food and Drug Administration'])
    expect(resolvedOrWritten('The Internal Revenue Service audited the charity in 2022. The agency said the audit was routine.')).toEqual(['Internal Revenue Service'])
    expect(resolvedOrWritten('The Federal Bureau of Investigation opened an inquiry. The agency said it had no further comment.')).toEqual(['Federal Bureau of Investigation'])
    expect(resolvedOrWritten('The U.S. Geological Survey recorded a magnitude 4.1 quake. According to the agency, no damage was reported.')).toEqual(['U.S. Geological Survey'])
  })
  it('is no company only mentioned', () => {
    expect(resolvedOrWritten('Boeing delivered 40 jets in May. The agency said inspections would continue.')).toEqual(['agency'])
  })
})

describe('the newsroom\'s note about the article', () => {
  it('is boilerplate after its label at a line\'s start, however long, while the facts a correction sets right are claims', () => {
    const text = "Editor's note: This story has been updated to include comment from the governor's office, which had not responded by Tuesday.\n\nCorrection: An earlier version of this article misstated the year the bridge opened. It opened in 1957, not 1959.\n\nCLARIFICATION: The first sentence has been clarified to reflect that the mayor is calling for a search, not an appointment."
    expect(check(text).sentences.map((s) => [s.role, s.claim])).toEqual([['boilerplate', false], ['boilerplate', false], ['body', true], ['boilerplate', false]])
  })
  it('is boilerplate when it says where the article first ran or that it was updated', () => {
    const text = 'The bridge opened in 1957.\n\nThis article originally appeared in The Texas Tribune.\n\nThis story has been updated with comment from the mayor.'
    expect(check(text).sentences.map((s) => s.role)).toEqual(['body', 'boilerplate', 'boilerplate'])
  })
  it('is boilerplate when it signposts what follows in an explainer', () => {
    const text = "The Labor Department finalized a rule Tuesday. Here is what to know.\n\nHere's what we know about the suspect so far.\n\nHere is what happened next: the bridge fell."
    expect(check(text).sentences.map((s) => s.role)).toEqual(['body', 'boilerplate', 'boilerplate', 'body'])
  })
  it('is prose when the label is no line\'s start', () => {
    expect(check('The paper ran a note. Correction: the mayor never said that, aides said.').sentences.map((s) => s.role)).toEqual(['body', 'body'])
  })
})

describe('a competition\'s name leading a sports headline', () => {
  it('is the section, no source', () => {
    expect(labels('Premier League: Chelsea agree £60m deal for Napoli striker\n\nThe fee is a club record.')).toEqual(['unattributed', 'unattributed'])
    expect(labels('World Cup: Argentina beat France on penalties in the final\n\nMessi scored twice.')).toEqual(['unattributed', 'unattributed'])
  })
  it('leaves a headline led by a source noun on its word', () => {
    expect(labels('Police: Man shot near school was not a student\n\nThe school was closed.')).toEqual(['direct', 'unattributed'])
  })
})

describe('medical and scientific specialists', () => {
  it('are people: one definite is named, unnamed ones are vague', () => {
    expect(check('In a commentary, two cardiologists who were not involved wrote that the results should reassure coffee drinkers.').summary.sources.map((s) => [s.name, s.type, s.kind])).toEqual([['two cardiologists', 'anonymous', 'vague']])
    expect(labels('The pediatrician said the boy would recover.')).toEqual(['direct'])
    expect(labels('Sociologists say the trend began in the 1990s.')).toEqual(['reported'])
    expect(labels('A seismologist at the observatory said aftershocks were likely.')).toEqual(['reported'])
  })
})

describe('a document "posted on" where it was published', () => {
  it('is identified by the place, not by a day', () => {
    expect(labelAndCues('Mao Ning said the Philippines had erred, according to a transcript posted on the ministry\'s website.')).toEqual([['direct', [['said', 'Mao Ning'], ['according to', "a transcript posted on the ministry's website"]]]])
    expect(labels('The plant will close, according to a memo posted on the union\'s website.')).toEqual(['direct'])
    expect(labels('The plant will close, according to a memo posted on Monday.')).toEqual(['reported'])
  })
})

describe('"the statement" or "the letter" after a speaker spoke in one', () => {
  it('is that speaker\'s word, one source with them', () => {
    expect(namesAndCounts('In a statement, Northfield Health said the clinic would close in March. The statement added that 40 jobs would be cut.')).toEqual([['Northfield Health', 2]])
    expect(namesAndCounts('Exxon Mobil contended in its letter that the reporting was biased. The letter also accuses one reporter of ignoring evidence.')).toEqual([['Exxon Mobil', 2]])
    expect(namesAndCounts('Mayor Ana Ruiz said in an email to staff that the office would move. "We will be closer to residents," the email said.')).toEqual([['Ana Ruiz', 2]])
  })
  it('stays a document of its own when no one spoke in it, or another kind of document is meant', () => {
    expect(namesAndCounts('Officials said the clinic would close. The statement added that 40 jobs would be cut.')).toEqual([['Officials', 1], ['statement', 1]])
    expect(namesAndCounts('In a statement, Northfield Health said the clinic would close. The letter to patients said care would continue.')).toEqual([['Northfield Health', 1], ['letter to patients', 1]])
  })
})

describe('"he" or "she" right after someone was asked', () => {
  const she = resolvedAs(/^(She|He)$/)
  it('is the one asked, answering', () => {
    expect(she("Maria Lopez said the ward was understaffed.\n\nReporters asked the hospital's chief executive, Dana Hill, about the claim. She said staffing met state rules.")).toEqual(['Dana Hill'])
    expect(she("Senator Tom Reyes blamed the mayor.\n\nThe Ledger reached the mayor's spokesman, Paul Okafor, by phone on Monday. He said the senator was misinformed.")).toEqual(['Paul Okafor'])
    expect(she('Coach Ann Bell praised the team.\n\nA fan asked Jana Novak about the final. She said it was the best game of her life.')).toEqual(['Jana Novak'])
  })
  it('is not one asked about, asked by, or asked in a clause of the speaker\'s sentence', () => {
    expect(she("Mayor Ruiz spoke first.\n\nAsked about Governor Anne Park's remarks, Ruiz laughed. She said the governor was wrong.")).toEqual(['Ruiz'])
    expect(she('Maria Lopez said the ward was understaffed, when a reporter asked Dana Hill about it. She said she was tired.')).toEqual(['Maria Lopez'])
    expect(she('Tom Reyes spoke at the rally. When asked by Paul Okafor if he would run, Reyes smiled. He said he would decide in May.')).toEqual(['Tom Reyes'])
  })
})

describe('markets as the ones who expect or bet', () => {
  it('are traders at large, an unnamed group', () => {
    expect(check('Markets expect the Fed to cut rates twice this year.').summary.sources.map((s) => [s.name, s.kind])).toEqual([['Markets', 'vague']])
    expect(labels('The market expects the central bank to cut rates in June.')).toEqual(['reported'])
    expect(labels('Bond markets fear that inflation will return.')).toEqual(['reported'])
  })
  it('say nothing when they only move or respond', () => {
    expect(labels('Analysts are watching how markets respond when the Fed meets.')).toEqual(['unattributed'])
    expect(labels('Markets fell 2% on Tuesday.')).toEqual(['unattributed'])
  })
})

describe('a headline\'s role with no article', () => {
  it('is one of an unnamed group when the noun is one ("an official"), vague', () => {
    expect(labels('Russian official says grain deal talks stalled\n\nThe talks began in May.')).toEqual(['reported', 'unattributed'])
    expect(labels('Trump aide says campaign will go on\n\nThe campaign is in debt.')).toEqual(['reported', 'unattributed'])
    expect(labels('Senior diplomat warns of long war\n\nThe war began in 2022.')).toEqual(['reported', 'unattributed'])
  })
  it('stays definite for a title one holds alone, an owner or a name', () => {
    expect(labels('Governor says budget will pass\n\nThe vote is on Friday.')).toEqual(['direct', 'unattributed'])
    expect(labels('Her lawyer says she is innocent\n\nThe trial starts in May.')).toEqual(['direct', 'unattributed'])
  })
})

describe('a relative clause\'s verb of saying with nothing said after it', () => {
  it('is no tag of the sentence', () => {
    expect(labelAndCues('"Drag is art," said Brigitte Bandit, an Austin performer who testified at trial.')).toEqual([['direct', [['said', 'Brigitte Bandit']]]])
    expect(labelAndCues('The fund hired Rosa Diaz, a former regulator who spoke at the hearing.')).toEqual([['unattributed', []]])
    expect(labelAndCues('The firm paid to dig up dirt on journalists who criticized the company.')).toEqual([['unattributed', []]])
  })
  it('leaves a tag set off after the sentence its speaker\'s', () => {
    expect(labelAndCues('The plant will close in May, a spokesman for the company said.')).toEqual([['direct', [['said', 'a spokesman for the company']]]])
  })
})

describe('one of a group\'s nouns with a rank', () => {
  it('is one person when definite', () => {
    expect(labelAndCues("The bank's chief analyst said rates would fall by June.")).toEqual([['direct', [['said', "The bank's chief analyst"]]]])
    expect(labels('The lead analyst on the report said the forecast was cautious.')).toEqual(['direct'])
  })
  it('stays unnamed without the rank, plural, indefinite, or when its noun keeps anyone anonymous', () => {
    expect(labels('The analyst said rates would fall.')).toEqual(['reported'])
    expect(labels('The chief analysts said rates would fall.')).toEqual(['reported'])
    expect(labels('A top analyst said rates would fall.')).toEqual(['reported'])
    expect(labels('The top source said rates would fall.')).toEqual(['reported'])
  })
})

describe('"attributed X to Y", a claim about a cause', () => {
  it('is the subject\'s, as blame is', () => {
    expect(labelAndCues('In a 2022 filing with the state, the company attributed staffing shortages to "an unprecedented labor market."')).toEqual([['direct', [['attributed', 'the company']]]])
    expect(labelAndCues('Officials have attributed the slow count to thousands of mail ballots.')).toEqual([['reported', [['attributed', 'Officials']]]])
    expect(labels('Mayor Ana Ruiz, attributing the drop in crime to new patrols, asked for more officers.')).toEqual(['direct'])
  })
  it('is no saying as a quotation\'s passive, nor as the noun', () => {
    expect(labels('A quote attributed to Lincoln went viral on Monday.')).toEqual(['unattributed'])
    expect(labels('Clinton led Trump on a range of presidential attributes.')).toEqual(['unattributed'])
  })
})

describe('a bare singular role right after a verb, before a form that is also a noun', () => {
  it('modifies the object, no subject of a verb', () => {
    expect(labelAndCues('The rising generation tends to hold liberal views: 53% describe themselves as liberal.')).toEqual([['reported', [['describe', '53%']]]])
    expect(labels('Most voters expressed conservative views on the issue.')).toEqual(['unattributed'])
  })
  it('leaves a plural subject of a reported clause, and a document after a capitalised name, speaking', () => {
    expect(labelAndCues('Voters say liberals claim too much.')).toEqual([['reported', [['say', 'Voters'], ['claim', 'liberals']]]])
    expect(labels('The latest Rasmussen Reports poll shows Trump leading Clinton.')).toEqual(['direct'])
  })
})

describe('a role in capitals after "the", then a name set off', () => {
  it('is the name\'s description: the name speaks, for a joined verb and a participle too', () => {
    expect(labelAndCues('The Health Secretary, Wes Streeting, said the system was broken.')).toEqual([['direct', [['said', 'Wes Streeting']]]])
    expect(labelAndCues('The Work and Pensions Secretary, Liz Kendall, wrote in The Times that the system was "unsustainable."')).toEqual([['direct', [['wrote', 'Liz Kendall']]]])
    expect(speakers('The Foreign Minister, Sergei Lavrov, called the plan reckless and said it would fail. The Chancellor, Rachel Reeves, resigned on Friday, saying the rules were broken.', 'label').map((r) => r[1])).toEqual([['Sergei Lavrov', 'Sergei Lavrov'], ['Rachel Reeves']])
  })
  it('leaves names listed, a role with no name and an outlet described alone', () => {
    expect(labelAndCues('Ruiz, Diaz and Lee said the talks failed.')).toEqual([['direct', [['said', 'Ruiz, Diaz and Lee']]]])
    expect(labelAndCues('The Prime Minister, speaking in Leeds, said the talks failed.')).toEqual([['direct', [['said', 'The Prime Minister']]]])
    expect(labelAndCues('The Times, a daily, said the talks failed.')).toEqual([['direct', [['said', 'The Times']]]])
  })
})

describe('"his official spokesman" after a person named', () => {
  it('is that person\'s spokesman, past one modifier', () => {
    expect(resolvedOrWritten('Sir Keir Starmer faces a revolt. "He is confident," his official spokesman told reporters.')).toEqual(["Keir Starmer's official spokesman"])
    expect(resolvedOrWritten('Attorney General Dave Yost sued the firm. His chief spokesman said the suit was strong.')).toEqual(["Dave Yost's chief spokesman"])
  })
  it('needs the modifier to be one lowercase word', () => {
    expect(resolvedOrWritten('Attorney General Dave Yost sued the firm. His Ohio campaign spokesman said the suit was strong.')).toEqual(['His Ohio campaign spokesman'])
  })
})

describe('a form that is also a noun after an auxiliary and an adverb', () => {
  it('is the verb', () => {
    expect(labelAndCues('Economists polled by Reuters had unanimously forecast no change.')).toEqual([['reported', [['forecast', 'Economists polled by Reuters']]]])
    expect(labels('Analysts have widely forecast a second cut in June.')).toEqual(['reported'])
  })
  it('stays a noun\'s modifier after an article', () => {
    expect(labels('The widely forecast recession never came.')).toEqual(['unattributed'])
  })
})

describe('centers, and bodies with plural names or an "and" in them', () => {
  const center = resolvedAs(/^the .*center$/i)
  it('refers "the center" back to the center named before, by its noun', () => {
    expect(center('Hurricane Delia strengthened on Tuesday, the National Hurricane Center said. Storm surge of 9 feet is possible, the hurricane center warned. The center said rain could reach 15 inches.')).toEqual(['National Hurricane Center', 'National Hurricane Center', 'National Hurricane Center'])
    expect(center('A survey released by the Pew Research Center on Monday found that most teenagers use TikTok daily. The center said the share had doubled since 2022.')).toEqual(['Pew Research Center'])
    expect(center('The Brennan Center for Justice counted 14 new voting laws this year. The law and policy center said most of them tighten mail voting.')).toEqual(['Brennan Center for Justice'])
    expect(check('The Brennan Center for Justice counted 14 new laws. The center said most states tightened mail voting.').summary.sources.map((s) => [s.name, s.type])).toEqual([['Brennan Center for Justice', 'organization']])
  })
  it('reads no other body as the center, nor the middle of a place as a speaker', () => {
    expect(center('The Interior Ministry said three people were hurt. The center said the roads were closed.')).toEqual(['center'])
    expect(labelAndCues('The shooting happened near the center of town, police said. The city center was closed on Sunday. The center will host a vigil.')).toEqual([
      ['direct', [['said', 'police']]],
      ['unattributed', []],
      ['unattributed', []],
    ])
  })
  it('names the person after a body whose name is plural, but not people named by whom they serve', () => {
    const people = (text: string) => check(text).summary.sources.map((s) => [s.name, s.type, s.kind])
    expect(people('Centers for Disease Control Director Thomas Frieden said the outbreak was contained.')).toEqual([['Thomas Frieden', 'person', 'named']])
    expect(people('The senators met at a summit where Centers for Medicare and Medicaid Services Administrator Mehmet Oz said the rule was final.')).toEqual([['Mehmet Oz', 'person', 'named']])
    expect(people('Hospitals for Kids President Dana Reyes said the cuts would close two wards.')).toEqual([['Dana Reyes', 'person', 'named']])
    expect(people('Food and Drug Administration Commissioner Robert Califf said the drug was safe.')).toEqual([['Robert Califf', 'person', 'named']])
    expect(people('Bureau of Alcohol, Tobacco and Firearms Director Steve Dettelbach said most guns were traced.')).toEqual([['Steve Dettelbach', 'person', 'named']])
    expect(people('Lawyers for former President Donald Trump said the case was weak.')).toEqual([['Lawyers for former President Donald Trump', 'anonymous', 'vague']])
    expect(people('Aides to Gov. Ellen Park said she would sign the bill.')).toEqual([['Aides to Gov. Ellen Park', 'anonymous', 'vague']])
  })
})

describe('bodies named whole past "of" or "for", and by a noun set off after them', () => {
  const body = (text: string) => check(text).sentences.flatMap((s) => s.attributions).filter((a) => /^the /i.test(a.source.text ?? '')).map((a) => a.source.resolved)
  it('refers back to a body only mentioned, by its own noun', () => {
    expect(body('The Brennan Center for Justice sued over 14 new voting laws this year. The nonpartisan center said most of them tighten mail voting.')).toEqual(['Brennan Center for Justice'])
    expect(body('The Center for Responsive Politics tracked the spending. The center said outside groups spent $1.2 billion.')).toEqual(['Center for Responsive Politics'])
    expect(body('Economists at the Institute for Fiscal Studies have studied the cuts for years. The institute said the poorest households lost the most.')).toEqual(['Institute for Fiscal Studies'])
  })
  it('refers back by a noun of two words set off after the name', () => {
    expect(body('The Center for American Progress, a liberal think tank, released a plan on Monday. The think tank said it would cut costs.')).toEqual(['Center for American Progress'])
    expect(body('The Heritage Foundation, a conservative think tank, criticized the plan. The think tank said it was costly.')).toEqual(['Heritage Foundation'])
  })
  it('reads a body\'s name on past "and" after its "of", but not into a person', () => {
    expect(body('A pack of gray wolves has settled in Sierra County, the California Department of Fish and Wildlife announced Wednesday. Trail cameras captured five wolves, according to the department.')).toEqual(['California Department of Fish and Wildlife', 'California Department of Fish and Wildlife'])
    expect(body('The Department of Housing and Urban Development proposed a rule on Monday. The department said it would cut waiting lists.')).toEqual(['Department of Housing and Urban Development'])
    expect(body('The Department of Justice and Mayor Eric Adams reached a deal. The department said it was fair.')).toEqual(['Department of Justice'])
  })
  it('refers back by the word of its kind before "of"', () => {
    expect(body('Monique Dalle, a member of the Living Church of God in Paris, was flying to Cairo, the church posted on Facebook.')).toEqual(['Living Church of God'])
    expect(body('Students at the University of Northern Iowa staged a walkout. The university said classes would resume Monday.')).toEqual(['University of Northern Iowa'])
  })
  it('takes no institute for a company', () => {
    expect(body('Prices rose sharply, said Caroline Freund, a senior fellow at the Peterson Institute for International Economics. The company said it would raise wages.')).toEqual(['company'])
    expect(body('The Urban Institute hosted a forum on evictions in March. The company said it would appeal.')).toEqual(['company'])
  })
})

describe('a clause after a plural subject with a plain verb and a bare object', () => {
  it('hands on what was said', () => {
    expect(labelAndCues('Voting-rights groups said the new laws restrict voting. Kim said the rules tighten mail voting. Dr. Osei said these drugs cause dizziness. The center said most of them tighten mail voting.')).toEqual([
      ['reported', [['said', 'Voting-rights groups']]],
      ['direct', [['said', 'Kim']]],
      ['direct', [['said', 'Dr. Osei']]],
      ['direct', [['said', 'The center']]],
    ])
  })
  it('reads no clause in a phrase of nouns', () => {
    expect(labelAndCues('Instead of denying poor folks health care, the governor expanded Medicaid.')).toEqual([['unattributed', []]])
  })
})

describe('a surname that is also an outlet\'s word', () => {
  it('is a person after a given name, and the pronoun after it is that person', () => {
    expect(types('In a memo to staff, Chief Executive Rachel Sun said the cuts were painful. She wrote that the company needed to change.')).toEqual([['Rachel Sun', 'person']])
    expect(types('Columnist Emily Post said manners matter.')).toEqual([['Emily Post', 'person']])
    expect(types('“We were outspent,” said campaign manager Daniel Herald.')).toEqual([['Daniel Herald', 'person']])
  })
  it('leaves outlets named so as outlets', () => {
    expect(types('The Jerusalem Post said the report was wrong. The Christian Science Monitor said so too. The Miami Herald reported the cuts.')).toEqual([
      ['Jerusalem Post', 'media'],
      ['Christian Science Monitor', 'media'],
      ['Miami Herald', 'media'],
    ])
  })
})

describe('a pronoun object before a preposition', () => {
  it('opens no clause after a verb of saying: "charged her for expenses" is a bill', () => {
    expect(labelAndCues('The manager billed her for flights she never took and charged them for hotel rooms that were never booked. The landlord charged us for repairs that were never made, tenants said. Prosecutors charged that the mayor took bribes for years.')).toEqual([
      ['unattributed', []],
      ['reported', [['said', 'tenants']]],
      ['reported', [['charged that', 'Prosecutors']]],
    ])
  })
})

describe('a role and the name set off after it', () => {
  const resolved = (text: string) => check(text).sentences.flatMap((s) => s.attributions).map((a) => [a.source.text, a.source.resolved])
  it('is one source after "according to", as after an inverted "said"', () => {
    expect(resolved('The road linked Dover to Canterbury, according to the excavation\'s lead archaeologist, Dr. Hannah Cole of Wessex Archaeology.')).toEqual([["the excavation's lead archaeologist, Dr. Hannah Cole of Wessex Archaeology", 'Hannah Cole']])
    expect(resolved('The plan will cost $4 billion, according to the company\'s chief executive, Jane Doe.')).toEqual([["the company's chief executive, Jane Doe", 'Jane Doe']])
    expect(resolved('According to her longtime lawyer, Marcus Webb, the settlement was signed in March.')).toEqual([['her longtime lawyer, Marcus Webb', 'Marcus Webb']])
    expect(resolved('Sales fell 8 percent, according to the automaker, Stellantis.')).toEqual([['the automaker, Stellantis', 'Stellantis']])
    expect(resolved('Sales fell 8 percent, said the company, Acme Corp.')).toEqual([['the company, Acme Corp', 'Acme Corp']])
  })
  it('leaves a document\'s phrase alone before the subject that follows it', () => {
    expect(resolved('According to an FBI summary of its investigation, Cheryl Mills, a top aide, sent the employee an email.')).toEqual([['an FBI summary of its investigation', 'FBI summary of its investigation']])
    expect(resolved('According to the indictment, Ray Dalton, a former accountant, wired the money abroad.')).toEqual([['the indictment', 'indictment']])
  })
})

describe('a figure\'s lead inside a source\'s phrase', () => {
  const written = (text: string) => check(text).sentences.flatMap((s) => s.attributions).map((a) => a.source.text)
  it('keeps "more than", "fewer than" and "less than" with their number', () => {
    expect(written('Risk fell, according to a new analysis of studies involving more than 160,000 adults.')).toEqual(['a new analysis of studies involving more than 160,000 adults'])
    expect(written('A poll of fewer than 500 voters found that most oppose the plan.')).toEqual(['A poll of fewer than 500 voters'])
    expect(written('More than 6 in 10 Democratic voters said that the economy was rigged.')).toEqual(['More than 6 in 10 Democratic voters'])
    expect(written('Prices rose, according to a survey of less than 1,000 shoppers.')).toEqual(['a survey of less than 1,000 shoppers'])
  })
})

describe('the era before a year', () => {
  it('ends no sentence: "A.D. 70"', () => {
    const texts = (t: string) => check(t).sentences.map((s) => s.text)
    expect(texts('Cole said the coins suggest the road was in use by around A.D. 70. Roman roads were built after the invasion in A.D. 43 and were used for centuries.')).toEqual([
      'Cole said the coins suggest the road was in use by around A.D. 70.',
      'Roman roads were built after the invasion in A.D. 43 and were used for centuries.',
    ])
  })
})

describe('a document owned by "his", "her" or "its"', () => {
  const resolved = (text: string) => check(text).sentences.flatMap((s) => s.attributions).map((a) => [a.source.text, a.source.resolved])
  it('is the person\'s when it opens its sentence, and the document refers back to it', () => {
    expect(resolved('The inspector general, Margaret Olson, declined to comment. Her report, made public on Oct. 14, found that the department had skipped reviews. The report also found that two officials had been warned.')).toEqual([
      ['Her report', "Margaret Olson's report"],
      ['The report', "Margaret Olson's report"],
    ])
    expect(resolved('Sen. Ray Dunn wrote to the agency on Friday. His letter said the new rules were unlawful.')).toEqual([['His letter', "Ray Dunn's letter"]])
  })
  it('is the body\'s with "its", so two bodies\' statements are two sources', () => {
    expect(resolved('Halden Mutual released its results on Tuesday. Its statement said sales rose 5 percent. The Interior Ministry issued new rules on Monday. Its spokesman said they would take effect in May.')).toEqual([
      ['Its statement', "Halden Mutual's statement"],
      ['Its spokesman', "Interior Ministry's spokesman"],
    ])
    expect(check('Mercy Hospital faced criticism over the outbreak. Its statement said no patients were harmed. Northfield Clinic reopened on Monday. Its statement said staff had been retrained.').summary.sources.map((s) => s.name)).toEqual(["Mercy Hospital's statement", "Northfield Clinic's statement"])
  })
  it('is not guessed further into a sentence, where "his" may be the subject\'s', () => {
    expect(resolved('Before law school, Jake Sullivan clerked for Justice Stephen Breyer, according to his biography.')).toEqual([['his biography', undefined]])
  })
})

describe('a label in capitals with its article before a colon', () => {
  it('is no subject: the verb joined after "and" has the sentence\'s own subject', () => {
    expect(labelAndCues('THE FACTS: The post, shared more than 40,000 times, claims that the state outlawed gas stoves and urges readers to "stock up before the ban."')).toEqual([['direct', [['claims that', 'The post'], ['urges', 'The post']]]])
    expect(labelAndCues('THE BACKGROUND: A chain email claims the vaccine contains microchips and urges parents to "refuse every shot."')).toEqual([['direct', [['claims', 'A chain email'], ['urges', 'A chain email']]]])
  })
})

describe('the subject of a sentence before a participle and its owned object', () => {
  it('ends before the verb: "Acme Corporation released its results. It said…"', () => {
    expect(resolvedAs(/^It$/)('Acme Corporation released its quarterly results on Tuesday. It said sales rose 5 percent.')).toEqual(['Acme Corporation'])
    expect(resolvedAs(/^It$/)('The Harlow Group published its annual survey in June. It said rents had doubled.')).toEqual(['Harlow Group'])
  })
})

describe('reporting as a document', () => {
  it('is a source after "according to" and before a research verb', () => {
    expect(labelAndCues('The deal collapsed, according to reporting by CNN. Talks had stalled for weeks, according to reporting from The New York Times. Reporting by the state auditor found that inspections were skipped.')).toEqual([
      ['direct', [['according to', 'reporting by CNN']]],
      ['direct', [['according to', 'reporting from The New York Times']]],
      ['direct', [['found that', 'Reporting by the state auditor']]],
    ])
    expect(types('The deal collapsed, according to reporting by CNN.')).toEqual([['reporting by CNN', 'document']])
  })
  it('leaves the verb a verb in the progressive', () => {
    expect(labelAndCues('He is reporting on the war from Kyiv. The agency is reporting that cases rose. The company has been reporting losses for years.')).toEqual([
      ['unattributed', []],
      ['direct', [['reporting that', 'The agency']]],
      ['direct', [['reporting', 'The company']]],
    ])
  })
})

describe('two people or bodies named together, then "both" or "the two"', () => {
  const resolved = (text: string) => check(text).sentences.flatMap((s) => s.attributions).map((a) => [a.source.text, a.source.kind, a.source.resolved ?? null])
  it('are the two named, and "they" after them too', () => {
    expect(resolved('Dr. Amara Okafor and Dr. Lars Nilsson spent three years tracking 2,000 children. Both researchers said the results surprised them. The two scientists found that screen time was linked to slower speech. They cautioned that the study could not show cause and effect.')).toEqual([
      ['Both researchers', 'named', 'Amara Okafor and Lars Nilsson'],
      ['The two scientists', 'named', 'Amara Okafor and Lars Nilsson'],
      ['They', 'named', 'Amara Okafor and Lars Nilsson'],
    ])
    expect(resolved('Mayor Ruiz and Police Chief Dana Hill toured the flooded streets on Monday. The two officials said the damage was worse than expected.')).toEqual([['The two officials', 'named', 'Ruiz and Dana Hill']])
  })
  it('are two bodies for "the companies", "both automakers" or "the two companies"', () => {
    expect(resolved('The pill will be sold by Biogen and Sage Therapeutics. The companies said it would be available by December.')).toEqual([['The companies', 'named', 'Biogen and Sage Therapeutics']])
    expect(resolved('Ford and General Motors reported higher sales on Tuesday. Both automakers said demand for trucks remained strong.')).toEqual([
      ['Ford and General Motors', 'named', null],
      ['Both automakers', 'named', 'Ford and General Motors'],
    ])
    expect(resolved('Pfizer agreed to buy Seagen for $43 billion. The two companies said the deal would close by the end of the year.')).toEqual([['The two companies', 'named', 'Pfizer and Seagen']])
  })
  it('are no bodies not named together, nor one body', () => {
    expect(resolved('Talks between Ford and the union resumed in Detroit. The companies said a deal was close.')).toEqual([['The companies', 'named', 'companies']])
    expect(resolved('The Senate passed the bill on Tuesday. The two companies said they would comply.')).toEqual([['The two companies', 'named', 'two companies']])
  })
  it('stay unnamed with one person named before, or inside a sentence whose own clause names the two', () => {
    expect(resolved('Dr. Amara Okafor spent three years tracking 2,000 children. Both researchers said the results surprised them.')).toEqual([['Both researchers', 'vague', null]])
    expect(resolved('Sandra Paradis and Jim Bennett backed rival candidates. The mogul and the socialist have taken aim at one another, both candidates acknowledging that they could meet in November.').map((r) => r[1])).toEqual(['vague'])
  })
})

describe('an epithet for the one person named just before', () => {
  const resolved = (text: string) => check(text).sentences.flatMap((s) => s.attributions).map((a) => a.source.resolved ?? null)
  it('opening a sentence with "the", is that person', () => {
    expect(resolved('Donald Trump spoke for 90 minutes at the rally in Manchester on Saturday. The business mogul said the country was "going to hell."')).toEqual(['Donald Trump'])
    expect(resolved('Selenis Leyva has played an inmate on the show for seven seasons. The actress explained why the role mattered to her.')).toEqual(['Selenis Leyva'])
    expect(resolved('Rick Perry endorsed the Texas senator on Monday in Iowa. The Air Force veteran said the senator passes the commander-in-chief test.')).toEqual(['Rick Perry'])
    expect(resolved('The club hired Ana Ruiz in June. The veteran coach said she would rebuild the team around its youth players.')).toEqual(['Ana Ruiz'])
  })
  it('is no one with two people named before, or none', () => {
    expect(resolved('Donald Trump and Jeb Bush spoke on Saturday. The business mogul said the country was failing.')).toEqual(['business mogul'])
    expect(resolved('The rally drew 4,000 people. The billionaire said the crowd was the biggest yet.')).toEqual(['billionaire'])
  })
})

describe('federal boards and commissions', () => {
  it('are government bodies, one source under their initials and their noun', () => {
    expect(types('The National Labor Relations Board has accused Amazon of refusing to bargain. The board said the company broke the law. The NLRB said it would appeal.')).toEqual([['National Labor Relations Board', 'government']])
    expect(types('The Consumer Product Safety Commission warned parents about the cribs. The CPSC said 12 babies had died.')).toEqual([['Consumer Product Safety Commission', 'government']])
    expect(types('The Equal Employment Opportunity Commission sued the chain on Monday, saying managers had fired pregnant workers.')).toEqual([['Equal Employment Opportunity Commission', 'government']])
  })
})

describe('a medical examiner', () => {
  it('is a person, definite or not, as a coroner is', () => {
    expect(check('At least four people were killed, according to the county medical examiner. The medical examiner said the cause was blunt force trauma.').summary.sources.map((s) => [s.name, s.type, s.kind, s.sentences])).toEqual([['county medical examiner', 'person', 'named', 2]])
    expect(labelAndCues('A medical examiner said the death was a homicide.')).toEqual([['reported', [['said', 'A medical examiner']]]])
  })
})

describe('"the team" in a story about research', () => {
  const team = resolvedAs(/^the team$/i)
  it('is the study\'s authors when no sports team was named', () => {
    expect(team('Scientists found plastic particles in brain tissue, according to a study published Monday in Nature Medicine. Samples from 2024 held 50 percent more plastic than those from 2016, the team reported.')).toEqual(['study published Monday in Nature Medicine'])
    expect(team('A survey by the University of Leeds found that half of nurses plan to quit. The team said pay was the main reason.')).toEqual(['survey by the University of Leeds'])
  })
  it('is the sports team named before, and no one in a story of neither', () => {
    expect(team('The Florida Panthers beat Boston 4-2 on Saturday. The team said its captain would miss a week.')).toEqual(['Florida Panthers'])
    expect(team('The mayor opened the new library on Monday. The team said the building cost $12 million.')).toEqual(['team'])
  })
})

describe('a document its definite maker made, in a relative clause with no pronoun', () => {
  const kinds = (text: string) => check(text).sentences.flatMap((s) => s.attributions).map((a) => [a.source.text, a.source.kind])
  it('is identified, so named', () => {
    expect(kinds('The plant will close in March, according to a notice the company filed with the state on Friday.')).toEqual([['a notice', 'named']])
    expect(kinds('Clinton had nearly $38 million in cash at year\'s end, according to figures her campaign released Friday.')).toEqual([['figures', 'named']])
    expect(kinds('The school will close, according to documents the district released Tuesday.')).toEqual([['documents', 'named']])
  })
  it('speaks, not its maker, when it is the subject or a participle\'s', () => {
    expect(kinds('A memo the agency sent to staff said the office would close.')).toEqual([['A memo', 'named']])
    expect(kinds('A notice the company filed with the state says the plant will close.')).toEqual([['A notice', 'named']])
    expect(kinds('Her comments were a response to a letter the Sanders campaign sent the DNC on Monday alleging that the deal was improper.')).toEqual([['a letter', 'named']])
    expect(kinds('The company the agency sued said it would appeal.')).toEqual([['The company', 'named']])
  })
  it('stays vague with no maker, or with a maker who only describes it', () => {
    expect(kinds('The plant will close in March, according to a notice posted online.')).toEqual([['a notice posted online', 'vague']])
    expect(kinds('The plant will close, according to a report the newspaper described as leaked.')[0]).toEqual(['a report', 'vague'])
  })
})

describe('a company known by its noun before it is named', () => {
  it('is the company the story names next: the headline, the lede and later mentions make one row', () => {
    for (const [text, name] of [
      ["Experimental drug slows decline in late-stage trial, company says\n\nAn experimental drug slowed decline by 27 percent over 18 months, its maker said Wednesday.\n\nNorvance Therapeutics said the drug met its main goal.\n\nMost cases caused no symptoms, the company disclosed.", 'Norvance Therapeutics'],
      ["Chipmaker warns of shortage into next year\n\nThe shortage of memory chips will last well into next year, the company warned on Monday.\n\nKestrel Semiconductor said its factories were running at full capacity.", 'Kestrel Semiconductor'],
      ["Airline cancels 400 flights as storm nears, carrier says\n\nHarbor Airlines said it had grounded most of its fleet at Newark until Friday.\n\nPassengers will be rebooked free of charge, the airline added.", 'Harbor Airlines'],
    ]) {
      const report = check(text)
      expect(report.summary.sources.map((s) => s.name)).toEqual([name])
      expect(report.summary.sources[0].type).toBe('organization')
    }
  })

  it('stays its own source when a body was named before it, or when the noun is no company’s', () => {
    // (after the Labor Department spoke, an unnamed company is one the story has not named: not the next one that speaks)
    expect(sourceNames('The Labor Department said the inspection found 14 violations.\n\nThe company said it would appeal.\n\nHalvern Freight Inc. said it had hired the same contractor.')).toEqual(['Labor Department', 'company', 'Halvern Freight Inc.'])
    // (police are not the sheriff's office that speaks next)
    expect(sourceNames('Police said two people were hurt in the crash.\n\nThe Boulder County Sheriff’s Office said the road had reopened.')).toEqual(['Police', 'Boulder County Sheriff’s Office'])
  })
})

describe('a body introduced by the name it goes by', () => {
  it('is typed by its noun, with its whole name as the source, a capitalised adverb in the name included', () => {
    const text = [
      'A group called Riverside Taxpayers First has said it will try to put the bond before voters.',
      'A coalition called Save Our Parks said the plan would destroy green space.',
      'An advocacy group named Fair Fares Now said riders would pay more.',
      'A startup dubbed Quillstone said it had raised $12 million.',
    ].join('\n\n')
    expect(check(text).sentences.map((s) => s.attributions.map((a) => [a.source.text, a.source.type]))).toEqual([
      [['Riverside Taxpayers First', 'organization']],
      [['Save Our Parks', 'organization']],
      [['Fair Fares Now', 'organization']],
      [['Quillstone', 'organization']],
    ])
  })

  it('leaves a person named so a person, and an adverb after a lowercase word or a plain name outside the name', () => {
    expect(types('A man named Tom Ruiz said he saw the crash.')).toEqual([['Tom Ruiz', 'person']])
    expect(speakers('A retired nurse named Ana Lopez told reporters the clinic had closed.', 'text')).toEqual([['A retired nurse named Ana Lopez told reporters the clinic had closed.', ['Ana Lopez']]])
    expect(speakers('Mayor Ruiz first said the bridge would reopen in May. Officials now say it will take longer.', 'text')).toEqual([
      ['Mayor Ruiz first said the bridge would reopen in May.', ['Mayor Ruiz']],
      ['Officials now say it will take longer.', ['Officials']],
    ])
  })
})

describe('a trailing cue before a long adjunct', () => {
  it('still tags the sentence when the adjunct names a body in several words and a time follows', () => {
    for (const text of [
      'The attack exposed the records of 2 million patients, the hospital chain disclosed in a filing with the Securities and Exchange Commission on Friday.',
      'Sales fell 12 percent in the quarter, the retailer reported in a filing with the Federal Trade Commission.',
      'The plant will close in June, the company wrote in a letter to the Department of Labor and Industry on Monday.',
    ]) {
      expect(check(text).sentences.map((s) => [s.label, s.attributions.map((a) => a.source.text)])).toEqual([['direct', [text.match(/, (the [a-z ]+?) (?:disclosed|reported|wrote)/)![1]]]])
    }
  })
})

describe('a person showing something by what they do', () => {
  it('is no source when a research verb trails with a person for subject, while a document or a finder still is', () => {
    expect(labels('Her command of detail is a big asset, as she showed in the earliest debates against Bernie Sanders.')).toEqual(['unattributed'])
    expect(labels('The striker is fearless in the box, as Ortiz proved last season.')).toEqual(['unattributed'])
    expect(labels('Small clinics can survive on thin margins, as Dr. Lena Park demonstrated in Vermont.')).toEqual(['unattributed'])
    expect(labels('The program cut costs, as the audit showed.')).toEqual(['direct'])
    expect(labels('The program cut costs by a fifth, Lee found.')).toEqual(['direct'])
  })
})

describe('credit words in prose', () => {
  it('leave a sentence that uses them as nouns a claim in the body', () => {
    const text = [
      'The families received a government handout of $500 each.',
      'The tickets were provided courtesy of the team.',
      'A screenshot of the message was shared widely on social media.',
      'The group demanded $8 million, according to screenshots reviewed by The Tennessean.',
    ].join('\n\n')
    expect(check(text).sentences.map((s) => [s.role, s.claim])).toEqual([
      ['body', true],
      ['body', true],
      ['body', true],
      ['body', true],
    ])
  })

  it('still mark a caption where they close it or open it, or in the caption’s own phrase', () => {
    const text = [
      'The senator spoke for an hour and took no questions. She left by a side door.',
      'The senator speaks at a rally in a 2019 file photo.',
      'Kim Jong Un inspects a missile in this undated handout photo released by KCNA.',
      'Protesters gather outside the embassy, AFP photo.',
      'Courtesy of the Smith family.',
    ].join('\n\n')
    expect(check(text).sentences.map((s) => s.role)).toEqual(['body', 'body', 'caption', 'caption', 'caption', 'caption'])
  })
})

describe('a finding of evidence', () => {
  it('hands over what the evidence shows, whoever found it', () => {
    expect(labelAndCues('Investigators found no evidence that the fire was set deliberately.')).toEqual([['reported', [['found', 'Investigators']]]])
    expect(labelAndCues('Economists who have studied stadium subsidies have found little evidence that they pay off.')).toEqual([['reported', [['found', 'Economists']]]])
    expect(labelAndCues('Dr. Amina Farouk found signs that the virus had spread weeks earlier.')).toEqual([['direct', [['found', 'Dr. Amina Farouk']]]])
  })

  it('is no source where "that" opens a relative clause or the subject only shows a sign by conduct', () => {
    expect(labels('She found a sign that said "Closed."')).toEqual(['unattributed'])
    expect(labels('Police found evidence at the scene that they sent to a lab.')).toEqual(['unattributed'])
    expect(labels('At a rally on Thursday, the senator showed no sign that he was planning to apologize.')).toEqual(['unattributed'])
  })
})

describe('an event that shows something', () => {
  it('is the author’s inference, while a document of it is a source', () => {
    expect(check('U.S. Attorney Carlton Shier said the case showed that "no one is above the law."').sentences[0].attributions.map((a) => a.source.text)).toEqual(['U.S. Attorney Carlton Shier'])
    expect(labels('The scandal shows that the agency needs oversight.')).toEqual(['unattributed'])
    expect(labels('The crisis revealed how thin the state’s reserves had become.')).toEqual(['unattributed'])
    expect(labels('The case file shows that the loan was never repaid.')).toEqual(['direct'])
  })
})

describe('a person named with a body', () => {
  it('is the person when a two-word name no list knows stands before "of" and the body', () => {
    for (const [text, name] of [
      ['"These are people with mortgages and kids," said Maya Robbins of the Warehouse Workers Coalition. She said the group would press lawmakers.', 'Maya Robbins'],
      ['Deshawn Okoro of the Sierra Club said the permit should be withdrawn. He said the group would sue.', 'Deshawn Okoro'],
      ['"The market is nervous," said Sandra Nkemelu of Moody’s Analytics. She expects two more cuts.', 'Sandra Nkemelu'],
    ]) {
      expect(types(text)).toEqual([[name, 'person']])
    }
  })

  it('is the person past a title of two words, a middle initial and a suffix', () => {
    expect(types('Health Secretary Robert F. Kennedy Jr. wrote in an op-ed that the decision to vaccinate is a personal one.')).toEqual([['Robert F. Kennedy Jr.', 'person']])
    expect(types('Deputy Mayor Lucia M. Alvarez Sr. said the pool would reopen in June.')).toEqual([['Lucia M. Alvarez Sr.', 'person']])
    expect(types('Acme Health Corp. said the plan would save money.')).toEqual([['Acme Health Corp.', 'organization']])
  })
})

describe('UN programmes and runs opening with "A"', () => {
  it('read the World Food Programme as one body by any of its names', () => {
    expect(types('"The needs are staggering," the World Food Programme said. The WFP said 2 million people faced hunger.')).toEqual([['World Food Programme', 'government']])
    expect(types('The World Food Program warned that rations would be cut in May.')).toEqual([['World Food Program', 'government']])
  })

  it('leave an indefinite article out of the name a later surname finds', () => {
    for (const [text, name] of [
      ['Review: A Chekhov staging that finds the comedy in despair\n\nChekhov called "The Seagull" a comedy.', 'Chekhov'],
      ['An Ibsen revival opens on Broadway\n\nIbsen called the play a tragedy of marriage.', 'Ibsen'],
    ]) {
      expect(resolvedOrWritten(text)).toEqual([name])
    }
  })
})

describe('a state abbreviation after its city', () => {
  it('ends the sentence before people in the plural, and goes on before a name', () => {
    const text = 'The jet landed in Portland, Ore. Passengers have sued the airline. The rally was in Tampa, Fla. Voters there cheered. She moved to Salem, Ore. Smith followed her. The U.S. Marshals said the fugitive was caught.'
    expect(check(text).sentences.map((s) => s.text)).toEqual([
      'The jet landed in Portland, Ore.',
      'Passengers have sued the airline.',
      'The rally was in Tampa, Fla.',
      'Voters there cheered.',
      'She moved to Salem, Ore. Smith followed her.',
      'The U.S. Marshals said the fugitive was caught.',
    ])
  })
})

describe('a writer’s note to the desk in a draft', () => {
  it('is no claim wherever a sentence opens with it, in plain text and in Markdown', () => {
    const text = 'The fares rise March 1. TODO: confirm the date with the agency.\n\nTK: quote from the mayor on the budget\n\nRiders were unhappy. Note to desk: check the figure with Metro.'
    expect(check(text).sentences.map((s) => [s.role, s.claim])).toEqual([
      ['body', true],
      ['boilerplate', false],
      ['boilerplate', false],
      ['body', true],
      ['boilerplate', false],
    ])
    const { report } = checkDocument('# Fares to rise\n\nThe new fares take effect March 1. **TODO: confirm date with agency**\n', 'markdown')
    expect(report.summary.claims).toBe(1)
  })

  it('leaves prose that only starts with the same word a claim', () => {
    expect(check('Todo lists are due Friday, the manager said.').sentences.map((s) => s.claim)).toEqual([true])
  })
})

describe('a document its maker made, in a relative clause with "that" or "which"', () => {
  it('speaks, named, as without the pronoun', () => {
    for (const [text, source] of [
      ['A memo that the agency sent to staff said the office would close.', 'A memo'],
      ['A letter which the company sent to customers said prices would rise.', 'A letter'],
      ['The filing that the district submitted on Monday shows a $4 million shortfall.', 'The filing'],
    ]) {
      expect(check(text).sentences.map((s) => [s.label, s.attributions.map((a) => [a.source.text, a.source.kind, a.source.type])])).toEqual([['direct', [[source, 'named', 'document']]]])
    }
    expect(labelAndCues('According to a notice that the company filed with the state, 40 jobs will go.')).toEqual([['direct', [['According to', 'a notice']]]])
  })
})

describe('a company named by its trade’s last word', () => {
  it('is a company a later company noun stands for, not a person', () => {
    expect(types('Halvern Freight said it had offered drivers a raise. The company said talks would resume Monday.')).toEqual([['Halvern Freight', 'organization']])
    expect(types('Harbor Air said it had grounded most of its fleet. Passengers will be rebooked, the airline added.')).toEqual([['Harbor Air', 'organization']])
    expect(resolvedAs(/company/)('Shares of Ostrava Steel fell 9% after the company forecast revenue below expectations.')).toEqual(['Ostrava Steel'])
  })

  it('leaves a person whose surname is no trade’s a person', () => {
    expect(types('Dana Freightman said the drivers would strike.')).toEqual([['Dana Freightman', 'person']])
  })
})

describe('a report by its title', () => {
  it('is a document when a lowercase word before the title tells its kind, and a masthead is still an outlet', () => {
    expect(types('The annual Emissions Gap Report, compiled by the U.N. Environment Programme, found that pledges fall short.')).toEqual([['Emissions Gap Report', 'document']])
    expect(types('The new Global Risks Report warns that conflict is the top danger this year.')).toEqual([['Global Risks Report', 'document']])
    expect(types('The Drudge Report said the senator would resign.')).toEqual([['Drudge Report', 'media']])
  })

  it('is the source of a headline that opens with it as a label, not a person before a verb', () => {
    expect(labelAndCues('Climate report: world on track for 2.7C of warming')).toEqual([['direct', [[':', 'Climate report']]]])
    expect(labelAndCues('Pentagon report: troops lacked body armor')).toEqual([['direct', [[':', 'Pentagon report']]]])
    expect(labelAndCues('Residents report: water is brown again')).toEqual([['reported', [['report', 'Residents']]]])
  })
})

describe('an interview’s note on its editing', () => {
  it('is boilerplate, however the note is worded, while a claim about an edit is not', () => {
    const text = 'The mayor spoke to the Courier on Monday. The interview has been edited for length and clarity.\n\nThis conversation has been edited and condensed.\n\nThis transcript has been edited for clarity.\n\nThe interview has been edited, the network said.'
    expect(check(text).sentences.map((s) => s.role)).toEqual(['body', 'boilerplate', 'boilerplate', 'boilerplate', 'body'])
  })
})

describe('"citing" after a refusal to speak', () => {
  it('gives the reason for the refusal, no source', () => {
    expect(labels('His lawyer declined to comment, citing the ongoing investigation.')).toEqual(['unattributed'])
    expect(labels('The hospital refused to release the records, citing privacy laws.')).toEqual(['unattributed'])
    expect(labels('The ministry declined to say how many soldiers died, citing security concerns.')).toEqual(['unattributed'])
  })

  it('still names a source or a concern after other verbs', () => {
    expect(labelAndCues('Protesters gathered Tuesday, Reuters reported, citing police.')).toEqual([['direct', [['reported', 'Reuters'], ['citing', 'police']]]])
    expect(labels('The minister resigned, citing a report by the auditor general.')).toEqual(['direct'])
    expect(labels('The firm cut 300 jobs, citing concerns about demand.')).toEqual(['direct'])
  })
})

describe('the company after bodies of other kinds', () => {
  it('is no body introduced by another kind’s noun, and goes to the company that spoke by name since', () => {
    expect(resolvedOrWritten('The drugmaker Halvern said sales rose. The union Unite said members would strike. The company said it would hire.')).toEqual(['Halvern', 'Unite', 'Halvern'])
    expect(resolvedOrWritten('Nordale Freight said it would not pay. A ransomware group known as BlackVale said it held the files. The company said its systems were restored.')).toEqual(['Nordale Freight', 'BlackVale', 'Nordale Freight'])
    // (a company known by its noun alone, unresolved, gives way to one that spoke by name since)
    expect(resolvedOrWritten('The union Unite said members would strike. The company said it would keep bargaining. The drugmaker Halvern said sales rose. The company said it would hire.')).toEqual(['Unite', 'company', 'Halvern', 'Halvern'])
    expect(resolvedOrWritten('Kestrel Air said flights were delayed. A coalition called Fair Skies Now said passengers deserved refunds. The company said refunds would be paid.')).toEqual(['Kestrel Air', 'Fair Skies Now', 'Kestrel Air'])
  })

  it('leaves a headline’s company for a name, not a phrase around its noun', () => {
    expect(sourceNames('Hackers stole data of 2 million patients, hospital chain says\n\nThe Nashville-based company said it shut down systems on Oct. 3.\n\nMeridian Health said patients would be offered credit monitoring.')).toEqual(['Meridian Health'])
  })

  it('reads a company by where it is based as the company named before', () => {
    expect(resolvedOrWritten('Halvern Labs said sales rose. The Boston-based company said it would hire 200 people.')).toEqual(['Halvern Labs', 'Halvern Labs'])
    expect(resolvedOrWritten('A cyberattack on Meridian Health exposed records, the hospital chain disclosed. The Nashville-based company said it shut down systems.')).toEqual(['Meridian Health', 'Meridian Health'])
  })
})

describe('a figure after a preposition before a verb of inference', () => {
  it('is inside the subject, not a share of people polled', () => {
    expect(labels('But a drop in the unemployment rate to 4.0% suggested the labor market remained solid.')).toEqual(['unattributed'])
    expect(labels('A jump in mortgage rates from 6.1% to 7.2% signaled that the housing slump would deepen.')).toEqual(['unattributed'])
    expect(labels('The rise in turnout among young voters to 48% showed the campaign had worked.')).toEqual(['unattributed'])
  })

  it('still reads a share of those polled, with or without a quantity’s lead', () => {
    expect(labelAndCues('About 47% say the country is on the wrong track.')).toEqual([['reported', [['say', '47%']]]])
    expect(labelAndCues('In the survey, 62% said the economy was getting worse.')).toEqual([['reported', [['said', '62%']]]])
    expect(labelAndCues('Nearly 30% expect prices to keep rising.')).toEqual([['reported', [['expect', '30%']]]])
  })
})

describe('market measures as the subject of a verb of inference', () => {
  it('are the author’s inference, not a source', () => {
    expect(labels('Rising prices suggest that demand is still strong.')).toEqual(['unattributed'])
    expect(labels('Falling rents suggest landlords are struggling to fill offices.')).toEqual(['unattributed'])
    expect(labels('Strong holiday sales show that shoppers are still spending.')).toEqual(['unattributed'])
    expect(labels('The widening spread between the two bonds signals that traders see more risk.')).toEqual(['unattributed'])
  })

  it('leave a source inside the clause, and sources that suggest keep their cue', () => {
    expect(labelAndCues('Higher bond yields suggest investors expect more rate hikes.')).toEqual([['reported', [['expect', 'investors']]]])
    expect(labelAndCues('The data suggest that inflation is easing.')).toEqual([['direct', [['suggest that', 'The data']]]])
    expect(labelAndCues('Analysts suggest prices will fall next year.')).toEqual([['reported', [['suggest', 'Analysts']]]])
  })
})

describe('a body’s initials without brackets', () => {
  it('stand for the body named before whose capitalised words end in them', () => {
    expect(resolvedOrWritten('The products were shipped nationwide, the U.S. Department of Agriculture’s Food Safety and Inspection Service said. They should be thrown away, FSIS said.')).toEqual(['U.S. Department of Agriculture’s Food Safety and Inspection Service', 'U.S. Department of Agriculture’s Food Safety and Inspection Service'])
    expect(resolvedOrWritten('The National Transportation Safety Board said the bolts were missing. The NTSB said its inquiry would take a year.')).toEqual(['National Transportation Safety Board', 'National Transportation Safety Board'])
    expect(resolvedOrWritten('The Securities and Exchange Commission said it had opened an inquiry. The S.E.C. said fines were likely.')).toEqual(['Securities and Exchange Commission', 'Securities and Exchange Commission'])
  })

  it('stay their own when no body named before has them, or when they only share a part', () => {
    expect(sourceNames('The National Transportation Safety Board said the bolts were missing. The FAA said it would inspect all jets.')).toEqual(['National Transportation Safety Board', 'FAA'])
    expect(sourceNames('Harbor Power said rates would rise. HP said its printers were safe.')).toEqual(['Harbor Power', 'HP'])
    expect(sourceNames('The Environmental Protection Agency said it would tighten the rule. The state’s DEP said it would comply.')).toEqual(['Environmental Protection Agency', 'DEP'])
  })
})

describe('a short name the article defines in brackets for a body only mentioned', () => {
  it('is that body when it speaks', () => {
    expect(resolvedOrWritten('“We are running out of time,” said Edem Wosornu, a director at the U.N. Office for the Coordination of Humanitarian Affairs (OCHA), at a briefing. OCHA said trucks were stuck.')).toEqual(['Edem Wosornu', 'U.N. Office for the Coordination of Humanitarian Affairs'])
    expect(resolvedOrWritten('Doctors Without Borders (MSF) runs the clinic. MSF said 40 patients died.')).toEqual(['Doctors Without Borders'])
    expect(resolvedOrWritten('The study was reviewed by the Government Accountability Office (GAO) last year. GAO said costs had doubled.')).toEqual(['Government Accountability Office'])
  })

  it('stays its own name when the article defines no such bracket', () => {
    expect(resolvedOrWritten('Doctors Without Borders runs the clinic. MSF said 40 patients died.')).toEqual(['MSF'])
  })
})

describe('a food maker’s name', () => {
  it('is a company, which “the company” finds later', () => {
    expect(resolvedOrWritten('Brightfield Farms is recalling 1.2 million pounds of chicken, the agency said. The company said it was acting out of caution.')).toEqual(['agency', 'Brightfield Farms'])
    expect(resolvedOrWritten('Hillcrest Dairy said its milk was safe. The company said tests were under way.')).toEqual(['Hillcrest Dairy', 'Hillcrest Dairy'])
    expect(types('Oceanside Seafood said the shrimp came from Vietnam.')).toEqual([['Oceanside Seafood', 'organization']])
  })
})

describe('an unnamed person opening the sentence before a “she said”', () => {
  const last = (text: string) => {
    const report = check(text)
    const s = report.sentences[report.sentences.length - 1]
    return [s.label, s.attributions.map((a) => a.source.resolved ?? a.source.text)]
  }

  it('is whom the pronoun stands for, not a person named earlier', () => {
    expect(last('Judge Amanda Pierce called the abuse “a calculated betrayal.” One of the victims, now 24, read a statement. “I spent years thinking it was my fault,” she said.')).toEqual(['reported', ['One of the victims']])
    expect(last('Mayor Tom Haley toured the damage on Sunday. A neighbor was home when the oak fell. “It sounded like a freight train,” she said.')).toEqual(['reported', ['neighbor']])
    expect(last('Officer Ray Dunn arrived within minutes. Another witness ran to help the driver. “He was not breathing,” he said.')).toEqual(['reported', ['Another witness']])
  })

  it('gives way to a person named since, someone else in its sentence, the other sex, or a sentence of quoted words', () => {
    expect(last('Judge Amanda Pierce called the abuse “a calculated betrayal.” One of the victims read a statement to Pierce. “I forgive no one,” she said.')).toEqual(['direct', ['Amanda Pierce']])
    expect(last('Gov. Tom Haley toured the damage. A neighbor showed him the fallen oak. “We were lucky,” he said.')).toEqual(['direct', ['Tom Haley']])
    expect(last('Mayor Tom Haley toured the damage on Sunday. A woman was home when the oak fell. “It sounded like a freight train,” he said.')).toEqual(['direct', ['Tom Haley']])
    expect(last('“We will not leave,” Mayor Tom Haley declared. A protester held a sign that read “Jobs now.” He added that no one had been warned.')).toEqual(['direct', ['Tom Haley']])
  })
})

describe('a body named after its owner, then by its noun with who runs it', () => {
  it('is one body, by the name its source gives it', () => {
    expect(namesAndCounts('Israeli strikes killed 30 people, according to the territory’s Health Ministry. The Hamas-run ministry says the toll is rising.')).toEqual([['territory’s Health Ministry', 2]])
    expect(namesAndCounts('The country’s Interior Ministry said 40 people were detained. The Taliban-run ministry said the detainees would be tried.')).toEqual([['country’s Interior Ministry', 2]])
    expect(namesAndCounts('The Wagner Group said its fighters had withdrawn. The Kremlin-backed group said the move was temporary.')).toEqual([['Wagner Group', 2]])
    expect(namesAndCounts('Halvern Labs said sales rose. The Boston-based company said it would hire.')).toEqual([['Halvern Labs', 2]])
  })

  it('keeps bodies of other owners, or named by another body’s name, apart', () => {
    expect(namesAndCounts('The state’s Health Department said cases rose. The county’s Health Department said cases fell.')).toEqual([['state’s Health Department', 1], ['county’s Health Department', 1]])
    expect(namesAndCounts('The House Ethics Committee said it would investigate. The Senate committee said it would not.')).toEqual([['House Ethics Committee', 1], ['Senate committee', 1]])
    expect(namesAndCounts('The Saudi-led coalition said it struck a depot. The Houthi-run health ministry said 12 people died.')).toEqual([['Saudi-led coalition', 1], ['Houthi-run health ministry', 1]])
  })
})

describe('arguing with someone', () => {
  it('is a quarrel, an event, not words reported', () => {
    expect(labels('Moore argued with a group of men inside the Neon Lounge shortly before 2 a.m.')).toEqual(['unattributed'])
    expect(labels('The officer argued with the driver for several minutes before the arrest.')).toEqual(['unattributed'])
    expect(labels('Two passengers were arguing with a flight attendant when the plane landed.')).toEqual(['unattributed'])
  })

  it('leaves what is argued a cue', () => {
    expect(labelAndCues('Moore argued that he had acted in self-defense.')).toEqual([['direct', [['argued that', 'Moore']]]])
    expect(labelAndCues('Critics argue the plan will raise rents.')).toEqual([['reported', [['argue', 'Critics']]]])
  })
})

describe('a case’s own papers', () => {
  it('are specific documents, named, like court documents', () => {
    expect(labelAndCues('According to charging documents, Moore fled the scene.')).toEqual([['direct', [['According to', 'charging documents']]]])
    expect(labelAndCues('The driver was speeding, according to a criminal complaint filed Monday.')).toEqual([['direct', [['according to', 'a criminal complaint filed Monday']]]])
    expect(labelAndCues('She died of blunt force trauma, according to an autopsy report.')).toEqual([['direct', [['according to', 'an autopsy report']]]])
  })

  it('while records of no kind stay vague', () => {
    expect(labelAndCues('Records show he fled.')).toEqual([['reported', [['show', 'Records']]]])
  })
})

describe('a reported clause with an adverb before its plain verb', () => {
  it('is content after a plural subject, whatever the verb', () => {
    expect(labelAndCues('Skeptics say the results only hold for office jobs.')).toEqual([['reported', [['say', 'Skeptics']]]])
    expect(labelAndCues('Experts say the rules never apply to adults.')).toEqual([['reported', [['say', 'Experts']]]])
    expect(labelAndCues('Aid workers say the villages still rely on food drops.')).toEqual([['reported', [['say', 'Aid workers']]]])
    expect(labelAndCues('Councilwoman Ana Ruiz says the new rules only apply to large landlords.')).toEqual([['direct', [['says', 'Councilwoman Ana Ruiz']]]])
  })

  it('keeps an adverb of degree before an -ly adverb', () => {
    expect(labelAndCues('Analysts say the firm most likely will cut jobs.')).toEqual([['reported', [['say', 'Analysts']]]])
  })
})

describe('a first line of sentences right before the byline', () => {
  const roles = (text: string) => check(text).sentences.map((s) => s.role)

  it('is the headline, even with its stops', () => {
    expect(roles('Opinion | The four-day week is coming. Employers should stop fighting it.\n\nBy Priya Raman\n\nI have run a software company for nine years.')).toEqual(['heading', 'heading', 'boilerplate', 'body'])
    expect(roles('Fares go up. Riders are not happy.\n\nBy Jane Ortiz | Updated 6:42 p.m.\n\nThe council voted 5-2 on Tuesday to raise fares.')).toEqual(['heading', 'heading', 'boilerplate', 'body'])
  })

  it('stays prose when long, hard-wrapped, without a byline after it, or after the headline', () => {
    expect(roles('The four-day week is coming, and employers who fight it will lose, because the evidence now shows plainly that shorter weeks work for nearly everyone involved.\n\nBy Priya Raman\n\nI run a company.')).toEqual(['body', 'boilerplate', 'body'])
    expect(roles('The four-day week is coming.\nEmployers should stop fighting it.\n\nBy Priya Raman\n\nI run a company.')).toEqual(['body', 'body', 'boilerplate', 'body'])
    expect(roles('The four-day week is coming. Employers should stop fighting it.\n\nI run a company.')).toEqual(['body', 'body', 'body'])
    expect(roles('Fares to rise\n\nThe council voted 5-2 on Tuesday. Riders were not happy.\n\nBy Jane Ortiz\n\nThe vote came after hours of debate.')).toEqual(['heading', 'body', 'body', 'boilerplate', 'body'])
  })
})

describe('a transcript speaker’s role after a comma', () => {
  it('is no part of the name, which then labels later turns', () => {
    const text = 'STEVE INSKEEP, HOST: Senator, thanks for joining us.\n\nMARIA DELGADO: Thanks for having me.\n\nINSKEEP: Your party’s leaders say the bill is dead.\n\nDELGADO: It is not dead.'
    expect(check(text).sentences.map((s) => s.attributions.filter((a) => a.rule === 'speaker-turn').map((a) => a.source.text))).toEqual([['STEVE INSKEEP'], ['MARIA DELGADO'], ['INSKEEP'], ['DELGADO']])
    const npr = 'MARY LOUISE KELLY, BYLINE: The vote is set for Friday.\n\nANA RUIZ, NPR CORRESPONDENT: Leaders expect it to pass.\n\nKELLY: And if it fails?\n\nRUIZ: Then they start over.'
    expect(check(npr).sentences.map((s) => s.attributions.filter((a) => a.rule === 'speaker-turn').map((a) => a.source.resolved ?? a.source.text))).toEqual([['MARY LOUISE KELLY'], ['ANA RUIZ'], ['MARY LOUISE KELLY'], ['ANA RUIZ']])
  })

  it('alone on its line in capitals, heads the paragraph below it, which is that speaker’s turn', () => {
    const text = 'STEVE INSKEEP, HOST:\n\nThe Federal Reserve held rates steady yesterday. NPR’s Scott Horsley reports.\n\nSCOTT HORSLEY, BYLINE: Powell says inflation is still too high.\n\nINSKEEP: Scott, thanks.\n\nHORSLEY: You’re welcome.'
    const report = check(text)
    expect(report.sentences.map((s) => [s.role, s.claim, s.attributions.filter((a) => a.rule === 'speaker-turn').map((a) => a.source.text)])).toEqual([
      ['heading', false, ['STEVE INSKEEP']],
      ['body', true, ['STEVE INSKEEP']],
      ['body', true, ['STEVE INSKEEP']],
      ['body', true, ['SCOTT HORSLEY']],
      ['body', true, ['INSKEEP']],
      ['body', true, ['HORSLEY']],
    ])
  })

  it('while a label in lower case, or a one-word label no one is known by, alone on its line is no speaker', () => {
    expect(labels('Key points:\n\nThe council voted 5-2.\n\nRUIZ:\n\nWe were never told.')).toEqual(['unattributed', 'unattributed', 'unattributed', 'unattributed'])
    expect(labels('Steve Inskeep, Host:\n\nThe Federal Reserve held rates steady.\n\nInskeep: Thanks.\n\nHorsley: Welcome.')[1]).toBe('unattributed')
  })

  it('needs a role’s word: a place after a comma labels no speaker', () => {
    expect(labels('PARIS, FRANCE: The talks resumed on Monday.\n\nLONDON, ENGLAND: Markets were calm.')).toEqual(['unattributed', 'unattributed'])
  })
})

describe('a company’s legal form', () => {
  it('is no part of whom the name stands for', () => {
    expect(namesAndCounts('Halvern Therapeutics, Inc. said revenue rose. Halvern Therapeutics said it would hire.')).toEqual([['Halvern Therapeutics', 2]])
    expect(namesAndCounts('Ford Motor Co. said costs fell. Ford Motor said it would cut jobs.')).toEqual([['Ford Motor Co.', 2]])
    expect(namesAndCounts('Ostrava Steel Ltd said output fell. Ostrava Steel said it would close a mill.')).toEqual([['Ostrava Steel Ltd', 2]])
  })

  it('leaves other names apart', () => {
    expect(namesAndCounts('Halvern Therapeutics, Inc. said revenue rose. Halvern Labs said it would hire.')).toEqual([['Halvern Therapeutics', 1], ['Halvern Labs', 1]])
  })
})

describe('a press release’s notes', () => {
  const roles = (text: string) => check(text).sentences.map((s) => s.role)

  it('on forward-looking statements and on the company are boilerplate', () => {
    const text = 'Halvern Therapeutics said its drug met its goal.\n\nAbout Halvern Therapeutics\nHalvern Therapeutics is a clinical-stage biotechnology company focused on immune diseases. It has 120 employees.\n\nForward-Looking Statements\n\nThis press release contains forward-looking statements within the meaning of the Private Securities Litigation Reform Act of 1995. Actual results may differ materially from those indicated by such statements.'
    expect(roles(text)).toEqual(['body', 'boilerplate', 'boilerplate', 'boilerplate', 'boilerplate', 'boilerplate', 'boilerplate'])
    expect(roles('Acme said sales rose.\n\nAbout Loomwork\n\nLoomwork is a software firm in Austin.')).toEqual(['body', 'boilerplate', 'boilerplate'])
  })

  it('but a section about a place, or prose that names another, stays the article’s', () => {
    expect(roles('The ferry stopped on Monday.\n\nAbout Ocracoke\n\nOcracoke is a small island reachable only by ferry.')).toEqual(['body', 'boilerplate', 'body'])
    expect(roles('Acme said sales rose.\n\nAbout Loomwork\n\nAcme is a software company in Austin.')).toEqual(['body', 'boilerplate', 'body'])
  })
})

describe('a joining participle before a name', () => {
  it('is the verb of the clause, so a cue’s object stops before it', () => {
    expect(labelAndCues('Those who cited abortion backed Harris by a wide margin.')).toEqual([['reported', [['cited abortion', 'Those']]]])
    expect(labelAndCues('Voters who cited inflation backed Trump by 20 points.')).toEqual([['reported', [['cited inflation', 'Voters']]]])
    expect(labelAndCues('Members who cited pay funded Ortiz’s campaign.')).toEqual([['reported', [['cited pay', 'Members']]]])
  })

  it('but a time after it keeps the phrase going', () => {
    expect(labelAndCues('A poll conducted Monday found support at 40%.')).toEqual([['reported', [['found', 'A poll']]]])
  })
})

describe('an announcement in a post', () => {
  it('is the speaker’s when the post is a platform’s and a relative clause follows it', () => {
    expect(labelAndCues('Swift and Kelce are engaged, the couple announced Tuesday in a joint Instagram post that drew more than 10 million likes.')).toEqual([['direct', [['announced', 'the couple']]]])
    expect(labelAndCues('The band is splitting up, Nora Vance announced in a Facebook post that was shared 40,000 times.')).toEqual([['direct', [['announced', 'Nora Vance']]]])
    expect(labelAndCues('The plant will close, the company announced in a letter that was read to workers.')).toEqual([['direct', [['announced', 'the company']]]])
    expect(labelAndCues('From Bush’s Facebook post: “We must move on.”')).toEqual([['direct', [[':', 'Bush’s Facebook post']]]])
  })

  it('hands on its caption as the poster’s words, unlike a shirt', () => {
    expect(labelAndCues('“We are getting married,” the caption read.')).toEqual([['direct', [['read', 'the caption']]]])
    expect(labels('A protester wore a shirt that read “Jobs now.”')).toEqual(['unattributed'])
  })
})

describe('what a speaker called an object pronoun', () => {
  it('is the speaker’s characterisation, a noun or an adjective', () => {
    expect(labelAndCues('The Kremlin has called them terrorism.')).toEqual([['direct', [['called', 'The Kremlin']]]])
    expect(labelAndCues('Sen. Ana Ruiz called him divisive and accused him of lying.')).toEqual([['direct', [['called', 'Sen. Ana Ruiz'], ['accused', 'Sen. Ana Ruiz']]]])
    expect(labelAndCues('Critics have called it censorship.')).toEqual([['reported', [['called', 'Critics']]]])
  })

  it('but not a call made or an idiom', () => {
    expect(labels('Police called them back on Tuesday.')).toEqual(['unattributed'])
    expect(labels('The mayor called it quits after two terms.')).toEqual(['unattributed'])
    expect(labelAndCues('She called her plan a sham.')).toEqual([['direct', [['called', 'She']]]])
  })
})

describe('confirming a person', () => {
  it('is a vote, an act, not a source confirming a fact', () => {
    expect(labels('The Senate confirmed Amy Coney Barrett on Monday.')).toEqual(['unattributed'])
    expect(labels('The Senate confirmed him on Tuesday by a vote of 52 to 48.')).toEqual(['unattributed'])
    expect(labels('It has been two months since Republicans confirmed a judge.')).toEqual(['unattributed'])
    expect(labels('The council confirmed her appointment as city manager.')).toEqual(['unattributed'])
  })

  it('leaves a fact confirmed a cue', () => {
    expect(labelAndCues('Police confirmed the death.')).toEqual([['direct', [['confirmed', 'Police']]]])
    expect(labelAndCues('Her lawyer confirmed her arrest.')).toEqual([['direct', [['confirmed', 'Her lawyer']]]])
    expect(labelAndCues('Officials confirmed that the plant would close.')).toEqual([['reported', [['confirmed that', 'Officials']]]])
  })
})

describe('a noun of saying set off after what was said, with a name after it', () => {
  it('has the name for its speaker', () => {
    expect(labelAndCues('Xinhua reported that the boat had rammed a Chinese vessel, a claim Manila denied.')).toEqual([['direct', [['reported that', 'Xinhua'], ['denied', 'Manila']]]])
    expect(labelAndCues('The ministry said the strike hit a depot, a claim Kyiv disputed.')).toEqual([['direct', [['said', 'The ministry'], ['disputed', 'Kyiv']]]])
    expect(types('The ministry said the strike hit a depot, a claim Manila denied.')).toContainEqual(['Manila', 'government'])
  })

  it('keeps an owned speaker its own phrase', () => {
    expect(labelAndCues('The ministry said the strike hit a depot, a claim his lawyers dispute.')).toEqual([['direct', [['said', 'The ministry'], ['dispute', 'his lawyers']]]])
  })
})

describe('unnamed media', () => {
  it('are vague media, not a group of people', () => {
    expect(types('Local media reported that at least 12 people were killed.')).toEqual([['Local media', 'media']])
    expect(types('Turkish media reported that the talks had stalled.')).toEqual([['Turkish media', 'media']])
    expect(labels('At least 12 people were killed, local media reported.')).toEqual(['reported'])
  })

  it('hand on no one else’s words inside a speaker’s', () => {
    const report = check('Six months ago, the senator said, the media considered him a fringe candidate.')
    expect(report.sentences[0].attributions.map((a) => a.via ?? null)).toEqual([null, null])
  })
})

describe('a participle set off or after a document', () => {
  it('with a time after it names no inverted speaker', () => {
    expect(labels('The council’s decision, announced late Friday, drew criticism from tenant groups.')).toEqual(['unattributed'])
    expect(labels('The verdict, delivered early Monday, stunned the town.')).toEqual(['unattributed'])
    expect(labelAndCues('“It is over,” said Kristen Day, a director of the group, reports USA Today.')).toEqual([['direct', [['said', 'Kristen Day'], ['reports', 'USA Today']]]])
  })

  it('inside the setting of a verb of saying is no second speaker', () => {
    expect(labelAndCues('The ministry said in a statement posted on Telegram that three soldiers were wounded.')).toEqual([['direct', [['said', 'The ministry']]]])
    expect(labelAndCues('The company said in a report released Tuesday that sales fell.')).toEqual([['direct', [['said', 'The company']]]])
    expect(labelAndCues('A report released Tuesday found that sales fell.')).toEqual([['reported', [['found that', 'A report']]]])
  })
})

describe('a listed name written with its ’s before a verb that is no cue', () => {
  it('keeps its ’s, while an owner’s body drops it', () => {
    expect(sourceNames('Moody’s downgraded the city, citing its pension debt.')).toEqual(['Moody’s'])
    expect(sourceNames('McDonald’s raised prices, citing higher costs.')).toEqual(['McDonald’s'])
    expect(sourceNames('Pfizer’s claim that the drug works was disputed.')).toEqual(['Pfizer'])
  })

  it('is the listed body with either apostrophe', () => {
    expect(types('The debt rose, according to Moody’s.')).toEqual([['Moody’s', 'organization']])
    expect(types('The debt rose, according to Moody\'s.')).toEqual([['Moody\'s', 'organization']])
  })
})

describe('a participle after a second clause with its own subject', () => {
  it('belongs to that clause’s subject', () => {
    expect(labelAndCues('The White House did not respond, but President Trump has repeatedly demanded that the Fed lower rates, calling Powell “a numbskull” in a post.')).toEqual([['direct', [['calling', 'President Trump']]]])
    expect(labelAndCues('The company declined to comment, while its chief executive has defended the plan, calling it “the right thing to do.”')).toEqual([['direct', [['calling', 'its chief executive']]]])
    expect(labelAndCues('The union stayed silent, yet Ms. Okafor voted against the deal, describing it as “a betrayal.”')).toEqual([['direct', [['describing', 'Ms. Okafor']]]])
    expect(labelAndCues('Kim visited the plant, and workers cheered, saying they were glad.')).toEqual([['reported', [['saying', 'workers']]]])
  })

  it('but a participle right after the main clause stays its subject’s', () => {
    expect(labelAndCues('The governor vetoed the bill on Friday, calling it “reckless.”')).toEqual([['direct', [['calling', 'The governor']]]])
    expect(labelAndCues('The ministry released a video of the strike, and posted photos, claiming they showed the damage.')).toEqual([['direct', [['claiming', 'The ministry']]]])
  })
})

describe('a time of day with the same time in brackets', () => {
  it('goes on in one sentence', () => {
    const sentences = (text: string) => check(text).sentences.map((s) => s.text)
    expect(sentences('The missile was launched at around 7:10 a.m. (2210 GMT Wednesday) and flew about 1,000 km.')).toHaveLength(1)
    expect(sentences('Polls close at 8 p.m. (0100 GMT) in most states.')).toHaveLength(1)
    expect(sentences('The quake struck at 4:17 a.m. (local time) near the coast.')).toHaveLength(1)
  })

  it('but a bracketed credit after it is a sentence of its own', () => {
    expect(check('The vote came at 9 p.m. (Reporting by Jane Doe.)').sentences.map((s) => s.text)).toEqual(['The vote came at 9 p.m.', '(Reporting by Jane Doe.)'])
  })
})

describe('a prose sentence full of capitalised names', () => {
  it('is no Title Case headline, so a scholar of a body stays a person', () => {
    expect(types('“It is new,” said Duyeon Kim of the Center for a New American Security.')).toEqual([['Duyeon Kim', 'person']])
    expect(types('“Rates will fall,” said Ankit Panda of the Carnegie Endowment.')).toEqual([['Ankit Panda', 'person']])
    expect(types('“We were wrong,” wrote Tamsin Oduya of the Brennan Center for Justice.')).toEqual([['Tamsin Oduya', 'person']])
  })

  it('while a headline in Title Case still loses its capitals on common words', () => {
    expect(labels('Mike Pence Calls for Special Prosecutor after Report Reveals Clinton’s Meetings with Donors')[0]).toBe('direct')
    expect(types('The National Endowment for the Arts said it would cut grants.')).toEqual([['National Endowment for the Arts', 'organization']])
  })
})

describe('a mission', () => {
  it('speaks for its body and is referred back to by its noun', () => {
    expect(rows('According to the U.N. human rights mission in Ukraine, at least 12,000 civilians have been killed. The real figure is likely much higher, the mission has said.')).toEqual([['U.N. human rights mission in Ukraine', 'organization', 2]])
    expect(rows('The European Union’s police mission in Kosovo said two officers were hurt. The mission added that it had opened an inquiry.')).toEqual([['European Union’s police mission in Kosovo', 'organization', 2]])
  })

  it('but a space mission says nothing', () => {
    expect(labelAndCues('The mission will launch in May, NASA said.')).toEqual([['direct', [['said', 'NASA']]]])
  })
})

describe('an office noun with its field', () => {
  it('is another body than one written with another field', () => {
    expect(sourceNames('Spain hit 46C, the national weather agency AEMET said. In Portugal, a firefighter died near Lisbon, the civil protection agency said.')).toEqual(['AEMET', 'civil protection agency'])
    expect(sourceNames('The state weather service said rivers would crest on Monday. Later the customs service said the border would stay open.')).toEqual(['state weather service', 'customs service'])
  })

  it('while the same field or none refers back', () => {
    expect(namesAndCounts('Spain hit 46C, the national weather agency AEMET said. The weather agency warned that the heat would last.')).toEqual([['AEMET', 2]])
    expect(namesAndCounts('Spain hit 46C, the national weather agency AEMET said. The agency warned that the heat would last.')).toEqual([['AEMET', 2]])
  })
})

describe('a repeated time set off by commas', () => {
  it('stands between a verb of saying and its clause', () => {
    expect(labelAndCues('We are told, year after year, that the housing shortage will fix itself.')).toEqual([['reported', [['are told', null]]]])
    expect(labelAndCues('Voters were told, time and again, that taxes would fall.')).toEqual([['reported', [['were told', null]]]])
    expect(labelAndCues('Officials insisted, day after day, that the water was safe.')).toEqual([['reported', [['insisted', 'Officials']]]])
  })

  it('but a set-off phrase of another kind still ends the cue’s reach', () => {
    expect(labels('We were told, in a dimly lit room, to wait.')).toEqual(['unattributed'])
  })
})

describe('a publication', () => {
  it('is an outlet, and the name it introduces is one too', () => {
    expect(types('The tour grossed $2 billion, according to the trade publication Pollstar. It sold 10 million tickets, Pollstar reported.')).toEqual([['Pollstar', 'media']])
    expect(types('The trade publication Variety reported the deal on Monday. The publication said talks had lasted a year.')).toEqual([['Variety', 'media']])
  })
})

describe('a player by position', () => {
  it('is one definite person', () => {
    expect(types('The running back said he was healthy.')).toEqual([['running back', 'person']])
    expect(types('The linebacker told reporters he would play on Sunday.')).toEqual([['linebacker', 'person']])
    expect(types('The shortstop said the injury was minor.')).toEqual([['shortstop', 'person']])
  })

  it('stands for the one person named just before, also after an opening participle’s phrase', () => {
    expect(sourceNames('Travis Kelce would not say whether he plans to retire. Asked about his future, the 35-year-old tight end smiled and said, “Let’s talk after the Super Bowl.”')).toEqual(['Travis Kelce'])
    expect(sourceNames('Scottie Scheffler shot a 66 on Sunday. Speaking after the round, the golfer said his putter was hot.')).toEqual(['Scottie Scheffler'])
    expect(sourceNames('Maria Ortiz won by 300 votes. Asked about a recount, the incumbent said she welcomed one.')).toEqual(['Maria Ortiz'])
  })

  it('but not a description set off inside the opening phrase', () => {
    const report = check('Ban Ki-moon spoke in New York. Asked whether Donald Trump, the presumptive nominee, who has called climate change a hoax, could win, Ban demurred.')
    expect(report.sentences[1].attributions.map((a) => a.source.resolved ?? a.source.text)).not.toContain('Ban Ki-moon')
  })
})

describe('minutes of a meeting', () => {
  it('are a document when they open the sentence', () => {
    expect(types('Minutes of the meeting showed that officials were split.')).toEqual([['Minutes of the meeting', 'document']])
    expect(types('Minutes of the Fed’s June meeting, released Wednesday, showed that only “a couple” of officials favored a cut.')).toEqual([['Minutes of the Fed’s June meeting', 'document']])
  })

  it('while minutes of time before a speaker are no part of it', () => {
    expect(labelAndCues('Minutes later, officials said the fire was out.')).toEqual([['reported', [['said', 'officials']]]])
    expect(labelAndCues('Minutes after the vote, the mayor said she would resign.')).toEqual([['direct', [['said', 'the mayor']]]])
  })
})

describe('a shock or a shortage that explains', () => {
  it('states a cause in the author’s words, whatever word singles it out', () => {
    expect(labels('But the supply shock alone explains most of the increase.')).toEqual(['unattributed'])
    expect(labels('The chip shortage explains why car prices rose.')).toEqual(['unattributed'])
    expect(labels('The pandemic showed that remote work could succeed.')).toEqual(['unattributed'])
  })

  it('while a person or a report explaining is a source, also with “alone”', () => {
    expect(labelAndCues('The economist explained that prices rose.')).toEqual([['direct', [['explained that', 'The economist']]]])
    expect(labelAndCues('The governor alone said the plan would work.')).toEqual([['direct', [['said', 'The governor']]]])
    expect(labelAndCues('The report explains that prices rose.')).toEqual([['direct', [['explains that', 'The report']]]])
  })
})

describe('a one-letter name after a lowercase word', () => {
  it('ends its sentence before a plural of documents or evidence', () => {
    const texts = (text: string) => check(text).sentences.map((s) => s.text)
    expect(texts('The stage lost contact, SpaceX said in a post on X. Videos posted on social media showed debris.')).toHaveLength(2)
    expect(texts('The campaign answered on X. Records show the post was deleted an hour later.')).toHaveLength(2)
    expect(texts('Doctors prescribed vitamin D. Photos from the clinic showed long lines.')).toHaveLength(2)
  })

  it('but an initial before a surname goes on', () => {
    expect(check('The memo was signed by analyst J. Williams of the bureau.').sentences).toHaveLength(1)
    expect(check('The book by J. R. R. Tolkien sold well.').sentences).toHaveLength(1)
  })
})

describe('a named institution’s published work', () => {
  it('is on record after the verb or opening the sentence', () => {
    expect(types('In a note to clients, analysts at Bernstein said sales would fall.')).toEqual([['analysts at Bernstein', 'organization']])
    expect(labels('In a study published Wednesday in the journal Nature, scientists at the Okinawa Institute found that octopuses cycle through two stages of sleep.')).toEqual(['direct'])
    expect(labels('Researchers at Stanford found in a paper released Monday that the drug slowed decline.')).toEqual(['direct'])
  })

  it('but an opening place or unnamed researchers stay vague', () => {
    expect(labels('In Paris, analysts at Bernstein said sales would fall.')).toEqual(['reported'])
    expect(labels('In a study published in Nature, researchers found that mice dream.')).toEqual(['reported'])
  })
})

describe('a body’s noun trailing its sentence', () => {
  it('stands for the body that opens the sentence', () => {
    expect(sourceNames('Labour won 400 seats, the BBC said. Reform UK won four seats, the party said.')).toEqual(['BBC', 'Reform UK'])
    expect(sourceNames('The Red Cross delivered aid to Gaza on Monday, the charity said.')).toEqual(['Red Cross'])
  })

  it('not for a body named later in it', () => {
    expect(sourceNames('Voters backed the measure, and the Sierra Club spent $2 million on ads, the union said.')).not.toContain('Sierra Club')
  })
})

describe('a draft seen by an outlet', () => {
  it('is a specific document on record', () => {
    expect(types('The plan, according to a draft seen by Reuters, would cut aid by half.')).toEqual([['draft seen by Reuters', 'document']])
    expect(labels('A draft of the bill obtained by Politico shows rents would be capped.')).toEqual(['direct'])
  })

  it('but a sports draft is no document', () => {
    expect(labelAndCues('The team picked him in the first round of the draft, the coach said.')).toEqual([['direct', [['said', 'the coach']]]])
  })
})

describe('history and a proverb', () => {
  it('are the author’s words, not a source', () => {
    expect(labels('History suggests the rally will not last.')).toEqual(['unattributed'])
    expect(labels('As the old saying goes, the devil is in the details.')).toEqual(['unattributed'])
    expect(labels('As the saying went in Detroit, what is good for GM is good for America.')).toEqual(['unattributed'])
  })

  it('while a gapped clause after “said” keeps its cue', () => {
    expect(labels('All applicants were due by March 15, a deadline that several insiders said went unnoticed.')).toEqual(['reported'])
    expect(labelAndCues('She kept saying that prices would fall.')).toEqual([['direct', [['saying that', 'She']]]])
  })
})

describe('one capitalised word before a gesture', () => {
  it('is a person a later pronoun stands for', () => {
    expect(resolvedOrWritten('The governor accused lawmakers of “playing politics.” Asked whether he would run again, Johnson laughed. “Ask me next year,” he said.')).toEqual(['governor', 'Johnson'])
    expect(resolvedOrWritten('The mayor said the vote was fair. Okafor shrugged. “I have heard it all before,” she said.')).toEqual(['mayor', 'Okafor'])
  })

  it('but a body’s act names no person', () => {
    expect(resolvedOrWritten('The mayor said the vote was fair. Apple paused production. “We are fine,” he said.')).toEqual(['mayor', 'mayor'])
  })
})

describe('a plural of prices or sales opening the sentence', () => {
  it('is no name but a measure that says nothing', () => {
    expect(labels('Prices at the pump suggest inflation is cooling.')).toEqual(['unattributed'])
    expect(labels('Rents suggest demand is weak.')).toEqual(['unattributed'])
    expect(labels('History shows the rally will fade.')).toEqual(['unattributed'])
  })

  it('while a singular surname speaks', () => {
    expect(types('Price said the plan would fail.')).toEqual([['Price', 'person']])
  })
})

describe('someone’s message, position or pitch, then what it is', () => {
  it('hands over the content past an addressee or after an adjective and a colon', () => {
    expect(labelAndCues('Okafor’s pitch to investors was that AI would cut costs by half.')).toEqual([['direct', [['pitch to investors was that', 'Okafor’s']]]])
    expect(labelAndCues('Her message to voters was simple: Vote early.')).toEqual([['direct', [['message to voters was simple:', 'Her']]]])
    expect(labelAndCues('The company’s position is that the product is safe.')).toEqual([['direct', [['position is that', 'The company’s']]]])
    expect(labelAndCues('The president’s view is clear: the war must end.')).toEqual([['direct', [['view is clear:', 'The president’s']]]])
  })

  it('but no one’s answer, a place or a problem hands over nothing', () => {
    expect(labels('The answer is clear: Trump up, Carson down.')).toEqual(['unattributed'])
    expect(labels('The full breakdown of poll responses is here: example.com/poll.')).toEqual(['unattributed'])
    expect(labels('The problem was simple: nobody came.')).toEqual(['unattributed'])
  })
})

describe('a country and its capital', () => {
  it('are one state in the sources table', () => {
    expect(namesAndCounts('The Philippines accused China of ramming a supply boat. “It was reckless,” Manila said in a statement.')).toEqual([['Philippines', 2]])
    expect(namesAndCounts('China said the drills were routine. Beijing has repeatedly denied the charge.')).toEqual([['China', 2]])
    expect(namesAndCounts('Moscow said the talks had failed. Russia accused Kyiv of stalling, and Ukraine denied it.')).toEqual([['Moscow', 2], ['Ukraine', 1]])
  })

  it('but the state’s seat or a ministry is a source of its own', () => {
    expect(sourceNames('Russia said the talks had failed. The Kremlin said Putin would not attend.')).toEqual(['Russia', 'Kremlin'])
    expect(sourceNames('China said the drills were routine. China’s Defense Ministry said more would follow.')).toEqual(['China', 'China’s Defense Ministry'])
  })
})

describe('“etc.” closing a list', () => {
  it('ends its sentence before a capitalised word', () => {
    const texts = (text: string) => check(text).sentences.map((s) => s.text)
    expect(texts('The company sells tools, paint, lumber, etc. Sales rose 4% last year.')).toEqual(['The company sells tools, paint, lumber, etc.', 'Sales rose 4% last year.'])
    expect(texts('Donors gave food, blankets, etc. Volunteers sorted them.')).toHaveLength(2)
  })

  it('but goes on before a lowercase word or a comma', () => {
    expect(check('It sells tools, paint, etc. and ships them daily.').sentences).toHaveLength(1)
    expect(check('It sells tools, paint, etc., and ships them.').sentences).toHaveLength(1)
  })
})

describe('a name with a body’s noun set off after it at the sentence’s end', () => {
  it('is that body, in four words too', () => {
    expect(types('Flights were operating normally, according to Isavia, the national airport operator.')).toEqual([['Isavia', 'organization']])
    expect(types('The line reopened at noon, according to Keolis, the regional rail operator.')).toEqual([['Keolis', 'organization']])
  })

  it('while a person’s role keeps a person', () => {
    expect(types('The plan works, according to Tamsin Oduya, the former airport director.')).toEqual([['Tamsin Oduya', 'person']])
  })
})

describe('betting that something will happen', () => {
  it('is an expectation held, like “expect”', () => {
    expect(labelAndCues('Investors are betting that the Fed will cut rates.')).toEqual([['reported', [['betting that', 'Investors']]]])
    expect(labelAndCues('The senator is betting that voters will reward her independence.')).toEqual([['direct', [['betting that', 'The senator']]]])
    expect(labels('Nvidia rose as traders bet that demand would keep growing.')).toEqual(['reported'])
  })

  it('but a wager on something, or bets as a noun, holds no claim', () => {
    expect(labels('Traders are betting on a rally.')).toEqual(['unattributed'])
    expect(labels('He bet $50 on the game.')).toEqual(['unattributed'])
    expect(labels('Banks placed speculative bets that caused the crash of 1929.')).toEqual(['unattributed'])
  })
})

describe('a document its maker’s relative clause names', () => {
  it('is the source after “according to”, not the maker’s name', () => {
    expect(types('The closures will save money, according to a memo Kim sent to the City Council.')).toEqual([['memo', 'document']])
    expect(types('The meetings were arranged for Pinchuk, according to reports Mr. Schoen filed as a foreign agent.')).toEqual([['reports', 'document']])
    expect(types('Costs doubled, according to a letter Ana Ortiz wrote to the board.')).toEqual([['letter', 'document']])
  })

  it('while a role before a name stays that person', () => {
    expect(types('The plan failed, according to Senate Majority Leader Chuck Schumer.')).toEqual([['Chuck Schumer', 'person']])
    expect(types('The plan failed, according to committee chairman Jim Jordan.')).toEqual([['Jim Jordan', 'person']])
  })
})

describe('a person named after the body they speak for', () => {
  it('is that person, also after a government body’s name', () => {
    const { source } = check('Fed’s Waller says rate cuts could come by March').sentences[0].attributions[0]
    expect([source.text, source.type]).toEqual(['Fed’s Waller', 'person'])
    expect(types('The ECB’s Lagarde said inflation was easing.')).toEqual([['Lagarde', 'person']])
    expect(types('The Pentagon’s Inspector General Robert Storch said the review found no fault.')).toEqual([['Robert Storch', 'person'], ['review', 'document']])
    expect(resolvedOrWritten('Fed’s Waller says cuts could come by March\n\nFederal Reserve Governor Christopher Waller said on Tuesday that the bank could cut early next year.')).toEqual(['Christopher Waller', 'Christopher Waller'])
  })

  it('while a body, a document or several people keep their reading', () => {
    expect(types('The Fed’s Beige Book said growth slowed in most districts.')).toEqual([['Beige Book', 'document']])
    expect(types('China’s state-owned investment giant CITIC says it has set up a fund.')).toEqual([['CITIC', 'organization']])
    expect(types('China’s Defense Ministry said more drills would follow.')).toEqual([['China’s Defense Ministry', 'government']])
    expect(sourceNames('Matthews, MSNBC’s Alex Seitz-Wald and Reuters’ Luciana Lopez argued that the plan was naive.')).toEqual(['Matthews, Alex Seitz-Wald and Luciana Lopez'])
  })
})

describe('a university known by its short name', () => {
  it('is the body “the university” refers to', () => {
    expect(resolvedOrWritten('Harvard sued the administration in federal court on Monday, the university said in a statement.')).toEqual(['Harvard'])
    expect(resolvedOrWritten('Princeton announced a hiring freeze. The university said budgets were tight.')).toEqual(['Princeton'])
    expect(types('Stanford said it would appeal.')).toEqual([['Stanford', 'organization']])
  })

  it('and one source with its full name', () => {
    expect(namesAndCounts('Yale said tuition would rise. Yale University also said it would cut staff.')).toEqual([['Yale', 2]])
  })
})

describe('a finding’s bare clause with a verb that takes no object', () => {
  it('is reported by the people who found it', () => {
    expect(labelAndCues('Researchers found the drug worked.')).toEqual([['reported', [['found', 'Researchers']]]])
    expect(labelAndCues('Economists found wages rose faster for the lowest paid.')).toEqual([['reported', [['found', 'Economists']]]])
    expect(labelAndCues('The panel concluded the outbreak spread faster in schools.')).toEqual([['direct', [['concluded', 'The panel']]]])
    expect(labelAndCues('Investigators determined the engine failed shortly after takeoff.')).toEqual([['reported', [['determined', 'Investigators']]]])
  })

  it('and so is a past spelt like a noun before its object', () => {
    expect(labels('The researchers concluded the vaccine cut deaths by half.')).toEqual(['reported'])
    expect(labels('Auditors found the policy cost taxpayers millions.')).toEqual(['reported'])
  })

  it('while a participle describing what was found is no claim of theirs', () => {
    expect(labels('Police found the car abandoned.')).toEqual(['unattributed'])
    expect(labels('Hikers found the trail closed.')).toEqual(['unattributed'])
    expect(labels('Investigators found the newly emerged strain in ten states.')).toEqual(['unattributed'])
    expect(labels('Rescuers found the climbers alive.')).toEqual(['unattributed'])
  })
})

describe('a cue verb’s plain form after “help”', () => {
  it('is what something helped bring about, no one’s words', () => {
    expect(labels('Her maps helped confirm the theory of plate tectonics.')).toEqual(['unattributed'])
    expect(labels('Lindqvist, whose surveys helped prove the ridge was spreading, died on Sunday.')).toEqual(['unattributed'])
    expect(labels('The figures help explain why prices rose.')).toEqual(['unattributed'])
  })

  it('while the helper’s own words stay theirs', () => {
    expect(labelAndCues('The aide, who helped draft the bill, said it would pass.')).toEqual([['direct', [['said', 'The aide']]]])
    expect(labelAndCues('Officials confirmed the plan would help lower prices.')).toEqual([['reported', [['confirmed', 'Officials']]]])
  })
})

describe('“that” before a noun and a characterisation’s “as”', () => {
  it('points at the noun, which the verb describes', () => {
    expect(labelAndCues('But one person with knowledge of the talks described that stance as a negotiating position.')).toEqual([['reported', [['described', 'one person with knowledge of the talks']]]])
    expect(labelAndCues('Mayor Ortiz described that plan as reckless.')).toEqual([['direct', [['described', 'Mayor Ortiz']]]])
  })

  it('while a clause with “as … as” in its subject keeps its “that”', () => {
    expect(labelAndCues('Inspectors said that workers as young as 14 were hired.')).toEqual([['reported', [['said that', 'Inspectors']]]])
  })
})

describe('a cue verb right after “whose” and its noun', () => {
  it('takes the possessed noun as its subject, not the owner', () => {
    expect(labelAndCues('A lawmaker whose aides confirmed the meeting declined to comment.')).toEqual([['reported', [['confirmed', 'aides']]]])
    expect(labelAndCues('A company whose lawyers argued that the fine was unlawful lost the appeal.')).toEqual([['reported', [['argued that', 'lawyers']]]])
    expect(labels('A geologist whose maps confirmed the theory died on Sunday.')).toEqual(['unattributed'])
  })

  it('while a verb after the whole relative clause is the owner’s', () => {
    expect(labelAndCues('Residents whose homes flooded said the warnings came too late.')).toEqual([['reported', [['said', 'Residents']]]])
    expect(labelAndCues('Parents whose children attend the school said they were not told.')).toEqual([['reported', [['said', 'Parents']]]])
  })
})

describe('a surname spelt like a thing that shows evidence', () => {
  it('is a person before a verb only people use', () => {
    expect(types('Button said the team would appeal.')).toEqual([['Button', 'person']])
    expect(types('Banner told reporters the deal was close.')).toEqual([['Banner', 'person']])
    expect(types('Poster added that the council had been warned.')).toEqual([['Poster', 'person']])
  })

  it('while the thing itself, or its headline form, is no source', () => {
    expect(labels('Video shows police firing tear gas.')).toEqual(['unattributed'])
    expect(labels('The video said the cuts were needed.')).toEqual(['unattributed'])
    expect(labels('Footage showed smoke rising from the plant.')).toEqual(['unattributed'])
  })
})

describe('a past form before “at” and a figure after a noun', () => {
  it('describes the noun, a hedge on it and no attribution', () => {
    expect(labels('A crowd estimated at 10,000 gathered in the square.')).toEqual(['unattributed'])
    expect(labels('A tornado with winds estimated at 165 mph tore through the town.')).toEqual(['unattributed'])
    expect(labels('Storm damage estimated at $2 million closed the pier.')).toEqual(['unattributed'])
  })

  it('while the verb keeps its subject in a relative clause, before “at least”, and in the passive', () => {
    expect(labelAndCues('Trump told a crowd that his campaign estimated at 3,000 people that he would win.')).toEqual([['direct', [['told', 'Trump'], ['estimated', 'his campaign']]]])
    expect(labelAndCues('Analysts estimated at least 10,000 jobs would be lost.')).toEqual([['reported', [['estimated', 'Analysts']]]])
    expect(labels('Losses were estimated at $4 billion.')).toEqual(['reported'])
  })
})

describe('a person read from an owner’s form', () => {
  it('is named without the possessive ending', () => {
    expect(sourceNames('The program has cost $90 billion, by the inspector general’s count.')).toEqual(['inspector general'])
    expect(sourceNames('I wanted to answer the judge’s concern that I was not contrite.')).toEqual(['judge'])
    expect(sourceNames('The Florida senator’s answer was that families come first.')).toEqual(['Florida senator'])
  })

  it('while a listed name written with the ending keeps it', () => {
    expect(sourceNames('The economy will slow, by Moody’s count.')).toEqual(['Moody’s'])
  })
})

describe('a past form between an object’s figure and its noun', () => {
  it('describes the noun and says nothing', () => {
    expect(labelAndCues('The Centers for Disease Control and Prevention reported 1,001 confirmed cases in 31 states.')).toEqual([['direct', [['reported', 'The Centers for Disease Control and Prevention']]]])
    expect(labels('The clinic treated patients with 300 suspected infections.')).toEqual(['unattributed'])
    expect(labels('The county saw 12 confirmed deaths.')).toEqual(['unattributed'])
    expect(labels('The state had 300 suspected cases by Friday.')).toEqual(['unattributed'])
    expect(labelAndCues('Officials interviewed residents, and 40 reported seeing smoke.')).toEqual([['reported', [['reported', '40']]]])
    // (a count kept on record is the county's figure, by "recorded", not "confirmed")
    expect(labelAndCues('The county recorded 12 confirmed deaths.')).toEqual([['direct', [['recorded', 'The county']]]])
  })

  it('while a figure that opens the clause is its subject', () => {
    expect(labelAndCues('Of those surveyed, 40 reported problems with the app.')).toEqual([['reported', [['reported', '40']]]])
  })
})

describe('a genre’s label alone before a quoted title in a headline', () => {
  it('is no speaker', () => {
    expect(labels('Review: ‘The Last Orchard’ is a quiet triumph\n\nThe novel follows three generations.')).toEqual(['unattributed', 'unattributed'])
    expect(check('Analysis: “Peace” is a word both sides use loosely').sentences[0].attributions).toEqual([])
  })

  it('while a speaker or a named document before the colon speaks', () => {
    expect(labels('Kim: “We will respond to any provocation”')).toEqual(['direct'])
    expect(labels('WSJ editorial: ‘Deport Nikki Haley.’')).toEqual(['direct'])
  })
})

describe('a name that ends in a plus sign', () => {
  it('keeps its plus and speaks as its body', () => {
    expect(types('Oil prices rose after OPEC+ signaled it could delay output increases.')).toEqual([['OPEC+', 'government']])
    expect(types('Disney+ said it would raise prices in October.')).toEqual([['Disney+', 'organization']])
    expect(types('ESPN+ told subscribers that fees would rise.')).toEqual([['ESPN+', 'organization']])
  })

  it('while a sum or a grade stays as written', () => {
    const words = (text: string) => check(text).sentences[0].text
    expect(words('The score was A+B on the sheet.')).toBe('The score was A+B on the sheet.')
    expect(labels('He got an A+ on the test.')).toEqual(['unattributed'])
  })
})

describe('an inverted speaker at a body whose name goes on past “for” into an organisation’s word', () => {
  it('keeps the whole name', () => {
    const spans = (text: string) => check(text).sentences.flatMap((s) => s.attributions.map((a) => a.source.text))
    expect(spans('“The risks are rising,” said Andrew Weiss of the Carnegie Endowment for International Peace.')).toEqual(['Andrew Weiss of the Carnegie Endowment for International Peace'])
    expect(spans('“We are watching,” said the Institute for International Economics.')).toEqual(['the Institute for International Economics'])
  })

  it('while an outlet or another body after it is where it spoke', () => {
    const spans = (text: string) => check(text).sentences.flatMap((s) => s.attributions.map((a) => a.source.text))
    expect(spans('“We won,” said the Labour Party on Twitter.')).toEqual(['the Labour Party'])
    expect(spans('“No,” said Jim Sanders for Acme.')).toEqual(['Jim Sanders'])
  })
})

describe('a body named right after the noun of its kind', () => {
  it('is one a later noun of that kind stands for, with its description', () => {
    expect(resolvedOrWritten('The Spanish weather agency AEMET issued a red alert for Valencia. The agency said rainfall could exceed 200 mm.')).toEqual(['AEMET'])
    expect(resolvedOrWritten('The regulator Ofcom fined the broadcaster on Monday. The regulator said the breach was serious.')).toEqual(['Ofcom'])
    expect(resolvedOrWritten('The civil protection agency Protezione Civile sent 40 teams. The agency said 300 people had been rescued.')).toEqual(['Protezione Civile'])
  })

  it('while a person after a role or a body of a level of government is not', () => {
    expect(resolvedOrWritten('Lead negotiator Wendy Sherman met the delegation. “We are close,” Sherman said.')).toEqual(['Wendy Sherman'])
    expect(types('Party chairman Reince Priebus spoke first. Priebus said the party was united.')).toEqual([['Reince Priebus', 'person']])
  })
})

describe('“which” and an inference verb after a comma', () => {
  it('takes up the clause before it, the author’s inference', () => {
    expect(labels('The team found the species in only a handful of sites, which suggests it may be rare.')).toEqual(['unattributed'])
    expect(labels('Sales fell 4%, which indicates demand is weakening.')).toEqual(['unattributed'])
    expect(labels('Turnout was low, which suggests voters were unhappy.')).toEqual(['unattributed'])
  })

  it('while a named source before it, or a speech verb, keeps the source', () => {
    expect(labelAndCues('The data came from a survey by Gallup, which suggests most voters are undecided.')).toEqual([['direct', [['suggests', 'a survey by Gallup']]]])
    expect(labelAndCues('The figures were first published by the Post, which said the talks had failed.')).toEqual([['direct', [['said', 'the Post']]]])
  })
})

describe('a name with a particle inside, at a body', () => {
  it('is the person, not the body', () => {
    expect(types('“This is careful taxonomy,” said Charissa de Bekker of Utrecht University.')).toEqual([['Charissa de Bekker', 'person']])
    expect(types('“It works,” said Maya Robbins of the Warehouse Workers Coalition.')).toEqual([['Maya Robbins', 'person']])
  })
})

describe('a name given by “identified as” in an apposition to the subject', () => {
  it('is the speaker', () => {
    expect(sourceNames('The father, identified as Jordan Reyes, told officers he had run into a store.')).toEqual(['Jordan Reyes'])
    expect(sourceNames('The victim, named as Ann Cole, told paramedics she had been pushed.')).toEqual(['Ann Cole'])
    expect(sourceNames('The gunman, known as Ray, told the court that he acted alone.')).toEqual(['Ray'])
  })

  it('while a body known by another name keeps its noun', () => {
    expect(sourceNames('The group, known as the Harbour Front, said it had disbanded.')).toEqual(['group'])
  })
})

describe('“agreed to” and a noun or an infinitive', () => {
  it('is an act, never read on to a relative “that” or a trailing source', () => {
    expect(labelAndCues('Israel and Hamas have agreed to a ceasefire in Gaza that would halt 15 months of fighting, according to officials.')).toEqual([['reported', [['according to', 'officials']]]])
    expect(labelAndCues('DOHA, Qatar — Israel and Hamas have agreed to a ceasefire, according to officials.')).toEqual([['reported', [['according to', 'officials']]]])
    expect(labels('The union agreed to a contract that would raise pay by 12%.')).toEqual(['unattributed'])
  })

  it('while an agreement that something is so, or a tag, is content', () => {
    expect(labelAndCues('Both leaders agreed that the talks had gone well.')).toEqual([['reported', [['agreed that', 'Both leaders']]]])
    expect(labelAndCues('“It was a good meeting,” Kim agreed.')).toEqual([['direct', [['agreed', 'Kim']]]])
  })
})

describe('a state’s government by its name or adjective', () => {
  it('is one source with the country and its capital', () => {
    expect(namesAndCounts('Israel’s government said details were being worked out. Israel says it has killed 17,000 militants.')).toEqual([['Israel’s government', 2]])
    expect(namesAndCounts('The French government said it would help. France said the plan was sound. Paris later said it had no comment.')).toEqual([['French government', 3]])
  })

  it('goes by the name it speaks by, not a dateline’s', () => {
    expect(sourceNames('MEXICO CITY — The Mexican government is worried that tariffs could hurt investment.')).toEqual(['Mexican government'])
  })

  it('while a ministry or the Kremlin stays apart', () => {
    expect(sourceNames('The Kremlin said talks had failed. Russia’s government said the talks would resume.')).toEqual(['Kremlin', 'Russia’s government'])
  })
})

describe('an -ing form after a reason’s noun and a preposition', () => {
  it('is no one’s saying', () => {
    expect(labelAndCues('Lord Reed said the justices had found ‘substantial grounds’ for believing asylum seekers could be returned.')).toEqual([['direct', [['said', 'Lord Reed']]]])
    expect(labels('The court found grounds for believing that the law was broken.')).toEqual(['unattributed'])
    expect(labels('There is no reason for thinking the dam will fail.')).toEqual(['unattributed'])
  })

  it('while a person before the preposition says it', () => {
    expect(labelAndCues('Critics rebuked Mr. Trump for suggesting that the election was rigged.')).toEqual([['direct', [['suggesting that', 'Mr. Trump']]]])
  })
})

describe('a sentence whose subject is the view of someone', () => {
  it('hands the claim to them, as “in the view of” does', () => {
    expect(labelAndCues('That, at least, is the view of the company’s chief executive, Jane Park.')).toEqual([['direct', [['the view of', 'the company’s chief executive, Jane Park']]]])
    expect(labelAndCues('It is the judgment of the panel that the dam is unsafe.')).toEqual([['direct', [['the judgment of', 'the panel']]]])
    expect(labels('This was the opinion of most economists.')).toEqual(['reported'])
  })

  it('while a view one sees, or one with another subject, is none', () => {
    expect(labels('The view of the valley is stunning.')).toEqual(['unattributed'])
    expect(labels('It was the view of the harbour that sold the house.')).toEqual(['unattributed'])
  })
})

describe('a surname spelt like a document', () => {
  it('is a person before a past verb only people use', () => {
    expect(types('Law said the plan was sound.')).toEqual([['Law', 'person']])
    expect(types('Bill told reporters he was tired.')).toEqual([['Bill', 'person']])
  })

  it('while a headline’s bare document speaks in the present', () => {
    expect(types('Report says jobs rose in May')).toEqual([])
    expect(check('Report says jobs rose in May').sentences[0].attributions.map((a) => a.source.type)).toEqual(['document'])
  })
})

describe('growers', () => {
  it('are people, vague unless one is named', () => {
    expect(labelAndCues('Many growers view the new quota as a betrayal.')).toEqual([['reported', [['view', 'Many growers']]]])
    expect(types('One grower said the season was lost.')).toEqual([['One grower', 'anonymous']])
  })
})

describe('“who” after a passive’s agent', () => {
  it('stands for the agent, not the phrase before “by”', () => {
    expect(sourceNames('Dozens of suits have been filed against social media companies by families who say the apps harmed their children.')).toEqual(['families'])
    expect(sourceNames('A maladroit answer could be mined for gaffes by Republicans who expect to see Clinton on the ballot.')).toEqual(['Republicans'])
    expect(sourceNames('Cosby is under attack by dozens of women who claim he assaulted them.')).toEqual(['dozens of women'])
  })
})

describe('federal records', () => {
  it('are kept by the federal government, specific as state records are', () => {
    expect(types('The company spent $4 million on consultants, according to federal filings.')).toEqual([['federal filings', 'document']])
    expect(labels('The company spent $4 million on consultants, according to federal filings.')).toEqual(['direct'])
    expect(labels('The company spent $4 million on consultants, according to state records.')).toEqual(['direct'])
  })

  it('while public records stay vague', () => {
    expect(labels('The company spent $4 million on consultants, according to public records.')).toEqual(['reported'])
  })
})

describe('“projects” as a verb', () => {
  it('is a projection before a figure or a that-clause, after a subject that can supply one', () => {
    expect(labelAndCues('The state’s climate assessment projects a 10 to 20 percent increase in heavy rainfall by 2050.')).toEqual([['direct', [['projects', 'The state’s climate assessment']]]])
    expect(labelAndCues('The county projects a shortfall of $4 million next year.')).toEqual([['direct', [['projects', 'The county']]]])
    expect(labelAndCues('Goldman Sachs projects 2.1 percent growth for the euro area.')).toEqual([['direct', [['projects', 'Goldman Sachs']]]])
    expect(labels('The Congressional Budget Office projects that deficits will widen over the decade.')).toEqual(['direct'])
  })

  it('while the far commoner noun stays a noun', () => {
    expect(labels('The city funds projects that help young people find work.')).toEqual(['unattributed'])
    expect(labels('The firm builds housing projects that critics call too dense.')).toEqual(['unattributed'])
    expect(labels('The foundation has helped fund more than 3,500 projects.')).toEqual(['unattributed'])
    expect(labels('The council’s projects include 12 new parks.')).toEqual(['unattributed'])
    expect(labels('She projects confidence on stage.')).toEqual(['unattributed'])
  })
})

describe('a reply “from” a source after a quotation', () => {
  it('hands the quotation to whoever the reply came from', () => {
    expect(labelAndCues('“Absolutely not,” came the reply from the mayor’s office.')).toEqual([['direct', [['came the reply from', 'the mayor’s office']]]])
    expect(labelAndCues('“No comment,” was the terse response from the ministry.')).toEqual([['direct', [['was the terse response from', 'the ministry']]]])
    expect(labelAndCues('“We will see,” came the answer from Sen. Maria Lopez.')).toEqual([['direct', [['came the answer from', 'Sen. Maria Lopez']]]])
    expect(labelAndCues('“Why now?” was the reaction from several parents.')).toEqual([['reported', [['was the reaction from', 'several parents']]]])
  })

  it('but not a reply with no quotation before it, or what came from somewhere', () => {
    expect(labels('Then came the reply from the ministry.')).toEqual(['unattributed'])
    expect(labels('The band played “Hey Jude,” and then came the rain from the west.')).toEqual(['unattributed'])
  })
})

describe('a figure’s one-word lead opening the sentence', () => {
  const roles = (text: string) => check(text).sentences.map((s) => s.role)

  it('stays in the speaker’s phrase, a vague group, not a name', () => {
    expect(namesAndCounts('About 40 residents said the water tasted odd.')).toEqual([['About 40 residents', 1]])
    expect(types('Over 200 said the water tasted odd.')).toEqual([['Over 200', 'anonymous']])
    expect(types('Just 12 said they would vote for the levy.')).toEqual([['Just 12', 'anonymous']])
    expect(types('Around 300 nurses told the board they would strike.')).toEqual([['Around 300 nurses', 'anonymous']])
    expect(labels('Approximately 30 workers said they had not been paid.')).toEqual(['reported'])
  })

  it('and its past form is the verb, with the line a sentence, not an “About” box', () => {
    expect(labelAndCues('About 40 reported seeing smoke.')).toEqual([['reported', [['reported', 'About 40']]]])
    expect(roles('Residents called 911 all night.\n\nAbout 40 reported seeing smoke.')).toEqual(['body', 'body'])
    expect(labelAndCues('Nearly 90 reported problems with the app.')).toEqual([['reported', [['reported', 'Nearly 90']]]])
  })

  it('while after a preposition the figure still describes the noun, and an “About” box is furniture', () => {
    expect(labels('The clinic treated patients with about 40 reported injuries.')).toEqual(['unattributed'])
    expect(roles('About the author\n\nAbout Us')).toEqual(['boilerplate', 'boilerplate'])
    expect(types('The mayor, who met about 40 residents, said the water was safe.')).toEqual([['mayor', 'person']])
  })
})

describe('a figure credited to a source after its noun', () => {
  it('by a passive with “by”, at the end of the sentence too', () => {
    expect(labelAndCues('Fraud costs taxpayers $60 billion a year, a figure reported by the FBI.')).toEqual([['direct', [['reported by', 'the FBI']]]])
    expect(labelAndCues('The toll rose to 40, a number cited by state officials.')).toEqual([['reported', [['cited by', 'state officials']]]])
    expect(labelAndCues('The leak was confirmed on Monday, a fact first disclosed by the Ledger.')).toEqual([['direct', [['disclosed by', 'the Ledger']]]])
  })

  it('by a relative clause whose object went ahead as the figure’s noun', () => {
    expect(labelAndCues('Medicare fraud costs taxpayers $60 billion a year, a figure the FBI has cited in past cases.')).toEqual([['direct', [['cited', 'the FBI']]]])
    expect(labelAndCues('The plant shed 3,000 jobs, a number that the governor cited often.')).toEqual([['direct', [['cited', 'the governor']]]])
    expect(labelAndCues('The mill cut 500 jobs, roughly the number analysts expected.')).toEqual([['reported', [['expected', 'analysts']]]])
    expect(labelAndCues('Unemployment hit 6 percent, a figure the state labor department reported last week.')).toEqual([['direct', [['reported', 'the state labor department']]]])
    expect(labelAndCues('The toll is higher than the number officials projected.')).toEqual([['reported', [['projected', 'officials']]]])
  })

  it('while a law cited by someone is its own text, and a figure cited as proof or certified is no one’s words', () => {
    expect(labels('The 2019 law, cited by prosecutors, bans the sale of such devices.')).toEqual(['unattributed'])
    expect(labels('He counted the votes, a total the clerk certified on Monday.')).toEqual(['unattributed'])
    // (a figure disputed is the disputer's claim that it is wrong, as "…, a claim Kyiv rejects." is)
    expect(labels('The company cut 500 jobs, a number the union disputes.')).toEqual(['direct'])
  })
})

describe('a body named by its level and its field', () => {
  it('is a body of its own, not the last government body named', () => {
    expect(sourceNames('The FBI said crime fell.\n\nThe state health department said flu cases rose.')).toEqual(['FBI', 'state health department'])
    expect(sourceNames('The Pentagon said the drill was routine.\n\nThe county parks department said the trail would reopen.')).toEqual(['Pentagon', 'county parks department'])
  })

  it('while one the field was written with is referred back to', () => {
    expect(sourceNames('The Ohio Department of Health said cases rose.\n\nThe state health department later said the figures were preliminary.')).toEqual(['Ohio Department of Health'])
  })
})

describe('an object gone ahead of a relative clause', () => {
  it('is what the clause’s subject blamed, estimated or called it', () => {
    expect(labelAndCues('Sales in China dropped 11%, a decline the company blamed on fierce competition from Huawei.')).toEqual([['direct', [['blamed', 'the company']]]])
    expect(labelAndCues('The network went dark for six hours, an outage that regulators blamed on a botched update.')).toEqual([['reported', [['blamed', 'regulators']]]])
    expect(labelAndCues('Thousands marched downtown, a crowd officials estimated at 20,000.')).toEqual([['reported', [['estimated', 'officials']]]])
    expect(labelAndCues('The damage, which insurers estimated at $2 billion, was the worst in a decade.')).toEqual([['reported', [['estimated', 'insurers']]]])
    expect(labelAndCues('The board approved the merger, a decision officials called the first of its kind.')).toEqual([['reported', [['called', 'officials']]]])
    expect(labelAndCues('It was a crash the airline called a tragedy.')).toEqual([['direct', [['called', 'the airline']]]])
    expect(labelAndCues('The board approved the merger, a move critics called “a betrayal.”')).toEqual([['reported', [['called', 'critics']]]])
  })

  it('while a thing called by its name, a figure that describes its noun, and a call to meet are no one’s words', () => {
    expect(labels('They use a formula called “chained CPI.”')).toEqual(['unattributed'])
    expect(labels('The plan, a program the White House called Operation Warp Speed, began in May.')).toEqual(['unattributed'])
    expect(labels('A crowd estimated at 10,000 gathered outside the stadium.')).toEqual(['unattributed'])
    expect(labels('The agency called a meeting for Monday.')).toEqual(['unattributed'])
  })
})

describe('“who” after a name and its description', () => {
  it('stands for the name, after an inverted verb, another verb or a preposition', () => {
    expect(labelAndCues('“They were behind the curve,” said Diane Swonk, chief economist at KPMG, who expects two more cuts by June.')).toEqual([['direct', [['said', 'Diane Swonk'], ['expects', 'Diane Swonk']]]])
    expect(labelAndCues('The mayor spoke to Ana Ruiz, a reporter, who said the plan was dead.')).toEqual([['direct', [['said', 'Ana Ruiz']]]])
    expect(labelAndCues('The firm hired Tomas Berg, a former lawyer for the state, who argued the rules were outdated.')).toEqual([['direct', [['argued', 'Tomas Berg']]]])
  })

  it('while one after a description alone stays vague', () => {
    expect(labels('The mayor spoke to a reporter, who said the plan was dead.')).toEqual(['reported'])
  })
})

describe('a given name described by a noun for a person and a body alike', () => {
  it('is a person', () => {
    expect(types('Maria Chang, a former regulator, said the rules were outdated.')).toEqual([['Maria Chang', 'person']])
    expect(types('David Osei, a regulator at the state insurance office, said no.')).toEqual([['David Osei', 'person']])
  })

  it('while a body’s name so described stays a body', () => {
    expect(types('Ofcom, the regulator, said the rules were outdated.')).toEqual([['Ofcom', 'government']])
    expect(types('Elm Capital, a hedge fund, said it would sue.')).toEqual([['Elm Capital', 'organization']])
  })
})

describe('“that” alone after a verb at the end of a clause', () => {
  it('is what was said or believed, a pronoun, not part of the cue', () => {
    expect(labelAndCues('DTE disputes that.')).toEqual([['direct', [['disputes', 'DTE']]]])
    expect(labelAndCues('Among American-born parents, only a third believe that.')).toEqual([['reported', [['believe', 'a third']]]])
    expect(labelAndCues('He wept by the time he said that.')).toEqual([['direct', [['said', 'he']]]])
  })

  it('while a that-clause keeps its “that” in the cue', () => {
    expect(labelAndCues('Kim said that the plan failed.')).toEqual([['direct', [['said that', 'Kim']]]])
  })
})

describe('people told about something, before the verb that tags them', () => {
  it('are one vague speaker, the past form of telling describing them', () => {
    expect(labelAndCues('The company is expected to announce layoffs, people briefed on the plans said.')).toEqual([['reported', [['is expected to', null], ['said', 'people briefed on the plans']]]])
    expect(labelAndCues('The move was a surprise, officials informed about the decision said.')).toEqual([['reported', [['said', 'officials informed about the decision']]]])
    expect(labelAndCues('Residents notified of the closure said they were angry.')).toEqual([['reported', [['said', 'Residents notified of the closure']]]])
  })

  it('while the one who tells stays the speaker', () => {
    expect(labelAndCues('The agency informed residents that the water was unsafe.')).toEqual([['direct', [['informed', 'The agency']]]])
    expect(labels('The official briefed reporters on the plan.')).toEqual(['unattributed'])
  })
})

describe('what someone holds a thing to be, an adjective after it', () => {
  it('is their view', () => {
    expect(labelAndCues('Most economists consider the plan reckless.')).toEqual([['reported', [['consider', 'Most economists']]]])
    expect(labelAndCues('Just 30 percent of all voters consider Clinton honest.')).toEqual([['reported', [['consider', 'Just 30 percent of all voters']]]])
    expect(labelAndCues('State engineers deemed the bridge unsafe.')).toEqual([['reported', [['deemed', 'State engineers']]]])
    expect(labelAndCues('The senator considers the deal dangerous.')).toEqual([['direct', [['considers', 'The senator']]]])
  })

  it('while considering a thing, however, is deliberating', () => {
    expect(labels('The board considered the proposal at length.')).toEqual(['unattributed'])
    expect(labels('The council will consider the bill carefully.')).toEqual(['unattributed'])
    expect(labels('They considered the Democratic proposal.')).toEqual(['unattributed'])
  })
})

describe('an inverted speaker counted by a hyphenated number', () => {
  it('is a vague group like one counted in digits', () => {
    expect(labelAndCues('I guess that settles it, said six-million people who lost their health insurance.')).toEqual([['reported', [['said', 'six-million people']]]])
    expect(labelAndCues('The plan failed, said forty-two tenants who lost their leases.')).toEqual([['reported', [['said', 'forty-two tenants']]]])
    expect(labelAndCues('The vote was rigged, claimed two-thirds of the members.')).toEqual([['reported', [['claimed', 'two-thirds of the members']]]])
  })

  it('while a hyphenated word that is no number does not make one', () => {
    expect(labels('The company, said to be worth $2 billion, declared bankruptcy.')).toEqual(['reported'])
    expect(labels('The firm announced, last-minute changes aside, a full recall.')).toEqual(['unattributed'])
  })
})

describe('what someone said a thing would be', () => {
  it('is their figure or estimate, the clause after “said” having its object gone ahead as “what”', () => {
    expect(labelAndCues('The gala raised about $200,000, about double what Bradley said she anticipated.')).toEqual([['direct', [['said', 'Bradley']]]])
    expect(labelAndCues('The bill is twice what the mayor said it would cost.')).toEqual([['direct', [['said', 'the mayor']]]])
    expect(labelAndCues('The price was half what analysts said it would be.')).toEqual([['reported', [['said', 'analysts']]]])
  })

  it('while what someone said, with nothing after it, is only a thing said', () => {
    expect(labels('He contradicted what Trump said.')).toEqual(['unattributed'])
    expect(labels('The union ignored what the company said.')).toEqual(['unattributed'])
    expect(labels('That was not what the senator said in the debate.')).toEqual(['unattributed'])
  })
})

describe('a body known by its nationality and its noun', () => {
  it('is the body of that country written before', () => {
    expect(sourceNames('The Spanish weather agency AEMET issued a red alert for Valencia. The Spanish agency said up to 180 liters of rain could fall.')).toEqual(['AEMET'])
    expect(sourceNames('Russia’s Foreign Ministry said the talks had failed. The Russian ministry added that it would respond.')).toEqual(['Russia’s Foreign Ministry'])
  })

  it('and no body of another country, nor one of no country', () => {
    expect(sourceNames('The Ukrainian Defense Ministry said 40 drones were shot down. The Russian ministry said none were.')).toEqual(['Ukrainian Defense Ministry', 'Russian ministry'])
    expect(sourceNames('The White House said the bill was flawed. Members of the Saudi government, which has strongly denied any involvement, lobbied against it.')).toEqual(['White House', 'Saudi government'])
    expect(sourceNames('Acme Corp said profits rose. The French company said sales fell.')).toEqual(['Acme Corp', 'French company'])
  })
})

describe('a count or a tally with its figure', () => {
  it('is a figure the one who counted supplies', () => {
    expect(labelAndCues('Nationally, the CDC has counted 93 cases so far this year.')).toEqual([['direct', [['counted', 'the CDC']]]])
    expect(labelAndCues('The Associated Press counted at least 14 deaths.')).toEqual([['direct', [['counted', 'The Associated Press']]]])
    expect(labelAndCues('A monitoring group tallied 412 deaths since January.')).toEqual([['reported', [['tallied', 'A monitoring group']]]])
  })

  it('while counting things is an act, and a vote that counted is no count', () => {
    expect(labels('Election workers counted the ballots by hand.')).toEqual(['unattributed'])
    expect(labels('Officials tallied the votes on Tuesday.')).toEqual(['unattributed'])
    expect(labels('Every vote counted.')).toEqual(['unattributed'])
    expect(labels('He faces 14 counts of fraud.')).toEqual(['unattributed'])
  })
})

describe('a hedging participle after the noun it describes', () => {
  it('is a hedge with no source, as with its “is” left out', () => {
    expect(labelAndCues('The city will sell its stake, a deal expected to bring in about $105 million.')).toEqual([['reported', [['expected to', null]]]])
    expect(labelAndCues('Police arrested a man believed to be the gunman.')).toEqual([['reported', [['believed to', null]]]])
    expect(labelAndCues('The firm hired a lawyer said to be the best in town.')).toEqual([['reported', [['said to', null]]]])
    expect(labelAndCues('The company announced a merger expected to close next year.')).toEqual([['direct', [['announced', 'The company'], ['expected to', null]]]])
  })

  it('while the subject who expects or believes something keeps the verb', () => {
    expect(labelAndCues('The mayor expected to win by a wide margin.')).toEqual([['direct', [['expected to', 'The mayor']]]])
    expect(labelAndCues('Investors believed the merger would close.')).toEqual([['reported', [['believed', 'Investors']]]])
  })
})

describe('unlisted people counted or shared out', () => {
  it('are anonymous, not of an unknown type', () => {
    expect(types('Two of the bidders said the auction was rigged.')).toEqual([['Two of the bidders', 'anonymous']])
    expect(types('Millions of viewers said the broadcast froze.')).toEqual([['Millions of viewers', 'anonymous']])
    expect(types('The firm surveyed 300 owners, many of whom say costs are rising.')).toEqual([['many of whom', 'anonymous']])
    expect(types('Several fact checkers pointed out that the figure was wrong.')).toEqual([['Several fact checkers', 'anonymous']])
  })

  it('while things with such endings stay things', () => {
    expect(types('The papers show the deal was signed in May.')).toEqual([['papers', 'document']])
  })
})

describe('a sports statistician with a bureau in its name', () => {
  it('is a company, not a government', () => {
    expect(types('According to the Elias Sports Bureau, it was the first sweep in the Bronx since 1998.')).toEqual([['Elias Sports Bureau', 'organization']])
    expect(types('The Census Bureau said the population grew.')).toEqual([['Census Bureau', 'government']])
  })
})

describe('a sports data company known by one word', () => {
  it('is a company, not a person', () => {
    expect(types('Arsenal have now won seven league games in a row, according to Opta.')).toEqual([['Opta', 'organization']])
    expect(types('Sportradar said the match showed no sign of betting irregularities.')).toEqual([['Sportradar', 'organization']])
  })

  it('while a person’s one-word name stays a person’s', () => {
    expect(types('Okafor said the match had been clean.')).toEqual([['Okafor', 'person']])
  })
})

describe('a headline’s plural subject before its present verb', () => {
  it('ends at the plural, the participle’s speaker', () => {
    expect(labelAndCues('Parents sue TikTok, alleging app fueled daughter’s death\n\nThe suit was filed Monday.').slice(0, 1)).toEqual([['reported', [['alleging', 'Parents']]]])
    expect(labelAndCues('Local farmers sue state, claiming drought rules are unfair\n\nThe growers filed suit on Monday.').slice(0, 1)).toEqual([['reported', [['claiming', 'Local farmers']]]])
  })

  it('while a plural that modifies the next noun stays in the phrase', () => {
    expect(labelAndCues('Teachers union says cuts are illegal\n\nThe union filed suit on Monday.').slice(0, 1)).toEqual([['direct', [['says', 'Teachers union']]]])
  })

  it('and a singular body’s noun ends the subject before its -s verb', () => {
    expect(labelAndCues('Teachers union sues district, saying cuts are illegal\n\nThe suit was filed Monday.').slice(0, 1)).toEqual([['direct', [['saying', 'Teachers union']]]])
    expect(labelAndCues('Police union backs mayor, saying crime is down\n\nThe vote is in May.').slice(0, 1)).toEqual([['direct', [['saying', 'Police union']]]])
  })
})

describe('courts by their circuit, and laws by their names', () => {
  it('an appeals court known by its circuit is a court', () => {
    expect(types('The 5th Circuit had ruled that the ban violated the First Amendment.')).toEqual([['5th Circuit', 'government']])
    expect(types('The Ninth Circuit said the law was valid.')).toEqual([['Ninth Circuit', 'government']])
  })

  it('a law’s name is no person a later pronoun stands for', () => {
    expect(resolvedOrWritten('The ban violated the First Amendment.\n\nShe said the case was clear.')).toEqual(['She'])
    expect(resolvedOrWritten('The Geneva Conventions bar such attacks.\n\nHe said the strike was lawful.')).toEqual(['He'])
  })
})

describe('a picture, a video or a link tweeted', () => {
  it('is something shared, an act, not words', () => {
    expect(labels('Fields later tweeted a photograph of her bruised forearm.')).toEqual(['unattributed'])
    expect(labels('Supporters kept tweeting videos of the rally into the night.')).toEqual(['unattributed'])
    expect(labels('The campaign tweeted a link to the full interview on Sunday.')).toEqual(['unattributed'])
  })

  it('while a warning, a chart of figures or a that-clause tweeted is what was said', () => {
    expect(labels('The senator tweeted a warning about the storm.')).toEqual(['direct'])
    expect(labels('Trump tweeted a chart of inaccurate crime statistics.')).toEqual(['direct'])
    expect(labels('The mayor tweeted that the roads were closed.')).toEqual(['direct'])
  })
})

describe('an amount of money described by a hedging participle', () => {
  it('is a hedge with no source, not a believer', () => {
    expect(labelAndCues('Chelsea are in talks, with a fee of around £60m expected to be agreed this week.')).toEqual([['reported', [['expected to', null]]]])
    expect(labelAndCues('Investigators seized €40,000 believed to be the proceeds of fraud.')).toEqual([['reported', [['believed to', null]]]])
    expect(labelAndCues('The council set aside $3 billion thought to cover the repairs.')).toEqual([['reported', [['thought to', null]]]])
  })

  it('while people counted still hold their expectation', () => {
    expect(labelAndCues('About 40 expected to vote for the measure.')).toEqual([['reported', [['expected to', 'About 40']]]])
  })
})

describe('a set-off “it is understood”', () => {
  it('hedges the clause it ends or interrupts', () => {
    expect(labelAndCues('Arsenal made no formal offer, it is understood.')).toEqual([['reported', [['it is understood', null]]]])
    expect(labelAndCues('The minister will resign, it was reported on Monday.')).toEqual([['reported', [['it was reported', null]]]])
    expect(labelAndCues('The striker, it is believed, has already agreed personal terms.')).toEqual([['reported', [['it is believed', null]]]])
    expect(labelAndCues('Talks collapsed late on Friday — it was claimed — over the price.')).toEqual([['reported', [['it was claimed', null]]]])
  })

  it('while a participle that hedges nothing, or an adjective, leaves the claim the author’s', () => {
    expect(labels('The plant closed, it was decided.')).toEqual(['unattributed'])
    expect(labels('When the vote came, it was clear the bill would fail.')).toEqual(['unattributed'])
  })
})

describe('a company by its trade of distribution', () => {
  it('is an organisation', () => {
    expect(types('Power was restored to 5,000 homes, Western Power Distribution said.')).toEqual([['Western Power Distribution', 'organization']])
    expect(types('Hartley Distribution said sales rose 4 percent.')).toEqual([['Hartley Distribution', 'organization']])
  })

  it('and a state’s child-welfare agency is a government body', () => {
    expect(types('Child Protective Services said the boy was safe.')).toEqual([['Child Protective Services', 'government']])
    expect(types('Adult Protective Services said it had opened a case.')).toEqual([['Adult Protective Services', 'government']])
  })
})

describe('a university news names without its word', () => {
  it('is an organisation, one body with its full name', () => {
    expect(types('Johns Hopkins said the trial had ended early.')).toEqual([['Johns Hopkins', 'organization']])
    expect(namesAndCounts('Johns Hopkins University said the trial had ended.\n\nThe university said no one was hurt.')).toEqual([['Johns Hopkins University', 2]])
  })

  it('and no person a later “she” stands for', () => {
    const obituary = 'Margaret Okafor, a pioneering heart surgeon, died on Saturday at her home in Baltimore.\n\nShe was 88.\n\nColleagues recalled her as exacting in the operating room.\n\n“She would make you redo a suture five times,” said Dr. Paul Whitman, who trained under her at Johns Hopkins in the 1980s.\n\nShe is survived by two sons.\n\nIn a 2004 interview, she said she had never thought of herself as a pioneer.'
    expect(resolvedOrWritten(obituary)).toEqual(['Paul Whitman', 'Margaret Okafor'])
  })

  it('while a person of that surname is a person', () => {
    expect(types('Anthony Hopkins said the role had changed him.')).toEqual([['Anthony Hopkins', 'person']])
  })
})

describe('a document identified in an aside', () => {
  it('goes by what identifies it, as it does with no commas', () => {
    expect(sourceNames('The report, published by the Brookings Institution on Monday, found that wages stagnated.')).toEqual(['report published by the Brookings Institution'])
    expect(sourceNames('The figures, released by the Census Bureau last week, show the population grew 0.5 percent.')).toEqual(['figures released by the Census Bureau'])
    expect(sourceNames('A memo, obtained by The Associated Press, said the plant would close in March.')).toEqual(['memo obtained by The Associated Press'])
    expect(sourceNames('Figures released by the Census Bureau on Tuesday show the population grew.')).toEqual(['Figures released by the Census Bureau'])
    expect(sourceNames('The documents, which were obtained by ProPublica, show that the agency ignored warnings.')).toEqual(['documents obtained by ProPublica'])
    expect(sourceNames('The complaint, which was filed in federal court in Washington, alleged that the party failed to protect voter data.')).toEqual(['complaint filed in federal court in Washington'])
  })

  it('while one only dated keeps its noun', () => {
    expect(sourceNames('A survey by the economist Lena Marsh, published in June, found that rents had risen 9%.')).toEqual(['survey by the economist Lena Marsh'])
    expect(sourceNames('A report, released Wednesday, found that costs had doubled.')).toEqual(['report'])
  })
})

describe('“Est.” and “EST.” before a number or a code', () => {
  const cut = (text: string) => check(text).sentences.map((s) => text.slice(s.start, s.end))

  it('are “established”, no sentence end', () => {
    expect(cut('They bear the establishment number "EST. 960A" inside the USDA mark of inspection. No illnesses were reported.')).toEqual(['They bear the establishment number "EST. 960A" inside the USDA mark of inspection.', 'No illnesses were reported.'])
    expect(cut('The bakery, Est. 1890, closed on Friday.')).toEqual(['The bakery, Est. 1890, closed on Friday.'])
  })

  it('while Eastern time before a word ends its sentence', () => {
    expect(cut('The game starts at 9 p.m. EST. Tickets are sold out.')).toEqual(['The game starts at 9 p.m. EST.', 'Tickets are sold out.'])
    expect(cut('Kickoff is at 8 EST. The stadium opens at 6.')).toEqual(['Kickoff is at 8 EST.', 'The stadium opens at 6.'])
  })
})

describe('a short label before a colon', () => {
  it('is no content for the verb after it', () => {
    expect(labels('Election night: Incumbent concedes in tight mayoral race\n\nThe count ended at midnight.').slice(0, 1)).toEqual(['unattributed'])
    expect(labels('Big night: Foster concedes after recount\n\nThe count ended at midnight.').slice(0, 1)).toEqual(['unattributed'])
    expect(labels('Final whistle: Coach admits in post-match interview\n\nThe match ended 2-1.').slice(0, 1)).toEqual(['unattributed'])
  })

  it('while a clause before a colon is still a trailing tag’s content', () => {
    expect(labels('Only after the polls turned did his critics try a new tack: He doesn’t believe it!')).toEqual(['direct'])
    expect(labels('Taxes will rise next year, the minister conceded.')).toEqual(['direct'])
  })
})

describe('“suspected of” and “suspected in” after a noun', () => {
  it('hedge the noun, as “alleged” does: no one’s suspicion is reported', () => {
    expect(labelAndCues('A man suspected of robbing three banks was arrested on Friday.')).toEqual([['unattributed', []]])
    expect(labelAndCues('The law lets state police arrest people suspected of crossing the border illegally, handing a victory to the governor.')).toEqual([['unattributed', []]])
    expect(labelAndCues('Officers detained two teenagers suspected in the shooting.')).toEqual([['unattributed', []]])
  })

  it('while people who suspect something still hold a view', () => {
    expect(labelAndCues('Police suspect the fire was set deliberately.')).toEqual([['direct', [['suspect', 'Police']]]])
    expect(labelAndCues('Investigators suspected that the blaze was arson.')).toEqual([['reported', [['suspected that', 'Investigators']]]])
  })
})

describe('an opening adverb and its preposition', () => {
  it('open a phrase before the subject of verbs joined by “and” or a participle', () => {
    expect(labelAndCues('Halfway through the film, a farmer stands in a grove and tells his daughter that trees remember everything.')).toEqual([['reported', [['tells', 'a farmer']]]])
    expect(labelAndCues('Late in the evening, the mayor stood up and said that the vote was over.')).toEqual([['direct', [['said that', 'the mayor']]]])
    expect(labelAndCues('Early in his campaign, Trump attacked Romney, calling him “a failed candidate.”')).toEqual([['direct', [['calling', 'Trump']]]])
  })

  it('while the same word as the subject’s adjective stays in the subject', () => {
    expect(labelAndCues('Late fees rose and the bank said that it would review them.')).toEqual([['direct', [['said that', 'the bank']]]])
  })
})

describe('a well-known leader named bare', () => {
  it('is whom “the Russian leader” or “the Chinese president” stands for, one row each', () => {
    const text = 'Vladimir Putin met Xi Jinping in Beijing on Tuesday for talks on trade and energy.\n\nThe Russian leader said the two countries had “no limits” to their partnership.\n\nThe Chinese president called Putin “a dear friend.”'
    expect(resolvedOrWritten(text)).toEqual(['Vladimir Putin', 'Xi Jinping'])
    expect(namesAndCounts(text)).toEqual([['Vladimir Putin', 1], ['Xi Jinping', 1]])
    expect(resolvedOrWritten('Recep Tayyip Erdogan hosted Volodymyr Zelensky in Istanbul on Saturday.\n\nThe Ukrainian president said the talks had been useful.\n\nThe Turkish leader offered to mediate, saying a ceasefire was possible.')).toEqual(['Volodymyr Zelensky', 'Recep Tayyip Erdogan'])
    expect(resolvedOrWritten('Keir Starmer met Emmanuel Macron in Paris on Thursday to discuss migration.\n\nThe British prime minister said the deal would save lives.')).toEqual(['Keir Starmer'])
  })

  it('or by the seat of power that houses the leader', () => {
    expect(resolvedOrWritten('Vladimir Putin spoke for more than four hours.\n\nThe Kremlin leader said the offensive would go on.')).toEqual(['Vladimir Putin'])
    expect(resolvedOrWritten('Donald Trump met Keir Starmer at the White House on Thursday.\n\nThe Downing Street leader said the talks had gone well.')).toEqual(['Keir Starmer'])
    expect(resolvedOrWritten('Olaf Scholz met Emmanuel Macron in Berlin.\n\nThe Kremlin leader said the meeting was a provocation.')).toEqual(['Kremlin leader'])
  })

  it('while another role, or another country, is someone else', () => {
    expect(resolvedOrWritten('Narendra Modi arrived in Washington on Wednesday for a three-day visit.\n\nThe U.S. senator said the visit mattered.')).toEqual(['U.S. senator'])
    expect(resolvedOrWritten('Olaf Scholz spoke by phone with Emmanuel Macron on Monday about the budget.\n\nThe Italian prime minister said Europe must act.')).toEqual(['Italian prime minister'])
  })
})

describe('an outlet whose masthead is a common word', () => {
  it('is the outlet only as written, capitals and all', () => {
    expect(types('The Economist reported that the talks had stalled.')).toEqual([['Economist', 'media']])
    expect(types('According to the Guardian, the talks stalled.')).toEqual([['Guardian', 'media']])
    expect(types('As POLITICO has reported, the committee met twice.')).toEqual([['Politico', 'media']])
  })

  it('while the same word in lower case is a person or a group', () => {
    expect(types('The economist said inflation had peaked.')).toEqual([['economist', 'person']])
    expect(types('The athletic director said the coach was fired.')).toEqual([['athletic director', 'person']])
    expect(types('A variety of sources said the deal was off.')).toEqual([['variety of sources', 'anonymous']])
    expect(types('A chorus of critics said the plan would fail.')).toEqual([['chorus of critics', 'anonymous']])
  })
})

describe('police and school ranks, and a first initial', () => {
  it('a rank before a name is a title, not part of the name', () => {
    expect(sourceNames('Speed was the main cause, Trooper Mark Sanders said.')).toEqual(['Mark Sanders'])
    expect(sourceNames('Constable Amy Hill said the road was closed.')).toEqual(['Amy Hill'])
  })

  it('a first initial before the given name is part of the name', () => {
    expect(sourceNames('“We are heartbroken,” Superintendent L. Oliver Robinson wrote in a letter to families.')).toEqual(['L. Oliver Robinson'])
    expect(sourceNames('Author F. Scott Fitzgerald wrote that the rich are different.')).toEqual(['F. Scott Fitzgerald'])
    expect(sourceNames('Superintendent L. Oliver Robinson met parents on Monday night at the high school.\n\nRobinson said the school would reopen.')).toEqual(['L. Oliver Robinson'])
  })

  it('while a middle initial after a given name no list holds stays with it', () => {
    expect(sourceNames('Rep. Sander M. Levin said he had spoken with many superdelegates.')).toEqual(['Sander M. Levin'])
  })
})

describe('a maker named by its product', () => {
  it('is the company written before', () => {
    expect(resolvedOrWritten('Boeing delivered 27 jets in March, down from 40 a year earlier.\n\nThe planemaker said it expected deliveries to recover.')).toEqual(['Boeing', 'Boeing'])
    expect(resolvedOrWritten('Nippon Steel cut its forecast on Friday.\n\nThe steelmaker said demand from carmakers had slowed.')).toEqual(['Nippon Steel'])
  })

  it('while a company written with another trade is not the planemaker', () => {
    expect(resolvedOrWritten('The toy company Hasbro cut its forecast on Friday.\n\nThe planemaker said deliveries would recover.')).toEqual(['planemaker'])
  })
})

describe('lines of a paragraph none of which ends as a sentence', () => {
  const cut = (text: string) => check(text).sentences.map((s) => [text.slice(s.start, s.end), s.claim])

  it('are teasers or headlines, a unit each and no claim', () => {
    expect(cut("Related Coverage\nHouse Republicans split over spending\nWhat's in the stopgap bill\n\nThe vote was 88-9.")).toEqual([
      ['Related Coverage', false],
      ['House Republicans split over spending', false],
      ["What's in the stopgap bill", false],
      ['The vote was 88-9.', true],
    ])
  })

  it('while hard-wrapped prose still joins its lines', () => {
    expect(cut("The Senate passed a stopgap funding bill late Friday, sending\nit to the president's desk hours before a midnight deadline.")).toEqual([
      ["The Senate passed a stopgap funding bill late Friday, sending\nit to the president's desk hours before a midnight deadline.", true],
    ])
    expect(cut('Council members voted 5-2 on Tuesday night to approve the\nnew budget, which raises water rates by 12 percent and adds\nfour police officers')).toHaveLength(1)
  })
})

describe('posts described by how far they spread', () => {
  it('say what they say, as unidentified posts', () => {
    expect(labelAndCues('Posts shared thousands of times on Facebook claim that the law will outlaw gas stoves.')).toEqual([['reported', [['claim that', 'Posts shared thousands of times on Facebook']]]])
    expect(labelAndCues('Messages forwarded thousands of times on WhatsApp claim that the water supply is poisoned.')).toEqual([['reported', [['claim that', 'Messages forwarded thousands of times on WhatsApp']]]])
    expect(labelAndCues('Tweets retweeted more than 10,000 times say the polls were rigged.')).toEqual([['reported', [['say', 'Tweets retweeted more than 10,000 times']]]])
    expect(labelAndCues('Posts on Instagram claim that the vaccine alters DNA.')).toEqual([['reported', [['claim that', 'Posts on Instagram']]]])
  })

  it('while a verb of sharing with its own object is the subject’s act', () => {
    expect(labels('Trump shared the video three times on Sunday.')).toEqual(['unattributed'])
    expect(labelAndCues('Documents from the Pentagon show the strike failed.')).toEqual([['direct', [['show', 'Documents from the Pentagon']]]])
  })
})

describe('an “it” that speaks after a document only named', () => {
  it('is that document when no body or source is nearer', () => {
    expect(resolvedOrWritten('Inspectors visited the plant in March and wrote an inspection report.\n\nIt describes rusted pipes and a broken alarm.')).toEqual(['inspection report'])
    expect(resolvedOrWritten('I read the audit report last week.\n\nIt says the agency lost track of $4 million.')).toEqual(['audit report'])
  })

  it('while a body that spoke, or a document not on record, keeps its reading', () => {
    expect(resolvedOrWritten('The ministry issued a statement on Monday.\n\nIt said the talks had failed.')).toEqual(['ministry'])
    expect(resolvedOrWritten('A coalition of 40 groups sent a letter this week urging Congress to pass the budget.\n\n“Congress has failed to act,” it read.')).toEqual(['it'])
  })
})

describe('the WHO, an acronym that is also a word', () => {
  it('owns its possessive and speaks in a trailing tag', () => {
    expect(labelAndCues('The outbreak began in the village of Boloko, the WHO’s Africa office said in a report Monday.')).toEqual([['direct', [['said', 'the WHO’s Africa office']]]])
    expect(labelAndCues("Mystery illness kills 50 in Congo, WHO says\n\nThe outbreak began in Boloko.").slice(0, 1)).toEqual([['direct', [['says', 'WHO']]]])
  })

  it('while a shouted contraction and a relative “who” are what they are', () => {
    expect(labelAndCues("IT'S OVER, the coach said.")).toEqual([['direct', [['said', 'the coach']]]])
    expect(labelAndCues('The vaccine is safe, officials who said so insisted.')).toEqual([['reported', [['insisted', 'officials']]]])
  })
})

describe('a union or an association with a government word in its name', () => {
  it('is no government', () => {
    expect(types('The Police Benevolent Association said the officers were cleared.')).toEqual([['Police Benevolent Association', 'organization']])
    expect(types('The Department Store Union said it would file objections.')).toEqual([['Department Store Union', 'organization']])
    expect(types('The Fraternal Order of Police said the officers were cleared.')).toEqual([['Fraternal Order of Police', 'organization']])
  })

  it('while a union of governments, or a legislature’s committee, is one', () => {
    expect(types('The European Union said the fine stood.')).toEqual([['European Union', 'government']])
    expect(types('The African Union said the vote was fair.')).toEqual([['African Union', 'government']])
    expect(types('The Senate Ethics Committee said it would investigate.')).toEqual([['Senate Ethics Committee', 'government']])
  })
})

describe('an outlet “quoting” a speaker, set off beside it', () => {
  it('relays the speaker, as “citing” does', () => {
    expect(check('Iran’s IRNA news agency, quoting the foreign ministry, said the envoy had been summoned.').sentences[0].attributions.map((a) => [a.source.resolved ?? a.source.text, a.via ?? null])).toEqual([
      ['foreign ministry', 'IRNA'],
      ['IRNA', null],
    ])
    expect(labelAndCues('Quoting a senior official, Yonhap said the launch had failed.')).toEqual([['direct', [['Quoting', 'a senior official'], ['said', 'Yonhap']]]])
    expect(labelAndCues('Kommersant, quoting two sources, reported that the deal was off.')).toEqual([['direct', [['quoting', 'two sources'], ['reported that', 'Kommersant']]]])
  })

  it('while a person quoting someone only borrows the words', () => {
    expect(labels('Quoting Lincoln, the senator urged unity.')).toEqual(['unattributed'])
  })
})

describe('a decimal with its unit before a name', () => {
  const cut = (text: string) => check(text).sentences.map((s) => text.slice(s.start, s.end))

  it('ends its sentence: no dotted abbreviation opens with a digit', () => {
    expect(cut('Services grew 16% to a record $22.3bn. Luca Maestri said growth would continue.')).toEqual(['Services grew 16% to a record $22.3bn.', 'Luca Maestri said growth would continue.'])
    expect(cut('The club paid €4.5m. Manager Ange Postecoglou called it a bargain.')).toEqual(['The club paid €4.5m.', 'Manager Ange Postecoglou called it a bargain.'])
    expect(cut('Exxon fell $1.25, or 1.4 percent, to $88.95. Chevron climbed 69 cents.')).toEqual(['Exxon fell $1.25, or 1.4 percent, to $88.95.', 'Chevron climbed 69 cents.'])
  })

  it('while a dotted abbreviation before a name goes on', () => {
    expect(cut('The U.S. Navy said the ship was safe. It sailed at 9 a.m. Tuesday.')).toEqual(['The U.S. Navy said the ship was safe.', 'It sailed at 9 a.m. Tuesday.'])
  })
})

describe('“assessed that” of analysts and agencies', () => {
  it('is a judgement they state', () => {
    expect(labelAndCues('Analysts at the Institute for the Study of War assessed that Russia was stockpiling missiles.')).toEqual([['reported', [['assessed that', 'Analysts at the Institute for the Study of War']]]])
    expect(labelAndCues('The Defense Intelligence Agency assesses that the North will test again this year.')).toEqual([['direct', [['assesses that', 'The Defense Intelligence Agency']]]])
    expect(labelAndCues('Britain’s Ministry of Defence assessed on Friday that Moscow had lost 300 tanks.')).toEqual([['direct', [['assessed', 'Britain’s Ministry of Defence']]]])
  })

  it('with a time between the verb and its that-clause, as “held” has', () => {
    expect(labelAndCues('The appeals court held on Monday that the ban was void.')).toEqual([['direct', [['held', 'The appeals court']]]])
    expect(labels('They held talks on Monday that ran late into the night.')).toEqual(['unattributed'])
  })

  it('while assessing a thing states nothing', () => {
    expect(labels('Inspectors assessed the damage on Monday. The council will assess whether the bridge is safe.')).toEqual(['unattributed', 'unattributed'])
  })
})

describe('a nationality for one person', () => {
  it('is the one person the sentence before named, opening a sentence or as a quotation’s tag', () => {
    expect(resolvedOrWritten('Chelsea manager Enzo Maresca felt his side deserved a point. “I think we were the better team,” the Italian said.')).toEqual(['Enzo Maresca', 'Enzo Maresca'])
    expect(resolvedOrWritten('Rafael Nadal needed four sets to get through. “I was tired,” said the 38-year-old Spaniard.')).toEqual(['Rafael Nadal'])
    expect(resolvedOrWritten('Mary Earps saved two penalties in the shootout. The Englishwoman said she had studied every taker.')).toEqual(['Mary Earps'])
    expect(types('Luka Doncic scored 41 points. “We found a way,” the Slovenian said.')).toEqual([['Luka Doncic', 'person']])
  })

  it('is a person, vague when indefinite, and no body', () => {
    expect(check('A Russian who fled the draft told reporters he would not go back.').summary.sources.map((s) => [s.name, s.kind, s.type])).toEqual([['Russian', 'vague', 'anonymous']])
    expect(labels('An Australian said the fires were the worst in decades. Italians say the tax is unfair.')).toEqual(['reported', 'reported'])
  })

  it('while a nationality before an office or a title stays that office’s', () => {
    expect(types('The Italian Prime Minister said the budget would pass. The Russian government denied the report.')).toEqual([['Italian Prime Minister', 'person'], ['Russian government', 'government']])
  })

  it('and a coach or a candidate in a tag is not the speaker named before', () => {
    expect(resolvedOrWritten('“The strike is small,” wrote Karl Hesse for the Ledger. “It is over,” the coach said.')).toEqual(['Karl Hesse', 'coach'])
  })
})

describe('a passive “hailed by”', () => {
  it('is its agent’s praise, as “criticized by” is', () => {
    expect(labelAndCues('The ruling was hailed by environmental groups as a landmark victory. The treaty was hailed by Prime Minister Keir Starmer as "a new chapter."')).toEqual([
      ['reported', [['was hailed by', 'environmental groups']]],
      ['direct', [['was hailed by', 'Prime Minister Keir Starmer']]],
    ])
  })

  it('while a cab hailed by tourists is no one’s words', () => {
    expect(labels('Taxis hailed by tourists were scarce on Friday. She hailed a cab outside the station.')).toEqual(['unattributed', 'unattributed'])
  })
})

describe('a role written as its initials', () => {
  it('is a person, and the name set off after it the speaker', () => {
    expect(types("Amazon's CEO, Andy Jassy, told employees in a letter that the company would have fewer managers.")).toEqual([['Andy Jassy', 'person']])
    expect(types("Tesla's CFO, Vaibhav Taneja, said margins would improve. Nvidia's CEO said demand was strong.")).toEqual([['Vaibhav Taneja', 'person'], ["Nvidia's CEO", 'person']])
    expect(resolvedOrWritten("Boeing's COO said output would rise. The COO said the line was ready.")).toEqual(["Boeing's COO", "Boeing's COO"])
  })

  it('while an acronym that names a body stays one', () => {
    expect(types('IBM said revenue rose. NASA, the space agency, said the launch would slip.')).toEqual([['IBM', 'organization'], ['NASA', 'government']])
  })
})

describe('an outlet named as a document’s publisher', () => {
  it('is the one “the outlet” or “the newspaper” stands for later', () => {
    expect(resolvedOrWritten('Meta is preparing to cut 5% of its workforce, according to a report from Business Insider. The cuts would target "low performers," the outlet reported.')).toEqual(['report from Business Insider', 'Business Insider'])
    expect(resolvedOrWritten('The governor leads by nine points, according to a poll by The Washington Post. The newspaper said the lead was the largest since June.')).toEqual(['poll by The Washington Post', 'Washington Post'])
    expect(sourceNames('Prices will rise, according to an analysis in the Financial Times. The newspaper said the rise would be modest.')).toEqual(['analysis in the Financial Times', 'Financial Times'])
  })

  it('while one only named as a reporter’s employer stays unspoken for', () => {
    expect(sourceNames('The strike ended on Friday, a reporter for The Guardian wrote. The union said so.')).toEqual(['reporter for The Guardian', 'union'])
  })
})

describe('a body’s noun with its field', () => {
  it('is the body written with that field, not the one its sentence opens with', () => {
    const text = 'Temperatures passed 110 degrees on Sunday, the National Weather Service said. Portland International Airport hit 112 degrees, according to the weather service.'
    expect(resolvedOrWritten(text)).toEqual(['National Weather Service', 'National Weather Service'])
    expect(resolvedOrWritten('The Ohio Department of Health counted 40 cases. Columbus City Schools closed two buildings, the health department said.')).toEqual(['Ohio Department of Health', 'Ohio Department of Health'])
  })

  it('while one with no field, or a nationality, is the body that opens the sentence', () => {
    expect(resolvedOrWritten('Oxfam delivered aid to Gaza on Monday, the British charity said. Reform UK won four seats, the party said.')).toEqual(['Oxfam', 'Reform UK'])
  })
})

describe('a public school system', () => {
  it('is local government, by its name or its board', () => {
    expect(types('The Riverside Unified School District said enrollment fell. The Chicago Board of Education said it would close two schools.')).toEqual([['Riverside Unified School District', 'government'], ['Chicago Board of Education', 'government']])
    expect(types('The school board said the budget was balanced. The Boston School Committee said it would vote in May.')).toEqual([['school board', 'government'], ['Boston School Committee', 'government']])
    expect(types('The Oakland Unified School District board voted 4-1 to close three schools, citing falling enrollment.')).toEqual([['Oakland Unified School District board', 'government']])
  })

  it('while a company’s board or a party’s campaign is no government', () => {
    expect(types('The Goldman Sachs board said the deal was fair. The Labour Party campaign said turnout was high.')).toEqual([['Goldman Sachs board', 'organization'], ['Labour Party campaign', 'organization']])
  })
})

describe('a head of state’s palace', () => {
  it('is a government source, and “the palace” stands for it later', () => {
    expect(types('Buckingham Palace said on Tuesday that the King would attend the service. The palace said he was in good spirits.')).toEqual([['Buckingham Palace', 'government']])
    expect(types('Kensington Palace confirmed the engagement. The Élysée Palace said Macron would travel to Kyiv.')).toEqual([['Kensington Palace', 'government'], ['Élysée Palace', 'government']])
  })

  it('while a club or a casino named for a palace is no government', () => {
    expect(types('Crystal Palace said the striker had signed a new contract. Caesars Palace said it would reopen on Friday.').map(([, type]) => type)).not.toContain('government')
  })
})

describe('a document’s figure and an aside set off by dashes', () => {
  it('a figure in money is what a document found, as a count is', () => {
    expect(labelAndCues('The audit found $3 million in improper payments. The review showed £40m in unpaid bills.')).toEqual([
      ['direct', [['found', 'The audit']]],
      ['direct', [['showed', 'The review']]],
    ])
  })

  it('while money people found is an act', () => {
    expect(labels('Investigators found $3 million in cash in his freezer. Divers found €20,000 in a sunken safe.')).toEqual(['unattributed', 'unattributed'])
  })

  it('an aside between dashes identifies the document, as one between commas does', () => {
    expect(sourceNames('The report—released Monday by the state auditor—found $3 million in improper payments.')).toEqual(['report released Monday by the state auditor'])
    expect(sourceNames('The memo — obtained by The Washington Post — shows the plan was drafted in March.')).toEqual(['memo obtained by The Washington Post'])
  })
})

describe('a body’s name with commas in it', () => {
  it('is one source past its article', () => {
    expect(sourceNames('The Retail, Wholesale and Department Store Union said it would appeal the ruling.')).toEqual(['Retail, Wholesale and Department Store Union'])
    expect(types('The Hotel, Restaurant and Bar Workers Union said its members would strike on Friday.')).toEqual([['Hotel, Restaurant and Bar Workers Union', 'organization']])
  })

  it('while names listed before a plural of people are not one body', () => {
    expect(types('The Smith, Jones and Patel families said they would sue the county.').map(([, type]) => type)).not.toContain('organization')
  })
})

describe('an interviewer’s “you”', () => {
  const interview = (q: string) => ['Mayor Lena Ortiz sat down with the Ledger this week to talk about the budget.', q, 'A: Yes. We closed the gap without raising taxes.', 'Q: What comes next?', 'A: A vote in June.'].join('\n\n')

  it('is the one interviewed, who said what the question says', () => {
    const said = check(interview('Q: You said last week that taxes would not rise. Is that still true?'))
    expect(said.sentences.slice(1, 3).map((s) => [s.label, s.attributions.map((a) => a.source.resolved ?? a.source.text)])).toEqual([['direct', ['Lena Ortiz']], ['unattributed', []]])
    expect(resolvedOrWritten(interview('Q: You have argued the tram is a waste of money. Why?'))).toEqual(['Lena Ortiz', 'Lena Ortiz', 'Lena Ortiz', 'Lena Ortiz'])
  })

  it('while no one interviewed, or a “you” outside a question line, is no source', () => {
    expect(labels('Q: You said last week that taxes would not rise.\n\nA: Yes.')).toEqual(['unattributed', 'unattributed'])
    expect(labels('Lena Ortiz spoke on Monday. You said it yourself: the tram is late.')).toEqual(['unattributed', 'unattributed'])
  })
})

describe('an unnamed person after an opening phrase', () => {
  it('is whom a “she” or “he” in the next sentence stands for', () => {
    expect(check('On a gray Tuesday in March, a single passenger boarded the ferry. She said she had taken it every workday for 19 years.').summary.sources.map((s) => [s.name, s.kind])).toEqual([['single passenger', 'vague']])
    expect(check('In 2019, a nurse sued the hospital for wrongful dismissal. She said she had reported unsafe staffing.').summary.sources.map((s) => [s.name, s.kind])).toEqual([['nurse', 'vague']])
  })

  it('while one who acts on someone else leaves the pronoun to that someone', () => {
    expect(check('On Monday, a judge sentenced him to 22 years in prison. He said he was sorry.').summary.sources.map((s) => s.name)).not.toContain('judge')
  })
})

describe('data by who gathered or keeps it', () => {
  it('is a named document', () => {
    expect(types('Figures collected by the state show a drop in overdose deaths. Records kept by the county show 40 deaths last year.')).toEqual([['Figures collected by the state', 'document'], ['Records kept by the county', 'document']])
    expect(sourceNames('According to data gathered by the Associated Press, 40 people died.')).toEqual(['data gathered by the Associated Press'])
    expect(sourceNames('The tour passed $2 billion, the trade publication Pollstar reported, citing figures supplied by the promoters.')).toEqual(['Pollstar', 'figures supplied by the promoters'])
  })

  it('and another maker’s data is no data written before', () => {
    expect(sourceNames('According to data gathered by the Associated Press, 40 people died. The data, compiled by the EIA, show output rising.')).toEqual(['data gathered by the Associated Press', 'data compiled by the EIA'])
    expect(sourceNames('A report by the Brookings Institution found waste. The report, released by the Brookings Institution on Monday, found more waste.')).toEqual(['report by the Brookings Institution'])
  })

  it('while people who gathered or analysed something are its subject, not a document', () => {
    expect(labelAndCues('Researchers analyzed the records and found that rates fell. Police collected evidence and said the man had fled.')).toEqual([
      ['reported', [['found that', 'Researchers']]],
      ['direct', [['said', 'Police']]],
    ])
  })
})

describe('a text or an email with its quotation', () => {
  it('is its sender’s words', () => {
    expect(labelAndCues('"It was a mistake," Lee texted a reporter late Tuesday. "No comment," the spokeswoman emailed.')).toEqual([
      ['direct', [['texted', 'Lee']]],
      ['direct', [['emailed', 'the spokeswoman']]],
    ])
  })

  it('while emailing or texting someone is an act, and the noun is no verb', () => {
    expect(labels('Band emailed Abedin, another adviser, for help with a donor. She texted her sister a photo of the crowd. Texts between the two were deleted.')).toEqual(['unattributed', 'unattributed', 'unattributed'])
  })

  it('and a cue’s past form after an article describes the noun', () => {
    expect(sourceNames('The emailed statement said the firm would appeal. A lawsuit filed by a fired staffer alleges that he was defamed.')).toEqual(['emailed statement', 'lawsuit filed by a fired staffer'])
    expect(sourceNames('The posted notice said the office was closed on Friday.')).toEqual(['posted notice'])
  })
})

describe('a listed body’s national branch', () => {
  it('is that body, by its whole name', () => {
    expect(check('Friends of the Earth Netherlands, which brought the case, said it was "hugely disappointed."').summary.sources.map((s) => [s.name, s.kind, s.type])).toEqual([['Friends of the Earth Netherlands', 'named', 'organization']])
    expect(labels('Save the Children UK said 40 schools had been hit. Friends of the Earth said the ruling was a setback.')).toEqual(['direct', 'direct'])
  })

  it('while people of a country are no branch of anything', () => {
    expect(check('Friends of the family said he was devoted to his children.').summary.sources.map((s) => s.kind)).toEqual(['vague'])
  })
})

describe('people or bodies described by what they are doing', () => {
  it('are headed by the people or the bodies, not by the object of the -ing form', () => {
    expect(types('The companies building these tools have told me privately that they want clear rules.')).toEqual([['companies building these tools', 'organization']])
    expect(types('The firms building the bridge said it was safe.')).toEqual([['firms building the bridge', 'organization']])
  })

  it('while people so described stay a vague group', () => {
    expect(check('Residents living near the plant said the air smelled of sulfur.').summary.sources.map((s) => [s.name, s.kind])).toEqual([['Residents living near the plant', 'vague']])
  })
})

describe('two nationalities of one head', () => {
  it('are one unnamed group, reported', () => {
    expect(labelAndCues('U.S. and South Korean officials have said they believe the North has sent troops to Russia.')).toEqual([['reported', [['said', 'U.S. and South Korean officials'], ['believe', 'they']]]])
    expect(labels('American and European diplomats said the talks had stalled. Israel and Hamas negotiators said a deal was close.')).toEqual(['reported', 'reported'])
  })

  it('and so are two sides, by a party or a faith', () => {
    expect(labelAndCues('Democratic and Republican lawmakers said the bill would pass. Sunni and Shiite leaders said the talks were over.')).toEqual([
      ['reported', [['said', 'Democratic and Republican lawmakers']]],
      ['reported', [['said', 'Sunni and Shiite leaders']]],
    ])
    expect(labels('Biden and Republican lawmakers said the bill would pass.')).toEqual(['direct'])
  })

  it('while a name and a group, or two states, are not', () => {
    expect(labels('Trump and European leaders said the summit had gone well.')).toEqual(['direct'])
    expect(types('The U.S. and South Korea said the drills would go ahead. The United States and Japan said so too.')).toEqual([['U.S. and South Korea', 'government'], ['United States and Japan', 'government']])
  })
})

describe('two definite roles joined', () => {
  it('speak together, neither dropped', () => {
    expect(sourceNames('The mayor and the governor said the bridge was safe.')).toEqual(['mayor and the governor'])
    expect(sourceNames('His wife and his lawyer said he was innocent.')).toEqual(['His wife and his lawyer'])
  })

  it('and a role joined to a group of theirs is the role and the group, direct', () => {
    expect(labelAndCues('The senator and her staff said they had not seen the memo.')).toEqual([['direct', [['said', 'The senator'], ['said', 'her staff']]]])
    expect(check('The mayor and his aides said the budget was balanced.').summary.sources.map((s) => [s.name, s.kind])).toEqual([['mayor', 'named'], ['his aides', 'vague']])
  })

  it('while people of the roles, or a role told, are no such pair', () => {
    expect(sourceNames('Supporters of the mayor and the governor said the vote was rigged.')).toEqual(['Supporters of the mayor and the governor'])
    expect(sourceNames('Lee told the mayor and the governor that the bridge was safe.')).toEqual(['Lee'])
  })
})

describe('a medical scan or test', () => {
  it('is evidence, no source, also written as its initials', () => {
    expect(labelAndCues('He finished the game, but an MRI on Monday confirmed the sprain, a source told ESPN.')).toEqual([['reported', [['told', 'a source']]]])
    expect(labels('An MRI confirmed the tear. A CT scan showed bleeding in the brain. A biopsy showed the tumor was benign.')).toEqual(['unattributed', 'unattributed', 'unattributed'])
  })

  it('while a body known by its initials still speaks', () => {
    expect(types('NASA said the launch would slip. The NTSB said the pilot had been cleared.')).toEqual([['NASA', 'government'], ['NTSB', 'government']])
  })
})

describe('one unknown name with a plural verb', () => {
  it('is a club or a team, as British usage writes them', () => {
    expect(types('Napoli have previously insisted they would not sell the striker.')).toEqual([['Napoli', 'organization']])
    expect(types('Arsenal have confirmed that Saka will miss the match.')).toEqual([['Arsenal', 'organization']])
    expect(types('Fenerbahce were quick to deny the reports.')).toEqual([['Fenerbahce', 'organization']])
  })

  it('while a singular verb, a given name or a longer subject leaves a person', () => {
    expect(types('Osimhen has insisted he wants to leave.')).toEqual([['Osimhen', 'person']])
    expect(types('Osimhen insisted he wants to leave.')).toEqual([['Osimhen', 'person']])
    expect(types('Gore’s close friends and allies have said he was staying quiet.')).toEqual([['Gore’s close friends and allies', 'anonymous']])
  })
})

describe('a preposition right after an article or an owner', () => {
  it('is an adjective, so the people it describes head the source', () => {
    expect(labelAndCues('Her close friends said she was staying quiet.')).toEqual([['reported', [['said', 'Her close friends']]]])
    expect(labelAndCues('Gore’s close aides said he was angry.')).toEqual([['reported', [['said', 'Gore’s close aides']]]])
    expect(labels('Mr. Ruiz’s close associates have long insisted that he did nothing wrong.')).toEqual(['reported'])
  })

  it('while one that opens a modifier still does, and a determiner of quantity keeps it a preposition', () => {
    expect(labelAndCues('Sources close to the talks said a deal was near.')).toEqual([['reported', [['said', 'Sources close to the talks']]]])
    expect(labelAndCues('Many in the town say it has never recovered.')).toEqual([['reported', [['say', 'Many in the town']]]])
    // (read with "to" a preposition after "no": saying no to something refuses it, an act)
    expect(labels('He said no to the war.')).toEqual(['unattributed'])
  })
})

describe('a body that recalls something', () => {
  it('recalls its products, an act and no cue', () => {
    expect(labels('Toyota is recalling 1.2 million vehicles sold in the United States.')).toEqual(['unattributed'])
    expect(labels('The company recalled 5,000 heaters made in China.')).toEqual(['unattributed'])
    expect(labelAndCues('A major infant formula maker is recalling more than 675,000 cans of formula sold nationwide, the FDA announced Friday.')).toEqual([['direct', [['announced', 'the FDA']]]])
  })

  it('while people who recall something say it', () => {
    expect(labelAndCues('She recalled the soldiers arrived at dawn.')).toEqual([['direct', [['recalled', 'She']]]])
    expect(labelAndCues('Mr. Oyelaran recalled that the plant had flooded twice.')).toEqual([['direct', [['recalled that', 'Mr. Oyelaran']]]])
    expect(labelAndCues('“It was chaos,” recalled Dr. Harold Biggs.')).toEqual([['direct', [['recalled', 'Dr. Harold Biggs']]]])
  })
})

describe('"outside" or "inside" right before the people who speak', () => {
  it('is their adjective, kept in the source and no bar to a trailing tag', () => {
    expect(labelAndCues('Outside experts cautioned against overinterpreting the findings.')).toEqual([['reported', [['cautioned', 'Outside experts']]]])
    expect(labelAndCues('The gains were modest, outside analysts said.')).toEqual([['reported', [['said', 'outside analysts']]]])
    expect(labelAndCues('Inside sources said the deal was off.')).toEqual([['reported', [['said', 'Inside sources']]]])
  })

  it('while a place after it is the preposition’s object', () => {
    expect(labelAndCues('Protesters gathered outside, police said.')).toEqual([['direct', [['said', 'police']]]])
    expect(sourceNames('Outside Kyiv officials said the shelling went on.')).toEqual(['Kyiv officials'])
  })
})

describe('a figure put on an object gone ahead inside a prepositional phrase', () => {
  it('is the estimate of the subject after it', () => {
    expect(labelAndCues('Management hired temporary nurses at a cost the union estimated at $5 million a day.')).toEqual([['direct', [['estimated', 'the union']]]])
    expect(labelAndCues('The fans packed into a stadium the club estimated at 60,000.')).toEqual([['direct', [['estimated', 'the club']]]])
  })

  it('while an estimate with no object ahead is no tag', () => {
    expect(labels('The club estimated at first that the stadium held 60,000.')).toEqual(['direct'])
    expect(labels('Repairs will cost a sum nobody can estimate.')).toEqual(['unattributed'])
  })
})

describe('a claim of innocence', () => {
  it('is said in effect, even after a verb whose other objects are kept', () => {
    expect(labelAndCues('The defendant maintained his innocence throughout the trial.')).toEqual([['direct', [['maintained', 'The defendant']]]])
    expect(labelAndCues('Her attorney maintains her innocence.')).toEqual([['direct', [['maintains', 'Her attorney']]]])
    expect(labelAndCues('Ms. Adeyemi has long proclaimed her innocence.')).toEqual([['direct', [['proclaimed', 'Ms. Adeyemi']]]])
  })

  it('while what is kept, or an innocence campaign, is no claim', () => {
    expect(labels('The company maintained high prices. Gore has maintained his silence. She maintained her innocence campaign for years.')).toEqual(['unattributed', 'unattributed', 'unattributed'])
  })
})

describe('a warning of something in quotation marks', () => {
  it('is the warning’s content', () => {
    expect(labelAndCues('The Met Office warned of “danger to life” from flooding.')).toEqual([['direct', [['warned', 'The Met Office']]]])
    expect(labelAndCues('Forecasters warned of "catastrophic" flooding.')).toEqual([['reported', [['warned', 'Forecasters']]]])
  })

  it('while a sign’s warning is still none', () => {
    expect(labels('The sign warned of “falling rocks.”')).toEqual(['unattributed'])
  })
})

describe('verbs of radio, cable and notice', () => {
  it('hand over what was sent', () => {
    expect(labelAndCues('The pilot radioed that he had lost an engine.')).toEqual([['direct', [['radioed that', 'The pilot']]]])
    expect(labelAndCues('“Mayday, mayday,” the captain radioed.')).toEqual([['direct', [['radioed', 'the captain']]]])
    expect(labelAndCues('The ambassador cabled that the regime was near collapse.')).toEqual([['direct', [['cabled that', 'The ambassador']]]])
    expect(labelAndCues('The ministry notified the embassy that the visit was off.')).toEqual([['direct', [['notified', 'The ministry']]]])
  })

  it('while a call for help, a notice with no content or a cable that carries reports is none', () => {
    expect(labels('The crew radioed for help. Police notified the family. The station cabled its reports home.')).toEqual(['unattributed', 'unattributed', 'unattributed'])
  })
})

describe('"the army", "the navy"', () => {
  it('refer back only to a body written as one, never to the nearest other body', () => {
    expect(resolvedOrWritten('The IAEA said Iran had expanded enrichment. Rebels claimed to have shot down a helicopter, a claim the army denied.')).toEqual(['IAEA', 'Rebels', 'army'])
    expect(resolvedOrWritten('The Nigerian Army said it had freed 30 hostages. The army said the operation continued.')).toEqual(['Nigerian Army', 'Nigerian Army'])
  })

  it('and "the army" or "the military" after the IDF is the IDF', () => {
    expect(resolvedOrWritten('The IDF said it struck a target. The military said the strike was precise. The army said two soldiers were hurt.')).toEqual(['IDF', 'IDF', 'IDF'])
  })
})

describe('"As X documented," before a clause', () => {
  it('opens a finding of X, as "As X found," does', () => {
    expect(labelAndCues('As Phillip documented, more than a dozen governors joined the effort.')).toEqual([['direct', [['documented', 'Phillip']]]])
    expect(labelAndCues('As researchers documented, bee colonies shrank by 40 percent.')).toEqual([['reported', [['documented', 'researchers']]]])
  })

  it('while "as" of time, or what a person showed by doing it, opens none', () => {
    expect(labels('Trump was crowned the nominee as he once again found himself embroiled in controversy.')).toEqual(['unattributed'])
    expect(labels('As she showed last season, she can win.')).toEqual(['unattributed'])
  })
})

describe('a reported clause whose -s verb has no bare object', () => {
  it('is found when an owner’s object or a preposition follows the verb', () => {
    expect(labelAndCues('Critics contend the company exaggerates its numbers.')).toEqual([['reported', [['contend', 'Critics']]]])
    expect(labelAndCues('The plaintiffs contend the policy discriminates against older workers.')).toEqual([['reported', [['contend', 'The plaintiffs']]]])
    expect(labelAndCues('Ms. Karimi hopes the world reflects on his call for unity.')).toEqual([['direct', [['hopes', 'Ms. Karimi']]]])
  })

  it('while a noun run on a preposition after its determiner is an object', () => {
    expect(labels('He mentioned his personal connections to the faith. The group opposes the new policy changes on housing.')).toEqual(['unattributed', 'unattributed'])
  })
})

describe('an institution’s noun', () => {
  it('refers back to none of another kind', () => {
    expect(resolvedOrWritten('The film grossed $120 million, according to Comscore. The museum said the painting had been authenticated.')).toEqual(['Comscore', 'museum'])
    expect(resolvedOrWritten('Moody’s cut the rating. The striker will be out for six weeks, the club said.')).toEqual(['club'])
    expect(resolvedOrWritten('Pfizer said the trial had ended. The hospital said the patient was stable.')).toEqual(['Pfizer', 'hospital'])
  })

  it('while one written with the noun, or a listed museum, is it', () => {
    expect(resolvedOrWritten('Mount Sinai Hospital said the patient was stable. The hospital said visits were suspended.')).toEqual(['Mount Sinai Hospital', 'Mount Sinai Hospital'])
    expect(resolvedOrWritten('The Louvre said the painting was stolen. The museum said it had called police.')).toEqual(['Louvre', 'Louvre'])
  })
})

describe('a claim in a word or two as the object', () => {
  it('is what is suspected: "Police suspect arson"', () => {
    expect(labelAndCues('Police suspect arson in the fire.')).toEqual([['direct', [['suspect', 'Police']]]])
    expect(labelAndCues('Investigators suspect sabotage.')).toEqual([['reported', [['suspect', 'Investigators']]]])
    expect(labelAndCues('Officials suspected foul play in the death.')).toEqual([['reported', [['suspected', 'Officials']]]])
    expect(labelAndCues('Fire officials suspect an electrical fault.')).toEqual([['reported', [['suspect', 'Fire officials']]]])
  })

  it('while a suspect, or a conviction for one, is no cue', () => {
    expect(labels('The police suspect was arrested. He was convicted of arson. Police are investigating the arson.')).toEqual(['unattributed', 'unattributed', 'unattributed'])
    expect(labels('Terror Suspect Named By Police')).toEqual(['unattributed'])
  })
})

describe('a definite office joined to another speaker', () => {
  it('speaks with it, neither dropped', () => {
    expect(sourceNames('Russia’s foreign ministry and the Kremlin both denied the report.')).toEqual(['Russia’s foreign ministry and the Kremlin'])
    expect(sourceNames('The health ministry and the army said the camp had been cleared.')).toEqual(['health ministry and the army'])
    expect(labelAndCues('The mayor and the council said the plan would go ahead.')).toEqual([['direct', [['said', 'The mayor and the council']]]])
  })

  it('and the pair is no body named before by one of its nouns', () => {
    expect(resolvedOrWritten('The State Department said the strike was lawful. The mayor and the council said the plan would go ahead.')).toEqual(['State Department', 'mayor and the council'])
  })

  it('while an office inside a document’s phrase, or an object, joins none', () => {
    expect(labelAndCues('The deal between the company and the union says workers get a raise.')).toEqual([['direct', [['says', 'The deal between the company and the union']]]])
    expect(labels('He met the minister and the council said nothing.')).toEqual(['unattributed'])
  })
})

describe('a headline credited after a dash to a document by its noun', () => {
  it('is reported on that unnamed document, as "Memo: …" is', () => {
    expect(labelAndCues('Meta plans to cut 5% of workforce — memo')).toEqual([['reported', [['—', 'memo']]]])
    expect(labelAndCues('Boeing weighs job cuts - internal memo')).toEqual([['reported', [['-', 'internal memo']]]])
    expect(labelAndCues('Starmer set for landslide win - exit poll')).toEqual([['reported', [['-', 'exit poll']]]])
  })

  it('while a genre’s label, or a sentence ending in a document, credits none', () => {
    expect(labels('A dazzling new Hamlet – review')).toEqual(['unattributed'])
    expect(labels('The plan was simple — a memo.')).toEqual(['unattributed'])
  })
})

describe('a speaker’s -s verb that is also a plural noun, before a bare clause', () => {
  it('is the verb', () => {
    expect(labelAndCues('Fed’s Powell signals rate cuts are coming.')).toEqual([['direct', [['signals', 'Fed’s Powell']]]])
    expect(labelAndCues('The company signals demand is recovering.')).toEqual([['direct', [['signals', 'The company']]]])
    expect(labelAndCues('The union claims members are underpaid.')).toEqual([['direct', [['claims', 'The union']]]])
  })

  it('while a capital that opens the sentence, no speaker, leaves the plural a noun', () => {
    expect(labels('Federal rules subject inverted companies to more taxes.')).toEqual(['unattributed'])
  })
})

describe('measurements and observations', () => {
  it('are a record that shows, as data are', () => {
    expect(labelAndCues('Water levels fell by nearly a meter between 2010 and 2020, their measurements show.')).toEqual([['direct', [['show', 'their measurements']]]])
    expect(labelAndCues('Observations from the telescope suggest the planet has an atmosphere.')).toEqual([['reported', [['suggest', 'Observations from the telescope']]]])
  })

  it('while an instrument’s, or a remark, is no source', () => {
    expect(labels('Satellite measurements show the ice is thinning. He made some observations about the weather.')).toEqual(['unattributed', 'unattributed'])
  })
})

describe('one unknown name set off after a person’s role or kin', () => {
  it('is a person a later "he" or "she" may stand for', () => {
    expect(resolvedOrWritten('Alemu Tesfaye builds boats. “The lake gives,” he said. Alemu’s son, Dawit, works in the capital. He has no plans to return. “There is no future,” he said by phone.')).toEqual(['Alemu Tesfaye', 'Dawit'])
    expect(resolvedOrWritten('Ruth Ober runs the shop. “We are fine,” she said. Her daughter, Amara, studies in Leeds. She has no plans to return. “I miss the sea,” she said.')).toEqual(['Ruth Ober', 'Amara'])
  })

  it('while a place set off after a noun is no one', () => {
    expect(resolvedOrWritten('Ruth Ober runs a shop in the capital, Accra, and a stall. “We are fine,” she said.')).toEqual(['Ruth Ober'])
  })
})

describe('a role’s word before the noun that is its sentence’s subject', () => {
  it('describes the noun and is no person a later pronoun stands for', () => {
    expect(resolvedOrWritten('The official line is that the plant is safe. His claim is that he was never there.')).toEqual(['His'])
    expect(resolvedOrWritten('The official count was released on Monday. “We are reviewing it,” she said.')).toEqual(['she'])
  })

  it('while the role as the subject still is one', () => {
    expect(resolvedOrWritten('Asked whether she would run, the senator laughed. “We will see,” she said.')).toEqual(['senator'])
  })
})

describe('"per" opening a Latin phrase', () => {
  it('names no source', () => {
    expect(labels('Per capita income rose 3 percent. Per se, the plan is legal.')).toEqual(['unattributed', 'unattributed'])
  })

  it('while "per" before a source still credits it', () => {
    expect(labelAndCues('Sales rose 4 percent, per company filings. Per the agreement, the union will drop its lawsuit.')).toEqual([
      ['direct', [['per', 'company filings']]],
      ['direct', [['Per', 'the agreement']]],
    ])
  })
})

describe('"shared that" and a channel gone to in order to say something', () => {
  it('hand over what was said', () => {
    expect(labelAndCues('On Instagram, the actress shared that she was pregnant.')).toEqual([['direct', [['shared that', 'the actress']]]])
    expect(labelAndCues('The company has shared that it will cut jobs.')).toEqual([['direct', [['shared that', 'The company']]]])
    expect(labelAndCues('The rapper took to social media to deny the rumors.')).toEqual([['direct', [['deny', 'The rapper']]]])
  })

  it('while "that" of a time after "shared" opens no clause', () => {
    expect(labels('She shared that night with friends. The concerns she shared that week were real.')).toEqual(['unattributed', 'unattributed'])
  })
})

describe('a forecast of a figure', () => {
  it('counts with a word before the measured noun, and "sees" one at a figure', () => {
    expect(labelAndCues('The IMF projected global growth of 3.2 percent.')).toEqual([['direct', [['projected', 'The IMF']]]])
    expect(labelAndCues('The company projected annual revenue of $90 billion.')).toEqual([['direct', [['projected', 'The company']]]])
    expect(labelAndCues('The bank now sees inflation at 3 percent by December.')).toEqual([['direct', [['sees inflation', 'The bank']]]])
  })

  it('while a person seen at a time, or a cost kept, is none', () => {
    expect(labels('She sees her doctor at 5 p.m. The agency maintained high costs of $5 million.')).toEqual(['unattributed', 'unattributed'])
  })
})

describe('a noun of saying with its owner after "from"', () => {
  it('hands its that-clause to the owner, as "by" does', () => {
    expect(labelAndCues('The warning from the central bank that rates may rise rattled markets.')).toEqual([['direct', [['warning from', 'the central bank']]]])
    expect(labelAndCues('The move came despite repeated warnings from his attorney that the hearing was fruitless.')).toEqual([['direct', [['warnings from', 'his attorney']]]])
  })

  it('while a document from a time, or a letter with a relative clause, hands none', () => {
    expect(labels('A letter from the agency that arrived Monday was brief.')).toEqual(['unattributed'])
    expect(sourceNames('Vietor recalled a false report from the 2008 campaign that Obama had attended a madrassa.')).not.toContain('2008 campaign')
  })
})

describe('"the central bank"', () => {
  it('is a government source, as a named one is', () => {
    expect(types('The central bank said rates would stay on hold.')).toEqual([['central bank', 'government']])
    expect(types('Japan’s central bank said it would buy more bonds.')).toEqual([['Japan’s central bank', 'government']])
  })
})

describe('"So says X." opening a sentence', () => {
  it('is an inverted tag whose "so" stands for what was said before', () => {
    expect(labelAndCues('So says the company’s own auditor.')).toEqual([['direct', [['says', 'the company’s own auditor']]]])
    expect(labelAndCues('So said the minister in 2019.')).toEqual([['direct', [['said', 'the minister']]]])
  })

  it('while a sign says nothing', () => {
    expect(labels('So says the sign on the door.')).toEqual(['unattributed'])
  })
})

describe('a newsletter’s label before a headline’s colon', () => {
  it('is the piece’s kind, no source', () => {
    expect(labels('Morning Briefing: Rates, rockets and a royal visit')).toEqual(['unattributed'])
    expect(labels('Weekend Newsletter: What to watch as markets reopen')).toEqual(['unattributed'])
  })

  it('while a report before the colon is still one', () => {
    expect(labelAndCues('Report: Apple in talks with OpenAI over iPhone AI')).toEqual([['reported', [[':', 'Report']]]])
  })
})

describe('a press release’s note on the company that says what it does', () => {
  const roles = (text: string) => check(text).sentences.map((s) => s.role)
  it('is boilerplate, as one that says what it is', () => {
    expect(roles('Acme Robotics said it raised $50 million.\n\nAbout Acme Robotics\n\nAcme Robotics builds autonomous mobile robots for logistics. Founded in 2018, the company is headquartered in San Jose.')).toEqual(['body', 'boilerplate', 'boilerplate', 'boilerplate'])
    expect(roles('Northwind said sales rose.\n\nAbout Northwind Energy\n\nNorthwind Energy develops offshore wind farms in the North Sea.')).toEqual(['body', 'boilerplate', 'boilerplate'])
  })

  it('while a column named "About …" and its own sentence stay the news', () => {
    expect(roles('About Town\n\nAbout Town covers local events every week.')).toEqual(['boilerplate', 'body'])
    expect(roles('About Acme Robotics\n\nRegulators fined Acme Robotics $2 million.')).toEqual(['boilerplate', 'body'])
  })
})

describe('a zero-width space, word joiner or byte-order mark', () => {
  it('parts words as a space does, so the cue beside it is read', () => {
    expect(labelAndCues('The minister said\u200b the talks had failed.')).toEqual([['direct', [['said', 'The minister']]]])
    expect(labelAndCues('Officials\u2060 said the plant was safe.')).toEqual([['reported', [['said', 'Officials']]]])
  })

  it('and a text of them alone is checked as no claim', () => {
    expect(check('\u200b').sentences.map((s) => [s.label, s.claim])).toEqual([['unattributed', false]])
  })
})

describe('a no-break space inside a source', () => {
  it('reads as a space, so the article is dropped and the mentions merge', () => {
    expect(namesAndCounts('The\u00a0minister\u00a0said the talks had failed. The minister said so again.')).toEqual([['minister', 2]])
  })
})

describe('a forecast after its speaker and an adverb', () => {
  it('is the speaker’s, as without the adverb', () => {
    expect(labelAndCues('The bank’s economists now forecast growth of 1.2 percent next year.')).toEqual([['reported', [['forecast', 'The bank’s economists']]]])
    expect(labelAndCues('Economists also forecast growth of 1.2 percent.')).toEqual([['reported', [['forecast', 'Economists']]]])
  })

  it('while a weather forecast is a noun', () => {
    expect(labels('The weather forecast now calls for rain.')).toEqual(['unattributed'])
  })
})

describe('experience, common sense and conventional wisdom', () => {
  it('are no source: what they show or say is the author’s claim, as with history', () => {
    expect(labels('Experience shows that patience pays. Common sense says patience pays. Conventional wisdom says incumbents have the edge.')).toEqual(['unattributed', 'unattributed', 'unattributed'])
  })

  it('while research still shows as a vague document', () => {
    expect(labelAndCues('Research shows that patience pays.')).toEqual([['reported', [['shows that', 'Research']]]])
  })
})

describe('"the physician" or "the surgeon" after a doctor named with "Dr."', () => {
  it('is that doctor, as "the doctor" is', () => {
    expect(resolvedOrWritten('The hospital’s chief medical officer, Dr. Raj Patel, said beds were full. The physician said he had never seen anything like it.')).toEqual(['Raj Patel', 'Raj Patel'])
    expect(resolvedOrWritten('Dr. Lena Ortiz said the operation went well. The surgeon said the patient was stable.')).toEqual(['Lena Ortiz', 'Lena Ortiz'])
  })

  it('while one with no doctor named before stays as written', () => {
    expect(resolvedOrWritten('Ms. Lena Ortiz said the clinic was full. The surgeon said the patient was stable.')).toEqual(['Lena Ortiz', 'surgeon'])
  })
})

describe('"Or so says X."', () => {
  it('is an inverted tag too', () => {
    expect(labelAndCues('Or so says the ministry.')).toEqual([['direct', [['says', 'the ministry']]]])
  })
})

describe('a channel in a clause of its own', () => {
  it('relays only its own clause when ", and", ", but" or a semicolon joins it after the speaker\'s', () => {
    const via = (text: string) => check(text).sentences.map((s) => s.attributions.map((a) => [a.source.text, a.via ?? null]))
    const text = [
      'A 74-year-old man died when a tree fell on his car, police said, and a woman was killed in a crash, according to the state patrol.',
      'Two soldiers were wounded, the army said; three civilians died, according to the regional governor.',
      'Prices rose 3 percent, the ministry said, but exports fell, according to Reuters.',
      'The talks were useful, Kim said, according to KCNA.',
      'Kim said the talks were useful and the US would respond, according to KCNA.',
      'The mayor warned of cuts in March, and the union fired back, according to the Ledger.',
    ].join(' ')
    expect(via(text)).toEqual([
      [['police', null], ['the state patrol', null]],
      [['the army', null], ['the regional governor', null]],
      [['the ministry', null], ['Reuters', null]],
      [['Kim', 'KCNA'], ['KCNA', null]],
      [['Kim', 'KCNA'], ['KCNA', null]],
      [['The mayor', null], ['the union', 'Ledger'], ['the Ledger', null]],
    ])
  })
})

describe('a patrol', () => {
  it('is a state police force, a named government source, by any of its names', () => {
    const text = [
      'A woman was killed in a crash on an icy highway, according to the state patrol.',
      'The Border Patrol said it detained 40 people near the crossing.',
      'The highway patrol said the road would reopen on Friday.',
    ].join(' ')
    expect(types(text)).toEqual([
      ['state patrol', 'government'],
      ['Border Patrol', 'government'],
      ['highway patrol', 'government'],
    ])
    expect(labels(text)).toEqual(['direct', 'direct', 'direct'])
    // (officers on patrol are people, not the force)
    expect(labelAndCues('Officers on patrol said the area was quiet.')).toEqual([['reported', [['said', 'Officers on patrol']]]])
  })
})

describe("a company's noun after another kind of body in its sentence", () => {
  it('is the company named before, not the board or commission the sentence names first', () => {
    const text = [
      'In a filing, the company, Vaultline, said it had run out of cash.',
      'An order from the Texas State Securities Board accused Vaultline of selling unregistered securities, and the company disputed the finding.',
      'Separately, a ruling by the Ohio Civil Rights Commission faulted the lender; the firm said it would appeal.',
    ].join(' ')
    expect(resolvedOrWritten(text)).toEqual(['Vaultline', 'order from the Texas State Securities Board', 'Vaultline', 'Vaultline'])
    // (a company that its own sentence names before the noun is still that company)
    expect(resolvedOrWritten('Halvern Labs said sales fell. Bartell Drugs closed 12 stores, the company said.')).toEqual(['Halvern Labs', 'Bartell Drugs'])
  })
})

describe('a plural object before an -s noun', () => {
  it('is no subject of a reported clause: "promised customers yields of up to 18 percent" is an offer, not a promise of content', () => {
    const text = [
      'The company promised customers yields of up to 18 percent.',
      'The lender promised depositors returns of 9 percent.',
      'The union promised members raises of 4 percent.',
    ].join(' ')
    expect(labels(text)).toEqual(['unattributed', 'unattributed', 'unattributed'])
    // (a singular role agrees with its -s verb: that is a clause)
    expect(labelAndCues('Aides say the former governor plans to run. She said the customer wants a refund.')).toEqual([
      ['reported', [['say', 'Aides']]],
      ['direct', [['said', 'She']]],
    ])
  })
})

describe('a toll of lives', () => {
  it('is no claim: "The storm claimed 12 lives" reports deaths, not words', () => {
    const text = [
      'The storm claimed 12 lives.',
      'The avalanche claimed the lives of three climbers.',
      'The earthquake claimed more than 300 lives, officials said.',
    ].join(' ')
    expect(labelAndCues(text)).toEqual([
      ['unattributed', []],
      ['unattributed', []],
      ['reported', [['said', 'officials']]],
    ])
    // (a claim about lives is still a claim)
    expect(labelAndCues('She claimed the lives of the poor were improving. The rebels claimed responsibility for the attack.')).toEqual([
      ['direct', [['claimed', 'She']]],
      ['reported', [['claimed', 'The rebels']]],
    ])
  })
})

describe('a relative clause whose subject went ahead of a verb of thinking', () => {
  it('hands the clause to the thinker: "which investigators believe started in a kitchen"', () => {
    const text = [
      'The blaze, which investigators believe started in a kitchen, destroyed three homes.',
      'The virus, which scientists think originated in bats, spread quickly.',
      'It was a fire that officials believe began in the attic.',
      'The mayor, who residents believe lied about the budget, resigned.',
    ].join(' ')
    expect(labelAndCues(text)).toEqual([
      ['reported', [['believe', 'investigators']]],
      ['reported', [['think', 'scientists']]],
      ['reported', [['believe', 'officials']]],
      ['reported', [['believe', 'residents']]],
    ])
    // (how someone felt is no clause, nor is a verb of the relative's own subject)
    expect(labels('Voters who felt betrayed by the party stayed home. The workers, who had felt ignored for years, walked out. The reason she felt demoralized serving under him was money. He felt threatened walking home.')).toEqual(['unattributed', 'unattributed', 'unattributed', 'unattributed'])
    // (a gerund after a past that opens the clause's subject is still a clause)
    expect(labelAndCues('She believed wasted spending hurt the city.')).toEqual([['direct', [['believed', 'She']]]])
  })
})

describe('"quoting" after an outlet\'s tag at the end of the sentence', () => {
  it('relays the one quoted through the outlet, as "citing" does', () => {
    const text = [
      'The vessel was carrying diesel, the Tasnim news agency reported, quoting a Guard commander.',
      'The talks had stalled, Yonhap said, quoting Foreign Minister Cho Hyun.',
    ].join(' ')
    const sources = (text: string) => check(text).sentences.map((s) => s.attributions.map((a) => [a.source.text, a.via ?? null]))
    expect(sources(text)).toEqual([
      [['the Tasnim news agency', null], ['a Guard commander', 'Tasnim']],
      [['Yonhap', null], ['Foreign Minister Cho Hyun', 'Yonhap']],
    ])
    expect(sources('The tanker was released, the newspaper reported on Friday, quoting two sources.')).toEqual([[['the newspaper', null], ['two sources', 'newspaper']]])
    // (someone who is no outlet only borrows the words)
    expect(labels('The senator closed his speech, quoting Lincoln. The crowd chanted, quoting the president.')).toEqual(['unattributed', 'unattributed'])
  })
})

describe('a speaker with an adjective after the article', () => {
  it('is the named person, before "told" and its addressee as before "said"', () => {
    const text = [
      '“We are not going anywhere,” a defiant Ramirez told supporters Saturday night.',
      '“It is over,” a tearful Okafor told reporters.',
      'A visibly shaken Lindqvist told employees the plant would close.',
    ].join(' ')
    expect(labelAndCues(text)).toEqual([
      ['direct', [['told', 'a defiant Ramirez']]],
      ['direct', [['told', 'a tearful Okafor']]],
      ['direct', [['told', 'A visibly shaken Lindqvist']]],
    ])
    // (an -s verb after the cue still has its subject gone ahead as the noun)
    expect(labelAndCues('It is a phrase Kyiv says means surrender. It was a deal the Kremlin says violates the treaty.')).toEqual([
      ['direct', [['says', 'Kyiv']]],
      ['direct', [['says', 'the Kremlin']]],
    ])
  })
})

describe('a preprint', () => {
  it('is a document, and a past form after a document before the verb describes it', () => {
    const text = [
      'A preprint posted Tuesday suggests the variant spreads faster.',
      'A study posted online finds the drug cut deaths by a third.',
      'The memo posted Friday says the plant is safe.',
    ].join(' ')
    expect(check(text).sentences.map((s) => s.attributions.map((a) => [a.cue.text, a.source.text, a.source.type]))).toEqual([
      [['suggests', 'A preprint', 'document']],
      [['finds', 'A study', 'document']],
      [['says', 'The memo', 'document']],
    ])
    // (one posting its own words still posts them)
    expect(labelAndCues('The agency posted on Tuesday that the plant was safe.')).toEqual([['direct', [['posted', 'The agency']]]])
  })
})

describe("a newsletter's footer", () => {
  it('is boilerplate: why it came, how to leave, where to read it', () => {
    const text = [
      'The council approved the budget on Monday, the mayor said.',
      'You are receiving this email because you signed up at example.com. To unsubscribe, click here.',
      'Unsubscribe | Manage preferences',
      'View in browser',
      "You're receiving this newsletter as a member of the Riverside Tenants Union.",
    ].join('\n\n')
    expect(check(text).sentences.map((s) => [s.role, s.claim])).toEqual([
      ['body', true],
      ['boilerplate', false],
      ['boilerplate', false],
      ['boilerplate', false],
      ['boilerplate', false],
      ['boilerplate', false],
    ])
    // (a story about subscribers is the story)
    expect(check('Readers who unsubscribe lose access to the archive, the publisher said.').sentences.map((s) => s.role)).toEqual(['body'])
  })
})

describe("a panel or committee of a government", () => {
  it("is that government's, named before it or after its \"of\"", () => {
    const text = [
      'A three-judge panel of the 9th Circuit found that the law violated the First Amendment.',
      'A panel of the Ohio Supreme Court ruled that the map was fair.',
      'A Senate panel said the agency had failed to act.',
      'The Riverside Unified School District board said classes would resume.',
    ].join(' ')
    expect(types(text)).toEqual([
      ['three-judge panel of the 9th Circuit', 'government'],
      ['panel of the Ohio Supreme Court', 'government'],
      ['Senate panel', 'government'],
      ['Riverside Unified School District board', 'government'],
    ])
    // (one of a private body is not)
    expect(types('A panel of the American Medical Association said the drug was safe. The Brookings Institution board said it would meet.')).toEqual([
      ['panel of the American Medical Association', 'organization'],
      ['Brookings Institution board', 'organization'],
    ])
  })
})

describe('a name set off after a body\'s noun', () => {
  it('is that body, for its first word and its noun later', () => {
    const text = [
      'The chain, Magnolia Senior Living, pressured therapists to log sessions.',
      'Magnolia said the claims were false.',
      'The company said the former employees had “an axe to grind.”',
    ].join(' ')
    expect(resolvedOrWritten(text)).toEqual(['Magnolia Senior Living', 'Magnolia Senior Living'])
    expect(types(text)).toEqual([['Magnolia Senior Living', 'organization']])
    const agency = 'The agency, Ostrava Transit Authority, raised fares on Monday. The authority said costs rose.'
    expect(types(agency)).toEqual([['Ostrava Transit Authority', 'government']])
    // (a person set off after a role is that person: "The company's founder, John Smith, …")
    expect(resolvedOrWritten("The company's founder, Ana Souza, left in May. She said she was proud of the team.")).toEqual(['Ana Souza'])
  })
})

describe('allegations made', () => {
  it('are the subject\'s accusation, with no clause after them', () => {
    const text = [
      'A whistle-blower lawsuit unsealed last month makes similar allegations.',
      'She made accusations of fraud against the board.',
      'The senator has made allegations of bias.',
    ].join(' ')
    expect(check(text).sentences.map((s) => s.attributions.map((a) => [a.cue.text, a.rule]))).toEqual([
      [['makes similar allegations', 'info-object']],
      [['made accusations', 'info-object']],
      [['made allegations', 'info-object']],
    ])
    // (claims filed and decisions made are acts; allegations that make news say nothing)
    expect(labels('Homeowners made 3,000 insurance claims. The company made a decision. The allegations made headlines.')).toEqual(['unattributed', 'unattributed', 'unattributed'])
  })
})

describe("a fact check's quoted claim", () => {
  it('is the credited speaker\'s when a credit follows it on its line, and on no one\'s word without one', () => {
    const text = [
      'Claim: "Governor Lisa Monroe cut a billion dollars from our schools." — Rep. Dan Ellery, in a campaign ad',
      'Claim: "Crime has doubled since 2020." — Mayor Ana Ruiz',
      'Myth: "Vaccines cause autism."',
    ].join('\n\n')
    expect(check(text).sentences.map((s) => [s.label, s.role, s.attributions.map((a) => a.source.text ?? null)])).toEqual([
      ['direct', 'body', ['Rep. Dan Ellery']],
      ['direct', 'caption', ['Rep. Dan Ellery']],
      ['direct', 'body', ['Mayor Ana Ruiz']],
      ['direct', 'caption', ['Mayor Ana Ruiz']],
      ['reported', 'body', [null]],
    ])
    // (a speaker's own label before the colon is still the speaker)
    expect(labelAndCues('Kim: "We will respond."')).toEqual([['direct', [[':', 'Kim']]]])
  })
  it("names only its own line's speaker when the credit follows a quotation on the line", () => {
    const text = '“Prices keep rising. Nobody listens.” ― Ana Ruiz\n“We need help.” ― Tomas Lind'
    expect(check(text).sentences.map((s) => s.attributions.map((a) => a.source.text))).toEqual([['Ana Ruiz'], ['Ana Ruiz'], ['Ana Ruiz'], ['Tomas Lind'], ['Tomas Lind']])
  })
})

describe('an acronym spelt like a word', () => {
  it('is a name in a line of ordinary words: "WHO officials", "A WHO spokesman", "IT workers"', () => {
    const text = [
      'WHO officials have said the virus can spread through the air.',
      'A WHO spokesman said the outbreak was waning.',
      'IT workers said the system crashed twice.',
      'WHO Director-General Tedros Adhanom Ghebreyesus said the pandemic was not over.',
    ].join(' ')
    expect(labelAndCues(text)).toEqual([
      ['reported', [['said', 'WHO officials']]],
      ['direct', [['said', 'A WHO spokesman']]],
      ['reported', [['said', 'IT workers']]],
      ['direct', [['said', 'WHO Director-General Tedros Adhanom Ghebreyesus']]],
    ])
    // (the word itself, and a line in capitals, are the word)
    expect(labelAndCues('The man who said it was over left. Who said that?')).toEqual([
      ['direct', [['said', 'The man']]],
      ['unattributed', []],
    ])
    expect(check('WHO IS TO BLAME FOR THE CRASH?').sentences.map((s) => s.role)).toEqual(['question'])
  })
})

describe('a ranked expert', () => {
  it('is one definite person: "the nation\'s top infectious disease expert", not the experts', () => {
    const text = [
      "The nation's top infectious disease expert has warned that cases could double.",
      "The country's top climate expert said the target was out of reach.",
    ].join(' ')
    expect(check(text).sentences.map((s) => s.attributions.map((a) => [a.source.text, a.source.kind, a.source.type]))).toEqual([
      [["The nation's top infectious disease expert", 'named', 'person']],
      [["The country's top climate expert", 'named', 'person']],
    ])
    // (two of them are two people)
    expect(sourceNames(text)).toEqual(["nation's top infectious disease expert", "country's top climate expert"])
    expect(labels('The experts said so. A top expert said so. Top experts said so.')).toEqual(['reported', 'reported', 'reported'])
    // (nor is one unnamed on purpose, whatever the rank)
    expect(labels('The top source said so. The top insider said so.')).toEqual(['reported', 'reported'])
  })
})

describe('a shrug, a smile or a grin after a quotation', () => {
  it('tags it, in either order; alone they say nothing', () => {
    const text = [
      '“Progress,” Novak shrugs.',
      '“We made it,” she smiled.',
      '“Not bad for an old man,” grinned the ferryman.',
      'She shrugged off the criticism.',
      'The crowd smiled and waved.',
      'He grinned at the cameras.',
    ].join('\n\n')
    expect(labelAndCues(text)).toEqual([
      ['direct', [['shrugs', 'Novak']]],
      ['direct', [['smiled', 'she']]],
      ['direct', [['grinned', 'the ferryman']]],
      ['unattributed', []],
      ['unattributed', []],
      ['unattributed', []],
    ])
  })
})

describe('a headline whose reported clause has a bare noun or a brand', () => {
  it('is the source\'s: "Police Say Suspect Fled on Foot", "Apple Says iPhone Sales Rose 6%"', () => {
    const heads = ['Police Say Suspect Fled on Foot', 'Apple Says iPhone Sales Rose 6%', 'Police say suspect acted alone', 'Officials Say Gunman Fled Before Dawn']
    expect(heads.map((h) => check(`${h}\n\nThe story follows here.`).sentences[0].attributions.map((a) => [a.cue.text, a.source.text]))).toEqual([
      [['Say', 'Police']],
      [['Says', 'Apple']],
      [['say', 'Police']],
      [['Say', 'Officials']],
    ])
    // (in prose too: "said suspect acted alone"; a person named like a past keeps the name)
    expect(labelAndCues('Police said suspect fled on foot.')).toEqual([['direct', [['said', 'Police']]]])
    expect(check('Charlie Rose Says Interview Went Well\n\nThe story follows here.').sentences[0].attributions.map((a) => a.source.text)).toEqual(['Charlie Rose'])
  })
})

describe("a headline's part after a colon as long as the part before it", () => {
  it('is no source the line credits: "Chart of the Week: Home Prices Outpace Wages"', () => {
    const lines = ['Chart of the Week: Home Prices Outpace Wages', 'Talks collapse: minister', 'North Korea vows revenge: KCNA', 'Data Point: Rents Keep Rising']
    expect(lines.map((h) => check(`${h}\n\nThe story follows here.`).sentences[0].attributions.map((a) => a.source.text))).toEqual([[], ['minister'], ['KCNA'], []])
  })
})

describe('the first to say', () => {
  it('says it: the frame of an ordinal, with or without its article, is the subject\'s', () => {
    const text = [
      'Politico was first to report that the plan was scrapped.',
      'The Ledger was the first to report that the mayor would resign.',
      'He was the last to say the deal could be saved.',
    ].join(' ')
    expect(labelAndCues(text)).toEqual([
      ['direct', [['report that', 'Politico']]],
      ['direct', [['report that', 'The Ledger']]],
      ['direct', [['say', 'He']]],
    ])
    // (a right to say is none, nor is a farewell)
    expect(labels('Voters have the right to say the plan failed. She was the last to say goodbye.')).toEqual(['unattributed', 'unattributed'])
  })
})

describe('a regulator, a watchdog or an enforcer', () => {
  it('is a government source, the body of government only mentioned before it', () => {
    const text = 'The European Commission fined Apple on Monday. The regulator said Apple had blocked cheaper offers.'
    expect(resolvedOrWritten(text)).toEqual(['European Commission'])
    expect(types(text)).toEqual([['European Commission', 'government']])
    expect(resolvedOrWritten('The Federal Trade Commission sued Amazon on Tuesday. The watchdog said Amazon had broken the law.')).toEqual(['Federal Trade Commission'])
    expect(types('The EU competition enforcer said the fine was fair.')).toEqual([['EU competition enforcer', 'government']])
    // (a group named for the word is its own: "Consumer Watchdog"; a country is no regulator)
    expect(types('The group Consumer Watchdog said prices rose.')).toEqual([['Consumer Watchdog', 'organization']])
    expect(resolvedOrWritten('France fined the broadcaster on Monday. The regulator said the show broke the code.')).toEqual(['regulator'])
  })
})

describe('an inverted tag with an outside speaker, and the opposition', () => {
  it('reads "said outside experts" and "Or so claims the opposition"', () => {
    const text = [
      '“It will fail,” said outside experts.',
      'The repairs cost $5 million, said outside analysts.',
      'The plan will save $2 billion. Or so claims the opposition.',
      'The vote was rigged, the opposition said.',
    ].join(' ')
    expect(labelAndCues(text)).toEqual([
      ['reported', [['said', 'outside experts']]],
      ['reported', [['said', 'outside analysts']]],
      ['unattributed', []],
      ['direct', [['claims', 'the opposition']]],
      ['direct', [['said', 'the opposition']]],
    ])
    // (a place outside is no speaker; opposition voiced is an act)
    expect(labels('He said outside the court that he was innocent. The crowd gathered, said outside the hall. The senator voiced opposition to the plan.')).toEqual(['direct', 'unattributed', 'unattributed'])
  })
})

describe('a noun gone ahead of a relative clause inside a preposition\'s phrase', () => {
  it('leaves the clause its bare plural subject: "at a cost officials estimated at $5 million"', () => {
    const text = [
      'The city hired guards at a cost officials estimated at $5 million.',
      'The ministry sent aid to a town residents said was flooded.',
      'Crews worked through a storm forecasters predicted would stall.',
    ].join(' ')
    expect(labelAndCues(text)).toEqual([
      ['reported', [['estimated', 'officials']]],
      ['reported', [['said', 'residents']]],
      ['reported', [['predicted', 'forecasters']]],
    ])
  })
})

describe('people led by a named leader', () => {
  it('are named by the leader, as a team led by one is', () => {
    const text = [
      'Researchers led by Ana Souza found that the drug cut deaths.',
      'Scientists led by Dr. Tomas Lind of Yale reported that the vaccine worked.',
      'A team led by Dr. Ana Souza found that the drug cut deaths.',
    ].join(' ')
    expect(check(text).sentences.map((s) => s.attributions.map((a) => [a.source.text, a.source.kind]))).toEqual([
      [['Researchers led by Ana Souza', 'named']],
      [['Scientists led by Dr. Tomas Lind of Yale', 'named']],
      [['A team led by Dr. Ana Souza', 'named']],
    ])
    // (led by no one named, or only placed, they stay unnamed)
    expect(labels('Protesters led by students said the law was unjust. Researchers at Yale found that the drug worked.')).toEqual(['reported', 'reported'])
  })
})

describe('hammering someone', () => {
  it('is a cue with a quotation, in a headline too, and an act without one', () => {
    const text = [
      'Elizabeth Warren Hammers Wells Fargo CEO: ‘You Should Be Criminally Investigated.’',
      'Warren hammered the bank’s chief as “unfit to lead.”',
      'Storms hammered the coast on Monday.',
      'He hammered a nail into the wall.',
    ].join('\n\n')
    expect(labelAndCues(text)).toEqual([
      ['direct', [['Hammers', 'Elizabeth Warren']]],
      ['direct', [['hammered', 'Warren']]],
      ['unattributed', []],
      ['unattributed', []],
    ])
  })
})

describe('a verdict or a message a demonstrative subject is', () => {
  it('hands what was said before to whose it is, as "That is the view of X" does', () => {
    const text = [
      'Such is the verdict of most historians.',
      'That was the message from the club on Monday.',
      'This was the conclusion of a 2019 study by the RAND Corporation.',
    ].join(' ')
    expect(labelAndCues(text)).toEqual([
      ['reported', [['the verdict of', 'most historians']]],
      ['direct', [['the message from', 'the club']]],
      ['direct', [['the conclusion of', 'a 2019 study by the RAND Corporation']]],
    ])
    // (a film's message is no one's words, nor is a message the sentence is about)
    expect(labels('That was the message of the film. The message from the club was clear.')).toEqual(['unattributed', 'unattributed'])
  })
})

describe('the sports papers a transfer story cites', () => {
  it('are media by name', () => {
    const text = 'Arsenal are close to a deal, A Bola reported. The fee is agreed, according to Marca. The bid was rejected, L’Équipe said. The bid was rejected, Gazzetta dello Sport reported on Tuesday.'
    expect(types(text)).toEqual([
      ['A Bola', 'media'],
      ['Marca', 'media'],
      ["L'Équipe", 'media'],
      ['Gazzetta dello Sport', 'media'],
    ])
  })
})

describe("a police appeal to readers", () => {
  it('is boilerplate, unless a cue makes it the story\'s', () => {
    const text = [
      'The shooting remains under investigation, police said.',
      'Anyone with information is asked to call Crime Stoppers at 555-1234.',
      'Anyone who witnessed the crash should contact the sheriff’s office.',
      'Anyone with information about the abuse was ignored, the lawsuit says.',
    ].join('\n\n')
    expect(check(text).sentences.map((s) => [s.role, s.claim])).toEqual([
      ['body', true],
      ['boilerplate', false],
      ['boilerplate', false],
      ['body', true],
    ])
  })
})

describe('"her" ending a speaker after a preposition', () => {
  it('is the object of the preposition, so the verb after it is the cue, as after "him"', () => {
    const text = ['Two people close to her said she had refused to sign.', 'People who worked with her say she was exacting.', 'Two people close to him said he had refused to sign.'].join(' ')
    expect(labelAndCues(text)).toEqual([
      ['reported', [['said', 'Two people close to her']]],
      ['reported', [['say', 'People']]],
      ['reported', [['said', 'Two people close to him']]],
    ])
    // ("her" owning a noun of saying, or a past describing a noun, is a determiner)
    expect(labels('He said her claims were false. Her claims were false. She rejected a critique of her alleged cozy ties to banks.')).toEqual(['direct', 'unattributed', 'unattributed'])
    expect(labelAndCues('Two people close to her told reporters she had refused.')).toEqual([['reported', [['told', 'Two people close to her']]]])
  })
})

describe('"attribute" in its plain and -s forms', () => {
  it('claims a cause before a determined object and "to", and is the noun otherwise', () => {
    const text = [
      'Economists attribute the surge to a shortage of homes.',
      'The company attributes the loss to weak demand.',
      'She attributes it to luck.',
      'Key attributes include loyalty to the party.',
      'Clinton led Trump on a range of presidential attributes.',
    ].join(' ')
    expect(labelAndCues(text)).toEqual([
      ['reported', [['attribute', 'Economists']]],
      ['direct', [['attributes', 'The company']]],
      ['direct', [['attributes', 'She']]],
      ['unattributed', []],
      ['unattributed', []],
    ])
  })
})

describe('a sentence in capitals up to a dash that ends it', () => {
  it('has its first word where it opens, as no dateline leaves it none', () => {
    // (found by fuzzing: it had thrown once a word before a verb could end the subject)
    const text = 'WHO Court regulatorwho believe the firstbelieveKim iPhone,attributes; ClaimIT— '
    const r = check(text)
    expect(r.sentences.map((s) => s.text)).toEqual([text.trim()])
    expect(r.sentences[0].attributions.every((a) => text.slice(a.cue.start, a.cue.end) === a.cue.text)).toBe(true)
    // (a real dateline still ends at its dash)
    expect(labelAndCues('SEOUL — The talks failed, officials said.')).toEqual([['reported', [['said', 'officials']]]])
  })
})

describe('a participle aside on a noun inside what was said', () => {
  it('leaves the clause its speaker\'s, past an adverb before it, and relays no speaker\'s words', () => {
    const via = (text: string) => check(text).sentences.map((s) => [s.label, s.attributions.map((a) => [a.cue.text, a.source.text, a.via ?? null])])
    expect(via('Officials said the memo, first reported by Axios, was genuine. The senator said the bill, originally drafted in May, would pass.')).toEqual([
      ['direct', [['said', 'Officials', null], ['reported by', 'Axios', null]]],
      ['direct', [['said', 'The senator', null]]],
    ])
    // ("as reported by X" relays what was said, set off or closing the sentence)
    expect(via('Carson noted in an interview, as reported by BuzzFeed News, that he would act.')).toEqual([
      ['direct', [['noted', 'Carson', 'BuzzFeed News'], ['as reported by', 'BuzzFeed News', null]]],
    ])
  })
})

describe('a block quotation without marks and its credit line', () => {
  it('is the credited speaker\'s words, in Markdown and in HTML', () => {
    const md = 'Dockworkers ratified a contract, the union said.\n\n> The agreement is fair and sustainable. It will last.\n>\n> — Peter Lindqvist, operators’ chairman\n\nThe port reopens Monday.'
    expect(checkDocument(md, 'markdown').report.sentences.map((s) => [s.label, s.attributions.map((a) => `${a.source.text}${a.inherited ? ' (inherited)' : ''}`)])).toEqual([
      ['direct', ['the union']],
      ['direct', ['Peter Lindqvist (inherited)']],
      ['direct', ['Peter Lindqvist (inherited)']],
      ['direct', ['Peter Lindqvist']],
      ['unattributed', []],
    ])
    const html = '<article><p>Dockworkers ratified a contract, the union said.</p><blockquote><p>The agreement is fair.</p><cite>— Peter Lindqvist, chairman</cite></blockquote></article>'
    expect(checkDocument(html, 'html').report.sentences.map((s) => s.label)).toEqual(['direct', 'direct', 'direct'])
    // (a block quotation with no credit is on no one's word)
    expect(checkDocument('> The agreement is fair.\n\nThe port reopens Monday.', 'markdown').report.sentences.map((s) => s.label)).toEqual(['unattributed', 'unattributed'])
  })
})

describe('invisible marks and soft hyphens in pasted text', () => {
  it('end nothing and break no word', () => {
    const text = 'The minister said the talks failed.\u200b\n\nThe mayor said so.\u200e\n\n“It\u00adwas rigged,” said the may\u00ador.\n\nHe left.\u200f The next day he returned.'
    const r = check(text)
    expect(r.sentences.map((s) => [s.role, s.label, s.attributions.map((a) => a.source.resolved ?? a.source.text)])).toEqual([
      ['body', 'direct', ['minister']],
      ['body', 'direct', ['mayor']],
      ['body', 'direct', ['mayor']],
      ['body', 'unattributed', []],
      ['body', 'unattributed', []],
    ])
    // (the text keeps its marks: offsets slice back to what was sent)
    expect(r.sentences.every((s) => text.slice(s.start, s.end) === s.text)).toBe(true)
  })
})

describe('a guillemet closing past a space, French style', () => {
  it('closes the sentence it ends, not one of its own', () => {
    const text = 'The minister said: « We will win. » Then he left the room.\n\n« We will win », said the minister.'
    expect(check(text).sentences.map((s) => [s.text, s.label])).toEqual([
      ['The minister said: « We will win. »', 'direct'],
      ['Then he left the room.', 'unattributed'],
      ['« We will win », said the minister.', 'direct'],
    ])
  })
})

describe('full-width and ideographic stops', () => {
  it('end their sentence with no space after them, and read as the ASCII marks in a tag', () => {
    const text = 'The ministry said the talks had failed。The next round is set for March.\n\nBeijing will respond firmly, the spokesman said。“We oppose this，” Wang added！Why now？\n\nGrowth was ３．５ percent．Analysts said it would slow.\n\n新华社报道。外交部发言人表示反对。'
    const r = check(text)
    expect(r.sentences.map((s) => [s.text, s.role, s.label])).toEqual([
      ['The ministry said the talks had failed。', 'body', 'direct'],
      ['The next round is set for March.', 'body', 'unattributed'],
      ['Beijing will respond firmly, the spokesman said。', 'body', 'direct'],
      ['“We oppose this，” Wang added！', 'body', 'direct'],
      ['Why now？', 'question', 'unattributed'],
      // (a full-width point between digits is a decimal)
      ['Growth was ３．５ percent．', 'body', 'unattributed'],
      ['Analysts said it would slow.', 'body', 'reported'],
      ['新华社报道。', 'body', 'unattributed'],
      ['外交部发言人表示反对。', 'body', 'unattributed'],
    ])
    expect(r.sentences.every((s) => text.slice(s.start, s.end) === s.text)).toBe(true)
  })
})

describe('a union', () => {
  it('is never the company that spoke before it, but a body of workers may be', () => {
    expect(resolvedOrWritten('Boeing said it would cut 17,000 jobs. The planemaker also said it expected a loss. The union said the offer was "insulting."')).toEqual(['Boeing', 'Boeing', 'Boeing', 'union'])
    expect(resolvedOrWritten('Acme Corp. said wages would rise. The union said the offer was an insult.')).toEqual(['Acme Corp.', 'union'])
    expect(resolvedOrWritten('The Association of Flight Attendants said the deal was weak. The union said it would vote.')).toEqual(['Association of Flight Attendants', 'Association of Flight Attendants'])
  })
})

describe('a claim set off after a quotation that closes past its comma', () => {
  it('is disputed by the speaker after it, as after a bare comma', () => {
    const text = [
      'Abbott said on social media that the grid was “stable,” a claim Democrats disputed.',
      'The ministry called the report “baseless,” a claim Manila denied.',
      'The mayor said the budget was “balanced,” a claim his critics dispute.',
    ].join(' ')
    expect(labelAndCues(text)).toEqual([
      ['direct', [['said', 'Abbott'], ['disputed', 'Democrats']]],
      ['direct', [['called', 'The ministry'], ['denied', 'Manila']]],
      ['direct', [['said', 'The mayor'], ['dispute', 'his critics']]],
    ])
  })
})

describe('a note about the writer under the byline', () => {
  it('is boilerplate by the name or a courtesy title and the surname, at the top as at the end', () => {
    const top = ['By Margaret Chen', 'Ms. Chen is a member of the Riverside Planning Commission.', 'Every month, I hear from families priced out of town.', 'Rents rose 41 percent, according to Zillow.'].join('\n\n')
    const end = ['By Margaret Chen', 'Rents rose 41 percent, according to Zillow.', 'Ms. Chen is a member of the Riverside Planning Commission.'].join('\n\n')
    expect([top, end].map((t) => check(t).sentences.map((s) => s.role))).toEqual([
      ['boilerplate', 'boilerplate', 'body', 'body'],
      ['boilerplate', 'body', 'boilerplate'],
    ])
    // (one that cites someone is the story: a subject who shares the writer's surname)
    expect(check(['By Tom Lee', 'Mr. Lee was arrested in May, police said.', 'The trial begins Monday.'].join('\n\n')).sentences.map((s) => s.role)).toEqual(['boilerplate', 'body', 'body'])
  })
})

describe('a company whose name holds a body’s word', () => {
  it('is the company a later noun stands for', () => {
    expect(resolvedOrWritten('A ransomware attack on Meridian Health Partners exposed the records of 2.1 million patients, the company said.')).toEqual(['Meridian Health Partners'])
    expect(resolvedOrWritten('Shares of Halvern Labs Inc. fell 8% after the drugmaker said its trial had failed.')).toEqual(['Halvern Labs Inc.'])
    expect(resolvedOrWritten('Regulators fined Pinecrest Bank Holdings $40 million. The company said it would appeal.')).toEqual(['Pinecrest Bank Holdings'])
    expect(resolvedOrWritten('Investors sued Ardent Institute Capital last year. The firm said the suit had no merit.')).toEqual(['Ardent Institute Capital'])
    // (a body of government keeps its own noun)
    expect(resolvedOrWritten('The Tri-County Health Department closed the pool on Friday, the department said.')).toEqual(['Tri-County Health Department'])
  })
})

describe('a month’s short form and a date between a subject and its verb', () => {
  it('is a name’s word when written with no period, and a date no part of the speaker', () => {
    const text = [
      'China’s envoy Zhang Jun said the veto sent the wrong message.',
      '“Many of his ideas are far from heartwarming,” columnist Ai Jun wrote.',
      'The talks, Lee Mar said, would go on.',
      'The council on Jan. 5 said it would meet again.',
      'The county board June 12 voted to raise the levy, the clerk said.',
      'The mayor in March 2024 said the budget was balanced.',
      'A Field Poll of the race in May 2015 put his support at 5 percent.',
    ].join('\n\n')
    expect(check(text).sentences.map((s) => s.attributions.map((a) => a.source.text))).toEqual([
      ['China’s envoy Zhang Jun'],
      ['columnist Ai Jun'],
      ['Lee Mar'],
      ['The council'],
      ['the clerk'],
      ['The mayor'],
      ['A Field Poll of the race'],
    ])
    // (a month before its day is no body the council's noun names)
    expect(rows('The council Jan. 5 said it would meet.\n\nThe council said it had met.')).toEqual([['council', 'government', 2]])
  })
})

describe('a copy of a document', () => {
  it('is the document, on record', () => {
    expect(types('The draft calls for a truce, according to a copy seen by Reuters.')).toEqual([['copy seen by Reuters', 'document']])
    expect(labelAndCues('A copy of the indictment shows he wired $2 million to an account in Cyprus.')).toEqual([['direct', [['shows', 'A copy of the indictment']]]])
    expect(labels('According to a copy of the contract obtained by The Times, the fee was $4 million.')).toEqual(['direct'])
    // (copies sold are no source)
    expect(labelAndCues('The memoir sold 40,000 copies in its first week.')).toEqual([['unattributed', []]])
  })
})

describe('a reported clause whose verb opens a quotation or takes a bare object', () => {
  it('is the content of the saying verb before it', () => {
    const text = [
      'Press secretary Karine Jean-Pierre told reporters the decision "threatens to throw our country into turmoil."',
      'The mayor told council members the plan “would bankrupt the city within a decade.”',
      'Ortiz said the ruling “ignores decades of settled law.”',
      'The senator said the ruling threatens workers.',
      'Union leaders said the decision threatens their pensions.',
      'The governor said the new rule promises relief to drivers in rural counties.',
      // (a quoted word alone after the object is a term: no clause, the naming verb's cue stands)
      'In October, Trump called those advocating for more troops "fools" who "want to start a war."',
    ].join('\n\n')
    expect(labelAndCues(text).map(([label, cues]) => [label, (cues as string[][]).map((c) => c[1])])).toEqual([
      ['direct', ['Press secretary Karine Jean-Pierre']],
      ['direct', ['The mayor']],
      ['direct', ['Ortiz']],
      ['direct', ['The senator']],
      ['reported', ['Union leaders']],
      ['direct', ['The governor']],
      ['direct', ['Trump']],
    ])
  })
})

describe('an acronym written with its stops', () => {
  it('is the body its letters name, and takes its possessive', () => {
    expect(types('Patients should not drive for 12 hours, the F.D.A. said.\n\nThe F.B.I. said it was aware of the attack.\n\nThe E.P.A. says the rule takes effect in May.')).toEqual([
      ['F.D.A.', 'government'],
      ['F.B.I.', 'government'],
      ['E.P.A.', 'government'],
    ])
    expect(labelAndCues('The number rose after the F.B.I. released its findings.')).toEqual([['direct', [['released its findings', 'the F.B.I.']]]])
    expect(labelAndCues('The F.B.I.’s director said the case was open.\n\nThe U.S.\'s allies said they would not take part.')).toEqual([
      ['direct', [['said', 'The F.B.I.’s director']]],
      ['reported', [['said', 'The U.S.\'s allies']]],
    ])
    // (two letters are no acronym read as a word: "U.S." is no "us")
    expect(types('The U.S. said it would send aid.')).toEqual([['U.S.', 'government']])
  })
})

describe('a body that opens the sentence before', () => {
  it('is the one a body’s noun stands for, though another body spoke before it', () => {
    expect(resolvedOrWritten('Xcel Energy said it had shut off power to 18,000 customers.\n\nThe Red Cross opened a shelter at the YMCA. Pets are welcome, the organization said on X.')).toEqual(['Xcel Energy', 'Red Cross'])
    expect(resolvedOrWritten('The top 1 percent would gain most, according to the Tax Foundation. The Urban Institute, reviewing an earlier draft, reached a similar conclusion. Middle earners would gain $900, the group said.')).toEqual(['Tax Foundation', 'Urban Institute'])
    expect(resolvedOrWritten('Lennox said it would move 1,400 jobs to Mexico. United Technologies is not hurting. But the company says it must cut costs.')).toEqual(['Lennox', 'United Technologies'])
    // (a body of government opening the sentence before is no organisation's)
    expect(resolvedOrWritten('The Red Cross said it had opened a shelter. The sheriff\'s office closed the road. Volunteers are needed, the organization said.')).toEqual(['Red Cross', 'Red Cross'])
  })
})

describe('numbers', () => {
  it('are figures that show or suggest, in the plural only', () => {
    const text = 'The numbers show a sharp rise in evictions.\n\nInternal numbers seen by Politico show the campaign trailing in three states.\n\nThe latest numbers from the state suggest the outbreak is slowing.\n\nThe number of cases shows no sign of slowing.\n\nThe numbers are staggering.'
    expect(labelAndCues(text)).toEqual([
      ['direct', [['show', 'The numbers']]],
      ['direct', [['show', 'Internal numbers seen by Politico']]],
      ['direct', [['suggest', 'The latest numbers from the state']]],
      ['unattributed', []],
      ['unattributed', []],
    ])
  })
})

describe('a Markdown footnote', () => {
  it('credits the sentence citing it with the sources its note names', () => {
    const md = [
      '# Spending rose[^1]',
      '',
      'The city spent $4 million on consultants last year.[^1] The mayor defended the spending.',
      '',
      'The contract ran for three years.[^2] Costs rose 40 percent.[^3] Turnout was 61 percent.[^1][^3]',
      '',
      'Officials said the audit was late.[^3]',
      '',
      '[^1]: According to the city clerk\'s office.',
      '[^2]: The figure excludes overtime.',
      '[^3]: The state auditor\'s report found the increase.',
    ].join('\n')
    const { report } = checkDocument(md, 'markdown')
    expect(report.sentences.map((s) => [s.text, s.label, s.attributions.map((a) => `${a.source.text}${a.inherited ? ' (inherited)' : ''}`)])).toEqual([
      // (a heading makes no claim a note could back)
      ['Spending rose', 'unattributed', []],
      ['The city spent $4 million on consultants last year.', 'direct', ["the city clerk's office (inherited)"]],
      ['The mayor defended the spending.', 'unattributed', []],
      // (a note that names no source credits nothing)
      ['The contract ran for three years.', 'unattributed', []],
      ['Costs rose 40 percent.', 'direct', ["The state auditor's report (inherited)"]],
      ['Turnout was 61 percent.', 'direct', ["the city clerk's office (inherited)", "The state auditor's report (inherited)"]],
      // (a sentence with a cue of its own keeps its own)
      ['Officials said the audit was late.', 'reported', ['Officials']],
      ["According to the city clerk's office.", 'direct', ["the city clerk's office"]],
      ['The figure excludes overtime.', 'unattributed', []],
      ["The state auditor's report found the increase.", 'direct', ["The state auditor's report"]],
    ])
  })
})

describe('a Markdown footnote that only cites', () => {
  it('credits the sentence citing it with the source it names, and is itself a credit, not a claim', () => {
    const md = [
      'The city spent $4 million on consultants.[^1] Most contracts were never put to bid.[^2] New awards are frozen.[^3]',
      '',
      'Turnout fell to 18 percent.[^4] Rents climbed 9 percent.[^5] The plant closed in May.[^6] Wages stalled.[^7]',
      '',
      'Staff shrank by a third.[^8] The agency cut its budget.[^9] Crime fell.[^10]',
      '',
      '[^1]: Board minutes, Dec. 4, 2025.',
      '[^2]: City procurement records obtained by the Ledger.',
      '[^3]: Interview with a mayoral aide, March 3.',
      '[^4]: U.S. Census Bureau, American Community Survey 2023.',
      '[^5]: Reuters, "Rents keep climbing," March 3, 2024.',
      '[^6]: See the company\'s annual report, p. 14.',
      '[^7]: Emails from the governor\'s office, obtained through a records request.',
      '[^8]: Per the union, Oct. 3.',
      '[^9]: Dana Whitfield, interview by the author, May 2.',
      '[^10]: Author\'s analysis of police data.',
    ].join('\n')
    const { report } = checkDocument(md, 'markdown')
    const row = (s: (typeof report.sentences)[number]) => [s.text, s.label, s.role, s.attributions.map((a) => `${a.source.text} ${a.source.type}${a.inherited ? ' (inherited)' : ''}`)]
    expect(report.sentences.map(row)).toEqual([
      ['The city spent $4 million on consultants.', 'direct', 'body', ['Board minutes document (inherited)']],
      ['Most contracts were never put to bid.', 'direct', 'body', ['City procurement records document (inherited)']],
      // (who gave an interview is its source, here unnamed)
      ['New awards are frozen.', 'reported', 'body', ['a mayoral aide anonymous (inherited)']],
      ['Turnout fell to 18 percent.', 'direct', 'body', ['U.S. Census Bureau government (inherited)']],
      ['Rents climbed 9 percent.', 'direct', 'body', ['Reuters media (inherited)']],
      ['The plant closed in May.', 'direct', 'body', ["the company's annual report document (inherited)"]],
      ['Wages stalled.', 'direct', 'body', ["the governor's office government (inherited)"]],
      ['Staff shrank by a third.', 'direct', 'body', ['the union organization (inherited)']],
      ['The agency cut its budget.', 'direct', 'body', ['Dana Whitfield person (inherited)']],
      // (the writer's own work is no one else's word)
      ['Crime fell.', 'unattributed', 'body', []],
      ['Board minutes, Dec. 4, 2025.', 'direct', 'caption', ['Board minutes document']],
      ['City procurement records obtained by the Ledger.', 'direct', 'caption', ['City procurement records document']],
      ['Interview with a mayoral aide, March 3.', 'reported', 'caption', ['a mayoral aide anonymous']],
      ['U.S. Census Bureau, American Community Survey 2023.', 'direct', 'caption', ['U.S. Census Bureau government']],
      ['Reuters, "Rents keep climbing," March 3, 2024.', 'direct', 'caption', ['Reuters media']],
      ["See the company's annual report, p. 14.", 'direct', 'caption', ["the company's annual report document"]],
      ["Emails from the governor's office, obtained through a records request.", 'direct', 'caption', ["the governor's office government"]],
      ['Per the union, Oct. 3.', 'direct', 'caption', ['the union organization']],
      ['Dana Whitfield, interview by the author, May 2.', 'direct', 'caption', ['Dana Whitfield person']],
      ["Author's analysis of police data.", 'unattributed', 'caption', []],
    ])
    // the notes are credits: ten claims, nine of them sourced
    expect([report.summary.claims, report.summary.unattributed]).toEqual([10, 1])
    expect(report.sentences[10].attributions[0].cue.text).toBe('Board minutes, Dec. 4, 2025')
  })

  it('credits through “Ibid.” the source of the note before it, and nothing when none is before', () => {
    const md = [
      'Rents rose 9 percent.[^1] Vacancies fell to 2 percent.[^2] Evictions doubled.[^3]',
      '',
      'Fares went up.[^4] Ridership fell.[^5]',
      '',
      '[^1]: According to the county assessor\'s office.',
      '[^2]: Ibid., p. 12.',
      '[^3]: Id.',
      '[^4]: Ibid.',
      '[^5]: Transit authority ridership reports, 2024.',
    ].join('\n')
    const { report } = checkDocument(md, 'markdown')
    expect(report.sentences.slice(0, 5).map((s) => [s.text, s.label, s.attributions.map((a) => `${a.source.text}${a.inherited ? ' (inherited)' : ''}`)])).toEqual([
      ['Rents rose 9 percent.', 'direct', ["the county assessor's office (inherited)"]],
      ['Vacancies fell to 2 percent.', 'direct', ["the county assessor's office (inherited)"]],
      ['Evictions doubled.', 'direct', ["the county assessor's office (inherited)"]],
      // (the notes are in order: "Ibid." after "Id." still points to the assessor)
      ['Fares went up.', 'direct', ["the county assessor's office (inherited)"]],
      ['Ridership fell.', 'direct', ['Transit authority ridership reports (inherited)']],
    ])
    const first = checkDocument('Crime fell.[^1]\n\n[^1]: Ibid.', 'markdown').report
    expect(first.sentences.map((s) => [s.label, s.role])).toEqual([['unattributed', 'body'], ['unattributed', 'caption']])
  })

  it('is a sentence when the note says something, and a citation reads so only in a note', () => {
    const md = [
      'Overtime was excluded.[^1] Officials did not respond.[^2] Spending rose.[^3]',
      '',
      'Board minutes, Dec. 4, 2025.',
      '',
      '[^1]: The figure excludes overtime.',
      '[^2]: Officials declined to comment.',
      '[^3]: Spending, adjusted for inflation, rose 4 percent.',
    ].join('\n')
    const { report } = checkDocument(md, 'markdown')
    expect(report.sentences.map((s) => [s.text, s.label, s.role])).toEqual([
      ['Overtime was excluded.', 'unattributed', 'body'],
      ['Officials did not respond.', 'unattributed', 'body'],
      ['Spending rose.', 'unattributed', 'body'],
      // (outside a note a line of a document's name and a date is no one's credit)
      ['Board minutes, Dec. 4, 2025.', 'unattributed', 'body'],
      ['The figure excludes overtime.', 'unattributed', 'body'],
      ['Officials declined to comment.', 'unattributed', 'body'],
      ['Spending, adjusted for inflation, rose 4 percent.', 'unattributed', 'body'],
    ])
  })
})

describe('a possessive before a superlative', () => {
  it('is the scope of a description of the company named before, not an owner', () => {
    expect(resolvedOrWritten('Nike Inc. said sales fell. The world’s largest sportswear maker now expects revenue to decline.')).toEqual(['Nike Inc.', 'Nike Inc.'])
    expect(resolvedOrWritten('Bank of America said profit rose. The nation\'s second-largest bank also said it would hire.')).toEqual(['Bank of America', 'Bank of America'])
    expect(resolvedOrWritten('Tesco PLC said prices would rise. The country’s biggest supermarket chain said energy costs were to blame.')).toEqual(['Tesco PLC', 'Tesco PLC'])
    // (an owner stays one: the mayor's office is the mayor's)
    expect(resolvedOrWritten('The Pentagon said the strike worked. The mayor\'s office said it had not been told.')).toEqual(['Pentagon', "mayor's office"])
  })
})

describe('a headline’s subject, its -s verb and a bare object', () => {
  it('are read as a clause: the noun after the verb is its object, and a participle after it has the subject', () => {
    const text = [
      'Nike shares tumble as sneaker giant cuts forecast, citing weak China demand',
      'Automaker raises forecast, citing strong demand',
      'Shares slide as chipmaker trims outlook, citing soft demand',
      'Economists forecast a recession next year.',
      // (a name's word before an -s word is a compound's: the committee's own name stays whole)
      'The Senate ethics committee met on Monday, saying the complaint had no merit.',
      'Federal appeals court blocks law, citing free speech',
      'Clinton campaign communications director Jennifer Palmieri acknowledged that the candidate misspoke but noted that experts disagree.',
    ].join('\n\n')
    expect(labelAndCues(text).map(([, cues]) => cues)).toEqual([
      [['citing weak China demand', 'sneaker giant']],
      [['raises forecast', 'Automaker'], ['citing strong demand', 'Automaker']],
      [['citing soft demand', 'chipmaker']],
      [['forecast', 'Economists']],
      [['saying', 'The Senate ethics committee']],
      [['citing free speech', 'Federal appeals court']],
      [['acknowledged that', 'Clinton campaign communications director Jennifer Palmieri'], ['noted that', 'Clinton campaign communications director Jennifer Palmieri']],
    ])
  })
})

describe('“states” as a document’s tag', () => {
  it('is a cue after a comma at the sentence’s end, and the noun elsewhere', () => {
    const text = 'Investigators traced the truck through video from a gas station, the affidavit states.\n\nThe company failed to pay 40 workers for overtime, the complaint states.\n\nThe tax applies in 12 states, the memo states.\n\nThe bloc includes France, Germany and Italy, among other member states.\n\nThe program covers all 50 states.'
    expect(labelAndCues(text)).toEqual([
      ['direct', [['states', 'the affidavit']]],
      ['direct', [['states', 'the complaint']]],
      ['direct', [['states', 'the memo']]],
      ['unattributed', []],
      ['unattributed', []],
    ])
  })
})

describe('“called” with a name and one of a group', () => {
  it('names what the subject called it', () => {
    const text = 'Cycling advocates have long called Colfax one of the most dangerous roads in the metro area.\n\nThe coach called Ortiz one of the best players he had coached.\n\nThe senator called the bill one of the worst in decades.\n\nShe called the police one of the first times she saw him.'
    expect(labelAndCues(text)).toEqual([
      ['reported', [['called', 'Cycling advocates']]],
      ['direct', [['called', 'The coach']]],
      ['direct', [['called', 'The senator']]],
      ['unattributed', []],
    ])
  })
})

describe('a relative after a document’s participle aside', () => {
  it('stands for the document, not the aside’s last word', () => {
    const text = 'He released a memo, dated March 3, which said the plant was unsafe.\n\nThe council published the audit, completed in 2023, which found $4 million in overpayments.\n\n' +
      // (an aside that names its agent leaves the relative to the agent, as the labelled set has it)
      'The poll, carried out last month by Gallup, which said approval had fallen, drew wide notice.'
    expect(labelAndCues(text)).toEqual([
      ['reported', [['said', 'a memo']]],
      ['direct', [['found', 'the audit']]],
      ['direct', [['said', 'Gallup']]],
    ])
  })
})

describe('a gendered noun set off after a name', () => {
  it('tells the name’s gender, so a pronoun of the other skips it', () => {
    expect(resolvedOrWritten('Officer Dana Reyes arrested the driver. Lee Sang-min, the mother of the victim, said the police had failed her son. He said the case was closed.')).toEqual(['Lee Sang-min', 'Dana Reyes'])
    expect(resolvedOrWritten('Mayor Chris Park spoke first. Robin Ahn, his wife, said the family would sue. She said the hospital had lied.')).toEqual(['Robin Ahn', 'Robin Ahn'])
    expect(resolvedOrWritten('Sen. Alex Moreno said the vote was close. Kim Yo-jong, the powerful sister of leader Kim Jong-un, warned the allies would pay. He said the bill would pass.')).toEqual(['Alex Moreno', 'Kim Yo-jong', 'Alex Moreno'])
  })
})

describe('“the North” and “the South”', () => {
  it('are the country named before by its compass word, and nothing else', () => {
    expect(types('North Korea fired a missile on Tuesday, a day after the North slammed joint drills as a rehearsal for invasion.\n\nSouth Korea said it would respond. The South also said it had raised its alert.')).toEqual([
      ['South Korea', 'government'],
      ['North Korea', 'government'],
    ])
    expect(resolvedOrWritten('South Sudan accused its neighbour of arming rebels. The South said talks were over.')).toEqual(['South Sudan', 'South Sudan'])
    // (with no such country before, the compass word is a body of its own)
    expect(types('In the Civil War, the South said it would secede.')).toEqual([['South', 'organization']])
  })
})

describe('a body of government known by its initials', () => {
  it('is the one "the agency" stands for, though only mentioned, and goes by its full name once written', () => {
    expect(resolvedOrWritten('NASA did not immediately respond to a request for comment. The agency has previously said that life would be hard to detect.')).toEqual(['NASA'])
    expect(resolvedOrWritten('The FDA approved the drug on Friday. The agency said it was safe for adults.')).toEqual(['FDA'])
    expect(rows('FDA clears new RSV shot\n\nThe Food and Drug Administration approved the vaccine on Friday. The agency said it cut severe illness by 82%.')).toEqual([['Food and Drug Administration', 'government', 1]])
    // (a company's initials are no agency)
    expect(resolvedOrWritten('IBM said it would cut jobs. The agency said it would appeal the fine.')).toEqual(['IBM', 'agency'])
  })
})

describe('a speaker at a meeting', () => {
  it('is a person, unnamed when indefinite, while Speaker before a name stays a title', () => {
    expect(check('Another speaker, who identified herself only as Linda, told the council she skips meals to pay her bills.').sentences[0].attributions.map((a) => [a.source.text, a.source.kind, a.source.type])).toEqual([['Another speaker', 'vague', 'anonymous']])
    expect(types('Christian speaker Lance Wallnau said he backed Trump. “Pray for him,” the speaker says into the camera.')).toEqual([['Lance Wallnau', 'person']])
    expect(types('House Speaker Mike Johnson said the vote would happen Friday.')).toEqual([['Mike Johnson', 'person']])
  })
})

describe('a dashboard or a tracker', () => {
  it('is its keeper’s published record, a document', () => {
    expect(types('Weekday ridership hit 612,000, according to the authority\'s October ridership dashboard.')).toEqual([["authority's October ridership dashboard", 'document']])
    expect(types('Clinton has spent $77 million on ads, according to Kantar Media’s political ad tracker.')).toEqual([['Kantar Media’s political ad tracker', 'document']])
    expect(labels('The fitness tracker costs $99.')).toEqual(['unattributed'])
  })
})

describe('a citation’s marker in pasted text', () => {
  it('is no word: a tag before it ends its sentence, and a stop before it ends the sentence with it', () => {
    const text = 'Gusts hit 70 mph, the weather service said[1].\n\nPrices rose, the report said.[2] Turnout fell.\n\nThe city grew 4%, officials said.[12][13] It was the fastest growth in the state.\n\n"We won [3]," the coach said.'
    expect(check(text).sentences.map((s) => [s.text, s.label])).toEqual([
      ['Gusts hit 70 mph, the weather service said[1].', 'direct'],
      ['Prices rose, the report said.[2]', 'direct'],
      ['Turnout fell.', 'unattributed'],
      ['The city grew 4%, officials said.[12][13]', 'reported'],
      ['It was the fastest growth in the state.', 'unattributed'],
      ['"We won [3]," the coach said.', 'direct'],
    ])
    // (a bracketed word is no marker)
    expect(check('The statute [the 1998 act] applies, the judge said.').sentences.map((s) => s.label)).toEqual(['direct'])
  })
})

describe('a saying verb after a modal of obligation', () => {
  it('is what is asked of the subject, no words of theirs', () => {
    const text = [
      'The council votes next month. It should say yes.',
      'The mayor should admit that the plan failed.',
      'Under federal law, lobbyists must declare publicly if they represent foreign leaders.',
      'The commissioner ought to explain why the audit was late.',
      // (a prediction or a report of what one will say still counts)
      'The mayor will say on Monday that the plan failed, aides said.',
      'Critics say the mayor should resign.',
    ].join('\n\n')
    expect(labelAndCues(text)).toEqual([
      ['unattributed', []],
      ['unattributed', []],
      ['unattributed', []],
      ['unattributed', []],
      ['unattributed', []],
      ['direct', [['say', 'The mayor'], ['said', 'aides']]],
      ['reported', [['say', 'Critics']]],
    ])
  })
})

describe('“projects” and “states” before a bare clause', () => {
  it('are verbs after a document’s word or a body’s initials, and nouns elsewhere', () => {
    const text = [
      'The Penn Wharton Budget Model projects the plan will cost $475 billion over 10 years.',
      'CBO projects the deficit will grow to $2 trillion.',
      'The audit states the agency lost track of 400 laptops.',
      'Battleground state Ohio is nearly 8% Polish American.',
      'Twenty-seven states led by West Virginia are suing.',
      'The bill funds projects the city wants.',
    ].join('\n\n')
    expect(labelAndCues(text)).toEqual([
      ['direct', [['projects', 'The Penn Wharton Budget Model']]],
      ['direct', [['projects', 'CBO']]],
      ['direct', [['states', 'The audit']]],
      ['unattributed', []],
      ['unattributed', []],
      ['unattributed', []],
    ])
    // (a model's name is the document, not a person)
    expect(types('The Penn Wharton Budget Model projects the plan will cost $475 billion.')).toEqual([['Penn Wharton Budget Model', 'document']])
  })
})

describe('an “as … as” time phrase between a subject and its verb', () => {
  it('is no part of the speaker', () => {
    const text = [
      'The move would mark a reversal for GM, which as recently as 2022 said it planned to build four plants.',
      'The mayor as recently as May 2023 said the bridge was safe.',
      'Police as early as 7 a.m. said the road was closed.',
    ].join('\n\n')
    expect(labelAndCues(text)).toEqual([
      ['direct', [['said', 'GM']]],
      ['direct', [['said', 'The mayor']]],
      ['direct', [['said', 'Police']]],
    ])
  })
})

describe('two modifiers joined before a noun of people', () => {
  it('are one phrase after the cue, as before it', () => {
    const text = [
      'The plan was shelved, according to three current and former officials.',
      'The plan was shelved, said three current and former officials.',
      'The plan was shelved, according to local and state officials.',
      // (two people or groups joined stay two)
      'The plan was shelved, according to the mayor and police officials.',
    ].join('\n\n')
    expect(labelAndCues(text).map(([, cues]) => (cues as string[][]).map((c) => c[1]))).toEqual([
      ['three current and former officials'],
      ['three current and former officials'],
      ['local and state officials'],
      ['the mayor'],
    ])
  })
})

describe('a body of government opening the sentence', () => {
  it('is the one its noun in a tag stands for, though the noun was said of another before', () => {
    expect(resolvedOrWritten('The CDC issued new guidance. The agency said masks were optional. The IRS sent the letters in error, the agency said.')).toEqual(['CDC', 'IRS'])
    expect(resolvedOrWritten('The Fire Department said the blaze was out. The Police Department arrested a suspect, the department said.')).toEqual(['Fire Department', 'Police Department'])
    // (one only mentioned later in the sentence is not)
    expect(resolvedOrWritten('The CDC issued new guidance. Masks are now optional even in IRS offices, the agency said.')).toEqual(['CDC'])
  })
})

describe('a claim set off after what was said, then rejected', () => {
  it('is rejected by the name after it, as it is denied or disputed', () => {
    const text = [
      'The Kremlin has repeatedly said it does not target civilians, a claim Kyiv rejects.',
      'The ministry said the vessel was in Chinese waters, an account Manila rejected.',
      'Officials said the ship had strayed, a version the crew denied.',
      // (an offer rejected is an act)
      'Lawmakers debated the offer, which the union rejected.',
    ].join('\n\n')
    expect(labelAndCues(text)).toEqual([
      ['direct', [['said', 'The Kremlin'], ['rejects', 'Kyiv']]],
      ['direct', [['said', 'The ministry'], ['rejected', 'Manila']]],
      ['direct', [['said', 'Officials'], ['denied', 'the crew']]],
      ['unattributed', []],
    ])
  })
})

describe('rumours and talk said to be about', () => {
  it('are sourceless hedges, while signs are the writer’s reading', () => {
    const text = 'There were rumors that the plant would close.\n\nThere is talk of a merger between the two banks.\n\nThere have been rumours of a takeover for months.\n\nThere are signs that the economy is slowing.\n\nThere was talk radio on in the cab.'
    expect(labelAndCues(text)).toEqual([
      ['reported', [['There were rumors', null]]],
      ['reported', [['There is talk of', null]]],
      ['reported', [['There have been rumours', null]]],
      ['unattributed', []],
      ['unattributed', []],
    ])
  })
})

describe('a relative clause after a tag', () => {
  it('is about what was said, no speaker of its own', () => {
    const text = [
      'People in the early stages of decline may walk less, the researchers noted, which could explain part of the link.',
      'The plan failed, officials said, which suggests the city will try again.',
      // (after a body's name the relative is the body's)
      'Pence linked to the Associated Press report, which notes that most donors met her.',
    ].join('\n\n')
    expect(labelAndCues(text).map(([, cues]) => (cues as string[][]).map((c) => c.join(' > ')))).toEqual([
      ['noted > the researchers'],
      ['said > officials'],
      ['notes that > the Associated Press report'],
    ])
  })
})

describe('a body named by another kind’s word', () => {
  it('is found by the common noun news calls it by', () => {
    const text = [
      'In 1985 she led the team at Leeds General Infirmary that transplanted a heart, an operation the hospital described as “a landmark.”',
      'Patients at Mount Sinai Medical Center waited hours for beds. The hospital said staffing had improved.',
      'The Royal Infirmary of Edinburgh closed a ward. The hospital said the closure was temporary.',
      'Notre Dame Cathedral will reopen in December, the church said.',
      'The Whitworth Gallery bought the painting last year. The museum said it paid $2 million.',
      'St. Paul’s Cathedral will reopen in May, the cathedral said.',
      // (controls: another kind's noun finds no such body; a gallery's own noun still finds it)
      'The Tate Gallery bought the drawing. The gallery said it paid $40,000.',
      'Leeds General Infirmary treated the driver. The university said the study would continue.',
    ].join('\n\n')
    expect(resolvedOrWritten(text)).toEqual([
      'Leeds General Infirmary',
      'Mount Sinai Medical Center',
      'Royal Infirmary of Edinburgh',
      'Notre Dame Cathedral',
      'Whitworth Gallery',
      'St. Paul’s Cathedral',
      'Tate Gallery',
      'university',
    ])
  })

  it('has archives read as its records and the National Archives as a government body', () => {
    const text = 'According to the hospital’s archives, the boy lived to 31.\n\nChurch archives show the bell was cast in 1702.\n\nThe National Archives said the records were declassified.\n\nNARA released more files on Friday. The agency said others would follow.'
    expect(types(text).sort()).toEqual([
      ['Church archives', 'document'],
      ['National Archives', 'government'],
      ['hospital’s archives', 'document'],
    ])
  })
})

describe('a reason given with citing', () => {
  it('is the subject’s claim whatever its noun, and an act is not', () => {
    const text = [
      'The company delayed the launch, citing supply problems.',
      'Harlow Foods closed two plants last year, citing problems with its suppliers.',
      'In interviews, Democrats cited several factors for the low turnout.',
      'The mayor cited three examples of waste in the parks budget.',
      // (controls: a source cited stays the source; a refusal's reason is no one's claim)
      'Kommersant, citing two senior officials, reported that the deal was close.',
      'The spokesman declined to comment, citing the ongoing investigation.',
    ].join('\n\n')
    expect(labelAndCues(text)).toEqual([
      ['direct', [['citing supply problems', 'The company']]],
      ['direct', [['citing problems', 'Harlow Foods']]],
      ['reported', [['cited several factors', 'Democrats']]],
      ['direct', [['cited three examples', 'The mayor']]],
      ['direct', [['citing', 'two senior officials'], ['reported that', 'Kommersant']]],
      ['unattributed', []],
    ])
  })
})

describe('where a named body is based', () => {
  it('is no word of its name, after a dotted acronym too', () => {
    const text = [
      'Dallas-based Southwest Airlines cancelled 300 flights on Sunday, the carrier said.',
      'Raleigh, N.C.-based Salix Pharmaceuticals said the deal was off.',
      'Moscow-based Kommersant reported that the talks had stalled.',
      'Seattle-based Amazon said holiday sales rose 9%.',
    ].join('\n\n')
    expect(sourceNames(text)).toEqual(['Southwest Airlines', 'Salix Pharmaceuticals', 'Kommersant', 'Amazon'])
  })

  it('makes a run after it a body a later noun stands for, unless a given name opens a person', () => {
    const text = 'Houston-based Kinder Morgan shut the pipeline on Monday. The company said repairs would take a week.\n\nChicago-based Boeing delayed deliveries again. The company said parts were short.\n\nTexas-based Matt Mackowiak said the race was open. He added that the front-runner was fading.'
    expect(resolvedOrWritten(text)).toEqual(['Kinder Morgan', 'Boeing', 'Matt Mackowiak', 'Matt Mackowiak'])
  })

  it('reads "U.S.-led" and "U.S.-backed" as one word, so an indefinite body stays unnamed', () => {
    const text = 'A U.S.-backed militia said it had retaken the town.\n\nThe U.S.-led coalition said the strike killed 12 fighters.\n\nWhite union members backed him by 20 points, according to polling by the A.F.L.-C.I.O., even as others did not.'
    const report = check(text)
    expect(report.sentences.map((s) => s.label)).toEqual(['reported', 'direct', 'direct'])
    expect(report.sentences.map((s) => s.attributions[0].source.text)).toEqual(['A U.S.-backed militia', 'The U.S.-led coalition', 'polling by the A.F.L.-C.I.O.'])
  })
})

describe('a lowercase role with "of" before a full name', () => {
  it('names the person, not the role', () => {
    const text = [
      'Former Pennsylvania governor Ed Rendell said the system worked.',
      'Former secretary of state John Kerry said the talks had stalled.',
      'The director of national intelligence James Clapper told lawmakers the threat was growing.',
      '“We will keep talking,” said former secretary of state Hillary Clinton.',
      'The head of the union Maria Lopez said the vote was fair.',
      // (control: a role with no name after it is still a role)
      'The secretary of state said the ceasefire would hold.',
    ].join('\n\n')
    expect(resolvedOrWritten(text)).toEqual(['Ed Rendell', 'John Kerry', 'James Clapper', 'Hillary Clinton', 'Maria Lopez', 'Hillary Clinton'])
  })

  it('speaks before a colon in a transcript, as a short name does', () => {
    const text = 'Rep. Trey Gowdy (R-S.C.):“Who told you that?”\nFormer secretary of state Hillary Rodham Clinton:“We learned that from the State Department. We were trying to help them close some gaps.”'
    expect(speakers(text, 'text').map(([, s]) => s)).toEqual([
      ['Rep. Trey Gowdy (R-S.C.)'],
      ['Former secretary of state Hillary Rodham Clinton'],
      ['Former secretary of state Hillary Rodham Clinton (inherited)'],
    ])
    expect(sourceNames(text)).toEqual(['Hillary Rodham Clinton', 'Trey Gowdy'])
  })
})

describe('promising or reminding someone', () => {
  it('hands over the that-clause after the one told', () => {
    const text = [
      'Whitfield has promised investors that the company will turn a profit next year.',
      'Microsoft promised Mr. Weiner that he could run LinkedIn as an independent company.',
      'She reminded voters that the tax had been cut twice.',
      'The ad reminds viewers that Sanders marched in 1963.',
      'He promised voters he would cut taxes.',
      // (controls: what was promised is an act, and what they were reminded of a topic)
      'Clinton promised a country of new opportunities.',
      'In Nevada, he constantly reminded voters of the six years his family had lived there.',
      'Noah Oppenheim reminded his staff about Mr. Bush’s early work.',
      'In her post, she reminded Trump of the actions of John Hinckley Jr., who shot President Reagan.',
    ].join('\n\n')
    expect(check(text).sentences.map((s) => s.attributions.map((a) => a.cue.text))).toEqual([['promised'], ['promised'], ['reminded'], ['reminds'], ['promised'], [], [], [], []])
  })

  it('leaves a topic after other verbs of telling, but not a place the ones told are from', () => {
    const text = 'He told reporters about the plan his aides had drafted.\n\nThe mayor informed residents of the closure last week.\n\nHe told residents of Flint the water was safe.\n\nShe told members of the board that the budget was short.\n\nIn the final Mass of his trip, Francis told the Biblical story of the city of Nineveh, which was “self-destructing as a result of oppression and dishonor, violence and injustice.”'
    expect(labels(text)).toEqual(['unattributed', 'unattributed', 'direct', 'direct', 'direct'])
  })
})

describe('sources joined after "according to"', () => {
  it('are each a source of the cue, none relayed by the other', () => {
    const text = [
      'Lumio plans to cut 1,200 jobs, according to two people familiar with the matter and an internal memo seen by Reuters.',
      'The plant will close in March, according to court documents and people familiar with the case.',
      'The talks collapsed, according to officials and the company.',
      'According to three former employees and a lawsuit filed Tuesday, the warehouse ignored heat warnings.',
    ].join('\n\n')
    const report = check(text)
    expect(report.sentences.map((s) => [s.label, s.attributions.map((a) => [a.source.text, a.via ?? null])])).toEqual([
      ['direct', [['two people familiar with the matter', null], ['an internal memo seen by Reuters', null]]],
      ['direct', [['court documents', null], ['people familiar with the case', null]]],
      ['direct', [['officials', null], ['the company', null]]],
      ['direct', [['three former employees', null], ['a lawsuit filed Tuesday', null]]],
    ])
    expect(flag(text, 'anonymous-sources')?.sentences).toEqual([0, 1, 2, 3])
  })

  it('are one phrase when the second shares the first’s head or determiner, or one person is described twice', () => {
    const text = [
      'The plan will fail, according to Democratic and independent analysts.',
      'According to their friends and advisers, the couple had worried for months.',
      'According to early results of exit polls conducted for the Associated Press and television networks, turnout was high.',
      'According to USA Today contributor and monetary historian David Marsh, rates have moved apart seven times.',
    ].join('\n\n')
    expect(check(text).sentences.map((s) => s.attributions.length)).toEqual([1, 1, 1, 1])
    expect(labels(text).slice(0, 3)).toEqual(['reported', 'reported', 'direct'])
  })
})

describe('a hedging participle in a phrase after "with"', () => {
  it('hedges what it says of the noun, as "is said to" does', () => {
    const text = [
      'Liverpool are closing in on a deal for Florian Wirtz, with talks said to be at an advanced stage.',
      'The club agreed terms with the player, with the fee thought to be around £90m.',
      'With prices expected to rise again in January, shoppers stocked up.',
      'He met with officials believed to be close to the president.',
      // (controls: no participle, or one that hands words to someone)
      'The mayor met with residents to discuss the plan.',
      'The senator met with aides, then said to reporters that the bill was dead.',
    ].join('\n\n')
    expect(labelAndCues(text)).toEqual([
      ['reported', [['said to', null]]],
      ['reported', [['thought to', null]]],
      ['reported', [['expected to', null]]],
      ['reported', [['believed to', null]]],
      ['unattributed', []],
      ['direct', [['said', 'The senator']]],
    ])
  })
})

describe('"the filing"', () => {
  it('is the lawsuit, complaint or petition before it, and no other kind of document', () => {
    const text = [
      'The lawsuit says the company ignored warnings. The filing also cites a 2019 memo.',
      'According to a complaint filed in federal court, the bank hid losses. The filing says executives knew.',
      'A petition filed by the residents claims the rezoning was illegal. The filing says the council skipped a required hearing.',
      'Data from the Labor Department showed wages rose 4.1%. The filing shows the company paid its chief executive $42 million.',
    ]
    const filing = (text: string) => check(text).sentences.flatMap((s) => s.attributions).find((a) => a.source.text === 'The filing')?.source.resolved
    expect(text.map(filing)).toEqual(['lawsuit', 'complaint filed in federal court', 'petition filed by the residents', 'filing'])
  })
})

describe('evidence a proceeding heard', () => {
  it('is on no one’s word named, as a hedge', () => {
    const text = [
      'The court heard that the defendant had bought a knife days earlier.',
      'The inquest heard he had been drinking before the crash.',
      'The trial heard how the victim was lured to the flat.',
      'Jurors heard that the phone was never found.',
      // (controls: a court hearing arguments, a person hearing news)
      'The Supreme Court heard arguments on Tuesday.',
      'She heard that the plant would close.',
      'Neighbors heard a loud bang just after midnight.',
    ].join('\n\n')
    expect(labelAndCues(text)).toEqual([
      ['reported', [['The court heard that', null]]],
      ['reported', [['The inquest heard', null]]],
      ['reported', [['The trial heard how', null]]],
      ['reported', [['Jurors heard that', null]]],
      ['unattributed', []],
      ['unattributed', []],
      ['unattributed', []],
    ])
  })
})

describe('setting something out', () => {
  it('hands over what a speaker or a document outlines', () => {
    const text = [
      'The memo, which was reviewed by CNN, outlines plans to cut 300 jobs.',
      'The governor outlined how the money would be spent.',
      'In interviews, the candidates outlined their priorities on education.',
      // (controls: no source outlines; the noun)
      'The chalk outlined the body on the pavement.',
      'The broad outlines of a deal emerged on Friday.',
    ].join('\n\n')
    expect(labelAndCues(text)).toEqual([
      ['direct', [['outlines', 'The memo']]],
      ['direct', [['outlined', 'The governor']]],
      ['reported', [['outlined', 'the candidates']]],
      ['unattributed', []],
      ['unattributed', []],
    ])
  })
})

describe('people speaking off the record', () => {
  it('are the unnamed subject, not "the record" as a document', () => {
    const text = [
      'Aides speaking off the record described the president as furious.',
      'Two officials speaking off the record said the deal was off.',
      // (controls: the adjunct after the verb, or set off after a named speaker)
      'He said off the record that the plan was dead.',
      'The senator, speaking off the record, said the bill was dead.',
    ].join('\n\n')
    expect(labelAndCues(text)).toEqual([
      ['reported', [['described', 'Aides speaking off the record']]],
      ['reported', [['said', 'Two officials speaking off the record']]],
      ['direct', [['said', 'He']]],
      ['direct', [['said', 'The senator']]],
    ])
  })
})

describe('questioning something or someone', () => {
  it('raises a doubt about a thing, but interviews a person or a body', () => {
    const text = [
      'Critics questioned the agency’s figures.',
      'In debate after debate, Mr. Bush questioned Mr. Trump’s tactics and his judgment.',
      'Many question the wisdom of the plan.',
      'The auditor questioned how the money was spent.',
      'Regulators questioned the retailer Bright Harbor last week.',
      'Police questioned two teenage suspects.',
      'Senators questioned Mr. Powell about inflation.',
      'Her lawyer confirmed her arrest.',
    ].join('\n\n')
    expect(labelAndCues(text)).toEqual([
      ['reported', [['questioned', 'Critics']]],
      ['direct', [['questioned', 'Mr. Bush']]],
      ['reported', [['question', 'Many']]],
      ['direct', [['questioned', 'The auditor']]],
      ['unattributed', []],
      ['unattributed', []],
      ['unattributed', []],
      ['direct', [['confirmed', 'Her lawyer']]],
    ])
  })
})

describe('what was made known, gone ahead of a relative clause', () => {
  it('is the content of the verb that made it known', () => {
    const text = [
      'Cross-selling was a key part of the strategy, which the bank detailed in SEC filings.',
      'It was a plan the mayor described in detail.',
      'The company booked a loss the firm disclosed in March.',
      'The figure, which the ministry confirmed on Friday, is the highest in a decade.',
      'The allegations, which Mr. Ailes denies, were detailed in a lawsuit.',
      // (controls: a thing made, not made known; the main clause going on after the relative one)
      'The book, which she wrote in 2010, sold well.',
      'The damage the storm caused was severe.',
    ].join('\n\n')
    expect(labelAndCues(text)).toEqual([
      ['direct', [['detailed', 'the bank']]],
      ['direct', [['described', 'the mayor']]],
      ['direct', [['disclosed', 'the firm']]],
      ['direct', [['confirmed', 'the ministry']]],
      ['direct', [['denies', 'Mr. Ailes']]],
      ['unattributed', []],
      ['unattributed', []],
    ])
  })
})

describe('a titled index after a word for people', () => {
  it('is the document, not a person named after a role', () => {
    const text = 'The Consumer Price Index shows prices rose 3.2% over the year.\n\nThe Consumer Confidence Index showed a drop in May.\n\nPollster Laura Poll said turnout would be high.\n\nConsumer advocate Ralph Nader said the rule was weak.'
    expect(types(text)).toEqual([
      ['Consumer Price Index', 'document'],
      ['Consumer Confidence Index', 'document'],
      ['Laura Poll', 'person'],
      ['Ralph Nader', 'person'],
    ])
  })
})

describe('"the bureau"', () => {
  it('is the FBI named by its initials before it, one source under its full name once that is written', () => {
    expect(resolvedOrWritten('The FBI arrested the man on Friday. The bureau said he acted alone.')).toEqual(['FBI'])
    expect(resolvedOrWritten('The Census Bureau updated its website on Monday. The bureau said growth slowed.')).toEqual(['Census Bureau'])
    const text = 'The FBI arrested the man on Friday. The bureau said he acted alone.\n\nThe Federal Bureau of Investigation opened an inquiry. The bureau said the case was active.'
    expect(rows(text)).toEqual([['Federal Bureau of Investigation', 'government', 2]])
  })
})

describe('a bare plural of people after an inverted "said"', () => {
  it('is the speaker whatever adjectives open it', () => {
    const text = [
      'The plant ignored warnings, said senior officials.',
      'The plant ignored repeated warnings, said current and former employees who spoke to The Times.',
      'Morale collapsed after the merger, say longtime staff members.',
      // (controls: a verb that takes people as its object; no people)
      'The company expanded last year, added new workers.',
      'The company expanded last year, said new filings.',
    ].join('\n\n')
    expect(labelAndCues(text)).toEqual([
      ['reported', [['said', 'senior officials']]],
      ['reported', [['said', 'current and former employees']]],
      ['reported', [['say', 'longtime staff members']]],
      ['unattributed', []],
      ['unattributed', []],
    ])
  })
})

describe('a firm named for strategy, consulting or media', () => {
  it('is an organisation, and a headline’s state or national media stay media', () => {
    const text = 'Public Opinion Strategies found that 40% of voters were undecided.\n\nAcme Consulting said revenue rose.\n\nSinclair Media said it would appeal the fine.'
    const sources = (text: string) => check(text).sentences.map((s) => s.attributions.map((a) => [a.source.text, a.source.type]))
    expect(sources(text)).toEqual([[['Public Opinion Strategies', 'organization']], [['Acme Consulting', 'organization']], [['Sinclair Media', 'organization']]])
    expect(sources('North Korea Fires Missile Into Sea, State Media Says')).toEqual([[['State Media', 'state-media']]])
    expect(sources('China Slams US Tariffs, Chinese Media Report')).toEqual([[['Chinese Media', 'media']]])
  })
})

describe('a review or report identified the sentence after', () => {
  it('is named by the research noun that follows it', () => {
    const text = 'Flood barriers failed because they had not been maintained, an independent review has found.\n\nThe report, commissioned by the Environment Agency and published on Thursday, said inspections had been sporadic.'
    expect(check(text).sentences.map((s) => [s.label, s.attributions[0].source.kind, s.attributions[0].source.resolved])).toEqual([
      ['direct', 'named', 'independent review'],
      ['direct', 'named', 'independent review'],
    ])
    // (not by a document of another kind: a letter is no review)
    expect(labels('Barriers failed, an independent review has found.\n\nThe letter, sent to residents on Friday, said repairs were planned.')).toEqual(['reported', 'direct'])
  })
})

describe('a short quotation between an owner and its noun', () => {
  it('is a modifier in the phrase, no quotation handed over', () => {
    const text = [
      'The sale would help the island respond to China’s “gray zone” pressure.',
      'Trump responded to Clinton’s “deplorables” remark.',
      // (controls: a show's title after its owner, with what was said after it; a quotation after an owner's phrase and a colon)
      'Sanders said on ABC’s “This Week” that he would “take a look.”',
      'She told ABC’s “Good Morning America” the tone was cordial.',
      'She said of the mayor’s plan: “It will fail.”',
    ].join('\n\n')
    expect(labelAndCues(text)).toEqual([
      ['unattributed', []],
      ['unattributed', []],
      ['direct', [['said', 'Sanders']]],
      ['direct', [['told', 'She']]],
      ['direct', [['said', 'She']]],
    ])
  })
})

describe('"the data" and "the findings"', () => {
  it('refer back to research, never to a law or a letter', () => {
    expect(resolvedOrWritten('The law says drivers must stop for pedestrians.\n\nThe data suggest otherwise.')).toEqual(['law', 'data'])
    expect(resolvedOrWritten('The letter warned of deep cuts. The findings suggest the cuts were avoidable.')).toEqual(['letter', 'findings'])
    expect(resolvedOrWritten('A study of 4,000 nurses found that night shifts raise the risk. The data suggest the effect grows with age.')).toEqual(['study of 4,000 nurses', 'study of 4,000 nurses'])
  })
})

describe('answering the door or the phone', () => {
  it('says nothing, and the main clause’s verb is no content of it', () => {
    const text = [
      'A woman who answered the door declined to comment.',
      'A man who answered the phone at the office hung up.',
      // (controls: what was answered, after "that", a quotation or a colon)
      'He answered that he would run again.',
      '“No,” she answered.',
      'Asked about the plan, he answered: “It is dead.”',
    ].join('\n\n')
    expect(labelAndCues(text)).toEqual([
      ['unattributed', []],
      ['unattributed', []],
      ['direct', [['answered that', 'He']]],
      ['direct', [['answered', 'she']]],
      ['direct', [['answered', 'he']]],
    ])
  })
})

describe('"the former", "the latter" and "the two"', () => {
  it('stand for the people named together before them', () => {
    const text = 'Mayor Karen Bass and Police Chief Jim McDonnell appeared together on Monday. The former said the city would hire 400 officers; the latter said recruitment was already up.\n\nSenators Elizabeth Warren and Bernie Sanders both criticized the deal. The two said in a joint statement that it favored Wall Street.'
    expect(resolvedOrWritten(text)).toEqual(['Karen Bass', 'Jim McDonnell', 'Elizabeth Warren and Bernie Sanders'])
    // (not a role with "former" in it)
    expect(resolvedOrWritten('Mayor Karen Bass and Police Chief Jim McDonnell appeared together on Monday. The former president said the deal was bad.')).toEqual(['former president'])
  })
})

describe('a view held among a group, or by no one named', () => {
  it('is the group’s, or a hedge on no one’s word', () => {
    const text = [
      'The consensus among scientists is that the planet is warming.',
      'The view among aides is that the bill is dead.',
      'It is sparking fears among progressive economists that the front-runner will undermine the case for deficits.',
      'The prevailing view in Washington is that the bill is dead.',
      'Word on the street is that the store will close.',
      // (controls: a saying among a group is folklore; a mood is no view)
      'There is an old quip among sailors that storms never come alone.',
      'The mood among voters is sour.',
    ].join('\n\n')
    expect(labelAndCues(text)).toEqual([
      ['reported', [['consensus among scientists is that', 'scientists']]],
      ['reported', [['view among aides is that', 'aides']]],
      ['reported', [['fears among', 'progressive economists']]],
      ['reported', [['view in Washington is that', null]]],
      ['reported', [['Word on the street is that', null]]],
      ['unattributed', []],
      ['unattributed', []],
    ])
  })
})

describe('a sentence pointing back at a quotation', () => {
  it('names the quotation’s speaker, across a paragraph break too', () => {
    const text = '“They keep moving the goalposts.”\n\nSo said Ruiz, speaking to reporters outside the hotel.\n\n“We will win.”\n\nThose were the words of Mayor Ana Lopez on Tuesday.\n\nThe council met on Friday. “It is over.” That is the view of the chief executive, Jane Park.'
    expect(speakers(text, 'text').map(([, s]) => s)).toEqual([
      ['Ruiz (inherited)'],
      ['Ruiz'],
      ['Mayor Ana Lopez (inherited)'],
      ['Mayor Ana Lopez'],
      [],
      ['the chief executive, Jane Park (inherited)'],
      ['the chief executive, Jane Park'],
    ])
    // (a bare sentence before it inherits nothing, SPEC §3)
    expect(labels('The vote was close.\n\nSo said Ruiz, speaking to reporters.')).toEqual(['unattributed', 'direct'])
  })
})

describe('a highway or border patrol', () => {
  it('is a government body, and its agents unnamed people', () => {
    const text = 'At least two people died in crashes, the State Highway Patrol said.\n\nThe California Highway Patrol said the freeway would reopen.\n\nThe Border Patrol said crossings fell.\n\nU.S. Border Patrol agents said they arrested 40 people.'
    expect(types(text)).toEqual([
      ['State Highway Patrol', 'government'],
      ['California Highway Patrol', 'government'],
      ['Border Patrol', 'government'],
      ['U.S. Border Patrol agents', 'anonymous'],
    ])
  })
})

describe('a party named by its people, and reports after an adjective', () => {
  it('is those people after a word for some of them, and the reports hand on their clause', () => {
    const text = [
      'Ministers faced a backlash, with senior Tories accusing the government of “fiscal recklessness”.',
      'Rebel Tories said they would vote against the bill.',
      'The Tories said the plan was reckless.',
      'The Home Office declined to comment on separate reports that asylum hotels would close by spring.',
      'Shares fell amid unconfirmed reports that the company would cut its dividend.',
    ].join('\n\n')
    expect(check(text).sentences.map((s) => [s.label, s.attributions.map((a) => [a.source.text ?? null, a.source.type])])).toEqual([
      ['reported', [['senior Tories', 'anonymous']]],
      ['reported', [['Rebel Tories', 'anonymous']]],
      ['direct', [['The Tories', 'organization']]],
      ['reported', [[null, 'unknown']]],
      ['reported', [[null, 'unknown']]],
    ])
  })
})

describe('a note about the writer named as the byline writes it', () => {
  it('is boilerplate with the title the byline gives', () => {
    const text = 'Opinion: Our city is not ready for the next heat wave\n\nBy Dr. Alicia Moreno\n\nOur cooling centers close at 6 p.m., when apartments are hottest.\n\nDr. Alicia Moreno is an emergency physician at Mercy Hospital.'
    expect(check(text).sentences.map((s) => s.role)).toEqual(['heading', 'boilerplate', 'body', 'boilerplate'])
    // (a last paragraph about someone else stays a claim)
    expect(check('By Dr. Alicia Moreno\n\nOur cooling centers close at 6 p.m.\n\nDr. Ivan Petrov is the county medical examiner.').sentences.map((s) => s.role)).toEqual(['boilerplate', 'body', 'body'])
  })
})

describe('a source after "per" with a post-modifier', () => {
  it('is read whole, a preposition’s pronoun with it', () => {
    const text = 'The deal, per two people familiar with it, was signed Friday.\n\nThe deal was signed Friday, per a person familiar with the talks.\n\nThe plant will close, according to three people close to them.\n\nPer capita income rose 3%.'
    expect(labelAndCues(text)).toEqual([
      ['reported', [['per', 'two people familiar with it']]],
      ['reported', [['per', 'a person familiar with the talks']]],
      ['reported', [['according to', 'three people close to them']]],
      ['unattributed', []],
    ])
  })
})

describe('what someone was called, after a set-off "whom"', () => {
  it('is the caller’s words', () => {
    const text = 'The senator, whom critics have called a moderate, voted against the bill.\n\nThe coach, whom players described as demanding, resigned on Monday.\n\nThe witness, whom police interviewed twice, was released.'
    expect(labelAndCues(text)).toEqual([
      ['reported', [['called', 'critics']]],
      ['reported', [['described', 'players']]],
      ['unattributed', []],
    ])
  })
})

describe('saying yes or no to something', () => {
  it('accepts or refuses it, an act, while a bare yes or no is what was said', () => {
    const text = 'She said no to the offer.\n\nVoters said yes to the levy in 2019.\n\nHe said no to the Iraq war.\n\nHe said yes.\n\nAsked if he would run, he said no.'
    expect(labels(text)).toEqual(['unattributed', 'unattributed', 'unattributed', 'direct', 'direct'])
  })
})

describe('a supermarket chain or a retail researcher named alone', () => {
  it('is an organisation, one row with the company it is later called', () => {
    const text = 'Tesco said like-for-like sales rose 4%.\n\nSainsbury’s said it would cut prices. The supermarket said margins would hold.\n\nAldi and Lidl gained market share, according to Kantar.\n\nMcDonald’s said sales rose. The company said prices would hold.'
    expect(rows(text)).toEqual([
      ['Sainsbury’s', 'organization', 2],
      ['McDonald’s', 'organization', 2],
      ['Tesco', 'organization', 1],
      ['Kantar', 'organization', 1],
    ])
  })
})

describe('a ministry of another field, and a listed name’s own ’s', () => {
  it('keeps the emergencies ministry apart from the health ministry counted before, and reads Moody’s estimate', () => {
    const text = 'By the Health Ministry’s count, 1,200 people have died.\n\nThe toll stood at 312, state media reported, citing the emergencies ministry.\n\nMoody’s pegged the losses at $4 billion.\n\nHP’s share price fell.'
    expect(resolvedOrWritten(text)).toEqual(['Health Ministry', 'state media', 'emergencies ministry', 'Moody’s'])
    expect(labels(text)).toEqual(['direct', 'direct', 'direct', 'unattributed'])
  })
})

describe('the Élysée', () => {
  it('is the French presidency by either name, one source', () => {
    const text = 'The Élysée said Macron would travel to Berlin.\n\nThe Elysee Palace said the visit was postponed. The Élysée later confirmed the date.'
    expect(rows(text)).toEqual([['Élysée', 'government', 3]])
  })
})

describe('a company called by its noun long before', () => {
  const filler = (names: string[]) => names.map((n, k) => `${n} said the attack was the ${['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'][k]} of its kind.`).join(' ')
  it('is what the noun stands for past the lookback, not a company only mentioned after a word', () => {
    const text = [
      'Meridian Health Insurance said Tuesday that hackers had stolen customer data. The company disclosed the attack in a filing.',
      filler(['Sen. Ana Ruiz', 'Detective Paul Grant', 'Mayor Lena Ortiz', 'Professor Omar Haddad', 'Judge Ellen Park', 'Dr. Ravi Menon', 'Gov. Tom Hale', 'Chief Ida Boyle', 'Rep. Sam Cole']),
      '“This was preventable,” said Allan Liska, an analyst at the threat intelligence company Recorded Future.',
      'Customers can call a hotline, the company said.',
    ].join('\n\n')
    expect(resolvedOrWritten(text).slice(-2)).toEqual(['Allan Liska', 'Meridian Health Insurance'])
    const firm = [
      'Halvern Partners said it would cut 400 jobs. The firm said the cuts were needed.',
      filler(['Sen. Ana Ruiz', 'Detective Paul Grant', 'Mayor Lena Ortiz', 'Professor Omar Haddad', 'Judge Ellen Park', 'Dr. Ravi Menon', 'Gov. Tom Hale', 'Chief Ida Boyle', 'Rep. Sam Cole']),
      'Severance will be paid in full, the firm said.',
    ].join('\n\n')
    expect(resolvedOrWritten(firm).at(-1)).toBe('Halvern Partners')
  })

  it('leaves a company only mentioned the antecedent when the story never called another one so', () => {
    const text = 'Shares of Valeant Pharmaceuticals fell 9 percent on Monday. The drop followed a downgrade, the company said.'
    expect(resolvedOrWritten(text).at(-1)).toBe('Valeant Pharmaceuticals')
    const analyst = '“Demand is soft,” said Rhea Kaur, an analyst at the research firm Gartner. Orders fell again in May, the firm said.'
    expect(resolvedOrWritten(analyst).at(-1)).toBe('Gartner')
  })
})

describe('a screenshot', () => {
  it('is a document a claim can rest on, read by anyone', () => {
    expect(labelAndCues('The group demanded $12 million, according to a screenshot reviewed by The Associated Press.')).toEqual([['direct', [['according to', 'a screenshot reviewed by The Associated Press']]]])
    expect(labelAndCues('The two men planned the raid for weeks, according to screenshots of a group chat seen by Reuters.')).toEqual([['direct', [['according to', 'screenshots of a group chat seen by Reuters']]]])
    expect(check('Screenshots of the chat show that the men planned the raid for weeks.').sentences.map((s) => [s.role, s.label])).toEqual([['body', 'reported']])
  })

  it('is no claim’s source where it is only shared, and a caption’s credit stays one', () => {
    expect(labels('A screenshot of the message was shared widely on social media.')).toEqual(['unattributed'])
    expect(check('The senator spoke for an hour and took no questions. She left by a side door.\n\nScreenshot via X.\n\nCourtesy of the Smith family.').sentences.map((s) => s.role)).toEqual(['body', 'body', 'caption', 'caption'])
  })
})

describe('a view held among a group', () => {
  it('hands its clause to the group, for an opinion, a feeling, a sense, a perception or a suspicion', () => {
    expect(labelAndCues('The prevailing opinion among economists is that rates will fall by June.')).toEqual([['reported', [['opinion among economists is that', 'economists']]]])
    expect(labelAndCues('The general feeling among lawmakers was that the bill was dead.')).toEqual([['reported', [['feeling among lawmakers was that', 'lawmakers']]]])
    expect(labelAndCues('There is a growing sense among Democrats that the race is slipping away.')).toEqual([['reported', [['sense among', 'Democrats']]]])
    expect(labelAndCues('The perception among commuters is that the trains are getting worse.')).toEqual([['reported', [['perception among commuters is that', 'commuters']]]])
    expect(labelAndCues('Her suspicion that the files had been altered proved right.')).toEqual([['direct', [['suspicion that', 'Her']]]])
  })

  it('is no one’s view without a that-clause, nor in a set phrase', () => {
    expect(labels('There is a sense of urgency among aides.')).toEqual(['unattributed'])
    expect(labels('It makes sense that prices rose after the storm.')).toEqual(['unattributed'])
    expect(labels('The sense of loss among the players was obvious.')).toEqual(['unattributed'])
  })
})

describe('a count kept on record', () => {
  it('is a figure its keeper supplies, by "recorded" as by "counted" or "tallied"', () => {
    expect(labelAndCues('The Health Ministry recorded more than 300 deaths in the first week.')).toEqual([['direct', [['recorded', 'The Health Ministry']]]])
    expect(labelAndCues('The war monitor tallied at least 40 civilian deaths in May.')).toEqual([['direct', [['tallied', 'The war monitor']]]])
    expect(labelAndCues('Election monitors counted 212 complaints of intimidation.')).toEqual([['reported', [['counted', 'Election monitors']]]])
  })

  it('is no one’s word where the object is no figure, or the figure is a game’s or a business’s own result', () => {
    expect(labels('The band recorded a new album in Nashville.')).toEqual(['unattributed'])
    expect(labels('As the county tallied mail ballots dropped off on Election Day, her lead grew.')).toEqual(['unattributed'])
    expect(labels('Smith tallied 20 points and 11 rebounds.')).toEqual(['unattributed'])
    expect(labels('Diaz recorded a career-high 14 saves in the shutout.')).toEqual(['unattributed'])
    expect(labels('The rookie counted three sacks and an interception.')).toEqual(['unattributed'])
    expect(labels('The retailer recorded $2.3 billion in net sales this fiscal year.')).toEqual(['unattributed'])
    expect(labels('Okafor added 12 rebounds off the bench.')).toEqual(['unattributed'])
  })

  it('is no one’s word where the figure counts the works a performer made', () => {
    expect(labels('Mr. Benning recorded more than 20 albums as a leader.')).toEqual(['unattributed'])
    expect(labels('The choir recorded 40 songs in a single week.')).toEqual(['unattributed'])
    expect(labels('Over two decades the trio recorded nine singles and three live albums.')).toEqual(['unattributed'])
    expect(labels('The podcast’s hosts recorded 120 episodes before the network dropped it.')).toEqual(['unattributed'])
    // (a keeper's count of anything else is still its figure)
    expect(labelAndCues('The agency recorded 14 cases of measles in March.')).toEqual([['direct', [['recorded', 'The agency']]]])
  })

  it('still hands on a forecast of a game’s figure', () => {
    expect(labelAndCues('Analysts projected 30 wins for the Celtics.')).toEqual([['reported', [['projected', 'Analysts']]]])
  })
})

describe('a monitor', () => {
  it('is a body as a war monitor, and people when monitors speak', () => {
    expect(check('The Britain-based war monitor said 40 soldiers were killed.').sentences[0].attributions.map((a) => [a.source.text, a.source.kind, a.source.type])).toEqual([['The Britain-based war monitor', 'named', 'organization']])
    expect(labelAndCues('International monitors told reporters that the ceasefire had held.')).toEqual([['reported', [['told', 'International monitors']]]])
    expect(types('The Syrian Observatory for Human Rights said 12 people died. The observatory said most were civilians.')).toEqual([['Syrian Observatory for Human Rights', 'organization']])
  })

  it('is an instrument when it only shows', () => {
    expect(labels('The monitor showed his heart rate falling.')).toEqual(['unattributed'])
    expect(labels('Air quality monitors showed a spike after the fire.')).toEqual(['unattributed'])
  })
})

describe('a wire service by its initials', () => {
  it('is one source with its full name', () => {
    expect(namesAndCounts('Lena Alvarez won the race, The Associated Press projected. Voters also approved the measure, the AP projected.')).toEqual([['Associated Press', 2]])
    expect(namesAndCounts('The strike killed 12 people, Agence France-Presse reported. The toll could rise, according to AFP.')).toEqual([['Agence France-Presse', 2]])
  })

  it('keeps other outlets apart, and goes by its initials when only they are written', () => {
    expect(namesAndCounts('The vote was delayed, the AP reported. The count resumed Friday, Reuters reported.')).toEqual([['AP', 1], ['Reuters', 1]])
  })
})

describe('a description ending in a town and its country before a relative clause', () => {
  it('leaves the person it describes the speaker', () => {
    expect(labelAndCues('Laura Kreidberg, director of the Max Planck Institute for Astronomy in Heidelberg, Germany, who was not involved in the research, called the data “beautiful.”')).toEqual([['direct', [['called', 'Laura Kreidberg']]]])
    expect(labelAndCues('Tomas Berg, a researcher at the Karolinska Institute in Stockholm, Sweden, who has studied the virus, said the findings were solid.')).toEqual([['direct', [['said', 'Tomas Berg']]]])
    expect(labelAndCues('Amina Diallo, a teacher in Dakar, Senegal, who joined the strike, told reporters the schools were empty.')).toEqual([['direct', [['told', 'Amina Diallo']]]])
  })

  it('while a relative clause’s own object is no description of the speaker, and a state after a town stays in the phrase', () => {
    expect(labelAndCues('Leila Haddad, who lost her son in the flood in Derna, Libya, in 2023, said the warnings had come too late.')).toEqual([['direct', [['said', 'Leila Haddad']]]])
    expect(labelAndCues('Jim Hale of Ames, Iowa said the race was close.')).toEqual([['direct', [['said', 'Jim Hale of Ames, Iowa']]]])
  })
})

describe('a determiner that never stands alone', () => {
  it('is no one when its noun was read as a verb', () => {
    expect(labels('Such stars flare frequently, blasting nearby planets with radiation that can strip gases away.')).toEqual(['unattributed'])
    expect(labels('Such storms stall for days, dumping rain on the same towns.')).toEqual(['unattributed'])
  })

  it('while a quantifier or a pronoun standing for people still speaks', () => {
    expect(labelAndCues('Such critics say the plan will fail.')).toEqual([['reported', [['say', 'Such critics']]]])
    expect(labelAndCues('Some said the plan would fail.')).toEqual([['reported', [['said', 'Some']]]])
  })
})

describe('a city by its name', () => {
  it('speaks through its government', () => {
    expect(types('Chicago said it would appeal the ruling.')).toEqual([['Chicago', 'government']])
    expect(types('Denver has recorded 38 homicides so far this year.')).toEqual([['Denver', 'government']])
    expect(types('San Francisco said the tax would fund shelters.')).toEqual([['San Francisco', 'government']])
  })

  it('while a person of a name that is also a city’s stays a person', () => {
    expect(types('Houston said she would run again.')).toEqual([['Houston', 'person']])
    expect(types('Defense Secretary Lloyd Austin said the drills would go ahead. Austin said allies agreed.')).toEqual([['Lloyd Austin', 'person']])
  })
})

describe('a masthead mentioned before it speaks', () => {
  it('is the outlet a later short name stands for', () => {
    expect(namesAndCounts('The parade began with a moment of silence, the Chicago Sun-Times reported.\n\nOrganizers added 160 security staff, the Sun-Times reported.')).toEqual([['Chicago Sun-Times', 2]])
    expect(namesAndCounts('In Chicago the march began at noon, the Chicago Tribune reported. Police closed six streets, the Tribune said.')).toEqual([['Chicago Tribune', 2]])
  })
})

describe('a gerund after a preposition and one bare word', () => {
  it('is the noun of the adjunct, not a reported clause, in a headline that drops its auxiliary', () => {
    const heads = ['Man charged in fatal shooting outside Denver bar', 'Driver charged in deadly crash on Route 9', 'Teen accused in school shooting plot']
    for (const h of heads) expect(check(`${h}\n\nThe senator spoke for an hour. She left by a side door.`).sentences[0].label).toBe('unattributed')
  })

  it('while a gerund right after the verb, an adverb or a longer adjunct is what was said', () => {
    expect(labelAndCues('He denied targeting civilians.')).toEqual([['direct', [['denied', 'He']]]])
    expect(labelAndCues('Lee denied, repeatedly, taking the money.')).toEqual([['direct', [['denied', 'Lee']]]])
    expect(labelAndCues('He denied again trying to flee.')).toEqual([['direct', [['denied', 'He']]]])
    // (and a document after "with" is what the participle after it is said in)
    expect(labelAndCues('Politico responded late Friday with an editor’s note saying that Carson had implied it.')).toEqual([['direct', [['responded', 'Politico'], ['saying that', 'an editor’s note']]]])
  })
})

describe('a relative clause that ends with its preposition', () => {
  it('leaves the past form after it the verb of the noun before it', () => {
    expect(labelAndCues('Parents I spoke with described scrambling to find child care on Fridays.')).toEqual([['reported', [['described', 'Parents']]]])
    expect(labelAndCues('Teachers we talked to reported missing weeks of lessons.')).toEqual([['reported', [['reported', 'Teachers']]]])
  })

  it('while a past form after a preposition of its own still describes a noun', () => {
    expect(labels('He spoke amid reported tensions with the board.')).toEqual(['unattributed'])
    expect(labels('The convoy came under repeated attacks near the border.')).toEqual(['unattributed'])
  })
})

describe('an outlet speaking in a relative clause after someone’s words', () => {
  it('says its own claim about the noun and relays no one', () => {
    const r = check('A source in the security service told Reuters the service was behind the attack on the refinery, which TASS said had briefly caught fire.')
    expect(r.sentences[0].attributions.map((a) => [a.source.text, a.via ?? null])).toEqual([['A source in the security service', null], ['TASS', null]])
    const s = check('Officials said the convoy was hit near the bridge, which Xinhua reported was destroyed.')
    expect(s.sentences[0].attributions.map((a) => [a.source.text, a.via ?? null])).toEqual([['Officials', null], ['Xinhua', null]])
  })

  it('while one that relays the sentence keeps its channel', () => {
    const r = check('Russian air defences destroyed 41 drones overnight, the Defence Ministry said, according to TASS.')
    expect(r.sentences[0].attributions.map((a) => [a.source.text, a.via ?? null])).toEqual([['the Defence Ministry', 'TASS'], ['TASS', null]])
  })
})

describe('an -s form of "report" after its subject and before a bare noun', () => {
  it('is the verb, whose object is what was reported', () => {
    expect(labelAndCues('The company reports strong sales in Asia.')).toEqual([['direct', [['reports', 'The company']]]])
    expect(labelAndCues('Tesla reports record deliveries for the quarter.')).toEqual([['direct', [['reports', 'Tesla']]]])
    expect(labelAndCues('In his financial disclosures, Senator Ruiz reports investments in three oil companies.')).toEqual([['direct', [['reports', 'Senator Ruiz']]]])
  })

  it('while after a medium’s or a document’s noun, before a verb, or after an article, it is the noun', () => {
    expect(labelAndCues('Police reports show the man fled on foot.')).toEqual([['direct', [['show', 'Police reports']]]])
    expect(labels('That firm was owned by Ali Demir, whom Turkish news reports identify as his brother-in-law.')).toEqual(['unattributed'])
    expect(labels('A new Pew Research report compares web samples against census data.')).toEqual(['unattributed'])
    expect(labels('Company reports were filed late.')).toEqual(['unattributed'])
  })
})

describe('a country or its capital opening a headline before "reports"', () => {
  it('is the government that reports', () => {
    for (const [h, who] of [['Kyiv reports drone strikes on refinery', 'Kyiv'], ['Ukraine reports drone strikes on refinery', 'Ukraine'], ['Russia says it downed 41 drones; Kyiv reports strikes on refinery', 'Kyiv']]) {
      const s = check(`${h}\n\nThe senator spoke for an hour. She left by a side door.`).sentences[0]
      expect(s.attributions.at(-1)?.source.text).toBe(who)
    }
  })

  it('while another capitalised noun opening it is no speaker', () => {
    expect(check('Election reports flood in\n\nThe senator spoke for an hour. She left by a side door.').sentences[0].label).toBe('unattributed')
  })
})

describe('a seller or a maker by the last word of its name', () => {
  it('is a company a later "the company" stands for', () => {
    expect(resolvedOrWritten('Investigators traced the outbreak to cucumbers shipped by Fresh Start Produce Sales of Delray Beach, Fla. The company said it was cooperating fully.')).toEqual(['Fresh Start Produce Sales'])
    expect(resolvedOrWritten('The toys were made by Harbor Manufacturing in Ohio. The company said it had halted production.')).toEqual(['Harbor Manufacturing'])
    expect(resolvedOrWritten('The shipment was handled by Orient Trading of Hong Kong. The company said the cargo was legal.')).toEqual(['Orient Trading'])
  })
})

describe('a role for someone, with a name set off after it', () => {
  it('names the speaker of a participle and of a second verb', () => {
    expect(labelAndCues('A spokesman for Dalton, Kyle Brandt, defended the post, saying it was accurate.')).toEqual([['direct', [['saying', 'Kyle Brandt']]]])
    expect(labelAndCues('An aide to Mayor Ruiz, Tom Hale, disputed the count and said it would be corrected.')).toEqual([['direct', [['disputed', 'Tom Hale'], ['said', 'Tom Hale']]]])
  })

  it('while a group of people in a place is no role with a name after it', () => {
    expect(labelAndCues('A number of the families of those killed in the massacre in Newtown, Connecticut, have filed a lawsuit, alleging that the ads inspired the shooter.')[0][1][0][1]).toMatch(/^A number of the families/)
  })
})

describe('"That" opening a sentence before a singular noun', () => {
  it('is the phrase’s determiner', () => {
    expect(labelAndCues('That report, however, estimated about 2 million crossings.')).toEqual([['direct', [['estimated', 'That report']]]])
    expect(labelAndCues('That official said the talks had stalled.')).toEqual([['direct', [['said', 'That official']]]])
  })

  it('while before a plural or a name it opens a clause', () => {
    expect(labelAndCues('That officials said so is telling.')).toEqual([['reported', [['said', 'officials']]]])
    expect(labels('That Trump won surprised pollsters.')).toEqual(['unattributed'])
  })
})

describe('"that" and a present verb after an adjunct', () => {
  it('open a relative clause on the adjunct’s noun, no content', () => {
    expect(labels('The pilots insisted on a list that ranks them by date of hire.')).toEqual(['unattributed'])
    expect(labels('The union argued for a formula that weighs years of service.')).toEqual(['unattributed'])
  })

  it('while a that-clause with its own subject after an adjunct is what was said', () => {
    expect(labelAndCues('She said on Tuesday that rates would rise.')).toEqual([['direct', [['said', 'She']]]])
    expect(labelAndCues('He told reporters in Ohio that prices rise every year.')).toEqual([['direct', [['told', 'He']]]])
    expect(labelAndCues('The mayor said in a statement that officials remain on alert.')).toEqual([['direct', [['said', 'The mayor']]]])
  })
})

describe('communications and correspondence', () => {
  it('are the messages written, documents a claim may rest on', () => {
    expect(labelAndCues('The union wants a ratio, according to internal union communications reviewed by The Wall Street Journal.')).toEqual([['direct', [['according to', 'internal union communications reviewed by The Wall Street Journal']]]])
    expect(labelAndCues('Correspondence obtained by the AP shows the mayor knew of the leak.')).toEqual([['direct', [['shows', 'Correspondence obtained by the AP']]]])
  })

  it('while a ministry named for them is a body, and the field is no source', () => {
    expect(types('The ministry of communications said the network was down.')).toEqual([['ministry of communications', 'government']])
    expect(labels('She worked in communications for a decade.')).toEqual(['unattributed'])
  })
})

describe('a think tank by its kind’s word', () => {
  it('is the foundation, institution or institute named before, even inside an unnamed group’s phrase', () => {
    expect(resolvedOrWritten('Economists at the Resolution Foundation said debt payments drove the overshoot. The think tank estimates that interest will cost £105bn.')).toEqual(['Economists at the Resolution Foundation', 'Resolution Foundation'])
    expect(resolvedOrWritten('Analysts at the Brookings Institution said the plan would fail. The think tank said costs would rise.')).toEqual(['Analysts at the Brookings Institution', 'Brookings Institution'])
    expect(resolvedOrWritten('Scholars at the Cato Institute said the tax was unfair. The think tank said it would publish a study.')).toEqual(['Scholars at the Cato Institute', 'Cato Institute'])
  })

  it('while an institution speaks by its own word too, and a think tank written so stays that one', () => {
    expect(resolvedOrWritten('The Smithsonian Institution said the exhibit would close. The institution said repairs were needed.')).toEqual(['Smithsonian Institution', 'Smithsonian Institution'])
    expect(resolvedOrWritten('The Gates Foundation pledged $10 million. A Brussels think tank said the pledge was small. The think tank said more was needed.')).toEqual(['Brussels think tank', 'Brussels think tank'])
  })
})

describe('a hedge adverb inside a noun phrase', () => {
  it('hedges the noun, not the claim (SPEC: like "the alleged attacker")', () => {
    expect(labels('The allegedly stolen car was found in Ohio.')).toEqual(['unattributed'])
    expect(labels('Police questioned him about an allegedly rigged vote count.')).toEqual(['unattributed'])
    expect(labels('His reportedly record salary drew criticism.')).toEqual(['unattributed'])
  })

  it('while one before a verb hedges the claim', () => {
    expect(labelAndCues('This reportedly culminated in a meeting at his home.')).toEqual([['reported', [['reportedly', null]]]])
    expect(labelAndCues('They were all allegedly targeted by the campaign.')).toEqual([['reported', [['allegedly', null]]]])
    expect(labelAndCues('The suspect allegedly fled in a stolen car.')).toEqual([['reported', [['allegedly', null]]]])
  })
})

describe('hearsay that emerges, surfaces or is speculated', () => {
  it('is a hedge on unnamed word', () => {
    expect(labelAndCues('Reports emerged Tuesday that the chief executive would step down.')).toEqual([['reported', [['emerged', 'Reports']]]])
    expect(labelAndCues('Allegations surfaced that the coach had bullied players.')).toEqual([['reported', [['Allegations surfaced that', null]]]])
    expect(labelAndCues('There has been speculation that the bank will cut rates.')).toEqual([['reported', [['speculation that', null]]]])
    expect(labelAndCues('The move stoked speculation that he might run.')).toEqual([['reported', [['speculation that', null]]]])
  })

  it('while a thing that emerges or surfaces is no hearsay, and owned speculation is its owner’s', () => {
    expect(labels('A winner emerged from the talks late on Friday.')).toEqual(['unattributed'])
    expect(labels('The submarine surfaced near the coast.')).toEqual(['unattributed'])
    expect(labelAndCues('His speculation that rates would fall proved wrong.')).toEqual([['direct', [['speculation that', 'His']]]])
  })
})

describe('people by their trade or calling', () => {
  it('are one person when definite and unnamed people when indefinite', () => {
    expect(check('The bouncer told police the man had a gun.').sentences[0].attributions.map((a) => [a.source.text, a.source.kind, a.source.type])).toEqual([['The bouncer', 'named', 'person']])
    expect(check('An insurance adjuster said the roof was a total loss.').sentences[0].attributions.map((a) => [a.source.text, a.source.kind, a.source.type])).toEqual([['An insurance adjuster', 'vague', 'anonymous']])
    expect(check('An FBI forensic examiner testified that the messages were recovered.').sentences[0].attributions.map((a) => [a.source.text, a.source.kind, a.source.type])).toEqual([['An FBI forensic examiner', 'vague', 'anonymous']])
    expect(check('Her caseworker said the family needed help.').sentences[0].attributions.map((a) => [a.source.kind, a.source.type])).toEqual([['named', 'person']])
  })

  it('while a masthead with the same word stays an outlet', () => {
    expect(types('The Washington Examiner reported the story. The Examiner said it stood by it.')).toEqual([['Washington Examiner', 'media']])
  })
})

describe('a participle on a group the subject is counted in', () => {
  it('is the subject’s words', () => {
    expect(labelAndCues('Reyes has been among the most vocal voices arguing that the Fed should cut rates.')).toEqual([['direct', [['arguing that', 'Reyes']]]])
    expect(labelAndCues('Lee was one of the first officials warning that the dam could fail.')).toEqual([['direct', [['warning that', 'Lee']]]])
    expect(labelAndCues('The governor is also among the leaders insisting that the border stay open.')).toEqual([['direct', [['insisting that', 'The governor']]]])
  })

  it('while a group not counted so keeps its own words', () => {
    expect(labelAndCues('Critics warning that the dam could fail were ignored.')).toEqual([['reported', [['warning that', 'Critics']]]])
    expect(labelAndCues('The report was one of several documents showing that the dam was weak.')).toEqual([['reported', [['showing that', 'one of several documents']]]])
  })
})

describe('an owned object gone ahead of a relative clause', () => {
  it('is what the relative clause’s subject made known, as one with an article is', () => {
    expect(labelAndCues('Cross-selling was a key part of Wells Fargo’s strategy, which the bank detailed in SEC filings.')).toEqual([['direct', [['detailed', 'the bank']]]])
    expect(labelAndCues('The merger was central to Halvern’s plan, which the company outlined to investors in May.')).toEqual([['direct', [['outlined', 'the company']]]])
  })

  it('while an owned thing made is no word of theirs', () => {
    expect(labels('The novel was Ruiz’s first book, which she wrote in 2010.')).toEqual(['unattributed'])
  })
})

describe('a people by its plural demonym', () => {
  it('is an unspecified group, wherever it stands', () => {
    for (const s of ['Germans said the plan was fair.', 'Polls show Germans said the plan was fair.', 'Americans told pollsters voting was hard.', 'Lamenting their luck, Mexicans often say the border is a curse.']) {
      expect(check(s).sentences[0].attributions.at(-1)!.source.kind).toBe('vague')
    }
  })

  it('while a surname or a name before a verb only people use stays a person', () => {
    expect(types('Button said the team would appeal.')).toEqual([['Button', 'person']])
    expect(types('Rubio said the claim was false. Later, Rubio said more.')).toEqual([['Rubio', 'person']])
  })
})

describe('a participle with its own adverb after people', () => {
  it('stays in their phrase and leaves them the head', () => {
    expect(check('Residents living nearby said the smell was awful.').sentences[0].attributions.map((a) => [a.source.text, a.source.kind])).toEqual([['Residents living nearby', 'vague']])
    expect(check('Americans living abroad said voting was hard.').sentences[0].attributions.map((a) => [a.source.text, a.source.kind])).toEqual([['Americans living abroad', 'vague']])
    expect(check('Officials speaking privately said the talks had stalled.').sentences[0].attributions.map((a) => a.source.kind)).toEqual(['vague'])
  })

  it('while a place adverb right after a noun is no part of it', () => {
    expect(labelAndCues('Polls there show a tighter race.')).toEqual([['reported', [['show', 'Polls']]]])
  })
})

describe('"who" after a thing and a preposition', () => {
  it('stands for the people after the preposition', () => {
    expect(labelAndCues('The council voted 5-2, overriding objections from neighbors who said the building would overwhelm their street.')).toEqual([['reported', [['said', 'neighbors']]]])
    expect(labelAndCues('He sent a letter to residents of Flint who said the water was brown.')).toEqual([['reported', [['said', 'residents of Flint']]]])
    expect(labelAndCues('The party offered fresh ammunition to Republicans who say the law is a money pit.')).toEqual([['reported', [['say', 'Republicans']]]])
  })

  it('while after a person it stands for the person, and an infinitive’s object is none of the thing’s', () => {
    expect(labelAndCues('The change is likely to placate nervous Democrats on Capitol Hill, who have argued that it helps.')[0][1]).toEqual([['argued that', 'Capitol Hill']])
    expect(labelAndCues('Clinton unveiled a list of endorsements from 95 retired generals and admirals who cited her years as secretary of state.')[0][1]).toEqual([['cited her years', '95 retired generals and admirals']])
    expect(labelAndCues('The support of a retired general who suggested the war was lost was key.')).toEqual([['reported', [['suggested', 'a retired general']]]])
    expect(labelAndCues('It drew a damning reaction from President Obama, who called the plan reckless.')).toEqual([['direct', [['called', 'President Obama']]]])
  })
})

describe('a gerund after a manner adverb', () => {
  it('is what was denied or admitted', () => {
    expect(labelAndCues('She denied knowingly taking the substance.')).toEqual([['direct', [['denied', 'She']]]])
    expect(labelAndCues('The trader admitted deliberately hiding the losses.')).toEqual([['direct', [['admitted', 'The trader']]]])
  })

  it('while a degree word before an adjective in -ing makes no gerund said', () => {
    expect(labels('That insistence makes the Chinese comments particularly galling to him.')).toEqual(['unattributed'])
  })
})

describe('a body named past "for" or "on"', () => {
  it('keeps its whole name, and its noun stands for it', () => {
    expect(resolvedOrWritten('The Court of Arbitration for Sport has upheld the ban, the court said on Monday.')).toEqual(['Court of Arbitration for Sport'])
    expect(types('World Athletics has warned that the country could face further action.')).toEqual([['World Athletics', 'organization']])
  })
})

describe('a claim rejected, dismissed, refuted or rebutted', () => {
  it('is denied, as "denied the report" is', () => {
    expect(labelAndCues('Beijing has repeatedly rejected the accusation.')).toEqual([['direct', [['rejected', 'Beijing']]]])
    expect(labelAndCues('Moscow dismissed the allegations.')).toEqual([['direct', [['dismissed', 'Moscow']]]])
    expect(labelAndCues('Kyiv rejected the claim as propaganda.')).toEqual([['direct', [['rejected', 'Kyiv']]]])
    expect(labelAndCues('The ministry refuted the claims.')).toEqual([['direct', [['refuted', 'The ministry']]]])
    expect(labelAndCues('Lawyers rebutted the allegations in court.')).toEqual([['reported', [['rebutted', 'Lawyers']]]])
  })

  it('while charges dismissed, an offer rejected or critics dismissed are acts', () => {
    expect(labels('A judge dismissed the charges.')).toEqual(['unattributed'])
    expect(labels('The board rejected the offer.')).toEqual(['unattributed'])
    expect(labels('The mayor dismissed the critics.')).toEqual(['unattributed'])
  })
})

describe('a line that ends with a comma, inside a closing quotation mark or not', () => {
  it('goes on into the next line, whatever its first letter', () => {
    const text = 'The council met on Tuesday.\n\n“We’re not going anywhere,”\nMayor Ortiz said, standing in front of City Hall.'
    expect(check(text).sentences.map((s) => [s.text, s.label])).toEqual([
      ['The council met on Tuesday.', 'unattributed'],
      ['“We’re not going anywhere,”\nMayor Ortiz said, standing in front of City Hall.', 'direct'],
    ])
    expect(check('We will appeal the ruling,\nLopez told reporters outside the courthouse.').sentences.map((s) => s.label)).toEqual(['direct'])
  })

  it('while lines of headlines without stops stay a unit each', () => {
    expect(check('Related Coverage\nHouse Republicans split over spending\nWhat is in the stopgap bill').sentences).toHaveLength(3)
  })
})

describe('a grant a body refuses', () => {
  it('is an act, whatever the body and the verb; a claim denied stays a cue', () => {
    const text = [
      'The Brookfield Zoning Board of Appeals voted 4-1 to deny a variance for the tower.',
      'Judge Alice Moreno denied the motion to dismiss on Friday.',
      'The appeals court denied an injunction that would have halted the sale.',
      'The council refused an extension for the contractor.',
      'The parole board denied clemency to Raymond Ortiz.',
      // (a claim denied is still the denier's word)
      'The developer denied the allegations.',
      'Ortiz denied that he had fired the shot.',
    ].join('\n\n')
    expect(labelAndCues(text)).toEqual([
      ['unattributed', []],
      ['unattributed', []],
      ['unattributed', []],
      ['unattributed', []],
      ['unattributed', []],
      ['direct', [['denied', 'The developer']]],
      ['direct', [['denied that', 'Ortiz']]],
    ])
  })

  it('is a town’s board of land use, elections, health or parole: government', () => {
    expect(types('The Brookfield Zoning Board of Appeals said the applicant showed no hardship.')).toEqual([['Brookfield Zoning Board of Appeals', 'government']])
    expect(types('The Dade County Board of Elections said 4,000 ballots were uncounted.')).toEqual([['Dade County Board of Elections', 'government']])
    expect(types('The Millbrook Planning Board said the plan met the code.')).toEqual([['Millbrook Planning Board', 'government']])
    expect(types('The state Parole Board said Ortiz posed no risk.')).toEqual([['state Parole Board', 'government']])
  })
})

describe('a relative clause’s verb group', () => {
  it('ends the object it describes: no reported clause after it unless a verb of its own follows', () => {
    const text = [
      'The appeals court denied an injunction that would have halted the sale.',
      'The board rejected a request that would have delayed the vote.',
      'Prosecutors dropped a charge that could not have been proved.',
      // (a clause's verb after the relative clause makes it the subject of what was said)
      'She said the law that would have banned it was struck down.',
      'Mendez argued that a tax that would have hit renters is now dead.',
    ].join('\n\n')
    expect(labelAndCues(text)).toEqual([
      ['unattributed', []],
      ['unattributed', []],
      ['unattributed', []],
      ['direct', [['said', 'She']]],
      ['direct', [['argued that', 'Mendez']]],
    ])
  })
})

describe('a lab', () => {
  it('is an organisation that speaks, named or not, and the speaker of a relative clause on it', () => {
    expect(types('The state crime lab said the samples were contaminated.')).toEqual([['state crime lab', 'organization']])
    expect(types('The laboratory said it had corrected the error.')).toEqual([['laboratory', 'organization']])
    expect(labelAndCues('Two independent labs that tried to reproduce the experiments reported failing to do so.\n\nA private laboratory that analysed the pills said they held fentanyl.')).toEqual([
      ['reported', [['reported', 'Two independent labs']]],
      ['reported', [['said', 'A private laboratory']]],
    ])
    // (a lab's tests are evidence, no one's word: SPEC's "cameras showed")
    expect(labelAndCues('Lab tests show high levels of lead.\n\nLaboratory results suggest the water is safe.\n\nBlood test results showed no trace of the drug.\n\nThe poll results show Smith ahead.')).toEqual([
      ['unattributed', []],
      ['unattributed', []],
      ['unattributed', []],
      // (an authored work's results are its own)
      ['direct', [['show', 'The poll results']]],
    ])
  })
})

describe('a British paper’s sports or online desk', () => {
  it('is the outlet crediting its own reporting', () => {
    expect(types('The Gunners are confident of a deal before Friday, Sportsmail understands.')).toEqual([['Sportsmail', 'media']])
    expect(types('The club are ready to sell, MailOnline understands.')).toEqual([['MailOnline', 'media']])
    expect(types('Telegraph Sport has learned that the deal collapsed.')).toEqual([['Telegraph Sport', 'media']])
    expect(types('The striker has agreed personal terms, Sky Sports News reported.')).toEqual([['Sky Sports News', 'media']])
  })
})

describe('businesses named for their founders, joined', () => {
  it('are one organisation row, a quantifier between them and the verb or not', () => {
    expect(types("Macy's and Kohl's both reported weaker sales last month.")).toEqual([["Macy's and Kohl's", 'organization']])
    expect(types("Sotheby's and Christie's each reported record sales.")).toEqual([["Sotheby's and Christie's", 'organization']])
    expect(types("Dillard's and Kohl's said holiday traffic was slow.")).toEqual([["Dillard's and Kohl's", 'organization']])
    // (three or more, with commas)
    expect(types("Wendy's, Arby's and Hardee's said they would raise prices.")).toEqual([["Wendy's, Arby's and Hardee's", 'organization']])
    expect(types("Dillard's, Belk's and Macy's all said holiday sales fell.")).toEqual([["Dillard's, Belk's and Macy's", 'organization']])
    // (one alone is one too, and owners before a noun are no speakers)
    expect(types("Kohl's said sales fell.")).toEqual([["Kohl's", 'organization']])
    expect(labels("Trump's and Clinton's campaigns said nothing.")).toEqual(['unattributed'])
  })
})

describe('a town’s state inside an aside on the subject', () => {
  it('leaves the verb after the aside its subject’s, not an inverted tag', () => {
    const text = [
      'The 94-page complaint, filed in federal court in Oakland, California, claims Glint\'s "streak" rewards were engineered to keep children scrolling.',
      'The lawsuit, filed Monday in Austin, Texas, alleges Vance "knowingly" hid defects.',
      'The memo, written by a manager in Dayton, Ohio, says Ortiz, the plant manager, would leave.',
      // (an inverted tag still reads as one, and a state after the speaker's place is no speaker)
      'The rewards kept children scrolling, claims the complaint.',
      'The plan will fail, says Ana Ruiz, a professor in Austin, Texas.',
    ].join('\n\n')
    expect(labelAndCues(text)).toEqual([
      ['direct', [['claims', 'The 94-page complaint']]],
      ['direct', [['alleges', 'The lawsuit']]],
      ['direct', [['says', 'The memo']]],
      ['direct', [['claims', 'the complaint']]],
      ['direct', [['says', 'Ana Ruiz']]],
    ])
  })
})

describe('a person counted by the children they have', () => {
  it('keeps the count in the phrase, so an inverted tag finds its speaker', () => {
    const text = [
      '"I\'ve read a lot about the side effects," said one mother of three, who asked that her name not be used.',
      '"We lost everything," said a father of two.',
      '"Nobody told us," said a grandmother of five who lives nearby.',
      'A mother of three said the school had closed without notice.',
    ].join('\n\n')
    expect(labelAndCues(text)).toEqual([
      ['reported', [['said', 'one mother of three']]],
      ['reported', [['said', 'a father of two']]],
      ['reported', [['said', 'a grandmother of five']]],
      ['reported', [['said', 'A mother of three']]],
    ])
  })
})

describe('“advised”', () => {
  it('is a tag of advice, while advising someone to act is a request', () => {
    const text = [
      'Anyone who visited those locations should watch for symptoms, the department advised.',
      '"Stay indoors," advised the sheriff.',
      'The CDC advises that travelers get vaccinated.',
      'Officials advised residents to stay indoors.',
      'Passengers are advised to arrive early.',
      // (the plain and -ing forms are no one's words)
      'At Greenhill, fees from advising clients declined to $281 million.',
      'The Senate has a duty to advise and consent.',
    ].join('\n\n')
    expect(labelAndCues(text)).toEqual([
      ['direct', [['advised', 'the department']]],
      ['direct', [['advised', 'the sheriff']]],
      ['direct', [['advises that', 'The CDC']]],
      ['unattributed', []],
      ['unattributed', []],
      ['unattributed', []],
      ['unattributed', []],
    ])
  })
})

describe('a noun before a relative clause whose subject has a nation’s adjective', () => {
  it('leaves the subject the people after the noun', () => {
    const text = [
      'The group suspended attacks, a pledge American officials said they did not trust.',
      'The toll rose to 40, a figure U.S. officials said was conservative.',
      'The strike was a move Russian diplomats called reckless.',
      // (a role's phrase stays whole)
      'A spokesman for American Airlines said flights resumed.',
    ].join('\n\n')
    expect(labelAndCues(text)).toEqual([
      ['reported', [['said', 'American officials']]],
      ['reported', [['said', 'U.S. officials']]],
      ['reported', [['called', 'Russian diplomats']]],
      ['direct', [['said', 'A spokesman for American Airlines']]],
    ])
  })
})

describe('an app', () => {
  it('stands for the company that runs it: a name introduced as an app is an organisation', () => {
    expect(types('Families sued the maker of the photo-sharing app Glint. Glint denied the allegations.')).toEqual([['Glint', 'organization']])
    expect(types('The dating app Hinge said it would add safety features.')).toEqual([['Hinge', 'organization']])
    expect(types('The app said it had 10 million users.')).toEqual([['app', 'organization']])
    // (an app that shows something is no one's word)
    expect(labels('The app shows the nearest store.')).toEqual(['unattributed'])
  })
})

describe('a fact check’s list of its sources', () => {
  it('is a credit, not a claim, however long, its items set apart by semicolons', () => {
    const text = [
      'The claim is false. Records show the shelter cost $38,500.',
      'Sources: City of Marlow capital projects database; interview with Alana Brooks, Nov. 12; Marlow Transit Department budget, fiscal 2023.',
    ].join('\n\n')
    expect(check(text).sentences.map((s) => [s.role, s.claim])).toEqual([
      ['body', true],
      ['body', true],
      ['caption', false],
    ])
    expect(check('Median rent rose 9 percent.\n\nSources: Zillow; U.S. Census Bureau; interviews with 14 landlords in Dalton and Marlow, March 2024.').sentences.map((s) => [s.role, s.claim])).toEqual([
      ['body', true],
      ['caption', false],
    ])
  })
})

describe('a comment on the news after a channel’s tag', () => {
  it('is its speaker’s own, not relayed through the channel', () => {
    const text = [
      'North Korea tested a solid-fuel engine, state media KCNA reported on Tuesday, in what analysts said was a step toward a harder-to-detect weapon.',
      'The plant closed, TASS reported, in what experts called a blow to the economy.',
      'The plant closed, KCNA said, which analysts said was unusual.',
      // (a channel that opens the sentence relays all of it)
      'According to pool reports, Obama said the attack was cowardly, which he called "an act of terror."',
    ].join('\n\n')
    expect(check(text).sentences.map((s) => s.attributions.map((a) => [a.source.text, a.via ?? null]))).toEqual([
      [['state media KCNA', null], ['analysts', null]],
      [['TASS', null], ['experts', null]],
      [['KCNA', null], ['analysts', null]],
      [['pool reports', null], ['Obama', 'pool reports'], ['he', 'pool reports']],
    ])
  })
})

describe('an owner opening a sentence', () => {
  it('is the body a later “it” stands for, named without its ’s', () => {
    expect(sourceNames("Pyongyang's claims about its weapons are difficult to verify. In January, it said it had tested a warhead.")).toEqual(['Pyongyang'])
    expect(sourceNames("Moscow's account of the crash has shifted. On Monday, it said the pilot had erred.")).toEqual(['Moscow'])
  })
})

describe('a body’s lowercase name before a document', () => {
  it('leaves the document the head, so the research verb has its document', () => {
    const text = [
      'Sales along the corridor rose, a chamber of commerce survey found.',
      'Vaccination rates fell, a board of education report showed.',
      // (a role with "of" stays a person, a part of a document no source)
      'The secretary of state said the talks failed.',
      'A piece of the report was leaked.',
    ].join('\n\n')
    expect(labelAndCues(text)).toEqual([
      ['reported', [['found', 'a chamber of commerce survey']]],
      ['reported', [['showed', 'a board of education report']]],
      ['direct', [['said', 'The secretary of state']]],
      ['unattributed', []],
    ])
  })
})

describe('a label of figures in a list', () => {
  it('says nothing: no headline source, while a source’s label before words still is one', () => {
    const md = ['Key numbers:', '', '- Average monthly bill: $48 → $54', '- Pipes older than 80 years: 31%'].join('\n')
    const { report } = checkDocument(md, 'markdown')
    expect(report.sentences.map((s) => [s.text, s.attributions.map((a) => a.source.text)])).toEqual([
      ['Key numbers:', []],
      ['Average monthly bill: $48 → $54', []],
      ['Pipes older than 80 years: 31%', []],
    ])
    expect(labelAndCues('Report: 12% → 15%\n\nPolice: 3 dead in shooting near school\n\nReport: Jobless rate rose to 4.1%')).toEqual([
      ['unattributed', []],
      ['direct', [[':', 'Police']]],
      ['reported', [[':', 'Report']]],
    ])
  })
})

describe('“they” after someone’s people by their plural role', () => {
  it('stands for them, one row, not an unknown “they”', () => {
    expect(resolvedOrWritten('Her representatives said she needs rest from what they described as "severe exhaustion."')).toEqual(['Her representatives', 'Her representatives'])
    expect(namesAndCounts('Singer Lila Moreno canceled her tour. Her managers said the decision was hers. They called it "heartbreaking."')).toEqual([['Her managers', 2]])
  })
})

describe('a document identified past what it is of', () => {
  it('names the indefinite one before: one named row', () => {
    expect(rows('A new poll shows Walsh within two points of Harlan. The survey of 812 likely voters, conducted Sept. 8-12 by the Marist Institute for Public Opinion, found Harlan leading 47% to 45%.')).toEqual([['new poll', 'document', 2]])
    expect(rows('A new study links coffee to longer lives. The study of 40,000 adults, published in Circulation, found a 12% lower risk.')).toEqual([['new study', 'document', 2]])
    expect(labels('A new study links coffee to longer lives. The study of 40,000 adults, published in Circulation, found a 12% lower risk.')).toEqual(['direct', 'direct'])
    // (a phrase with no identifying words after it leaves the document unnamed)
    expect(labels('A new report says rents rose. The report of the committee, the mayor said, was late.')).toEqual(['reported', 'direct'])
  })
})

describe('a company in apposition, with an agency’s word in its name', () => {
  it('is the company its apposition says, not a government', () => {
    expect(rows('Arizona Public Service, the state’s largest utility, said it had cut power to 9,000 customers.')).toEqual([['Arizona Public Service', 'organization', 1]])
    expect(rows('Northern Command, a software startup in Austin, said it had raised $20 million.')).toEqual([['Northern Command', 'organization', 1]])
    expect(rows('The blackout began at 6 p.m., according to Western Power Authority, a private grid operator.')).toEqual([['Western Power Authority', 'organization', 1]])
    // (an apposition before the name tells it too: "the region's biggest insurer, Coastal Service Group,")
    expect(rows('The region’s biggest insurer, Coastal Service Group, said claims had doubled.')).toEqual([['Coastal Service Group', 'organization', 1]])
  })
  it('leaves a government a government when its apposition is one', () => {
    expect(rows('The Federal Reserve, the nation’s central bank, said rates would hold.')).toEqual([['Federal Reserve', 'government', 1]])
    expect(rows('The National Weather Service, a federal agency, said the storm would stall.')).toEqual([['National Weather Service', 'government', 1]])
    expect(rows('The Postal Service, which lost $9 billion last year, said it would raise prices.')).toEqual([['Postal Service', 'government', 1]])
  })
})

describe('a thought about a noun gone ahead of it, with no relative pronoun', () => {
  it('is the thinker’s, its subject after the noun', () => {
    expect(labelAndCues('The firm signed a $2 billion deal, a bet some investors fear will squeeze margins.')).toEqual([['reported', [['fear', 'some investors']]]])
    expect(labelAndCues('The council approved the tower, a project many residents worry will block the harbor view.')).toEqual([['reported', [['worry', 'many residents']]]])
    expect(labelAndCues('He signed the order, a move analysts believe could spark a trade war.')).toEqual([['reported', [['believe', 'analysts']]]])
    expect(labelAndCues('It was a loss Mayor Ruiz fears will linger for years.')).toEqual([['direct', [['fears', 'Mayor Ruiz']]]])
    expect(labelAndCues('She chose a path her coach believed would lead to gold.')).toEqual([['direct', [['believed', 'her coach']]]])
  })
  it('takes a possessive after the noun as the subject of a saying verb too', () => {
    expect(labelAndCues('The company cut 200 jobs, a step its founder said would calm investors.')).toEqual([['direct', [['said', 'its founder']]]])
    expect(labelAndCues('The city built a seawall, a barrier his office claimed would stop the floods.')).toEqual([['direct', [['claimed', 'his office']]]])
  })
  it('leaves a noun of fear or hope alone', () => {
    expect(labels('Investor fear will ease once rates fall.')).toEqual(['unattributed'])
    expect(labels('A broad public fear could hurt holiday sales.')).toEqual(['unattributed'])
    expect(labels('Their hope will be tested in the spring.')).toEqual(['unattributed'])
  })
})

describe('a newsroom’s note run on in its paragraph', () => {
  it('is boilerplate where its label is followed by what it is about', () => {
    expect(check('The city will offer rebates of up to $1,000, officials said. Correction: An earlier version of this story misstated the fine.').sentences.map((s) => [s.role, s.claim])).toEqual([['body', true], ['boilerplate', false]])
    expect(check('Turnout was 41 percent. Clarification: This article has been updated to say when polls closed.').sentences.map((s) => s.role)).toEqual(['body', 'boilerplate'])
    expect(check('Rents rose 6 percent. Editor’s note: A previous version of this report gave the wrong year.').sentences.map((s) => s.role)).toEqual(['body', 'boilerplate'])
  })
  it('leaves a correction of a fact inside a paragraph a claim', () => {
    expect(check('The fine is $100. Correction: the fine doubled in 2020.').sentences.map((s) => [s.role, s.claim])).toEqual([['body', true], ['body', true]])
  })
})

describe('a law’s text by its kind', () => {
  it('is a document that speaks, as a law does', () => {
    expect(rows('Fines start at $100, the ordinance says.')).toEqual([['ordinance', 'document', 1]])
    expect(labelAndCues('The statute says a landlord must give 30 days’ notice.')).toEqual([['direct', [['says', 'The statute']]]])
    expect(labelAndCues('Under the bylaw, which the board adopted in 2019, the bylaw states that meetings must be public.')).toEqual([['direct', [['states that', 'the bylaw']]]])
    expect(types('Federal Election Commission regulations suggest candidates must keep the accounts apart.')).toEqual([['Federal Election Commission regulations', 'document']])
  })
})

describe('a subject pronoun after a relative clause on a document', () => {
  it('speaks itself; the clause does not make the document the speaker', () => {
    expect(labelAndCues('She proposed new federal regulations that would end what she said were punitive discipline policies.')).toEqual([['direct', [['said', 'she']]]])
    expect(labelAndCues('The governor signed a law that would ban what he called predatory lending.')).toEqual([['direct', [['called', 'he']]]])
    expect(labelAndCues('Lawmakers passed a bill that would fund what they said were overdue repairs.')).toEqual([['reported', [['said', 'they']]]])
  })
})

describe('a share or a sum gone ahead of the people who put it', () => {
  it('leaves the figure out of the speaker', () => {
    expect(labelAndCues('Vaccination rates slipped to 87 percent, below the 95 percent experts say is needed to stop outbreaks.')).toEqual([['reported', [['say', 'experts']]]])
    expect(labelAndCues('Growth slowed to 1.2%, short of the 2% economists had said was likely.')).toEqual([['reported', [['said', 'economists']]]])
    expect(labelAndCues('The land sold for $4 million, far below the $9 million appraisers said it was worth.')).toEqual([['reported', [['said', 'appraisers']]]])
  })
  it('keeps a count of people, or a share of them, whole', () => {
    expect(labelAndCues('The 3 million residents say the city is broke.')).toEqual([['reported', [['say', 'The 3 million residents']]]])
    expect(labelAndCues('About 40 percent of voters say the economy is weak.')).toEqual([['reported', [['say', 'About 40 percent of voters']]]])
  })
})

describe('a thing’s past form before a comma and a clause', () => {
  it('is a passive, no saying: the clause is another one', () => {
    expect(labelAndCues('Measles case confirmed at Denver airport, health officials warn travelers\n\nThe case was the state’s third this year.')[0]).toEqual(['reported', [['warn', 'health officials']]])
    expect(labelAndCues('Second body recovered from lake, police say\n\nDivers found it on Tuesday.')[0]).toEqual(['direct', [['say', 'police']]])
  })
  it('still lets a speaker’s clause after a comma be what was said', () => {
    expect(labelAndCues('Rubio said, win or lose, he was staying in the race.')).toEqual([['direct', [['said', 'Rubio']]]])
  })
})

describe('people of a faith or an origin', () => {
  it('are an unspecified group that speaks and thinks', () => {
    expect(labelAndCues('Many evangelicals say the church has changed.')).toEqual([['reported', [['say', 'Many evangelicals']]]])
    expect(types('It is a law many Muslims fear will be used against them.')).toEqual([['many Muslims', 'anonymous']])
    expect(labelAndCues('It was a tax many Latinos feared would fall hardest on them.')).toEqual([['reported', [['feared', 'many Latinos']]]])
    expect(labels('Another Catholic who attends the parish said the priest had been warned.')).toEqual(['reported'])
  })
  it('leave a body named with one a body', () => {
    expect(types('Catholic Charities said it would open a shelter.')).toEqual([['Catholic Charities', 'organization']])
    expect(types('The Catholic University of America said it would close the dorm.')).toEqual([['Catholic University of America', 'organization']])
    expect(types('Hispanic activist Maria Lopez said the count was wrong.')).toEqual([['Maria Lopez', 'person']])
  })
})

describe('“who” after a name and an age set off by commas', () => {
  it('stands for the named person, not the age', () => {
    expect(labelAndCues('“There were no fighters here,” said Umm Khaled, 44, who said she lost her brother.')).toEqual([['direct', [['said', 'Umm Khaled'], ['said', 'Umm Khaled']]]])
    expect(labelAndCues('John Smith, 52, who said he was a veteran, asked the council for help.')).toEqual([['direct', [['said', 'John Smith']]]])
    expect(labelAndCues('The store closed in May, according to Dana Ruiz, 61, who argued that rents had doubled.')).toEqual([['direct', [['according to', 'Dana Ruiz'], ['argued that', 'Dana Ruiz']]]])
  })
})

describe('a one-word name set off before its body’s noun, only mentioned', () => {
  it('is the body a later “the group” or “the company” stands for', () => {
    expect(resolvedOrWritten('The law was challenged by NetChoice, a trade group whose members include Meta. Similar laws have been blocked in Ohio, the group noted.')).toEqual(['NetChoice'])
    expect(resolvedOrWritten('Wealth-X, a research firm, keeps its finances private. The firm says it tracks 2,400 billionaires.')).toEqual(['Wealth-X'])
    expect(resolvedOrWritten('The audit was done by Vantor, an accounting company. The company said it found no fraud.')).toEqual(['Vantor'])
  })
  it('leaves a people and a person alone', () => {
    expect(resolvedOrWritten('Most of the hijackers were Saudis, the government in Riyadh has said, but it denied any role.')).toEqual(['government in Riyadh', 'government in Riyadh'])
    expect(resolvedOrWritten('Gene Sperling, a longtime Democratic policy maker who now advises the campaign, hired her. Mr. Sperling said she was brilliant.')).toEqual(['Gene Sperling'])
  })
})

describe('a body by its kind, named in the next sentence', () => {
  it('is named: the row goes by the name', () => {
    expect(rows('A federal appeals court ruled Friday that the law likely violates the First Amendment. In a 2-1 decision, a panel of the 8th U.S. Circuit Court of Appeals upheld an injunction.')).toEqual([['U.S. Circuit Court of Appeals', 'government', 1]])
    expect(labels('A state commission found that the utility had overbilled customers. The Arizona Corporation Commission voted 4-1 to order refunds.')).toEqual(['direct', 'unattributed'])
    expect(rows('A Swiss bank said it would close the accounts. Lindt Private Bank did not say how many clients were affected.')).toEqual([['Lindt Private Bank', 'organization', 1]])
  })
  it('stays vague when the next sentence names no body of that kind, or names it later', () => {
    expect(labels('A federal appeals court ruled that the law was unconstitutional. The state plans to appeal.')).toEqual(['reported', 'unattributed'])
    expect(labels('A state agency said the water was safe. The Texas Department of Health did not comment.')).toEqual(['reported', 'unattributed'])
    expect(labels('A federal appeals court ruled that the law was unconstitutional. The state plans to appeal. The 8th Circuit Court of Appeals has ruled so before.')).toEqual(['reported', 'unattributed', 'unattributed'])
  })
})

describe('a title for one chosen and not yet in office', () => {
  it('is stripped from the person’s name like any title', () => {
    expect(sourceNames('President-elect Donald Trump said he would act quickly.')).toEqual(['Donald Trump'])
    expect(sourceNames('Mayor-elect Zohran Mamdani said he would freeze rents.')).toEqual(['Zohran Mamdani'])
    expect(sourceNames('Prime Minister-designate Jane Doe said the talks were over.')).toEqual(['Jane Doe'])
    expect(namesAndCounts('Governor-elect Ana Ruiz said the budget was short. Ruiz added that she would cut travel.')).toEqual([['Ana Ruiz', 2]])
  })
})

describe('initials defined later in brackets, read first', () => {
  it('take the kind of body their full name tells', () => {
    expect(types('N. Korea fires missile toward East Sea: JCS\n\nThe Joint Chiefs of Staff (JCS) said it detected the launch. The JCS said it was on alert.')).toEqual([['Joint Chiefs of Staff', 'government']])
    expect(types('Chip stocks slide: SIA\n\nThe Semiconductor Industry Association (SIA) said sales fell 3%.')).toEqual([['Semiconductor Industry Association', 'organization']])
  })
})

describe('a noun of saying set off after what was said, owned by names joined by “and”', () => {
  it('has the names for its speakers', () => {
    expect(labelAndCues('Analysts say the North may export missiles to Russia, a charge Moscow and Pyongyang deny.')).toEqual([['direct', [['say', 'Analysts'], ['deny', 'Moscow and Pyongyang']]]])
    expect(types('Officials say the talks failed, an account Ruiz and Okafor dispute.')).toEqual([['Officials', 'anonymous'], ['Ruiz and Okafor', 'person']])
  })
})

describe('a sentence opening on a quantity’s lead and a number', () => {
  it('has the counted people for its subject, who speak through a participle', () => {
    expect(labelAndCues('More than 200 residents filed a class-action lawsuit Monday, alleging that the fire exposed them to toxic fumes.')).toEqual([['reported', [['alleging that', 'More than 200 residents']]]])
    expect(labelAndCues('Over 300 workers walked off the job, saying they had not been paid since March.')).toEqual([['reported', [['saying', 'Over 300 workers']]]])
    expect(labelAndCues('Nearly two dozen states sued on Tuesday, arguing that the rule was illegal.')).toEqual([['reported', [['arguing that', 'Nearly two dozen states']]]])
  })
  it('still reads a counted time as an opening phrase', () => {
    expect(labelAndCues('About 20 minutes later, Lee left the stage, saying he was tired.')).toEqual([['direct', [['saying', 'Lee']]]])
    expect(labelAndCues('About a year ago, Ortiz quit the board, saying it had lost its way.')).toEqual([['direct', [['saying', 'Ortiz']]]])
  })
})

describe('a relative after a thing that says nothing, in a phrase after a body or people', () => {
  it('stands for the body or the people before the preposition', () => {
    expect(labelAndCues('Businesses along the corridor, which warned that the lanes would hurt sales, lost the vote.')).toEqual([['reported', [['warned that', 'Businesses along the corridor']]]])
    expect(labelAndCues('Companies in the district, which argued that the tax was unfair, sued the county.')).toEqual([['reported', [['argued that', 'Companies in the district']]]])
    expect(labelAndCues('Residents near the plant, who said the air smelled of sulfur, filed complaints.')).toEqual([['reported', [['said', 'Residents near the plant']]]])
  })
  it('leaves a document or a plan the relative’s own', () => {
    expect(labelAndCues('The report on the corridor, which found that sales fell, was released Monday.')).toEqual([['direct', [['found that', 'The report on the corridor']]]])
    expect(labels('The plan for the corridor, which passed in May, cost $4 million.')).toEqual(['unattributed'])
  })
})

describe('a name that ends like a manner adverb', () => {
  it('speaks where no adverb takes a capital', () => {
    expect(labelAndCues('Vantly said it would appeal the ruling.')).toEqual([['direct', [['said', 'Vantly']]]])
    expect(labelAndCues('Shares of Brightly fell after Brightly reported a loss.')).toEqual([['direct', [['reported', 'Brightly']]]])
    expect(labelAndCues('The figure was disputed by Calendly, which said demand had slowed.')).toEqual([['direct', [['was disputed by', 'Calendly'], ['said', 'Calendly']]]])
  })
  it('leaves an opening adverb and a headline’s capitals alone', () => {
    expect(labelAndCues('Reportedly, the deal collapsed.')).toEqual([['reported', [['Reportedly', null]]]])
    expect(labelAndCues('Firm Quietly Admits Error In Filing\n\nThe firm corrected the filing on Monday.')).toEqual([['direct', [['Admits', 'Firm']]], ['unattributed', []]])
  })
})

describe('the technology press', () => {
  it('is media by name', () => {
    expect(types('Wired called the translation feature “genuinely impressive.”')).toEqual([['Wired', 'media']])
    expect(types('Engadget reported that the glasses would ship in March.')).toEqual([['Engadget', 'media']])
    expect(types('The phone will cost $799, according to 9to5Mac.')).toEqual([['9to5Mac', 'media']])
    expect(labels('Wired headphones are back in fashion.')).toEqual(['unattributed'])
  })
})

describe('a thing that feels some way', () => {
  it('is how it seems, no one’s view; people who feel a thing still think it', () => {
    expect(labelAndCues('Wired said the frames felt “bulky and fragile.”')).toEqual([['direct', [['said', 'Wired']]]])
    expect(labels('The room felt cold and the lights flickered.')).toEqual(['unattributed'])
    expect(labelAndCues('Many voters felt the race was rigged.')).toEqual([['reported', [['felt', 'Many voters']]]])
    expect(labelAndCues('Two out of three Americans still feel the country is on the wrong path.')).toEqual([['reported', [['feel', 'Two out of three Americans']]]])
    expect(types('Nine out of 10 voters say the economy is weak.')).toEqual([['Nine out of 10 voters', 'anonymous']])
  })
})

describe('a claim about a priced or counted thing gone ahead of the claimer', () => {
  it('is the claimer’s', () => {
    expect(labelAndCues('It unveiled a $499 device the company claims can translate 40 languages.')).toEqual([['direct', [['claims', 'the company']]]])
    expect(labelAndCues('The city bought 12 buses the manufacturer claims will run for 20 years.')).toEqual([['direct', [['claims', 'the manufacturer']]]])
    expect(labelAndCues('It is a sum the union claims will cover every pension.')).toEqual([['direct', [['claims', 'the union']]]])
  })
})

describe('“as per” at a clause’s edge', () => {
  it('credits its source as “per” does', () => {
    expect(labelAndCues('As per the police report, the driver was speeding.')).toEqual([['direct', [['As per', 'the police report']]]])
    expect(labelAndCues('The plant will close in June, as per a memo seen by staff.')).toEqual([['direct', [['as per', 'a memo seen by staff']]]])
    expect(labelAndCues('As per the agreement, the company will pay $3 million.')).toEqual([['direct', [['As per', 'the agreement']]]])
  })
  it('is a manner inside a clause', () => {
    expect(labels('He was paid as per his contract.')).toEqual(['unattributed'])
  })
})

describe('a body by its kind that a pronoun owns, named by the next sentence’s speaker', () => {
  it('is that body: one row', () => {
    expect(namesAndCounts('Rail workers walked off the job at midnight, their union said. The Transit Workers Union Local 4 said management had refused to move.')).toEqual([['Transit Workers Union Local 4', 2]])
    expect(namesAndCounts('The plant will close, its parent company said. Halvern Holding Company said 300 jobs would go.')).toEqual([['Halvern Holding Company', 2]])
  })
  it('keeps one whose kind or qualifier the name lacks, one the story takes as known, or a bare office, apart', () => {
    expect(namesAndCounts('Nurses will strike on Monday, their union said. The Minnesota Nurses Association said talks had failed.')).toEqual([['their union', 1], ['Minnesota Nurses Association', 1]])
    expect(namesAndCounts('Nurses will strike on Monday, the union said. The Minnesota Nurses Union said talks had failed.')).toEqual([['union', 1], ['Minnesota Nurses Union', 1]])
    expect(namesAndCounts('The nurses\' union said the strike would go on. The Teachers\' Union of Ohio said it would join.')).toEqual([["nurses' union", 1], ["Teachers' Union of Ohio", 1]])
    expect(namesAndCounts('Two men were arrested, police said. Police said both were released on bail.')).toEqual([['police', 2]])
  })
})

describe('people of a party or a role in a place named with a capital', () => {
  it('are an unspecified group, joined or not', () => {
    expect(types('Democrats and Republicans in Congress said the bill would pass.')).toEqual([['Democrats and Republicans in Congress', 'anonymous']])
    expect(labels('Earlier, senior Democrats on the House Judiciary Committee wrote that the rules were unfair.\n\nRepublicans in Congress said the bill would pass.')).toEqual(['reported', 'reported'])
  })
  it('leaves a group named for its place or cause a body', () => {
    expect(types('The rise is illegal, said a tenants union, Renters of Eastfield.')).toEqual([['Renters of Eastfield', 'organization']])
    expect(types('Veterans for Peace said the war was wrong.')).toEqual([['Veterans for Peace', 'organization']])
  })
})

describe('a citation issued to someone for an offence', () => {
  it('is a penalty, no source cited', () => {
    expect(labels('State inspection reports cite the Dayton hospital for staffing-related violations twice in 2024.')).toEqual(['unattributed'])
    expect(labels('Police cited the driver for speeding.')).toEqual(['unattributed'])
    expect(labels('The inspector cited Rosa’s Cantina for 14 health code violations.')).toEqual(['unattributed'])
  })
  it('leaves a channel citing its sources, and a source cited for what it says', () => {
    expect(labelAndCues('Reuters, citing two sources, reported the deal.')).toEqual([['direct', [['citing', 'two sources'], ['reported', 'Reuters']]]])
    expect(labels('The bank cited the ministry for its growth figures.')).toEqual(['direct'])
  })
})

describe('a company of three words, its last a company’s', () => {
  it('is the company its first word names later', () => {
    expect(namesAndCounts('Delta Air Lines canceled 1,800 flights on Saturday. Delta said it would add crews.')).toEqual([['Delta Air Lines', 1]])
    expect(types('Halden Mutual Insurance raised its rates. Halden said claims had doubled.')).toEqual([['Halden Mutual Insurance', 'organization']])
  })
  it('leaves a nation’s word, which names many', () => {
    expect(resolvedOrWritten('American Express Co. raised its fees. American said it would add flights.')).toEqual(['American'])
  })
})

describe('given names common in the news', () => {
  it('keep the whole name when another given name follows', () => {
    expect(resolvedOrWritten('The university’s former president, Lou Anna K. Simon, resigned in January. She has said she was never told.')).toEqual(['Lou Anna K. Simon'])
    expect(sourceNames('Prime Minister Keir Starmer said the plan would pass.')).toEqual(['Keir Starmer'])
    expect(sourceNames('Mayor Zohran Kwame Mamdani said rents would be frozen.')).toEqual(['Zohran Kwame Mamdani'])
  })
})

describe('criticism and warnings that hand on a clause', () => {
  it('are hearsay, or their owner’s', () => {
    expect(labelAndCues('She resigned amid criticism that she had ignored warnings.')).toEqual([['reported', [['criticism that', null]]]])
    expect(labelAndCues('Trump has faced criticism from rivals that his rallies are unsafe.')).toEqual([['reported', [['criticism from', 'rivals']]]])
    expect(labelAndCues('The board ignored warnings that the dam could fail.')).toEqual([['reported', [['warnings that', null]]]])
  })
  it('say nothing without a clause', () => {
    expect(labels('The plan drew criticism from unions.')).toEqual(['unattributed'])
    expect(labels('Despite the warnings, the dam held.')).toEqual(['unattributed'])
  })
})

describe('the couple, the pair, the duo', () => {
  it('stand for the two people named together just before, roles between them or not', () => {
    expect(namesAndCounts('Singer Ava Lane and actor Theo Brandt have separated. “We remain close friends,” the couple said in a joint statement.')).toEqual([['Ava Lane and Theo Brandt', 1]])
    expect(resolvedOrWritten('Maria Ortiz and Dev Patel founded the bakery in 2019. The pair said sales had doubled.')).toEqual(['Maria Ortiz and Dev Patel'])
    expect(resolvedOrWritten('Comedians Laura Park and Sam Reyes won the award. The duo thanked their families, saying the show had changed their lives.')).toEqual(['Laura Park and Sam Reyes'])
  })
  it('stay the couple when no two were named together before', () => {
    expect(resolvedOrWritten('The house was sold in May. The couple said they would move to Ohio.')).toEqual(['couple'])
  })
})

describe('citing a figure written with a percent sign', () => {
  it('is the subject’s reason, as with “percent”, not a share of people cited', () => {
    expect(labelAndCues('The board voted to close four schools, citing a 14% drop in enrollment.')).toEqual([['direct', [['citing a 14% drop', 'The board']]]])
    expect(labelAndCues('The board voted to close four schools, citing a 14 percent drop in enrollment.')).toEqual([['direct', [['citing a 14 percent drop', 'The board']]]])
    expect(labelAndCues('The retailer cut its outlook, citing a 3.5% rise in freight costs.')).toEqual([['direct', [['citing a 3.5% rise', 'The retailer']]]])
  })
})

describe('a note that the article was updated or corrected, with no label', () => {
  it('is boilerplate wherever it stands', () => {
    expect(check('The city will vote Monday.\n\n*This article has been updated.*').sentences.map((s) => [s.role, s.claim])).toEqual([['body', true], ['boilerplate', false]])
    expect(check('The city will vote Monday. This story was updated at 5 p.m. with new figures.').sentences.map((s) => s.role)).toEqual(['body', 'boilerplate'])
    expect(check('Turnout was 41 percent.\n\nThis article has been corrected to show the right date.').sentences.map((s) => s.role)).toEqual(['body', 'boilerplate'])
  })
  it('leaves a sentence about another article a claim', () => {
    expect(check('The article was updated twice after the mayor complained.').sentences.map((s) => s.role)).toEqual(['body'])
  })
})

describe('a poll named by one word run into “poll”', () => {
  it('is that poll, a document that shows or finds, wherever it stands', () => {
    expect(rows('The comments came after a Newspoll published in The Australian showed Labor had slipped to 31 per cent.')).toEqual([['Newspoll', 'document', 1]])
    expect(rows('Newspoll found that 54 per cent of voters backed the change. The latest Newspoll shows the Coalition ahead.')).toEqual([['Newspoll', 'document', 2]])
    expect(rows('A Deltapoll survey released on Sunday suggests the Tories are trailing.')).toEqual([['Deltapoll survey', 'document', 1]])
  })
  it('leaves a surname that ends the same way a person', () => {
    expect(rows('Sarah Kapoll said the vote was close.')).toEqual([['Sarah Kapoll', 'person', 1]])
  })
})

describe('pollsters outside the United States', () => {
  it('are organisations that find and say, not people', () => {
    expect(types('Survation found that most voters backed the ban. Opinium said the gap had narrowed. Roy Morgan said support had slipped.')).toEqual([['Survation', 'organization'], ['Opinium', 'organization'], ['Roy Morgan', 'organization']])
  })
})

describe('a participle of finding before its place', () => {
  it('describes the thing found, which is then the subject: a find is evidence, a document found speaks', () => {
    expect(labelAndCues('Fossilised footprints found in New Mexico suggest humans reached North America 21,000 years ago, researchers reported.')).toEqual([['reported', [['reported', 'researchers']]]])
    expect(labelAndCues('Bones recovered from the cave show signs of butchery.')).toEqual([['unattributed', []]])
    expect(labelAndCues('Documents seized in Miami show the company knew of the defect.')).toEqual([['reported', [['show', 'Documents seized in Miami']]]])
    expect(labelAndCues('Investigators said text messages discovered on his phone suggested he knew about the plot.')).toEqual([['reported', [['said', 'Investigators'], ['suggested', 'text messages discovered on his phone']]]])
    expect(labelAndCues('Emails recovered from her server show she was warned twice.')).toEqual([['reported', [['show', 'Emails recovered from her server']]]])
  })
  it('stays a verb after a name or people', () => {
    expect(labelAndCues('A jury found Zimmerman, who alleged that Martin attacked him, not guilty.')).toEqual([['direct', [['alleged that', 'Zimmerman']]]])
    expect(labelAndCues('Republicans on Capitol Hill seized on the message, arguing that it showed intent.')).toEqual([['reported', [['arguing that', 'Republicans on Capitol Hill']]]])
    expect(labelAndCues('Agents seized in the raid 40 pounds of fentanyl, the Justice Department said.')).toEqual([['direct', [['said', 'the Justice Department']]]])
  })
})

describe('a document of one thing and another of the same kind', () => {
  it('are two documents when their “of” phrases name different things', () => {
    expect(namesAndCounts('A survey of teachers found most backed the plan. The survey of parents, conducted by Marist, found the opposite. The survey of teachers also found pay was a concern.')).toEqual([['survey of teachers', 2], ['survey of parents conducted by Marist', 1]])
    expect(resolvedOrWritten('A closely watched gauge of factory activity showed output shrank in November. The Conference Board’s gauge of consumer confidence rose, it showed.')).not.toContain('Conference Board’s gauge')
  })
  it('stay one document when the later phrase is of the same thing or of nothing', () => {
    expect(namesAndCounts('A study of 4,000 nurses found burnout was rising. The study of nurses, published in JAMA, also found that pay mattered.')).toEqual([['study of 4,000 nurses', 2]])
    expect(check('A new survey found most voters oppose the plan. The survey of 812 likely voters, conducted by the Marist Institute, has a margin of error of 4 points.').summary.sources.map((s) => [s.kind, s.type])).toEqual([['named', 'document']])
  })
})

describe('a market’s data tool and gauge', () => {
  it('are documents', () => {
    expect(types('Traders see a 62% chance of a cut, according to CME Group’s FedWatch tool.')).toEqual([['CME Group’s FedWatch tool', 'document']])
    expect(labelAndCues('A closely watched gauge of factory activity showed output shrank in November.')).toEqual([['reported', [['showed', 'A closely watched gauge of factory activity']]]])
  })
})

describe('a proceeding that heard or was told, set off at the end', () => {
  it('is a hedge on no one’s word, as “The court heard that…” is', () => {
    expect(labelAndCues('Kyle Dawson attacked Marcus Bell after being refused entry to the club, Leeds Crown Court heard.')).toEqual([['reported', [['Leeds Crown Court heard', null]]]])
    expect(labelAndCues('She had taken three times the prescribed dose, the inquest heard.')).toEqual([['reported', [['the inquest heard', null]]]])
    expect(labelAndCues('The defendant sent 40 messages in a single night, jurors were told.')).toEqual([['reported', [['jurors were told', null]]]])
    expect(labelAndCues('He had been drinking heavily before the crash, the court was told.')).toEqual([['reported', [['the court was told', null]]]])
    expect(labelAndCues('The defendant sent 40 messages, Leeds Crown Court has heard.')).toEqual([['reported', [['Leeds Crown Court has heard', null]]]])
  })
  it('leaves hearing with no proceeding, or a proceeding that heard nothing set off, alone', () => {
    expect(labelAndCues('The band played for two hours and the crowd heard.')).toEqual([['unattributed', []]])
    expect(labelAndCues('The Supreme Court heard.')).toEqual([['unattributed', []]])
    expect(labelAndCues('The players were tired, the coach was told.')).toEqual([['unattributed', []]])
  })
})

describe('British police ranks before a name', () => {
  it('are titles, stripped from the person’s name', () => {
    expect(sourceNames('Det Insp Mark Reid said officers were appealing for witnesses. Ch Supt Ian Hall said patrols would increase. PC Amy Ford said she was shocked. DCI Tom Lee said the man was known to police.')).toEqual(['Mark Reid', 'Ian Hall', 'Amy Ford', 'Tom Lee'])
    expect(namesAndCounts('Det Con Sarah Hughes said the attack was unprovoked. Hughes added that the victim was recovering.')).toEqual([['Sarah Hughes', 2]])
  })
})

describe('a quotation’s tag in the present, “she laughs”, “he sighs”', () => {
  it('tags the quotation as the past form does, whoever speaks', () => {
    expect(labelAndCues('“It was like a cow the size of a mountain,” she laughs.')).toEqual([['direct', [['laughs', 'she']]]])
    expect(labelAndCues('“It was a job,” Caddell sighs. “You did it.”')).toEqual([['direct', [['sighs', 'Caddell']]], ['direct', [['sighs', 'Caddell']]]])
    expect(labelAndCues('“We lost everything,” laughs Tom Reyes, 71, a retired fisherman.')).toEqual([['direct', [['laughs', 'Tom Reyes']]]])
  })
  it('is a plural noun anywhere but right after its speaker', () => {
    expect(labelAndCues('“The answer is no,” the nominee riffed, drawing applause and laughs from the crowd.')).toEqual([['unattributed', []]])
    expect(labelAndCues('The crowd laughs at the joke.')).toEqual([['unattributed', []]])
  })
})

describe('a post by how far it spread, then its verb', () => {
  it('speaks past a count of times and a time since', () => {
    expect(labelAndCues('A post shared more than 30,000 times since Sunday says Whitfield cut the police budget by a fifth.')).toEqual([['reported', [['says', 'A post shared more than 30,000 times']]]])
    expect(labelAndCues('A post shared 2 million times claims the vote was rigged.')).toEqual([['reported', [['claims', 'A post shared 2 million times']]]])
    expect(labelAndCues('A tweet retweeted 40,000 times since March claims the mayor resigned.')).toEqual([['reported', [['claims', 'A tweet retweeted 40,000 times']]]])
  })
  it('leaves a video evidence, and a compound of plurals a noun', () => {
    expect(labelAndCues('A video viewed 2 million times since Monday claims the vote was rigged.')).toEqual([['unattributed', []]])
    expect(labelAndCues('Sneaker giant cuts forecast.')).toEqual([['unattributed', []]])
  })
  it('reads “since” before a day between any subject and its verb', () => {
    expect(labelAndCues('The company since Monday has said it will not comment.')).toEqual([['direct', [['said', 'The company']]]])
  })
})

describe('“his spokesman” after a title its sentence names alone', () => {
  it('is not the spokesman of the person named before', () => {
    const text = 'The RAC said fuel prices had risen for a sixth week. Simon Williams, its spokesman, said drivers were paying 12p more. Asked whether the Prime Minister backed a cut in fuel duty, his official spokesman said no decision had been made.'
    expect(resolvedOrWritten(text)).toEqual(['RAC', 'Simon Williams', 'his official spokesman'])
    expect(resolvedOrWritten('Dana Ortiz opposed the levy. Asked if the Mayor would sign it, her spokeswoman said she was still reading it.')).not.toContain("Dana Ortiz's spokeswoman")
  })
  it('is still the person named before when the title has a name or an owner’s ’s', () => {
    expect(resolvedOrWritten('John Reyes criticised the plan. Asked about the Governor’s remarks, his spokesman said Reyes stood by them.')).toEqual(["John Reyes's spokesman"])
    expect(resolvedOrWritten('Mark Dunn spoke first. After the President Joe Biden event, his spokesman said it went well.')).toEqual(["Mark Dunn's spokesman"])
  })
})

describe('an embedded post scraped with its signature under it', () => {
  it('credits the paragraph right above to the post’s author', () => {
    const text = 'The senator reacted on social media within minutes.\n\nThis is a disgrace. Boeing has failed American workers for years.\n\n— Sen. Maria Cantwell (@SenatorCantwell) December 4, 2026\n\nShares of Spirit rose 4%.'
    expect(labelAndCues(text).map(([label]) => label)).toEqual(['unattributed', 'direct', 'direct', 'direct', 'unattributed'])
    expect(check(text).sentences.map((s) => s.role)).toEqual(['body', 'body', 'body', 'caption', 'body'])
    expect(rows('We are inspecting every 737 MAX 9 in our fleet.\n— Boeing (@Boeing) March 3, 2026')).toEqual([['Boeing', 'organization', 1]])
  })
  it('leaves a signature without a handle and date, or a paragraph before another’s, as it was', () => {
    expect(labelAndCues('This is a disgrace.\n\n— Sen. Maria Cantwell (@SenatorCantwell) said more later')).toEqual([['unattributed', []], ['unattributed', []]])
  })
})

describe('police and leaders by other countries’ own words', () => {
  it('reads gardaí, the gendarmerie and the carabinieri as police, a government source', () => {
    expect(types('A post-mortem examination will take place, gardaí said. The suspect was arrested near Lyon, the gendarmerie said. Two men were detained, the carabinieri said.')).toEqual([['gardaí', 'government'], ['gendarmerie', 'government'], ['carabinieri', 'government']])
  })
  it('reads the Taoiseach and the Tánaiste as people, and strips the title from a name', () => {
    expect(types('The Taoiseach, speaking in Dublin, said his thoughts were with the family.')).toEqual([['Taoiseach', 'person']])
    expect(sourceNames('Tánaiste Simon Harris described the death as “deeply shocking”.')).toEqual(['Simon Harris'])
  })
})

describe('companies news outside the US quotes by one word', () => {
  it('are organisations a later trade noun stands for', () => {
    expect(namesAndCounts('Eskom has warned that load shedding could return this week. In a statement, the power utility said breakdowns had climbed.')).toEqual([['Eskom', 2]])
    expect(types('Petrobras said output rose 4%. Qantas said it would add flights. Infosys said margins held.')).toEqual([['Petrobras', 'organization'], ['Qantas', 'organization'], ['Infosys', 'organization']])
  })
})

describe('words cited in quotation marks', () => {
  it('are the subject’s own, even after a refusal to comment', () => {
    expect(labelAndCues('A spokesman declined to comment, citing “an ongoing investigation.”')).toEqual([['direct', [['citing', 'A spokesman']]]])
    expect(labelAndCues('The board voted to close four schools, citing “declining enrollment.”')).toEqual([['direct', [['citing', 'The board']]]])
    expect(labelAndCues('Citing “security reasons,” officials closed the road.')).toEqual([['reported', [['Citing', 'officials']]]])
    expect(labelAndCues('The minister cited “serious concerns” about the bid.')).toEqual([['direct', [['cited', 'The minister']]]])
  })
  it('leave a title in quotation marks and a plain reason for a refusal as they were', () => {
    expect(labelAndCues('The report cited “The Great Gatsby” as an example.')).toEqual([['unattributed', []]])
    expect(labelAndCues('The company declined to comment, citing company policy.')).toEqual([['unattributed', []]])
  })
})

describe('declining to comment on words in quotation marks', () => {
  it('makes the quoted words the subject’s own', () => {
    expect(labelAndCues('Meridian declined to comment on “market rumor and speculation.”')).toEqual([['direct', [['declined to comment on', 'Meridian']]]])
    expect(labelAndCues('The agency refused to comment about “personnel matters.”')).toEqual([['direct', [['refused to comment about', 'The agency']]]])
  })
  it('is no cue with no quotation, or with a title quoted', () => {
    expect(labelAndCues('The mayor declined to comment on the lawsuit.')).toEqual([['unattributed', []]])
    expect(labelAndCues('The studio declined to comment on “The Last Frontier” sequel.')).toEqual([['unattributed', []]])
  })
})

describe('“the government” and “the force”', () => {
  it('“the government” is no police force, agency or court, but a state by its seat, name or ministry', () => {
    expect(resolvedOrWritten('A man died, the Chicago Police Department said. The government said it would help the family.')).toEqual(['Chicago Police Department', 'government'])
    expect(resolvedOrWritten('Two people died, Lancashire Police said. Some 3 million people received an alert, the government said.')).toEqual(['Lancashire Police', 'government'])
    expect(resolvedOrWritten('The Kremlin said talks were over. The government said it would respond.')).toEqual(['Kremlin', 'Kremlin'])
    expect(resolvedOrWritten('The Saudi government said it was open to talks. The government said it would respond within days.')).toEqual(['Saudi government', 'Saudi government'])
  })
  it('“the force” is the police force named before', () => {
    expect(namesAndCounts('A man in his 40s died, Lancashire Police said. The force said inquiries were continuing.')).toEqual([['Lancashire Police', 2]])
    expect(namesAndCounts('Officers were called at 2am, Durham Constabulary said. The force said a man had been arrested.')).toEqual([['Durham Constabulary', 2]])
  })
})

describe('a list of the article’s sources under its heading', () => {
  it('cites and claims nothing, in plain text and in Markdown', () => {
    const text = 'Kim was educated in Switzerland, according to South Korean intelligence.\n\nReferences\n1. "Profile: Kim Jong Un". BBC News. 2 January 2024.\n2. Kim, Hyung-jin (2019). "Kim\'s family tree". Associated Press.'
    const r = check(text)
    expect(r.sentences.slice(1).map((s) => [s.role, s.claim])).toEqual([['heading', false], ...Array(6).fill(['caption', false])])
    expect(r.summary.claims).toBe(1)
    const md = checkDocument('# Fares rise\n\nFares will rise 10%, the authority said.\n\n## Sources\n\n- Interview with board chair Linda Park, Dec. 3.\n- MTA budget documents, fiscal 2026.\n\n## Notes\n\nThe board meets again in May.', 'markdown').report
    expect(md.sentences.map((s) => s.role)).toEqual(['heading', 'body', 'heading', 'caption', 'caption', 'heading', 'body'])
  })
  it('ends at prose that cites someone, and needs the article to have begun', () => {
    expect(check('The deal was close, sources said.\n\nSources\n\nThe mayor said the plan was dead. It will be rebuilt.').sentences.map((s) => s.role)).toEqual(['body', 'heading', 'body', 'body'])
    expect(check('Sources\n\nThe plan is dead, the mayor said.').sentences.map((s) => s.role)).toEqual(['heading', 'body'])
  })
})

describe('an adjective of belief before a clause with “that” left out', () => {
  it('is the subject’s view, as with “that”', () => {
    expect(labelAndCues('Officials are confident the dam will hold.')).toEqual([['reported', [['confident', 'Officials']]]])
    expect(labelAndCues('The mayor was convinced the tax was fair.')).toEqual([['direct', [['convinced', 'The mayor']]]])
    expect(labelAndCues('The company is hopeful the deal will close by March.')).toEqual([['direct', [['hopeful', 'The company']]]])
    expect(labelAndCues('Allies are concerned the deal could collapse.')).toEqual([['reported', [['concerned', 'Allies']]]])
  })
  it('is no view after an infinitive’s “be” or before an infinitive', () => {
    expect(labelAndCues('To be sure burden sharing has been a persistent theme in NATO talks.')).toEqual([['unattributed', []]])
    expect(labelAndCues('The team is confident enough to win the title.')).toEqual([['unattributed', []]])
  })
})

describe('a participle of warning set off before what the warning is of', () => {
  it('is the subject’s warning', () => {
    expect(labelAndCues('The CEO spoke on Tuesday, warning of a long slowdown.')).toEqual([['direct', [['warning', 'The CEO']]]])
    expect(labelAndCues('Analysts cut their forecasts, warning about weaker demand in China.')).toEqual([['reported', [['warning', 'Analysts']]]])
  })
  it('leaves the noun “a warning of” alone', () => {
    expect(labelAndCues('The storm brought a warning of floods.')).toEqual([['unattributed', []]])
  })
})

describe('an owner’s noun of saying, then a colon for the verb', () => {
  it('hands on the clause or quotation after the colon', () => {
    expect(labelAndCues('The report’s conclusion: the city is broke.')).toEqual([['direct', [['conclusion:', 'The report’s']]]])
    expect(labelAndCues('Their argument: only a Democratic Senate can make headway on the issue.')).toEqual([['reported', [['argument:', 'Their']]]])
    expect(labelAndCues('Carrier’s message: moving jobs south of the border is part of its strategy.')).toEqual([['direct', [['message:', 'Carrier’s']]]])
  })
  it('leaves a noun with no owner, or a thing after the colon, alone', () => {
    expect(labelAndCues('The conclusion: the city is broke.')).toEqual([['unattributed', []]])
    expect(labelAndCues('Trump’s response: a tweet.')).toEqual([['unattributed', []]])
  })
})

describe('a fault owned up to', () => {
  it('is what the subject admits, as a fact owned up to is', () => {
    expect(labelAndCues('The ministry admitted the mistake.')).toEqual([['direct', [['admitted', 'The ministry']]]])
    expect(labelAndCues('The bank acknowledged failures in its oversight of the branch.')).toEqual([['direct', [['acknowledged', 'The bank']]]])
    expect(labelAndCues('She admitted her guilt in a letter to the court.')).toEqual([['direct', [['admitted', 'She']]]])
  })
  it('is no one’s word when it is only acted on', () => {
    expect(labelAndCues('The engineers fixed the problem.')).toEqual([['unattributed', []]])
  })
})

describe('people aware of the matter', () => {
  it('is a vague group, as people familiar with it are', () => {
    expect(labelAndCues('The Centre is likely to extend the scheme, officials aware of the development said.')).toEqual([['reported', [['said', 'officials aware of the development']]]])
    expect(labelAndCues('Two people aware of the talks said the deal could close next month.')).toEqual([['reported', [['said', 'Two people aware of the talks']]]])
    expect(labelAndCues('The board will meet on Friday, according to a person aware of the plans.')).toEqual([['reported', [['according to', 'a person aware of the plans']]]])
  })
  it('leaves a named speaker who is aware of something named', () => {
    expect(labelAndCues('Ramesh, aware of the criticism, said the scheme would continue.')).toEqual([['direct', [['said', 'Ramesh']]]])
  })
})

describe('instrument records with their keeper named', () => {
  it('are the keeper’s published data, an identified release', () => {
    expect(labelAndCues('Some ships diverted to Houston, according to tracking data from MarineTraffic.')).toEqual([['direct', [['according to', 'tracking data from MarineTraffic']]]])
    expect(labelAndCues('Satellite data released by NASA on Monday show the ice sheet lost 270 billion tonnes.')).toEqual([['direct', [['show', 'Satellite data released by NASA']]]])
    expect(labelAndCues('Flight-tracking data compiled by FlightRadar24 showed the jet circled for an hour.')).toEqual([['direct', [['showed', 'Flight-tracking data compiled by FlightRadar24']]]])
  })
  it('stay evidence with no keeper, or only a place', () => {
    expect(labelAndCues('Satellite data show the ice sheet shrank.')).toEqual([['unattributed', []]])
    expect(labelAndCues('GPS tracking data showed the van stopped twice.')).toEqual([['unattributed', []]])
    expect(labelAndCues('Sensor data from Texas show the grid was strained.')).toEqual([['unattributed', []]])
  })
})

describe('a past form before “as” that describes the noun before it', () => {
  it('is no one’s saying after a thing no one speaks for', () => {
    expect(labelAndCues('A 31-year-old man was taken to hospital with injuries described as serious but not life-threatening.')).toEqual([['unattributed', []]])
    expect(labelAndCues('The candidates most often characterized as outsiders took 61 percent of the vote.')).toEqual([['unattributed', []]])
    expect(labelAndCues('Residents were evacuated from a building labelled as unsafe.')).toEqual([['unattributed', []]])
  })
  it('keeps the speaker of a relative clause or a subject before it', () => {
    expect(labelAndCues('He was carrying what police described as a replica gun.')).toEqual([['direct', [['described', 'police']]]])
    expect(labelAndCues('The suspect, a man officers described as armed, fled on foot.')).toEqual([['reported', [['described', 'officers']]]])
    expect(labelAndCues('The deal, which the company characterized as transformative, closed on Friday.')).toEqual([['direct', [['characterized', 'the company']]]])
    expect(labelAndCues('Okafor described as “absurd” the claim that the hospital was unsafe.')).toEqual([['direct', [['described', 'Okafor']]]])
  })
})

describe('a passive judgement with its agent after the description', () => {
  it('is the agent’s, named or vague', () => {
    expect(labelAndCues('The plan was described as reckless by the opposition.')).toEqual([['direct', [['was described as', 'the opposition']]]])
    expect(labelAndCues('The suspect was described as armed and dangerous by police.')).toEqual([['direct', [['was described as', 'police']]]])
    expect(labelAndCues('The rate cut is regarded as a sign of weakness by traders.')).toEqual([['reported', [['is regarded as', 'traders']]]])
    expect(labelAndCues('The closure is seen as a blow by Mayor Ortiz.')).toEqual([['direct', [['is seen as', 'Mayor Ortiz']]]])
  })
  it('stays a hedge when the “by” is a participle’s or names no one', () => {
    expect(labelAndCues('The fire was described as caused by a faulty valve.')).toEqual([['reported', [['was described as', null]]]])
    expect(labelAndCues('The drop in sales was described as driven by weak demand.')).toEqual([['reported', [['was described as', null]]]])
    expect(labelAndCues('The merger was seen as a way to cut costs by sharing plants.')).toEqual([['reported', [['was seen as', null]]]])
  })
})

describe('a judging participle right after its noun, with the agent before “as”', () => {
  it('is the agent’s judgement, as when set off by commas', () => {
    expect(labelAndCues('She has a condition described by doctors as rare.')).toEqual([['reported', [['described by', 'doctors']]]])
    expect(labelAndCues('It was a plan described by Senator Ruiz as a giveaway to developers.')).toEqual([['direct', [['described by', 'Senator Ruiz']]]])
    expect(labelAndCues('He trades in a market characterized by analysts as frozen.')).toEqual([['reported', [['characterized by', 'analysts']]]])
  })
  it('reads a means after “by” as no agent: the subject describes', () => {
    expect(labelAndCues('The mayor described by phone the plan as a giveaway.')).toEqual([['direct', [['described', 'The mayor']]]])
  })
})

describe('a name led by a place of two or more words', () => {
  it('is a body’s when no given name is in it', () => {
    expect(types('Southern California Edison said it had shut off power to 50,000 customers.')).toEqual([['Southern California Edison', 'organization']])
    expect(types('New York Life said its profits rose in the third quarter.')).toEqual([['New York Life', 'organization']])
    expect(types('Northern Ireland Water warned that a hosepipe ban was likely.')).toEqual([['Northern Ireland Water', 'organization']])
  })
  it('leaves people with their place and title, and a place alone', () => {
    expect(types('New York Gov. Kathy Hochul said the plan was sound.')).toEqual([['Kathy Hochul', 'person']])
    expect(types('South Carolina Democrat Jim Clyburn said the bill would pass.')).toEqual([['Jim Clyburn', 'person']])
    expect(types('Los Angeles Mayor Karen Bass told reporters the fire was contained.')).toEqual([['Karen Bass', 'person']])
  })
})

describe('a name with its body set off after the subject', () => {
  it('leaves the verb after it the subject’s, no inverted tag', () => {
    expect(labelAndCues('The moderator, Lisa Sylvester of WPXI, pressed both men on inflation.')).toEqual([['unattributed', []]])
    expect(labelAndCues('The panel’s chair, Tom Okoro of the Senate Finance Committee, pressed the witness on the timeline.')).toEqual([['unattributed', []]])
  })
  it('still reads a speaker after the verb when a clause comes first', () => {
    expect(labelAndCues('The plan is dead, said Maria Ortiz of the Urban Institute.')).toEqual([['direct', [['said', 'Maria Ortiz of the Urban Institute']]]])
  })
})

describe('one surname of a body named whole', () => {
  it('is a person at that body', () => {
    expect(types('The plan is dead, said Ortiz of the Urban Institute.')).toEqual([['Ortiz', 'person']])
    expect(types('Haddad of the Carnegie Endowment said the talks had stalled.')).toEqual([['Haddad', 'person']])
  })
  it('leaves bodies named with “of the”', () => {
    expect(types('The Museum of the Moving Image said it would close for a month.')).toEqual([['Museum of the Moving Image', 'organization']])
    expect(types('Friends of the Earth said the plan was flawed.')).toEqual([['Friends of the Earth', 'organization']])
  })
})

describe('a trailing proceeding told by someone', () => {
  it('is the teller’s, named or vague', () => {
    expect(labelAndCues('The defendant had been drinking for six hours, the court was told by the prosecutor.')).toEqual([['direct', [['the court was told by', 'the prosecutor']]]])
    expect(labelAndCues('Mr Hale had complained of chest pains twice, the inquest was told by Dr Sunita Rao.')).toEqual([['direct', [['the inquest was told by', 'Dr Sunita Rao']]]])
    expect(labelAndCues('The van left the depot at 2am, the jury was told by a witness.')).toEqual([['reported', [['the jury was told by', 'a witness']]]])
  })
  it('stays a hedge with no teller', () => {
    expect(labelAndCues('The van left the depot at 2am, the jury was told.')).toEqual([['reported', [['the jury was told', null]]]])
  })
})

describe('a verb whose preposition makes another verb, after a pronoun that opens the clause', () => {
  it('is no saying, as after a name', () => {
    expect(labelAndCues('He argued with the referee after the final whistle.')).toEqual([['unattributed', []]])
    expect(labelAndCues('After the game, she argued with fans outside the stadium.')).toEqual([['unattributed', []]])
    expect(labelAndCues('Like her rival, she has reckoned with the movement’s demands.')).toEqual([['unattributed', []]])
  })
  it('still reads a that-clause after whom they argued with', () => {
    expect(labelAndCues('He argued with reporters that the plan would work.')).toEqual([['direct', [['argued', 'He']]]])
    expect(labelAndCues('Ortiz argued with colleagues that the vote should wait.')).toEqual([['direct', [['argued', 'Ortiz']]]])
  })
  it('keeps the object gone ahead of a relative clause’s pronoun', () => {
    expect(labelAndCues('Those he accused of lying have sued.')).toEqual([['direct', [['accused', 'he']]]])
  })
})

describe('entertainment outlets', () => {
  it('are media, read whole after “according to”', () => {
    expect(types('According to Page Six, the pair have been scouting venues in Rhode Island.')).toEqual([['Page Six', 'media']])
    expect(types('The couple split in March, Us Weekly reported.')).toEqual([['Us Weekly', 'media']])
    expect(labelAndCues('According to Entertainment Tonight, the tour will resume in May.')).toEqual([['direct', [['According to', 'Entertainment Tonight']]]])
  })
})

describe('imagined speech in a scene the sentence sets up', () => {
  it('is the author’s own', () => {
    expect(labelAndCues('If the mayor said the city was broke, nobody would believe her.')).toEqual([['unattributed', []]])
    expect(labelAndCues('If Senator Ruiz announced her retirement tomorrow, few in her party could name a successor.')).toEqual([['unattributed', []]])
    expect(labelAndCues('Imagine the president saying, “We have no plan.”')).toEqual([['unattributed', []]])
    expect(labelAndCues('Imagine if the governor announced that schools would close.')).toEqual([['unattributed', []]])
  })
  it('leaves a real condition, and a modal only inside the words, alone', () => {
    expect(labelAndCues('If Carson implied that he would not criticize Cruz, he did not follow the rule.')).toEqual([['direct', [['implied that', 'Carson']]]])
    expect(labelAndCues('If elected, Ortiz said, he would cut taxes.')).toEqual([['direct', [['said', 'Ortiz']]]])
  })
})

describe('a question after a verb of asking opened by “if”', () => {
  it('asserts nothing its subject said or thought', () => {
    expect(labelAndCues('Asked if she thought the deal was dead, Lee laughed.')).toEqual([['unattributed', []]])
    expect(labelAndCues('Asked if he believed Putin wanted Trump to win, Clinton said she would not jump to that conclusion.')).toEqual([['direct', [['said', 'Clinton']]]])
    expect(labelAndCues('Hannity followed up by asking if the governor believes that is his only path.')).toEqual([['direct', [['asking', 'Hannity']]]])
  })
})

describe('the generic “one” with a modal of imagined speech', () => {
  it('is the author’s voice', () => {
    expect(labelAndCues('One could argue the ruling changes nothing.')).toEqual([['unattributed', []]])
    expect(labelAndCues('Still, one might say the council blinked first.')).toEqual([['unattributed', []]])
    expect(labelAndCues('One would think, given the numbers, that the plan had failed.')).toEqual([['unattributed', []]])
  })
  it('leaves one of a group named before, and “one” with no modal', () => {
    expect(labelAndCues('Of the two officials, one would say only that the talks continue.')).toEqual([['reported', [['say', 'one']]]])
    expect(labelAndCues('One said the plan was dead.')).toEqual([['reported', [['said', 'One']]]])
  })
})

describe('a figure’s two-word lead in a speaker phrase', () => {
  it('stays in the source span', () => {
    expect(labelAndCues('At least three inspectors raised concerns about the billing.')).toEqual([['reported', [['raised concerns', 'At least three inspectors']]]])
    expect(labelAndCues('Records show that at least 12 officials said the billing was false.')).toEqual([['reported', [['show that', 'Records'], ['said', 'at least 12 officials']]]])
    expect(labelAndCues('More than six in 10 said they were not looking forward to the campaign.')).toEqual([['reported', [['said', 'More than six in 10']]]])
  })
})

describe('words ending in -ed that are no past form', () => {
  it('do not cut the noun phrase they stand in', () => {
    expect(labelAndCues('The Met Office issued a rare red weather warning for parts of Wales.')).toEqual([['direct', [['issued a rare red weather warning', 'The Met Office']]]])
    expect(labelAndCues('The line was crossed, the bright red team said.')).toEqual([['direct', [['said', 'the bright red team']]]])
    expect(labelAndCues('Several sacred sites were damaged, the tribal council said.')).toEqual([['direct', [['said', 'the tribal council']]]])
  })
})

describe('a newsroom’s note that the story is still moving', () => {
  it('is boilerplate, however it is worded, while the story’s sentences stay claims', () => {
    const text = 'The bridge collapsed early on Tuesday.\n\nThis is a developing story.\n\nThis story will be updated.\n\nThis story is developing and will be updated as more information becomes available.'
    expect(check(text).sentences.map((s) => [s.role, s.claim])).toEqual([['body', true], ['boilerplate', false], ['boilerplate', false], ['boilerplate', false]])
  })
})

describe('a wire’s reuse notice', () => {
  it('is boilerplate after its copyright line', () => {
    const text = 'The Senate voted 52-48 on Thursday to confirm the nominee.\n\nCopyright 2026 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.'
    expect(check(text).sentences.map((s) => s.role)).toEqual(['body', 'boilerplate', 'boilerplate', 'boilerplate'])
  })
})

describe('“informed” inverted after the words', () => {
  it('names its speaker after it, as Indian English writes it', () => {
    expect(labelAndCues('The project will be completed by March, informed the official.')).toEqual([['direct', [['informed', 'the official']]]])
    expect(labelAndCues('The accused has been sent to judicial custody, informed Inspector Ravi Kumar.')).toEqual([['direct', [['informed', 'Inspector Ravi Kumar']]]])
  })
  it('keeps the subject when the person informed comes before “that”', () => {
    expect(labelAndCues('Eric Nordstrom, the regional security director, informed regional director James Bacigalupo that he would call.')).toEqual([['direct', [['informed', 'Eric Nordstrom']]]])
  })
})

describe('a long body name with “on” and “and” in it', () => {
  it('holds no person a later “he” stands for', () => {
    expect(resolvedOrWritten('Taiwo Oyedele, who chairs the Presidential Committee on Fiscal Policy and Tax Reforms, dismissed the concerns. “No state will be worse off,” he told journalists in Abuja.')).toEqual(['Taiwo Oyedele'])
    expect(resolvedOrWritten('Maria Lund, who sits on the Council on Energy Security and Climate Policy, rejected the plan. “It will fail,” she said.')).toEqual(['Maria Lund'])
  })
  it('still lets a person named after “and” be the one', () => {
    expect(resolvedOrWritten('She met the Secretary of State and John Kerry. He said the talks had stalled.')).toEqual(['John Kerry'])
  })
})

describe('“value added tax” and a group noun that is a verb after “to”', () => {
  it('read no cue in the tax’s name, and let the clause after “say” through the infinitive', () => {
    expect(labelAndCues('Governors who oppose the plan to share value added tax by consumption say it will starve their states.')).toEqual([['reported', [['say', 'Governors']]]])
    expect(labelAndCues('Governors say the plan to share the tax will starve their states.')).toEqual([['reported', [['say', 'Governors']]]])
    expect(labelAndCues('The firms agreed to ally with the union, the ministry said.')).toEqual([['direct', [['said', 'the ministry']]]])
  })
})

describe('a meta-analysis', () => {
  it('is research, vague until the story identifies it', () => {
    expect(types('A 2021 meta-analysis suggested that high caffeine intake could trigger palpitations.')).toEqual([['2021 meta-analysis', 'document']])
    expect(labels('A meta-analysis of 40 trials found that the drug cut deaths by a fifth.')).toEqual(['reported'])
  })
})

describe('an ad slot’s marker in the text', () => {
  it('is boilerplate, not a heading', () => {
    const text = 'The City Council approved a $2.1 billion budget on Tuesday.\n\nADVERTISEMENT\n\nStory continues below\n\nThe vote was 9-4.\n\nArticle continues below\n\nThe budget takes effect July 1.'
    expect(check(text).sentences.map((s) => s.role)).toEqual(['body', 'boilerplate', 'boilerplate', 'body', 'boilerplate', 'body'])
  })
})

describe('a person later named by initials', () => {
  it('is the person whose name’s parts start with them', () => {
    expect(namesAndCounts('Alexandria Ocasio-Cortez said the bill was cruel. Hours later AOC posted that the vote was a disgrace.')).toEqual([['Alexandria Ocasio-Cortez', 2]])
    expect(namesAndCounts('Health Secretary Robert F. Kennedy Jr. said the panel would be replaced. RFK Jr. said on Monday that more changes were coming.')).toEqual([['Robert F. Kennedy Jr.', 2]])
  })
  it('leaves a body’s initials, and initials after “the”, to bodies', () => {
    expect(namesAndCounts('Nina Thomas Sullivan said the plane was old. The NTS said it would review the case.')).toEqual([['Nina Thomas Sullivan', 1], ['NTS', 1]])
  })
})

describe('a predicate adjective before “and”', () => {
  it('is joined to no noun after it', () => {
    expect(labelAndCues('Economists warn that a recession is likely and data released on Friday show unemployment rising.')).toEqual([['reported', [['warn that', 'Economists'], ['show', 'data']]]])
    expect(labelAndCues('The outlook is grim and analysts say cuts are coming.')).toEqual([['reported', [['say', 'analysts']]]])
  })
  it('still joins nouns', () => {
    expect(labelAndCues('Wages and prices rose, officials and economists said.')).toEqual([['reported', [['said', 'officials and economists']]]])
  })
})

describe('a passive with an adverb between its participle and “by”', () => {
  it('is the agent’s', () => {
    expect(labelAndCues('The plan, details of which were reported earlier by Bloomberg, would cut costs.')).toEqual([['direct', [['were reported earlier by', 'Bloomberg']]]])
    expect(labelAndCues('The figures were confirmed later by the ministry.')).toEqual([['direct', [['were confirmed later by', 'the ministry']]]])
    expect(labelAndCues('The claims were denied previously by residents.')).toEqual([['reported', [['were denied previously by', 'residents']]]])
  })
})

describe('the words or a version of a document', () => {
  it('are the document', () => {
    expect(types('According to the text of the bill, the fee rises to $40.')).toEqual([['text of the bill', 'document']])
    expect(types('The wording of the agreement says both sides must give 30 days’ notice.')).toEqual([['wording of the agreement', 'document']])
    expect(types('A version of the memo seen by Reuters shows the plant would close in June.')).toEqual([['version of the memo seen by Reuters', 'document']])
  })
  it('leave a bare “text” a document of its own', () => {
    expect(types('The text says the fee rises.')).toEqual([['text', 'document']])
  })
})

describe('a pronoun such as “everyone” after a noun', () => {
  it('is the source alone: the noun is the object of a relative clause without “that”', () => {
    expect(labelAndCues('They will also mean busier shops and a tax base that can pay for the services everyone says they want.')).toEqual([['reported', [['says', 'everyone']]]])
    expect(labelAndCues('It is a policy nobody thinks will survive the winter.')).toEqual([['reported', [['thinks', 'nobody']]]])
    expect(labelAndCues('The campaign must make sure everybody knows that the bill was his.')).toEqual([['reported', [['knows that', 'everybody']]]])
  })
  it('keeps its lead, and “else” after it', () => {
    expect(labelAndCues('While almost everyone agrees the law was flawed, the vote was close.')).toEqual([['reported', [['agrees', 'almost everyone']]]])
    expect(labelAndCues('Virtually everybody at the plant believes the line will close.')).toEqual([['reported', [['believes', 'Virtually everybody at the plant']]]])
    expect(types('Everyone else said the vote was rigged. Someone else told the paper the count was wrong.')).toEqual([['Everyone else', 'anonymous'], ['Someone else', 'anonymous']])
  })
})

describe('a naming participle after a thing made by someone named', () => {
  it('names the thing: the maker says nothing', () => {
    expect(labelAndCues('There is also a collection from the cartoonist Garry Trudeau called “Yuge!”')).toEqual([['unattributed', []]])
    expect(labelAndCues('He starred in a film by the director Ang Lee called “Hulk” in 2003.')).toEqual([['unattributed', []]])
    expect(labelAndCues('She recorded an album with Nile Rodgers titled “Firebird” last year.')).toEqual([['unattributed', []]])
  })
  it('leaves a person’s phrase ending in a name the speaker', () => {
    expect(labelAndCues('A spokesman for Garry Trudeau called “Yuge!” a joke.')).toEqual([['direct', [['called', 'A spokesman for Garry Trudeau']]]])
    expect(labelAndCues('The mayor called the plan “a disgrace.”')).toEqual([['direct', [['called', 'The mayor']]]])
  })
})

describe('a particle before a place opening the sentence', () => {
  it('opens a phrase, not the subject', () => {
    expect(labelAndCues('Out there, the ranchers keep insisting that the drought is over.')).toEqual([['reported', [['insisting that', 'the ranchers']]]])
    expect(labelAndCues('Down here in the valley, Mayor Ruth Okafor has been saying the flood defences will hold.')).toEqual([['direct', [['saying', 'Mayor Ruth Okafor']]]])
    expect(labelAndCues('Back in Washington, the senator kept insisting the bill would pass.')).toEqual([['direct', [['insisting', 'the senator']]]])
  })
  it('is never a speaker of its own', () => {
    expect(labelAndCues('Down here in Hades, we watch his partners in Tehran relentlessly referring to the US as the “Great Satan.”')).toEqual([['unattributed', []]])
  })
})

describe('“every” inside a phrase read leftwards', () => {
  it('opens the source, as an article does', () => {
    expect(labelAndCues('We have work to do to make every American feel that they are safe.')).toEqual([['reported', [['feel that', 'every American']]]])
    expect(labelAndCues('The new law lets every voter believe that the count is fair.')).toEqual([['reported', [['believe that', 'every voter']]]])
  })
  it('keeps a lead or an adverb before it, and stays an unspecified group', () => {
    expect(types('Almost every economist expects that rates will fall.')).toEqual([['Almost every economist', 'anonymous']])
    expect(types('Virtually every engineer says the dam must be fixed.')).toEqual([['Virtually every engineer', 'anonymous']])
    expect(types('Nearly all economists expect that rates will fall.')).toEqual([['Nearly all economists', 'anonymous']])
  })
})

describe('a thinking verb that describes, before a reflexive', () => {
  it('is the subject’s view of itself', () => {
    expect(labelAndCues('Germany views itself as a leader in the push against climate change.')).toEqual([['direct', [['views', 'Germany']]]])
    expect(labelAndCues('The company regards itself as a pioneer of cheap solar power.')).toEqual([['direct', [['regards', 'The company']]]])
    expect(labelAndCues('Senator Okafor views herself as a mediator between the two wings of the party.')).toEqual([['direct', [['views', 'Senator Okafor']]]])
  })
  it('leaves the noun “views” before a reflexive alone', () => {
    expect(labelAndCues('The views themselves were not new.')).toEqual([['unattributed', []]])
  })
})

describe('information a light verb hands over, in the passive', () => {
  it('is a hedge with no agent, the agent’s after “by”', () => {
    expect(labelAndCues('Concerns were raised that the bridge could not carry the extra traffic.')).toEqual([['reported', [['were raised', null]]]])
    expect(labelAndCues('Doubts have also been voiced that the count was accurate.')).toEqual([['reported', [['been voiced', null]]]])
    expect(labelAndCues('A warning was issued that the storm would hit the coast on Friday.')).toEqual([['reported', [['was issued', null]]]])
    expect(labelAndCues('Fears were expressed by residents that the plant would close.')).toEqual([['reported', [['were expressed by', 'residents']]]])
  })
  it('needs an information noun and a that-clause', () => {
    expect(labelAndCues('Prices were raised that week.')).toEqual([['unattributed', []]])
    expect(labelAndCues('Funds were raised that helped the victims.')).toEqual([['unattributed', []]])
    expect(labelAndCues('Serious concerns were also raised about the count.')).toEqual([['unattributed', []]])
  })
  it('leaves the progressive active', () => {
    expect(labelAndCues('Republicans across the country are expressing concern about the nominee.')).toEqual([['reported', [['expressing concern', 'Republicans across the country']]]])
  })
})

describe('an -s verb after a preposition’s plural object in a reported clause', () => {
  it('agrees with the singular noun before the preposition: the clause is read', () => {
    expect(labelAndCues('The mayor says support from voters helps the city.')).toEqual([['direct', [['says', 'The mayor']]]])
    expect(labelAndCues('Trump says praise from voters helps the party.')).toEqual([['direct', [['says', 'Trump']]]])
    expect(labelAndCues('The airline says demand for flights keeps the prices high.')).toEqual([['direct', [['says', 'The airline']]]])
    expect(labelAndCues('Analysts say help from neighbours makes the difference.')).toEqual([['reported', [['say', 'Analysts']]]])
  })
})

describe('a body’s field, then “for” and a capitalised name', () => {
  it('is a body’s name, not a person', () => {
    expect(types('Transport for London said the line would reopen on Monday.')).toEqual([['Transport for London', 'organization']])
    expect(types('Transport for Wales said several lines would close on Saturday evening.')).toEqual([['Transport for Wales', 'organization']])
    expect(types('Education for Scotland said the exams would go ahead.')).toEqual([['Education for Scotland', 'organization']])
  })
  it('leaves a person with “for” one', () => {
    expect(types('A spokesman for Transport for London said the line would reopen.')).toEqual([['spokesman for Transport for London', 'person']])
  })
})

describe('a speaker’s tag closing the sentence after a channel set off inside what was said', () => {
  const vias = (text: string) => check(text).sentences[0].attributions.map((a) => [a.source.text, a.via ?? null])
  it('is no speaker of the channel’s: the channel is among what the speaker said', () => {
    expect(vias('Coldfront has raised $62 million so far, according to PitchBook data, and is expected to announce a new round, people familiar with the matter said.')).toEqual([['PitchBook data', null], [undefined, null], ['people familiar with the matter', null]])
    expect(vias('In Seattle, marchers carried white roses, KING-TV reported, while in Chicago the parade began with a moment of silence, the Chicago Sun-Times reported.')).toEqual([['KING-TV', null], ['the Chicago Sun-Times', null]])
  })
  it('still relays a speaker the channel introduces, or one it cites', () => {
    expect(vias('Putin stressed that ties would grow, according to KCNA.')).toEqual([['Putin', 'KCNA'], ['KCNA', null]])
    expect(vias('Bloomberg reports that the nominee has won among wealthier voters, according to the Roper Center.')).toEqual([['Bloomberg', null], ['the Roper Center', 'Bloomberg']])
    expect(vias('Deforestation fell by 16% last year, the Andean Herald reported, citing the environment ministry.')).toEqual([['the Andean Herald', null], ['the environment ministry', 'Andean Herald']])
  })
})

describe('a thinking verb holding its object likely or possible', () => {
  it('is the subject’s view', () => {
    expect(labelAndCues('Mr. Peck has long considered a Twitter deal likely.')).toEqual([['direct', [['considered', 'Mr. Peck']]]])
    expect(labelAndCues('Most analysts consider a rate cut unlikely before March.')).toEqual([['reported', [['consider', 'Most analysts']]]])
    expect(labelAndCues('The ratings agency deemed a default impossible.')).toEqual([['direct', [['deemed', 'The ratings agency']]]])
  })
  it('leaves deliberation alone', () => {
    expect(labelAndCues('The board considered a merger last year.')).toEqual([['unattributed', []]])
  })
})

describe('a capitalised role set off before the name of the one who holds it', () => {
  it('gives the speech to the name, after a possessive or with the role’s “of”', () => {
    expect(sourceNames('Its President, Joe Ajaero, said workers had waited long enough.')).toEqual(['Joe Ajaero'])
    expect(sourceNames('Wages will rise in January, the Minister of Labour, Muhammad Dingyadi, said.')).toEqual(['Muhammad Dingyadi'])
    expect(sourceNames('The Secretary of Health, Maria Santos, said the clinics would reopen.')).toEqual(['Maria Santos'])
    expect(sourceNames('Their Chairman, Olu Bakare, told reporters the deal was off.')).toEqual(['Olu Bakare'])
  })
})

describe('verbs of stating in other Englishes', () => {
  it('are cues: “averred”, “posited”', () => {
    expect(labelAndCues('Dingyadi averred that arrears would be paid in two instalments.')).toEqual([['direct', [['averred that', 'Dingyadi']]]])
    expect(labelAndCues('“We will pay,” averred the minister.')).toEqual([['direct', [['averred', 'the minister']]]])
    expect(labelAndCues('Researchers posited that the lake had dried up long before the drought.')).toEqual([['reported', [['posited that', 'Researchers']]]])
  })
})

describe('a data service’s capitalised name', () => {
  it('is a document, not a person', () => {
    expect(types('The Dow fell 2%, according to Dow Jones Market Data.')).toEqual([['Dow Jones Market Data', 'document']])
    expect(types('Home prices rose 4%, according to Cotality Property Data.')).toEqual([['Cotality Property Data', 'document']])
  })
  it('leaves a person whose surname is Data a person', () => {
    expect(types('Helen Data said the plan had failed.')).toEqual([['Helen Data', 'person']])
  })
})

describe('the outlet or its writer naming itself with “this”', () => {
  it('is the author, no source', () => {
    expect(labelAndCues('This newspaper has long argued that the tax is unfair.')).toEqual([['unattributed', []]])
    expect(labelAndCues('This columnist believes the levy will be repealed within a year.')).toEqual([['unattributed', []]])
    expect(labelAndCues('As this reporter revealed last year, the council never held the vote.')).toEqual([['unattributed', []]])
  })
  it('leaves “this” before other nouns, and inside a quotation, alone', () => {
    expect(labelAndCues('This study found that the dam was unsafe.')).toEqual([['direct', [['found that', 'This study']]]])
    expect(labelAndCues('“This newspaper never asked me,” she said.')).toEqual([['direct', [['said', 'she']]]])
  })
})

describe('a participle right after “has” or “have” before a phrase read leftwards', () => {
  it('is the perfect’s verb, not a modifier of the phrase', () => {
    expect(labelAndCues('The Post has seen documents showing the plant will close.')).toEqual([['reported', [['showing', 'documents']]]])
    expect(labelAndCues('Investigators have reviewed records showing the pilot had not slept.')).toEqual([['reported', [['showing', 'records']]]])
  })
})

describe('a line of a writer’s name and a date, as a newsletter sets its byline', () => {
  const roles = (text: string) => check(text).sentences.map((s) => s.role)
  it('is boilerplate, run together or not', () => {
    expect(roles('The quiet collapse of the local newspaper\n\nJen Ortiz Nov 28, 2026\n\nMore than 2,500 papers have closed since 2005.')).toEqual(['heading', 'boilerplate', 'body'])
    expect(roles('The quiet collapse of the local newspaper\n\nJen OrtizNov 28, 2026\n\nMore than 2,500 papers have closed since 2005.')).toEqual(['heading', 'boilerplate', 'body'])
    expect(roles('Why the dam failed\n\nRuth Anne Okafor Sept. 18, 2025\n\nThe dam was built in 1931.')).toEqual(['heading', 'boilerplate', 'body'])
  })
  it('leaves a headline that ends with a month and year a heading', () => {
    expect(roles('Why the dam failed\n\nSenate Passes Dam Bill in March 2025\n\nThe dam was built in 1931.')).toEqual(['heading', 'heading', 'body'])
  })
})

describe('“counts” right after a source and before a figure', () => {
  it('hands over the count', () => {
    expect(labelAndCues('The school’s latest report counts 127 closures in the past year alone.')).toEqual([['direct', [['counts', 'The school’s latest report']]]])
    expect(labelAndCues('The CDC counts 93 cases so far this year.')).toEqual([['direct', [['counts', 'The CDC']]]])
  })
  it('leaves the noun and the other sense alone', () => {
    expect(labelAndCues('He faces three counts of fraud.')).toEqual([['unattributed', []]])
    expect(labelAndCues('Every vote counts.')).toEqual([['unattributed', []]])
    expect(labelAndCues('The team counts fans in 40 countries.')).toEqual([['unattributed', []]])
  })
})

describe('a title after a thing’s naming participle', () => {
  it('is a term: neither the thing’s maker’s words nor a reported clause', () => {
    expect(labelAndCues('She wrote a memoir called “Becoming,” which sold 10 million copies.')).toEqual([['unattributed', []]])
    expect(labelAndCues('He wrote a book titled “The Long Road.”')).toEqual([['unattributed', []]])
    expect(labelAndCues('Her father starred in a film named “Hulk,” which flopped.')).toEqual([['unattributed', []]])
  })
  it('leaves people’s naming their words', () => {
    expect(labelAndCues('It was a move critics called “a betrayal of the voters,” and it passed.')).toEqual([['reported', [['called', 'critics']]]])
    expect(labelAndCues('She said the mayor called the plan a disgrace.')).toEqual([['direct', [['said', 'She'], ['called', 'the mayor']]]])
  })
})

describe('a nationality closing a quotation that opened sentences before', () => {
  it('is the one person named before the quotation', () => {
    const text = 'Madrid boss Carlo Ancelotti admitted his side had been second best. “We didn’t play well. They were more aggressive and had more energy,” the Italian said.'
    expect(resolvedOrWritten(text)).toEqual(['Carlo Ancelotti', 'Carlo Ancelotti', 'Carlo Ancelotti'])
    const two = 'Gabriela Sabatini said she would retire in June. “I am tired. My body is tired. I want a normal life,” the Argentine said.'
    expect(resolvedOrWritten(two)).toEqual(['Gabriela Sabatini', 'Gabriela Sabatini', 'Gabriela Sabatini', 'Gabriela Sabatini'])
  })
  it('is still the one person the sentence before names when the quotation opens in its own sentence', () => {
    const text = 'Carlo Ancelotti admitted his side had been second best. “They were better,” the Italian said.'
    expect(resolvedOrWritten(text)).toEqual(['Carlo Ancelotti', 'Carlo Ancelotti'])
  })
})

describe('a list of sources after “according to”', () => {
  const sources = (text: string) => check(text).sentences[0].attributions.map((a) => a.source.text)
  it('credits each item', () => {
    expect(sources('The chain billed Medicaid for therapy never given, according to internal emails, billing records and interviews with nine former employees.')).toEqual(['internal emails', 'billing records'])
    expect(sources('The chain billed Medicaid, according to the state auditor, federal prosecutors and two former managers.')).toEqual(['the state auditor', 'federal prosecutors', 'two former managers'])
    expect(sources('According to the Census Bureau, the Labor Department and the Federal Reserve, growth slowed.')).toEqual(['the Census Bureau', 'the Labor Department', 'the Federal Reserve'])
  })
  it('leaves an apposition, a clause after the comma and a joined clause alone', () => {
    expect(sources('It works, according to Craig Bryan, head of the National Center for Veterans Studies, and other scientists.')).toEqual(['Craig Bryan'])
    expect(sources('According to early results of the exit poll, Clinton led in Virginia and Georgia among men and women.')).toEqual(['early results of the exit poll'])
    expect(sources('The top 1 percent paid 25 percent, according to the Congressional Budget Office, and the top 10 percent paid 69 percent.')).toEqual(['the Congressional Budget Office'])
  })
})

describe('a body’s first words after its whole name was set off', () => {
  it('are that body', () => {
    expect(namesAndCounts('The chain, Blue Harbor Senior Living, operates 23 homes. Blue Harbor said it takes compliance seriously.')).toEqual([['Blue Harbor Senior Living', 1]])
    expect(namesAndCounts('The developer, Gulfwind Energy Partners, filed the plans. Gulfwind Energy said the turbines would be built by 2028.')).toEqual([['Gulfwind Energy Partners', 1]])
  })
  it('leave other words another source', () => {
    expect(namesAndCounts('The chain, Blue Harbor Senior Living, operates 23 homes. Blue Ridge said it would buy two of them.')).toEqual([['Blue Ridge', 1]])
  })
})

describe('a thinking verb followed by its topic, after a comma', () => {
  it('is no trailing tag over what comes before the comma', () => {
    expect(labelAndCues('As we reported last week, the mayor’s office knew about the leak in March.')).toEqual([['unattributed', []]])
    expect(labelAndCues('Long before the vote, the council members knew of the deficit.')).toEqual([['unattributed', []]])
  })
  it('leaves a tag that hands over the sentence, and speech of a topic', () => {
    expect(labelAndCues('The plan is dead, the mayor believes.')).toEqual([['direct', [['believes', 'the mayor']]]])
    expect(labelAndCues('“It is a disaster,” he said of the plan.')).toEqual([['direct', [['said', 'he']]]])
  })
})

describe('a body’s name with “and” inside it', () => {
  it('is one body a later kind’s noun stands for', () => {
    expect(resolvedOrWritten('Sea ice shrank, according to preliminary data from the U.S. National Snow and Ice Data Center. The ice covered 16.96 million square kilometres, the center said.')).toEqual(['preliminary data from the U.S. National Snow and Ice Data Center', 'U.S. National Snow and Ice Data Center'])
    expect(resolvedOrWritten('The National Snow and Ice Data Center said the ice shrank. The center said more data would come.')).toEqual(['National Snow and Ice Data Center', 'National Snow and Ice Data Center'])
    expect(resolvedOrWritten('The grant came from the Western Arts and Humanities Foundation, the report said. The foundation said it would renew it.')).toEqual(['report', 'Western Arts and Humanities Foundation'])
  })
  it('leaves two bodies joined by “and” two', () => {
    expect(resolvedOrWritten('The fees were paid to the Podesta Group and Mercury LLC, the filing shows. Mercury said it had done nothing wrong.')).toEqual(['filing', 'Mercury LLC'])
  })
})

describe('a capitalised name ending in “Survey”', () => {
  it('is a body, not a person', () => {
    expect(types('The British Antarctic Survey has warned that emperor penguin colonies are at risk.')).toEqual([['British Antarctic Survey', 'organization']])
    expect(types('Ordnance Survey said the maps would be updated.')).toEqual([['Ordnance Survey', 'organization']])
  })
  it('leaves a survey by a lowercase noun a document', () => {
    expect(types('A Gallup survey found that rents rose.')).toEqual([['Gallup survey', 'document']])
  })
})

describe('a company’s noun with a modifier another body was written with', () => {
  it('goes to that body over a company its own sentence names', () => {
    expect(resolvedOrWritten('Sales fell 11% in the last quarter, per Counterpoint Research. Huawei, meanwhile, has regained ground, the research firm said.')).toEqual(['Counterpoint Research', 'Counterpoint Research'])
    expect(resolvedOrWritten('Prices rose 4%, according to Halvern Analytics. Zenith has raised its prices too, the analytics company said.')).toEqual(['Halvern Analytics', 'Halvern Analytics'])
  })
  it('leaves a bare noun to the company its sentence names', () => {
    expect(resolvedOrWritten('Sales fell 11%, according to Counterpoint Research. Huawei has regained ground, the firm said.')).toEqual(['Counterpoint Research', 'Huawei'])
  })
})

describe('an expectation or a plan inside an embedded question', () => {
  it('hands over no claim', () => {
    expect(labelAndCues('Apple did not say how many units it expects to sell.')).toEqual([['unattributed', []]])
    expect(labelAndCues('It is unclear how the company plans to pay for the expansion.')).toEqual([['unattributed', []]])
    expect(labelAndCues('The ministry would not say what price it expects to pay for the jets.')).toEqual([['unattributed', []]])
  })
  it('leaves relative clauses and plain expectations alone', () => {
    expect(labelAndCues('It is the plant on which the firm expects to spend $2 billion.')).toEqual([['direct', [['expects to', 'the firm']]]])
    expect(labelAndCues('The House will send the bill to the White House, where President Obama has promised to veto it.')).toEqual([['direct', [['promised to', 'President Obama']]]])
  })
})

describe('a relative clause with an -s verb after “that” before the cue', () => {
  it('is about the speaker before it', () => {
    expect(labelAndCues('The union that represents the nurses said the deal was fair.')).toEqual([['direct', [['said', 'The union']]]])
    expect(labelAndCues('The firm that plans to build the plant said it was ready.')).toEqual([['direct', [['said', 'The firm']]]])
    expect(labelAndCues('A charity that runs three shelters in the city warned that beds were running out.')).toEqual([['reported', [['warned that', 'A charity']]]])
  })
})

describe('a naming verb past its object’s infinitive', () => {
  it('hands the quotation that closes the sentence to the speaker, whatever the infinitive and its adjuncts', () => {
    expect(labelAndCues('Amnesty International called the failure to ban facial recognition in public spaces “a devastating precedent.”')).toEqual([['direct', [['called', 'Amnesty International']]]])
    expect(labelAndCues('Critics called the decision to close three rural hospitals next year “short-sighted and dangerous.”')).toEqual([['reported', [['called', 'Critics']]]])
    expect(labelAndCues('The senator called the move to strip funding from the program in the final bill “a betrayal of veterans.”')).toEqual([['direct', [['called', 'The senator']]]])
    expect(labelAndCues('Union leaders have dubbed the plan to close the depot by March “Operation Shutdown.”')).toEqual([['reported', [['dubbed', 'Union leaders']]]])
  })
  it('leaves a term inside the infinitive’s phrase, a person asked for help, and other verbs’ scare quotes', () => {
    expect(labels('The mayor called a meeting to discuss the city budget and the “crisis” at the port.')).toEqual(['unattributed'])
    expect(labels('She called the police to report a man with a gun “acting strangely.”')).toEqual(['unattributed'])
    expect(labels('She was suspended after slamming lawmakers for their vote to put a halt to the president’s plan to admit Syrian “refugees.”')).toEqual(['unattributed'])
  })
})

describe('a prediction of when on no one’s word', () => {
  it('hedges a passive of expecting or forecasting before a time, with or without a preposition', () => {
    expect(labelAndCues('A ruling is expected by the end of June.')).toEqual([['reported', [['is expected', null]]]])
    expect(labelAndCues('A vote on the budget is expected in January.')).toEqual([['reported', [['is expected', null]]]])
    expect(labelAndCues('A decision was expected soon after the hearing.')).toEqual([['reported', [['was expected', null]]]])
    expect(labelAndCues('Heavy snow is forecast on Tuesday across the Highlands.')).toEqual([['reported', [['is forecast', null]]]])
    expect(labelAndCues('The verdict is widely anticipated within weeks.')).toEqual([['reported', [['is widely anticipated', null]]]])
    expect(labelAndCues('A deal is expected by Friday.')).toEqual([['reported', [['is expected', null]]]])
    expect(labelAndCues('The vote is now expected on Jan. 14. A decision is expected by Sept. 30.')).toEqual([['reported', [['is now expected', null]]], ['reported', [['is expected', null]]]])
  })
  it('leaves a comparison, a negation, a place alone and an agent who is no time', () => {
    expect(labels('Turnout was higher than expected in 2020.')).toEqual(['unattributed'])
    expect(labels('The verdict was not expected until next week.')).toEqual(['unattributed'])
    expect(labels('The delays were expected in a city with one bridge.')).toEqual(['unattributed'])
    expect(labels('A ruling is expected by economists in June.')).toEqual(['unattributed'])
  })
})

describe('people at work with animals or outdoors', () => {
  it('are a vague group in the plural and a definite person with “the”', () => {
    expect(labelAndCues('Two Sumatran tiger cubs have been born at Chester Zoo, keepers announced on Monday.')).toEqual([['reported', [['announced', 'keepers']]]])
    expect(labelAndCues('The seal pup was returned to the sea, zookeepers said.')).toEqual([['reported', [['said', 'zookeepers']]]])
    expect(labelAndCues('The pair were found near the summit, rescuers said.')).toEqual([['reported', [['said', 'rescuers']]]])
    expect(labelAndCues('The lifeguard said the swimmer had ignored two warnings.')).toEqual([['direct', [['said', 'The lifeguard']]]])
    expect(labelAndCues('One of the climbers said the weather turned within minutes.')).toEqual([['reported', [['said', 'One of the climbers']]]])
  })
  it('leave a team named like a trade a named source', () => {
    expect(labels('Rangers said the striker would leave in January. The Texas Rangers said the pitcher would miss the season.')).toEqual(['direct', 'direct'])
  })
})

describe('a trailing document described by a past form after the comma', () => {
  it('keeps the past form and its adverb in the document’s phrase', () => {
    expect(labelAndCues('Japan’s economy narrowly avoided a recession at the end of last year, revised government data showed this month.')).toEqual([['direct', [['showed', 'revised government data']]]])
    expect(labelAndCues('The economy shrank in the third quarter, updated figures showed.')).toEqual([['reported', [['showed', 'updated figures']]]])
    expect(labelAndCues('Retail sales rose 3 percent in October, seasonally adjusted data showed on Friday.')).toEqual([['reported', [['showed', 'seasonally adjusted data']]]])
  })
  it('leaves a participle clause set off by commas and a quotation’s tag as they were', () => {
    expect(labels('The plan, adopted last year, shows little progress.')).toEqual(['unattributed'])
    expect(labelAndCues('“I have to take my cousin along,” another neighbour, Sam Ortiz, recalled him saying.')).toEqual([['direct', [['recalled', 'Sam Ortiz']]]])
  })
})

describe('a past form after an infinitive’s or a modal’s verb', () => {
  it('describes the noun after it, no cue', () => {
    expect(labels('The government introduced the rules in response, requiring social landlords to fix reported hazards within strict time limits.')).toEqual(['unattributed'])
    expect(labels('Inspectors will review reported cases next month.')).toEqual(['unattributed'])
    expect(labels('The board agreed to investigate reported abuses at the home.')).toEqual(['unattributed'])
  })
  it('leaves a past form after an auxiliary a verb', () => {
    expect(labelAndCues('The ministry is believed to have reported the losses to the board.')).toEqual([['reported', [['is believed to', null]]]])
  })
})

describe('a housing association by its name', () => {
  it('is an organisation, and a housing minister a person', () => {
    expect(types('Rochdale Boroughwide Housing said it had made changes. Clarion Housing said it would review the case.')).toEqual([['Rochdale Boroughwide Housing', 'organization'], ['Clarion Housing', 'organization']])
    expect(types('Housing Secretary Angela Rayner said the rules would be tightened.')).toEqual([['Angela Rayner', 'person']])
  })
})

describe('a person described by what befell them', () => {
  it('keeps the participle and its phrase in the speaker', () => {
    expect(labelAndCues('The father of a teenager killed in the crash said the road was dangerous.')).toEqual([['reported', [['said', 'The father of a teenager killed in the crash']]]])
    expect(labelAndCues('The brother of a man shot by police said he was unarmed.')).toEqual([['reported', [['said', 'The brother of a man shot by police']]]])
    expect(labelAndCues('The families of hostages held in Gaza said they felt abandoned.')).toEqual([['reported', [['said', 'The families of hostages held in Gaza']]]])
    expect(labelAndCues('Residents evacuated from the area said they heard a bang.')).toEqual([['reported', [['said', 'Residents evacuated from the area']]]])
    expect(labelAndCues('Workers injured at the plant told reporters the alarm never sounded.')).toEqual([['reported', [['told', 'Workers injured at the plant']]]])
  })
  it('reads no verb of saying in a person’s phrase after a preposition, nor a harm’s participle after a body', () => {
    expect(labels('Reagan was so consumed with American hostages held in the Middle East that he traded arms with Iran.')).toEqual(['unattributed'])
    expect(labelAndCues('Police shot at the car, officials said.')).toEqual([['reported', [['said', 'officials']]]])
  })
  it('makes a teenager and a hostage people', () => {
    expect(labelAndCues('A teenager told police he had been chased. A hostage released on Sunday said the guards were young.')).toEqual([
      ['reported', [['told', 'A teenager']]],
      ['reported', [['said', 'A hostage']]],
    ])
  })
})

describe('an outlet’s clause and a clause joined after it', () => {
  it('relays no one whose clause a comma and a joiner set apart, inside a closing quotation mark too', () => {
    const via = (text: string) => check(text).sentences.flatMap((s) => s.attributions).map((a) => a.via ?? null)
    expect(via('Variety called it “a gleeful, ghoulish return to form,” while The Guardian said it “never quite comes alive.”')).toEqual([null, null])
    expect(via('CNN reported that the talks had stalled, while the White House said they were on track.')).toEqual([null, null])
    expect(via('Politico reported that the bill was dead, but Senate leaders said a vote would be held.')).toEqual([null, null])
  })
  it('still relays what the outlet reports, a that-clause joined to it included', () => {
    const via = (text: string) => check(text).sentences.flatMap((s) => s.attributions).map((a) => a.via ?? null)
    expect(via('Reuters reported that the minister said the talks had stalled.')).toEqual([null, 'Reuters'])
    expect(via('CNN reported that the talks had stalled, and that the White House said they were on track.')).toEqual([null, 'CNN'])
  })
})

describe('a body’s name with a possessive inside it', () => {
  it('is read whole for every verb its subject shares', () => {
    expect(labelAndCues('Campaigners from Save Our Fields said the roads were congested and warned that local schools were full.')).toEqual([
      ['reported', [['said', 'Campaigners from Save Our Fields'], ['warned that', 'Campaigners from Save Our Fields']]],
    ])
    expect(labelAndCues('Members of Save Our Schools said the cuts would hurt pupils and urged parents to write to the council.')).toEqual([
      ['reported', [['said', 'Members of Save Our Schools']]],
    ])
  })
})

describe('a developer by its name and an outlet by its masthead', () => {
  it('types a name ending in Estates, Developments or Living a company', () => {
    expect(types('The developer, Harrow Estates, says the site will include 480 affordable homes. Berkeley Developments said it would appeal.')).toEqual([['Harrow Estates', 'organization'], ['Berkeley Developments', 'organization']])
    expect(types('Lone Star Senior Living said it would appeal. Sunrise Senior Living said it had hired more staff.')).toEqual([['Lone Star Senior Living', 'organization'], ['Sunrise Senior Living', 'organization']])
  })
  it('types a masthead an outlet whatever field word comes before it', () => {
    expect(types('Insurance Journal reported the claim. The Energy Gazette reported the sale. As the International Business Times noted, the fund grew.')).toEqual([['Insurance Journal', 'media'], ['Energy Gazette', 'media'], ['International Business Times', 'media']])
    expect(types('News Corp said profits rose.')).toEqual([['News Corp', 'organization']])
  })
})

describe('a company’s noun before any body is named', () => {
  it('is no body named after it as another kind', () => {
    expect(resolvedOrWritten('More than 10,000 homes were without power, the electricity network operator said. Natural Resources Wales issued 20 flood warnings and said rivers had reached record levels.')).toEqual(['electricity network operator', 'Natural Resources Wales', 'Natural Resources Wales'])
    expect(resolvedOrWritten('Services were cancelled, the company said. The Canal and River Trust said the towpath was closed.')).toEqual(['company', 'Canal and River Trust'])
  })
  it('is no body set off after another kind’s noun', () => {
    expect(resolvedOrWritten('Flights were cancelled, the airline said. The pilots’ union, Flyvepersonalets Forening, says its members are underpaid.')).toEqual(['airline', 'Flyvepersonalets Forening'])
    expect(resolvedOrWritten('Stores will close, the retailer said. The shopworkers’ union, Usdaw, said 900 jobs were at risk.')).toEqual(['retailer', 'Usdaw'])
  })
  it('is still the company named after it', () => {
    expect(resolvedOrWritten('Drug slows decline, company says. Norvance Therapeutics said the trial met its goal.')).toEqual(['Norvance Therapeutics', 'Norvance Therapeutics'])
    expect(resolvedOrWritten('Drug slows decline, company says. The drugmaker, Norvance, said the trial met its goal.')).toEqual(['Norvance', 'Norvance'])
  })
})

describe('verbs of guessing, wagering and bemoaning', () => {
  it('hand a that-clause or a trailing tag’s words to their subject', () => {
    expect(labelAndCues('Analysts guessed that the cut would come in June.')).toEqual([['reported', [['guessed that', 'Analysts']]]])
    expect(labelAndCues('The comet is older than thought, Ortiz guessed.')).toEqual([['direct', [['guessed', 'Ortiz']]]])
    expect(labelAndCues('Traders wagered that the Fed would cut rates.')).toEqual([['reported', [['wagered that', 'Traders']]]])
    expect(labelAndCues('Dr. Mensah conjectured that the comet was older than thought.')).toEqual([['direct', [['conjectured that', 'Dr. Mensah']]]])
    expect(labelAndCues('Critics bemoaned that the city had done nothing.')).toEqual([['reported', [['bemoaned that', 'Critics']]]])
    expect(labelAndCues('“We were robbed,” the coach bemoaned.')).toEqual([['direct', [['bemoaned', 'the coach']]]])
  })
  it('leave the nouns, the writer’s own guess and a complaint about an act', () => {
    expect(labels('It was only a guess. Her guesses were wrong. I guess the plan worked. Fans bemoaned the decision. Their wagers paid off.')).toEqual(['unattributed', 'unattributed', 'unattributed', 'unattributed', 'unattributed'])
  })
})

describe('a hedging participle before a presumed state or a tip', () => {
  it('hedges a state presumed with no “to be” and a British tip or reckoning', () => {
    expect(labelAndCues('At least 20 people are feared dead.')).toEqual([['reported', [['are feared', null]]]])
    expect(labelAndCues('Three climbers are believed missing after the avalanche.')).toEqual([['reported', [['are believed', null]]]])
    expect(labelAndCues('The group is thought responsible for the attack.')).toEqual([['reported', [['is thought', null]]]])
    expect(labelAndCues('The deal is thought likely to close next month.')).toEqual([['reported', [['is thought', null]]]])
    expect(labelAndCues('The home secretary is tipped to replace him.')).toEqual([['reported', [['is tipped to', null]]]])
    expect(labelAndCues('He is reckoned to be the richest man in Wales.')).toEqual([['reported', [['is reckoned to', null]]]])
  })
  it('leaves the law’s standard, a pass tipped to a player and a plain state', () => {
    expect(labels('He is presumed innocent until proven guilty. The pass was tipped to Jones. Two people were killed and three are missing.')).toEqual(['unattributed', 'unattributed', 'unattributed'])
  })
})

describe('praise and blame given as a judgement in the passive', () => {
  it('hedge it on no one’s word, or hand it to the agent after it', () => {
    expect(labelAndCues('His rhetoric has been widely condemned as fearmongering.')).toEqual([['reported', [['been widely condemned as', null]]]])
    expect(labelAndCues('The ceasefire was hailed as a breakthrough.')).toEqual([['reported', [['was hailed as', null]]]])
    expect(labelAndCues('The rollout was widely criticized as sloppy.')).toEqual([['reported', [['was widely criticized as', null]]]])
    expect(labelAndCues('The film was panned as dull and overlong.')).toEqual([['reported', [['was panned as', null]]]])
    expect(labelAndCues('The plan was criticised as unworkable by the opposition.')).toEqual([['direct', [['was criticised as', 'the opposition']]]])
  })
  it('leaves an “as … as” comparison, “as well” and a firing', () => {
    expect(labels('He was seen as recently as May. The plan was described as well as costed. She was praised as well. He was praised as highly as any player. He was dismissed as coach in 2019.')).toEqual(['unattributed', 'unattributed', 'unattributed', 'unattributed', 'unattributed'])
  })
})

describe('“making it clear that” in its -ing form', () => {
  it('is the subject’s statement, or the statement of whoever put out the document before it', () => {
    expect(labelAndCues('She is making it clear that she will run.')).toEqual([['direct', [['making it clear that', 'She']]]])
    expect(labelAndCues('The union issued a statement making clear that the strike would go ahead.')).toEqual([['direct', [['making clear that', 'The union']]]])
    expect(labelAndCues('Fifty officials signed an open letter Monday making it clear that they are not voting for Trump.')).toEqual([['reported', [['making it clear that', 'an open letter']]]])
    expect(labelAndCues('His supporters were making many of the same arguments: the senator is the safe choice.')).toEqual([['reported', [['making many of the same arguments', 'His supporters']]]])
  })
  it('leaves progress made', () => {
    expect(labels('The firm is making progress on the plan.')).toEqual(['unattributed'])
  })
})

describe('a verb of saying as the purpose after a particle “in”', () => {
  it('is the subject’s, whatever the verb before it', () => {
    expect(labelAndCues('Ms. Brainard chimed in to argue that the Fed was overstating the risks.')).toEqual([['direct', [['argue that', 'Ms. Brainard']]]])
    expect(labelAndCues('The senator weighed in to say the bill was flawed.')).toEqual([['direct', [['say', 'The senator']]]])
    expect(labelAndCues('Two lawmakers called in to warn that the bridge was unsafe.')).toEqual([['reported', [['warn that', 'Two lawmakers']]]])
  })
  it('leaves a plan not yet carried out and a purpose that is no saying', () => {
    expect(labels('The governor is scheduled to fly in to announce the plan. He logged in to find the account empty.')).toEqual(['unattributed', 'unattributed'])
  })
})

describe('a commitment’s noun and its infinitive after a verb of saying', () => {
  it('are what was promised, the subject’s', () => {
    expect(labelAndCues('During a stop in Onawa, the candidate repeated his promise to repeal the executive orders.')).toEqual([['direct', [['repeated', 'the candidate']]]])
    expect(labelAndCues('She reaffirmed her commitment to cut emissions by half.')).toEqual([['direct', [['reaffirmed', 'She']]]])
    expect(labelAndCues('The firm restated its pledge to keep the plant open.')).toEqual([['direct', [['restated', 'The firm']]]])
    expect(labelAndCues('Union leaders repeated their threat to strike in January.')).toEqual([['reported', [['repeated', 'Union leaders']]]])
  })
  it('leaves a promise kept or broken, and accounts restated', () => {
    expect(labels('He kept his promise to cut taxes. She broke her vow to stay out of politics. The company restated its earnings for 2019.')).toEqual(['unattributed', 'unattributed', 'unattributed'])
  })
})

describe('a participle never finite before “to” after any noun', () => {
  it('hedges what it says of the noun', () => {
    expect(labelAndCues('Officers seized a car, a quantity of cash and several watches believed to be from the store.')).toEqual([['reported', [['believed to', null]]]])
    expect(labelAndCues('Two men feared to have drowned were found alive on Sunday.')).toEqual([['reported', [['feared to', null]]]])
    expect(labelAndCues('A painting thought to be lost for a century was found in an attic.')).toEqual([['reported', [['thought to', null]]]])
  })
  it('leaves a finite verb with its object gone ahead, a negated passive one hedge, and a verb that may be finite', () => {
    expect(labels('He survived what many people believed to be a campaign killer.')).toEqual(['unattributed'])
    expect(labelAndCues('The men whom police believed to be the gunmen fled.')).toEqual([['direct', [['believed', 'police']]]])
    expect(labelAndCues('The hostages are not thought to be in danger.')).toEqual([['reported', [['are not thought to', null]]]])
    expect(labelAndCues('Police said to expect delays on the bridge.')).toEqual([['unattributed', []]])
  })
})

describe('a tag’s verb in -ing with nothing of its own after it', () => {
  it('is the manner of the saying, no second cue', () => {
    expect(labelAndCues('“I just wanted something to do,” she says, laughing, in the kitchen of her house.')).toEqual([['direct', [['says', 'she']]]])
    expect(labelAndCues('“It will be a tough interview,” Ramos said, smiling.')).toEqual([['direct', [['said', 'Ramos']]]])
    expect(labelAndCues('“Not again,” the coach muttered, sighing.')).toEqual([['direct', [['muttered', 'the coach']]]])
  })
  it('still hands on a quotation after it', () => {
    expect(labelAndCues('The crowd walked onto the stage, chanting “U-S-A!”')).toEqual([['reported', [['chanting', 'The crowd']]]])
  })
})

describe('circa before a figure', () => {
  it('ends no sentence, and an ambiguous abbreviation before a capital still may', () => {
    const texts = (text: string) => check(text).sentences.map((s) => s.text)
    expect(texts('It rose ca. 40 percent. The church was built ca. 1850 by monks. Sales fell to ca. $3 million.')).toEqual(['It rose ca. 40 percent.', 'The church was built ca. 1850 by monks.', 'Sales fell to ca. $3 million.'])
    expect(texts('The fund is run by Acme Inc. The firm said it would appeal.')).toEqual(['The fund is run by Acme Inc.', 'The firm said it would appeal.'])
  })
})

describe('a cleft with an aside after its opener', () => {
  it('is what the speaker said, as the plain cleft is', () => {
    expect(labelAndCues('That, at least, is what the governor told a town hall in Des Moines.')).toEqual([['direct', [['told', 'the governor']]]])
    expect(labelAndCues('This, in short, is what the audit found.')).toEqual([['direct', [['found', 'the audit']]]])
  })
  it('leaves what someone wanted and what was said as the object of another verb', () => {
    expect(labels('That, however, was not what voters wanted. She contradicted what the governor said.')).toEqual(['unattributed', 'unattributed'])
  })
})

describe('a clause after a channel set off mid-sentence', () => {
  it('relays no one after a comma and a joiner or a concession', () => {
    const via = (text: string) => check(text).sentences.flatMap((s) => s.attributions).map((a) => a.via ?? null)
    expect(via('At least 12 people were killed, according to local officials, though some reports put the toll higher.')).toEqual([null, null])
    expect(via('The talks stalled, according to CNN, and officials said a deal was unlikely.')).toEqual([null, null])
    expect(via('According to CNN, the talks stalled, and officials said a deal was unlikely.')).toEqual([null, 'CNN'])
  })
})

describe('a past form between a spelled or led figure and its noun', () => {
  it('describes the noun', () => {
    expect(labels('There were only eight reported incidents of a gun being fired. The county had twelve confirmed deaths. There were only 8 reported incidents.')).toEqual(['unattributed', 'unattributed', 'unattributed'])
  })
  it('leaves a figure that opens the clause its subject', () => {
    expect(labelAndCues('Eight reported seeing smoke. Of the 50 people surveyed, eight reported problems with the app.')).toEqual([
      ['reported', [['reported', 'Eight']]],
      ['reported', [['reported', 'eight']]],
    ])
  })
})

describe('a role set off after a person’s name', () => {
  it('is one a later role noun stands for', () => {
    expect(resolvedOrWritten('Ana Ortiz, the foreign minister, said the talks were over. The foreign minister added that a deal was unlikely.')).toEqual(['Ana Ortiz', 'Ana Ortiz'])
    expect(resolvedOrWritten('“It is over,” said Ana Ortiz, the foreign minister. The minister added that a deal was unlikely.')).toEqual(['Ana Ortiz', 'Ana Ortiz'])
    expect(resolvedOrWritten('Ana Ortiz, a nurse, said the ward was full. The nurse added that staff were exhausted.')).toEqual(['Ana Ortiz', 'Ana Ortiz'])
    expect(resolvedOrWritten('Ana Ortiz, the foreign minister, said the talks were over. Lee, the finance minister, said the budget was set. The foreign minister added that a deal was unlikely.')).toEqual(['Ana Ortiz', 'Lee', 'Ana Ortiz'])
  })
  it('matches whole words only, and no phrase after the role’s head', () => {
    expect(resolvedOrWritten('Donald J. Trump, the presumptive Republican presidential nominee, said NATO was obsolete. In Berlin, Germany’s president said the alliance was vital.')).toEqual(['Donald J. Trump', 'Germany’s president'])
    expect(resolvedOrWritten('Ana Ortiz, the nominee for governor, said she would win. The governor said the count was fair.')).toEqual(['Ana Ortiz', 'governor'])
    expect(namesAndCounts('A representative for Kaya Bloom confirmed the split to People. "They ask for privacy," the rep said.')).toEqual([['representative for Kaya Bloom', 2]])
  })
})

describe('a name set off after a lone thing’s or person’s phrase that ends in a place', () => {
  it('is the speaker', () => {
    expect(types('Tesla’s biggest rival in China, BYD, said its sales rose 20 percent.')).toEqual([['BYD', 'organization']])
    expect(types('The largest employer in Ohio, Honda, said it would hire 500 workers.')).toEqual([['Honda', 'organization']])
    expect(sourceNames('The biggest bank in Spain, Santander, said profits rose.')).toEqual(['Santander'])
  })
  it('leaves a state or a nation after a town and a plural’s list of places', () => {
    expect(sourceNames('A nurse in Porto, Portugal, said the ward was full.')).toEqual(['nurse in Porto'])
    expect(sourceNames('A farmer in Kent, England, said the harvest was poor.')).toEqual(['farmer in Kent, England'])
    expect(sourceNames('Officials in Texas, New Mexico and Arizona said the border was quiet.')).toEqual(['Officials in Texas, New Mexico and Arizona'])
  })
})

describe('a role’s title with “of” owning an office', () => {
  it('is the office, no person', () => {
    expect(types('Turnout broke records, according to the secretary of state’s office. The attorney general’s office said it would appeal.')).toEqual([['secretary of state’s office', 'government'], ['attorney general’s office', 'government']])
  })
  it('leaves the head of a body’s unit a person', () => {
    expect(types('The head of Google’s cloud unit said sales rose.')).toEqual([['head of Google’s cloud unit', 'person']])
  })
})

describe('a work’s title in quotation marks after a verb of writing', () => {
  it('is no words of the writer', () => {
    expect(labels('She wrote “Beloved” in 1987. Morrison, who wrote “The Bluest Eye,” died in 2019. Mitchell wrote “Gone with the Wind” in ten years.')).toEqual(['unattributed', 'unattributed', 'unattributed'])
  })
  it('leaves words quoted after it the writer’s', () => {
    expect(labelAndCues('He wrote “We are done” on Facebook. She wrote, “The vote is rigged.”')).toEqual([
      ['direct', [['wrote', 'He']]],
      ['direct', [['wrote', 'She']]],
    ])
  })
})

describe('the music charts’ magazine', () => {
  it('is an outlet', () => {
    expect(types('Her new album sold 1 million copies in its first week, according to Billboard.')).toEqual([['Billboard', 'media']])
  })
})

describe('an information object of a subject that names nobody', () => {
  it('is supplied by no one', () => {
    expect(labels('Neither side publishes full casualty figures. No agency released an estimate of the damage.')).toEqual(['unattributed', 'unattributed'])
  })
  it('leaves a subject that names someone the source', () => {
    expect(labelAndCues('The ministry released an estimate of the damage.')).toEqual([['direct', [['released an estimate', 'The ministry']]]])
  })
})

describe('a member named of a group that speaks', () => {
  it('speaks on record too', () => {
    expect(labelAndCues('Others, like bookstore owner Sam Kline, said the lanes would bring more customers.')).toEqual([['direct', [['said', 'Others'], ['said', 'bookstore owner Sam Kline']]]])
    expect(labelAndCues('Several candidates, including Trump, said the country should take no more refugees.')).toEqual([['direct', [['said', 'Several candidates'], ['said', 'Trump']]]])
    expect(labelAndCues('Several experts, such as Dr. Ana Ruiz of Yale, warned that the data were thin.')).toEqual([['direct', [['warned that', 'Several experts'], ['warned that', 'Dr. Ana Ruiz of Yale']]]])
  })
  it('leaves an unnamed member, and a group that acts', () => {
    expect(labelAndCues('Critics, including several Republicans, have called the bill a giveaway.')).toEqual([['reported', [['called', 'Critics']]]])
    expect(labels('The carriers, including Marlow Lines, cut sailings in March.')).toEqual(['unattributed'])
  })
})

describe('a US power utility quoted by one word', () => {
  it('is a company, no person', () => {
    expect(types('Entergy said power would be restored by Friday. More than 200,000 customers were without power, CenterPoint said.')).toEqual([['Entergy', 'organization'], ['CenterPoint', 'organization']])
  })
})

describe('a predicate adjective after "be"', () => {
  it('is no part of the participle\'s noun phrase, which is its preposition\'s object', () => {
    const text = 'Customers should be wary of phishing emails and calls claiming to be from the company. Shoppers were suspicious of websites claiming to sell the tickets. Pensioners are afraid of callers claiming to work for the bank. Two men claiming to be council workers stole her purse.'
    expect(check(text).sentences.map((s) => s.attributions.map((a) => a.source.text))).toEqual([['phishing emails and calls'], ['websites'], ['callers'], ['Two men']])
  })
})

describe('a role and name after a short opening phrase', () => {
  const resolved = resolvedAs(/^(he|she)$/i)
  it('is the clause\'s subject, the antecedent "he" takes over an earlier subject', () => {
    expect(resolved('Sen. Mark Dalton has pleaded not guilty.\n\nUnder cross-examination, defense attorney Michael Brandt pressed Park on her deal. “You would say anything, wouldn’t you?” he asked.')).toEqual(['Michael Brandt'])
    expect(resolved('Gov. Ana Ruiz signed the bill on Monday.\n\nIn a statement on Tuesday, state senator Maria Lopez welcomed the law. “It is long overdue,” she said.')).toEqual(['Maria Lopez'])
    expect(resolved('Mayor Tom Okafor opened the meeting.\n\nAfter the vote, council member Dan Price left the chamber. “This is a sad day,” he said.')).toEqual(['Dan Price'])
  })
  it('stays an object after a place\'s comma', () => {
    expect(resolved('Hillary Clinton spoke on the radio.\n\nOn a radio show on Tuesday, Clinton criticized Tulsa, Okla., police officer Betty Shelby for the shooting. “How many times do we have to see this?” she said.')).toEqual(["Hillary Clinton"])
  })
})

describe('one unknown word a plural verb agrees with', () => {
  it('is a club, which "the club" stands for and which speaks as an organization', () => {
    const text = 'Arsenal have completed the signing of Lucas Moreira from Benfica, the club announced on Thursday. The fee could rise to £62 million, Arsenal said.'
    expect(check(text).summary.sources.map((s) => [s.name, s.type, s.sentences])).toEqual([['Arsenal', 'organization', 2]])
    expect(resolvedAs(/^the (club|team)$/)('Napoli are close to a deal for the striker. The fee is £40m, the club said.')).toEqual(['Napoli'])
    expect(resolvedAs(/^the (club|team)$/)('Celtic were beaten 2-0 at home on Saturday.\n\nThe manager will stay, the club said in a statement.')).toEqual(['Celtic'])
  })
  it('leaves a sentence\'s opening word and a known person alone', () => {
    expect(sourceNames('Police have arrested two fans after the match. The stadium will reopen, the club said.')).toEqual(['club'])
    expect(sourceNames('They have sacked the manager. The stadium will reopen, the club said.')).toEqual(['club'])
    // (a word joined to another: the plural verb agrees with them all)
    expect(check('Senators Rubio and Cruz have opposed the bill. Cruz said it was a mistake.').summary.sources.map((s) => s.type)).toEqual(['person'])
    expect(sourceNames('Ortiz, Lee and Park were elected in May. The stadium will reopen, the club said.')).toEqual(['club'])
  })
})

describe('a run of capitalised words after "the"', () => {
  it('is a body when it holds no given name, title or person\'s word', () => {
    const text = 'The Integrated Food Security Phase Classification said hunger was spreading. The Nordic Vehicle Registry reported a rise in sales. Her death was confirmed by the Eagle Forum. The Rev. Al Sharpton said the march would go ahead. The late Justice Ruth Bader Ginsburg wrote the dissent, the Supreme Court Historical Society noted.'
    expect(check(text).summary.sources.map((s) => [s.name, s.type])).toEqual([
      ['Integrated Food Security Phase Classification', 'organization'],
      ['Nordic Vehicle Registry', 'organization'],
      ['Eagle Forum', 'organization'],
      ['Al Sharpton', 'person'],
      ['Supreme Court Historical Society', 'organization'],
    ])
  })
})

describe('the Chemical Safety Board', () => {
  it('is a federal agency, which "the board" stands for', () => {
    expect(check('The U.S. Chemical Safety Board said it had sent a team to the plant. The board said its report would come in March.').summary.sources.map((s) => [s.name, s.type, s.sentences])).toEqual([['U.S. Chemical Safety Board', 'government', 2]])
  })
})

describe('two capitalised words before "of" and a body no list knows', () => {
  it('are a person at that body', () => {
    const text = '“This was predictable and it was predicted,” said Núria Bonet of Ecologistes en Acció. Lee Wang of The Intercept asked whether the transcripts would be released. “We will appeal,” said Jonas Berg of Miljöpartiet de Gröna.'
    expect(sourceNames(text)).toEqual(['Núria Bonet', 'Lee Wang', 'Jonas Berg'])
  })
  it('are a body when either word or the field after "of" is a body\'s', () => {
    expect(check('The Hollywood Chamber of Commerce said the star would stay. Royal Bank of Canada said profit rose. The Central Bank of Ireland said rates would hold.').summary.sources.map((s) => [s.name, s.type])).toEqual([
      ['Hollywood Chamber of Commerce', 'organization'],
      ['Royal Bank of Canada', 'organization'],
      ['Central Bank of Ireland', 'government'],
    ])
  })
})

describe('"by X\'s own admission"', () => {
  it('hands the sentence to the one who admitted it, as "by his own account" does', () => {
    expect(labelAndCues('Mayor Luis Diaz took office in May. By his own admission, Diaz had never read the audit. By the company’s own admission, the recall came too late. By all admissions, it was chaos.')).toEqual([
      ['unattributed', []],
      ['direct', [['admission', 'his']]],
      ['direct', [['admission', 'the company’s']]],
      ['unattributed', []],
    ])
  })
})

describe('a hedge phrase with a time before its "that"', () => {
  it('still hedges the clause', () => {
    expect(labelAndCues('It emerged on Tuesday that the minister had sold his shares. Word spread last week that the mill would close. It later emerged that the firm had paid bribes. Speculation is mounting that the premier will call an early election. Fears grew on Sunday that the dam would burst.')).toEqual([
      ['reported', [['It emerged on Tuesday that', null]]],
      ['reported', [['Word spread last week that', null]]],
      ['reported', [['It later emerged that', null]]],
      ['reported', [['Speculation is mounting that', null]]],
      ['reported', [['Fears grew on Sunday that', null]]],
    ])
  })
  it('is no hedge without a clause', () => {
    expect(labelAndCues('A new plan emerged on Tuesday. Fears grew as the water rose that night. Word spread quickly through the camp.')).toEqual([
      ['unattributed', []],
      ['unattributed', []],
      ['unattributed', []],
    ])
  })
})

describe('"the report" after an outlet reported', () => {
  it('is the outlet\'s word, one source with it', () => {
    const text = 'Apple is in talks to buy Mistral, Bloomberg News reported on Wednesday, citing people familiar with the matter. A deal could come as soon as next week, the report said.\n\nKCNA reported that Kim Jong Un oversaw a missile launch on Tuesday. The report said the missile flew 1,000 km.'
    expect(resolvedAs(/^the report$/i)(text)).toEqual(['Bloomberg News', 'KCNA'])
    expect(check(text).summary.flags.map((f) => f.code)).toContain('state-media')
  })
  it('is a report written after it, or one no outlet reported', () => {
    const text = 'Reuters reported on Monday that the mine would close. A new report by the Government Accountability Office found that safety checks were skipped. The report said inspectors had been overstretched.'
    expect(resolvedAs(/^the report$/i)(text)).toEqual(['new report by the Government Accountability Office'])
    expect(resolvedAs(/^the report$/i)('The mayor reported a surplus on Monday. The report said reserves had doubled.')).toEqual(['report'])
    expect(resolvedAs(/^the report$/i)('Nike shares fell 5%, Reuters reported on Monday. The report, released by the IMF on Tuesday, said growth would slow.')).toEqual(['report released by the IMF'])
  })
})

describe('an -ing judgement after the object of "called"', () => {
  it('is what the speaker called it', () => {
    expect(labelAndCues('Outside scientists called the findings striking. Experts called the results encouraging but preliminary. The union called the offer insulting. Gov. Ana Ruiz called the audit damning.')).toEqual([
      ['reported', [['called', 'Outside scientists']]],
      ['reported', [['called', 'Experts']]],
      ['direct', [['called', 'The union']]],
      ['direct', [['called', 'Gov. Ana Ruiz']]],
    ])
  })
  it('leaves a participle of what the object did alone', () => {
    expect(labels('She called the police screaming. A neighbor called the fire department running from the house.')).toEqual(['unattributed', 'unattributed'])
  })
})

describe('the OECD', () => {
  it('is a body of governments acting together, one source by either name', () => {
    expect(check('Plastic output has doubled since 2000, according to the Organisation for Economic Co-operation and Development. The OECD said growth would slow next year.').summary.sources.map((s) => [s.name, s.type, s.sentences])).toEqual([['Organisation for Economic Co-operation and Development', 'government', 2]])
    expect(check('The OECD cut its forecast for global growth.\n\nThe Organization for Economic Cooperation and Development said trade was weak.').summary.sources.map((s) => s.type)).toEqual(['government'])
  })
})

describe('", said Name" closing a sentence whose clause holds commas', () => {
  it('is an inverted tag, its speaker the name', () => {
    const text = 'Dollar stores open near independent grocers, undercut them on staples and then cut their own stock of fresh food, said Kennedy Smith, a researcher at the Institute for Local Self-Reliance. Prices rose, wages stalled and rents doubled, said Ana Ortiz. Farms sold land, closed barns and moved away, says Tom Baker, 71, a retired wheat farmer.'
    expect(labelAndCues(text)).toEqual([
      ['direct', [['said', 'Kennedy Smith']]],
      ['direct', [['said', 'Ana Ortiz']]],
      ['direct', [['says', 'Tom Baker']]],
    ])
    expect(labelAndCues('Prices rose, wages stalled and rents doubled, said Ana Ortiz, adding that the city was in crisis.')).toEqual([['direct', [['said', 'Ana Ortiz'], ['adding that', 'Ana Ortiz']]]])
    expect(labelAndCues('Stores open near grocers, undercut them and then cut their stock, says a new report by the institute. Prices rose, wages stalled and rents doubled, said several economists.')).toEqual([
      ['direct', [['says', 'a new report by the institute']]],
      ['reported', [['said', 'several economists']]],
    ])
    expect(labelAndCues('Rents rose, wages fell and the city grew, says Dr Ana Ortiz, from the University of Leeds. Jobs left, shops shut and schools closed, says Tom Reilly of the tenants union.')).toEqual([
      ['direct', [['says', 'Dr Ana Ortiz']]],
      ['direct', [['says', 'Tom Reilly of the tenants union']]],
    ])
    expect(labelAndCues('Rents rose, wages fell and the city grew, said former mayor Ana Ortiz. Jobs left, shops shut and schools closed, said officials.')).toEqual([
      ['direct', [['said', 'former mayor Ana Ortiz']]],
      ['reported', [['said', 'officials']]],
    ])
  })
  it('leaves a subject with its aside and a name that is the clause\'s subject', () => {
    expect(labelAndCues('The mayor, a Democrat, said Smith, the clerk, had lied. The board, in a rare move, said Tuesday that it would resign. The mayor, smiling broadly, said the report was wrong.')).toEqual([
      ['direct', [['said', 'The mayor']]],
      ['direct', [['said', 'The board']]],
      ['direct', [['said', 'The mayor']]],
    ])
  })
})

describe('a list after a lead-in line', () => {
  const rows = (source: string, format: 'markdown' | 'html') => checkDocument(source, format).report.sentences.map((s) => [s.label, s.attributions.map((a) => `${a.source.text}${a.inherited ? ' (inherited)' : ''}${a.quote ? ' (quote)' : ''}`)])
  it('hands the lead-in\'s attribution to every item of the list, as points, no quotation', () => {
    const md = 'Key cuts, according to the budget office:\n\n1. Libraries will close on Sundays.\n2. Two fire stations will merge.\n3. Street repairs will wait a year.\n\nThe council votes on June 12.\n'
    expect(rows(md, 'markdown')).toEqual([
      ['direct', ['the budget office']],
      ['direct', ['the budget office (inherited)']],
      ['direct', ['the budget office (inherited)']],
      ['direct', ['the budget office (inherited)']],
      ['unattributed', []],
    ])
    const html = '<p>The union said the deal would:</p><ul><li>Raise pay by 4% a year.</li><li>Cap overtime at 10 hours a week.</li></ul><p>Members vote on Friday.</p>'
    expect(rows(html, 'html')).toEqual([
      ['direct', ['The union']],
      ['direct', ['The union (inherited)']],
      ['direct', ['The union (inherited)']],
      ['unattributed', []],
    ])
  })
  it('hands nothing from a lead-in with no attribution', () => {
    expect(rows('The plan has three parts:\n\n- Libraries will close on Sundays.\n- Two fire stations will merge.\n', 'markdown').map(([label]) => label)).toEqual(['unattributed', 'unattributed', 'unattributed'])
  })
})

describe('a headline led by a source noun and a colon before a question word', () => {
  it('is an explainer\'s label, no source', () => {
    for (const h of ['City budget: what the cuts mean', 'Police: What we know about the shooting', 'Officials: How the evacuation will work']) expect(labelAndCues(`${h}\n\nThe city will cut 40 jobs.`)[0]).toEqual(['unattributed', []])
  })
  it('still credits a claim after the colon', () => {
    expect(labelAndCues('Police: Man shot dead outside nightclub\n\nA man died.')[0]).toEqual(['direct', [[':', 'Police']]])
    expect(labelAndCues('Officials: Dam will hold through the storm\n\nRain fell.')[0]).toEqual(['reported', [[':', 'Officials']]])
  })
})

describe('a name joined to its particle by a hyphen', () => {
  it('is part of the person\'s name, after a role too', () => {
    const text = '“An agreement has been reached,” Qatar’s foreign ministry spokesman Majed al-Ansari said on X. President Abdel Fattah el-Sisi said the crossing would reopen. The al Qaeda-linked cleric Anwar al-Awlaki is shown lecturing: “Muslims of the West, take heed.”'
    expect(check(text).summary.sources.map((s) => [s.name, s.type])).toEqual([
      ['Majed al-Ansari', 'person'],
      ['Abdel Fattah el-Sisi', 'person'],
      ['Anwar al-Awlaki', 'person'],
    ])
  })
  it('is a body\'s name when a body goes by it', () => {
    expect(resolvedAs(/^he$/i)('Ray Bob ran the base. He said a group known as Ansar al-Sharia was involved, but he said he played no role.')).toEqual(['Ray Bob', 'Ray Bob'])
  })
})

describe('a two-word adverbial after the subject\'s noun', () => {
  it('is no part of the source', () => {
    const text = 'Analysts on average had expected a 9% fall. Economists polled by Reuters on average forecast 2% growth. Voters in general say the economy is weak. Residents of the town in turn said the plan was rushed.'
    expect(check(text).sentences.map((s) => s.attributions.map((a) => a.source.text))).toEqual([['Analysts'], ['Economists polled by Reuters'], ['Voters'], ['Residents of the town']])
  })
})

describe('verbs of saying: rue, enthuse, reason, British "marvelled"', () => {
  it('tag a quotation or hand on a clause', () => {
    expect(labelAndCues('“Nothing has changed in ten years,” rued Prakash Jadhav, a shopkeeper. “It was magical,” Ana Ruiz enthused. “Look at that,” Tom Lee marvelled. The judge reasoned that the law was too vague to enforce.')).toEqual([
      ['direct', [['rued', 'Prakash Jadhav']]],
      ['direct', [['enthused', 'Ana Ruiz']]],
      ['direct', [['marvelled', 'Tom Lee']]],
      ['direct', [['reasoned that', 'The judge']]],
    ])
  })
  it('are no cue for regret, a noun or a reason', () => {
    expect(labels('United rued the missed chances. She resigned for personal reasons. The reason was clear.')).toEqual(['unattributed', 'unattributed', 'unattributed'])
  })
})

describe('"according to" after a figure the speaker\'s is compared with', () => {
  it('credits the expectation, no channel of the speaker\'s report', () => {
    const text = 'Nvidia reported revenue of $35 billion, above estimates of $33 billion, according to LSEG data. The retailer said sales rose 12%, compared with expectations of 9%, according to FactSet. Analysts on average had expected a 9% fall, according to LSEG data.'
    expect(check(text).sentences.map((s) => s.attributions.map((a) => `${a.source.text}${a.via ? ` via ${a.via}` : ''}`))).toEqual([
      ['Nvidia', 'LSEG data'],
      ['The retailer', 'FactSet'],
      ['Analysts via LSEG data', 'LSEG data'],
    ])
  })
})

describe('"the latter" after "the former" spoke in a sentence of its own', () => {
  it('is still the second of the two named together', () => {
    expect(resolvedAs(/^the (former|latter)$/i)('Ana Ruiz and Tom Lee met on Monday. The former said the deal was close. The latter said it was dead.')).toEqual(['Ana Ruiz', 'Tom Lee'])
    expect(resolvedAs(/^the (former|latter)$/i)('Gov. Maria Diaz and Sen. Paul Kent toured the plant. The latter, a Republican, praised the workers. The former said the jobs would stay.')).toEqual(['Maria Diaz'])
  })
})

describe('a possessive opening the sentence before the subject', () => {
  it('looks ahead to the person who is the subject after the comma', () => {
    const resolved = resolvedAs(/^(his|her)$/i)
    expect(resolved('Mayor Luis Diaz took office in May. By her own admission, Sen. Ana Ruiz was unprepared for the vote.')).toEqual(['Ana Ruiz'])
    expect(resolved('By her own account, Claire Moreau left the firm in 2019.')).toEqual(['Claire Moreau'])
  })
  it('looks back when the subject is no person of that sex', () => {
    const resolved = resolvedAs(/^(his|her)$/i)
    expect(resolved('Sen. Ana Ruiz spoke for an hour. In her view, the plan is flawed.')).toEqual(['Ana Ruiz'])
    expect(resolved('Sen. Ana Ruiz spoke for an hour. By her own account, Tom Lee was not invited.')).toEqual(['Ana Ruiz'])
  })
})

describe('people a participle with "as" describes', () => {
  it('are the whole source phrase', () => {
    const text = 'Fraudsters posing as bank staff said the accounts had been frozen. A man working as a driver said the road was closed. A woman posing as a nurse told the family the patient had died.'
    expect(check(text).sentences.map((s) => s.attributions.map((a) => [a.source.text, a.source.kind]))).toEqual([
      [['Fraudsters posing as bank staff', 'vague']],
      [['A man working as a driver', 'vague']],
      [['A woman posing as a nurse', 'vague']],
    ])
  })
  it('leaves a body known as something and a passive "seen as" alone', () => {
    expect(check('The company, known as a leader in batteries, said sales fell. He was seen as a moderate, aides said.').sentences.map((s) => s.attributions.map((a) => a.source.text ?? null))).toEqual([['The company'], [null, 'aides']])
  })
})

describe('a survey by its capitalised name', () => {
  it('is the survey, a document, while an agency that surveys stays a body', () => {
    const text = 'The median income rose 4%, according to the American Community Survey. The Current Population Survey showed wages rising. The British Antarctic Survey said the ice was thinning. The U.S. Geological Survey said the quake struck at 7 a.m.'
    expect(check(text).summary.sources.map((s) => [s.name, s.type])).toEqual([
      ['American Community Survey', 'document'],
      ['Current Population Survey', 'document'],
      ['British Antarctic Survey', 'organization'],
      ['U.S. Geological Survey', 'government'],
    ])
  })
})

describe('a hospital or a university by the words before its kind', () => {
  it('is the body named in full before, not a person', () => {
    expect(types('Nurses rallied outside Mount Sinai Hospital in Manhattan. Mount Sinai said in a statement that it had hired replacement nurses.')).toEqual([['Mount Sinai Hospital', 'organization']])
    expect(types('Ambulances were diverted from Montefiore Medical Center overnight. Montefiore said the diversion lasted two hours.')).toEqual([['Montefiore Medical Center', 'organization']])
    expect(types('The singer was taken to Cedars-Sinai Medical Center on Sunday. Cedars-Sinai said she was in stable condition.')).toEqual([['Cedars-Sinai Medical Center', 'organization']])
    expect(types('The professor taught at Carnegie Mellon University for a decade. Carnegie Mellon said it would review the allegations.')).toEqual([['Carnegie Mellon University', 'organization']])
    expect(types('Doctors at Lakeview Regional Hospital treated 14 people. Lakeview Regional added that two remained in critical condition.')).toEqual([['Lakeview Regional Hospital', 'organization']])
  })
  it('leaves a place, a foundation and a person alone', () => {
    expect(types('He taught at New York University. New York said it would sue over the rule.')).toEqual([['New York', 'government']])
    expect(types("She works at Boston Children's Hospital. Boston said the rule would change.")).toEqual([['Boston', 'government']])
    expect(types('The Clinton Foundation paid for the trip. Clinton said she was proud of the work.')).toEqual([['Clinton', 'person']])
    expect(types('The Kennedy Center canceled the show. Kennedy said the decision was not his.')).toEqual([['Kennedy', 'person']])
  })
})

describe("a meeting's minutes", () => {
  it('are a document of their own, not the data or the survey before them', () => {
    expect(sourceNames('Traders see a 40% chance of a cut, according to data compiled by LSEG. The minutes of the meeting showed members were split.')).toEqual(['data compiled by LSEG', 'minutes of the meeting'])
    expect(sourceNames('A survey by Gallup found support for the plan had fallen. The minutes show the board was divided over it.')).toEqual(['survey by Gallup', 'minutes'])
    expect(sourceNames('The pilot filed a report on Tuesday. The flight log shows the plane climbed too slowly.')).toEqual(['flight log'])
    expect(namesAndCounts('The minutes of the March meeting show two members objected. The minutes also show the chair cast the deciding vote.')).toEqual([['minutes of the March meeting', 2]])
  })
})

describe('repeating a mistake', () => {
  it('is an act, though a past form follows the noun', () => {
    expect(labelAndCues('Officials said the agency is repeating mistakes made before the Columbia disaster.')).toEqual([['reported', [['said', 'Officials']]]])
    expect(labelAndCues('Critics say the city keeps repeating a pattern set decades ago.')).toEqual([['reported', [['say', 'Critics']]]])
    expect(labelAndCues('The lab repeated the tests run in March.')).toEqual([['unattributed', []]])
  })
  it('still says what follows as a clause or a that-clause', () => {
    expect(labelAndCues('He repeated errors were made by the staff.')).toEqual([['direct', [['repeated', 'He']]]])
    expect(labelAndCues('The minister repeated the government would not back down.')).toEqual([['direct', [['repeated', 'The minister']]]])
    expect(labelAndCues('Ms. Alvarez repeated that the mistakes were hers.')).toEqual([['direct', [['repeated that', 'Ms. Alvarez']]]])
  })
})

describe("a storm's name", () => {
  it('is no source, whatever it warned or slammed', () => {
    expect(labelAndCues('Hurricane Melissa slams Jamaica as Category 5 storm')).toEqual([['unattributed', []]])
    expect(labelAndCues('Storm Ciarán slammed the coast as the worst in decades.')).toEqual([['unattributed', []]])
    expect(labelAndCues('Tropical Storm Erin warned of worse to come, saying the rain would last for days.')).toEqual([['unattributed', []]])
    expect(labelAndCues('Typhoon Haiyan warned residents that the worst was yet to come.')).toEqual([['unattributed', []]])
  })
  it('leaves bodies and people whose names hold a storm word', () => {
    expect(labelAndCues('The Storm Prediction Center warned that tornadoes were likely.')).toEqual([['direct', [['warned that', 'The Storm Prediction Center']]]])
    expect(labelAndCues('Hurricane Katrina survivors said the levees had failed them.')).toEqual([['reported', [['said', 'Hurricane Katrina survivors']]]])
    expect(labelAndCues('Storm Chasers founder Reed Timmer said the tornado was a mile wide.')).toEqual([['direct', [['said', 'Storm Chasers founder Reed Timmer']]]])
  })
})

describe("a company's name holding a government's words", () => {
  it('is a company', () => {
    expect(types('The Jamaica Public Service Company said 77% of its customers were without power.')).toEqual([['Jamaica Public Service Company', 'organization']])
    expect(types('The National Water Company said supplies would be cut on Monday.')).toEqual([['National Water Company', 'organization']])
  })
  it('leaves a commission, a ministry and a state corporation', () => {
    expect(types('The Public Service Commission said rates would rise.')).toEqual([['Public Service Commission', 'government']])
    expect(types('The Federal Election Commission said the filing was late.')).toEqual([['Federal Election Commission', 'government']])
  })
})

describe("a minister's portfolio joined by 'and'", () => {
  it('is the title of one person', () => {
    expect(resolvedOrWritten('Work and Pensions Secretary Liz Kendall insisted the government would not back down.')).toEqual(['Liz Kendall'])
    expect(resolvedOrWritten('Culture, Media and Sport Secretary Lisa Nandy said the charter would be reviewed.')).toEqual(['Lisa Nandy'])
    expect(resolvedOrWritten('Environment, Food and Rural Affairs Secretary Emma Reynolds said farmers would be compensated.')).toEqual(['Emma Reynolds'])
    expect(resolvedOrWritten('Business and Trade Secretary Peter Kyle told MPs that tariffs would fall.')).toEqual(['Peter Kyle'])
  })
  it('leaves people named together', () => {
    expect(resolvedOrWritten('Sanders and Sen. Elizabeth Warren said the bill was cruel.')).toEqual(['Sanders and Elizabeth Warren'])
    expect(resolvedOrWritten('Mr. Grassley and Mr. Leahy said the hearing would go ahead.')).toEqual(['Grassley and Leahy'])
  })
})

describe('an opening participle before names joined by "and"', () => {
  it('is no part of the subject', () => {
    expect(speakers('Speaking to the BBC\'s Sunday with Laura Kuenssberg, Work and Pensions Secretary Liz Kendall insisted the government would not back down.', 'label')).toEqual([['direct', ['Work and Pensions Secretary Liz Kendall']]])
    expect(speakers('Speaking on Sunday, Bob and Mary Smith said their farm had flooded twice.', 'label')).toEqual([['direct', ['Bob and Mary Smith']]])
    expect(speakers('Writing in The Atlantic, Ann Lee and Bo Diaz argued the plan was flawed.', 'label')).toEqual([['direct', ['Ann Lee and Bo Diaz']]])
  })
  it('leaves places listed after a noun', () => {
    expect(speakers('Officials in Texas, New Mexico and Arizona said the wall was finished.', 'label')).toEqual([['reported', ['Officials in Texas, New Mexico and Arizona']]])
  })
})

describe('bodies named like people', () => {
  it('are companies and associations', () => {
    expect(types('Insured losses topped $100 billion for a fifth year, according to the reinsurer Swiss Re.')).toEqual([['Swiss Re', 'organization']])
    expect(types('Munich Re said claims from the floods would reach $2 billion.')).toEqual([['Munich Re', 'organization']])
    expect(types('Construction costs have climbed 40% since 2020, the Associated General Contractors of America says.')).toEqual([['Associated General Contractors of America', 'organization']])
    expect(types('The Independent Petroleum Producers of Texas said output rose.')).toEqual([['Independent Petroleum Producers of Texas', 'organization']])
  })
  it('leaves people of a place', () => {
    expect(types('John Peters of Ohio said the plant would close.')).toEqual([['John Peters', 'person']])
    expect(types('Gen. Mark Peters of the Army said the drills would go on.')).toEqual([['Mark Peters', 'person']])
  })
})

describe('an amendment or a resolution', () => {
  it('is a document of its own', () => {
    expect(types('The amendment, tabled by Meg Hillier, argues that the changes have not been properly assessed.')).toEqual([['amendment', 'document']])
    expect(sourceNames('The bill says the changes would save money. The resolution says aid must flow.')).toEqual(['bill', 'resolution'])
  })
})

describe("a body's own name after its lowercase office noun", () => {
  it('names the row, typed by the office, and later mentions join it', () => {
    expect(namesAndCounts("Russia's space agency Roscosmos said the launch was delayed. Roscosmos later said it would fly in May.")).toEqual([['Roscosmos', 2]])
    expect(types("Flights were briefly suspended at two Moscow airports, Russia's aviation authority Rosaviatsia said.")).toEqual([['Rosaviatsia', 'government']])
    expect(types("Germany's weather service DWD warned of flooding along the Rhine.")).toEqual([['DWD', 'government']])
    expect(types('Twelve people were killed in the strike, the Palestinian news agency WAFA reported.')).toEqual([['WAFA', 'media']])
    expect(types("Prices rose 2.9% in November, Spain's statistics agency INE said.")).toEqual([['INE', 'government']])
  })
  it('leaves a title and a name after a body', () => {
    expect(types('The committee Chairman Jim Jordan said the hearing would go ahead.')).toEqual([['Jim Jordan', 'person']])
  })
})

describe("a state's body by its name alone", () => {
  it("is the one a country's word was written with before", () => {
    expect(namesAndCounts("Russia's Defense Ministry said it downed 120 drones. TASS, citing the Defense Ministry, reported that troops took a village.")[0]).toEqual(["Russia's Defense Ministry", 2])
    expect(namesAndCounts('The Russian Defense Ministry said it downed 120 drones. The Defense Ministry later said troops took a village.')).toEqual([['Russian Defense Ministry', 2]])
    expect(namesAndCounts("Israel's Foreign Ministry said the vote was a disgrace. The Foreign Ministry said the resolution was one-sided.")).toEqual([["Israel's Foreign Ministry", 2]])
  })
  it('is its own when two countries had one, or none', () => {
    expect(sourceNames("Ukraine's Defense Ministry said it hit a depot. Russia's Defense Ministry denied it. The Defense Ministry said the depot was empty.")).toEqual(["Ukraine's Defense Ministry", "Russia's Defense Ministry", 'Defense Ministry'])
    expect(sourceNames('The Defense Ministry said it downed 12 drones. The Interior Ministry said no one was hurt.')).toEqual(['Defense Ministry', 'Interior Ministry'])
  })
})

describe('"the watchdog" after an office named for its field', () => {
  it('is that office, or an inspectorate', () => {
    expect(namesAndCounts('The Independent Office for Police Conduct (IOPC) said it had received a referral from the force. The watchdog said it was assessing the referral.')).toEqual([['Independent Office for Police Conduct', 2]])
    expect(namesAndCounts('The Office for Budget Responsibility said growth would slow. The watchdog said borrowing would rise by £20bn.')).toEqual([['Office for Budget Responsibility', 2]])
    expect(namesAndCounts('HM Inspectorate of Prisons said the jail was unsafe. The watchdog said cells were filthy and rat-infested.')).toEqual([['HM Inspectorate of Prisons', 2]])
  })
  it('is no ministry called an office', () => {
    expect(sourceNames('The Home Office said the rules would change. The watchdog said it had concerns about the plan.')).toEqual(['Home Office', 'watchdog'])
    expect(sourceNames('The Foreign Office said the embassy would reopen. The regulator said it had not been consulted.')).toEqual(['Foreign Office', 'regulator'])
  })
})

describe("a British state's body styled 'HM'", () => {
  it('is a government body, by its full name or initials', () => {
    expect(types('HM Revenue and Customs said its website had also been affected.')).toEqual([['HM Revenue and Customs', 'government']])
    expect(types('HM Coastguard said two people had been rescued from the cliffs.')).toEqual([['HM Coastguard', 'government']])
    expect(types('HMRC said the deadline would not be extended.')).toEqual([['HMRC', 'government']])
  })
  it('leaves an interjection in a quotation', () => {
    expect(labelAndCues('"Hm," she said, "that is odd."')).toEqual([['direct', [['said', 'she']]]])
  })
})

describe("a company after its country's possessive", () => {
  it('goes by its own name', () => {
    expect(types("Britain's Lloyds Banking Group said some customers had been unable to log in.")).toEqual([['Lloyds Banking Group', 'organization']])
    expect(types("Japan's Toyota Motor Corp. said output would fall.")).toEqual([['Toyota Motor Corp.', 'organization']])
  })
  it("while a state's body keeps its country", () => {
    expect(types("China's Ministry of Commerce said the curbs would take effect in May.")).toEqual([["China's Ministry of Commerce", 'government']])
  })
})

describe('a one-word company joined to another by its firm word', () => {
  it('are two companies, the second known by its first word later', () => {
    expect(types('The pill is made by Biogen and Sage Therapeutics. Sage said the price was fair.')).toEqual([['Sage Therapeutics', 'organization']])
    expect(types('Regeneron and Vantor Pharmaceuticals signed a licensing deal on Monday. Vantor said the terms were not disclosed.')).toEqual([['Vantor Pharmaceuticals', 'organization']])
    expect(namesAndCounts('The pill will be sold by Biogen and Sage Therapeutics. The companies said the price was fair.')).toEqual([['Biogen and Sage Therapeutics', 1]])
  })
  it("leaves one body's name joined by 'and'", () => {
    expect(namesAndCounts('Data from the National Snow and Ice Data Center show the ice shrank. The center said the trend would continue.')).toEqual([['Data from the National Snow and Ice Data Center', 1], ['National Snow and Ice Data Center', 1]])
  })
})

describe("emoji closing a post's paragraph", () => {
  const cut = (text: string) => check(text).sentences.map((s) => text.slice(s.start, s.end))
  it('stay with the last sentence', () => {
    expect(cut('Huge night for our city. The Rivermen are staying! 🏈')).toEqual(['Huge night for our city.', 'The Rivermen are staying! 🏈'])
    expect(cut('We did it. Thank you all. 🙏🏽❤️\n\nThe vote was 9-4.')).toEqual(['We did it.', 'Thank you all. 🙏🏽❤️', 'The vote was 9-4.'])
  })
  it('leave a sentence after them its own', () => {
    expect(cut('We won. 👍 Next week we play again.')).toEqual(['We won.', '👍 Next week we play again.'])
  })
  it("make an embedded post's words the signed author's", () => {
    const html = '<article><p>The council voted 9-4.</p><blockquote class="twitter-tweet"><p>Huge night for our city. The Rivermen are staying! 🏈</p>&mdash; Carla Voss (@cvoss) December 4, 2026</blockquote></article>'
    const { report } = checkDocument(html, 'html')
    expect(report.sentences.map((s) => [s.text, s.label])).toEqual([
      ['The council voted 9-4.', 'unattributed'],
      ['Huge night for our city.', 'direct'],
      ['The Rivermen are staying! 🏈', 'direct'],
      ['— Carla Voss (@cvoss) December 4, 2026', 'direct'],
    ])
  })
})

describe('a tag with the document it was said in and a participle set off after it', () => {
  it('is a trailing tag, nothing said after it', () => {
    expect(labelAndCues('The past 11 years have been the warmest on record, the U.N. agency said in its annual State of the Global Climate update, released as negotiators gathered in Belém.')).toEqual([['direct', [['said', 'the U.N. agency']]]])
    expect(labelAndCues('Sales fell 4% in the quarter, the company said in its latest quarterly earnings report to investors, published on Friday.')).toEqual([['direct', [['said', 'the company']]]])
  })
})

describe('"the U.N. agency"', () => {
  it('is the body of the union of states named before', () => {
    expect(resolvedAs(/agency/)('The World Health Organization said cases rose. The U.N. agency said deaths fell.')).toEqual(['World Health Organization'])
    expect(resolvedAs(/agency/)('UNICEF said 300 children had died. The UN agency said aid was blocked.')).toEqual(['UNICEF'])
    expect(types('The past 11 years were the warmest, the World Meteorological Organization said.')).toEqual([['World Meteorological Organization', 'government']])
  })
  it('is no council', () => {
    expect(sourceNames('The UN Security Council met on Friday. The U.N. agency said aid was blocked.')).toEqual(['U.N. agency'])
  })
})

describe('a nationality tagging a quotation that is also a masthead', () => {
  it('is the person named before, not the paper', () => {
    expect(resolvedAs(/Australian/)('Tottenham boss Ange Postecoglou was furious with the decision. "I have seen that given once in ten games," the Australian told BBC Sport.')).toEqual(['Ange Postecoglou'])
    expect(resolvedAs(/Australian/)('Ange Postecoglou was furious. "We did not do enough," said the Australian.')).toEqual(['Ange Postecoglou'])
  })
  it('leaves the paper where it reports or is cited', () => {
    expect(types('According to the Australian, the deal was off.')).toEqual([['Australian', 'media']])
    expect(types('"The deal is off," The Australian reported.')).toEqual([['Australian', 'media']])
  })
})

describe('a past form between a document and "by" with its agent', () => {
  it('is a participle on the document, which speaks', () => {
    expect(labelAndCues('Documents posted by the safety agency say the controls may not be sufficient.')).toEqual([['direct', [['say', 'Documents posted by the safety agency']]]])
    expect(labelAndCues('A letter signed by 40 senators says the agency ignored the warnings.')).toEqual([['direct', [['says', 'A letter signed by 40 senators']]]])
    expect(sourceNames('Documents posted by the safety agency say the controls failed. Tesla will send an update, the documents said.')).toEqual(['Documents posted by the safety agency'])
  })
  it('leaves a margin after "by"', () => {
    expect(labelAndCues('A Reuters/Ipsos poll found by 43%-41% that the public backs the plan.')).toEqual([['direct', [['found', 'A Reuters/Ipsos poll']]]])
  })
})

describe('the means a verb of saying names with "by"', () => {
  it('stands between the verb and what was said', () => {
    expect(labelAndCues('The agency said by email that the recall was voluntary.')).toEqual([['direct', [['said', 'The agency']]]])
    expect(labelAndCues('Ruiz told reporters by phone that the talks had failed.')).toEqual([['direct', [['told', 'Ruiz']]]])
  })
})

describe('a fire brigade', () => {
  it('is a government body that "the brigade" refers back to', () => {
    expect(namesAndCounts('London Fire Brigade said about 70 firefighters had tackled the blaze. Around 150 people were evacuated, the brigade said.')).toEqual([['London Fire Brigade', 2]])
    expect(types('Dublin Fire Brigade said three crews attended the scene.')).toEqual([['Dublin Fire Brigade', 'government']])
  })
  it('is no other body before it', () => {
    expect(sourceNames('The Metropolitan Police said no one was arrested. The brigade said the fire was out by dawn.')).toEqual(['Metropolitan Police', 'brigade'])
  })
})

describe('a tag set off inside a clause after a list', () => {
  it('is the named speaker, not the first item of the list', () => {
    expect(labelAndCues('Jobs, homes and schools, said Ruiz, are what matter most.')).toEqual([['direct', [['said', 'Ruiz']]]])
    expect(labelAndCues('Taxes, fees and fines, said Mayor Ana Lopez, will all rise next year.')).toEqual([['direct', [['said', 'Mayor Ana Lopez']]]])
  })
  it('leaves a subject with its apposition before the verb', () => {
    expect(labelAndCues('Kim, 38, said Lee was right.')).toEqual([['direct', [['said', 'Kim']]]])
    expect(labelAndCues('Ruiz, a teacher, said Lee was right.')).toEqual([['direct', [['said', 'Ruiz']]]])
  })
})

describe('a range of amounts opening a reported clause', () => {
  it('is the clause’s subject', () => {
    expect(labelAndCues('Transit experts say $40,000 to $60,000 is typical for a shelter with lighting.')).toEqual([['reported', [['say', 'Transit experts']]]])
    expect(labelAndCues('The mayor said 30 to 40 families had been moved to shelters.')).toEqual([['direct', [['said', 'The mayor']]]])
    expect(labelAndCues('Analysts estimate £2bn to £3bn will be wiped off the market.')).toEqual([['reported', [['estimate', 'Analysts']]]])
  })
})

describe('how far a post spread', () => {
  it('is no object of sharing', () => {
    expect(labelAndCues('A post shared more than 40,000 times claims that the agency spent $2 million on one shelter.')).toEqual([['reported', [['claims that', 'A post shared more than 40,000 times']]]])
  })
  it('leaves information shared', () => {
    expect(labelAndCues('He shared details of the plan with reporters.')).toEqual([['direct', [['shared details', 'He']]]])
  })
})

describe("a cause word inside an apposition's relative clause", () => {
  it('is no cause the blame claims', () => {
    expect(labelAndCues('Reyes, 61, blamed pharmacy benefit managers, the middlemen that negotiate drug prices for insurers.')).toEqual([['unattributed', []]])
    expect(labelAndCues('The union blamed the contractors, firms that bid for city work, on Monday.')).toEqual([['unattributed', []]])
  })
  it('leaves a cause after the object or its closed aside', () => {
    expect(labelAndCues('She blamed the company that built the dam for the flood.')).toEqual([['direct', [['blamed', 'She']]]])
    expect(labelAndCues('He blamed the mayor, who took office in May, for the outage.')).toEqual([['direct', [['blamed', 'He']]]])
  })
})

describe('a name that "which" stands for', () => {
  it('is a body, which "the company" later refers to', () => {
    expect(types('Roblox, which says it has more than 80 million daily users, rejected the allegations.')).toEqual([['Roblox', 'organization']])
    expect(resolvedAs(/company/)('Vantor, which makes chips for phones, denied the claims. The company said it would fight the suit.')).toEqual(['Vantor'])
  })
  it('leaves a person "who" stands for', () => {
    expect(types('Reyes, who owns the pharmacy, said he could no longer make the numbers work.')).toEqual([['Reyes', 'person']])
  })
})

describe("a state's abbreviation before '-based'", () => {
  it('is one word, no person named for the state', () => {
    expect(types('The Calif.-based company said it had added new parental controls.')).toEqual([['Calif.-based company', 'organization']])
    expect(check('The San Mateo, Calif.-based company said sales rose.').sentences[0].attributions.map((a) => a.source.type)).toEqual(['organization'])
  })
})

describe('a named speaker speaking on state television', () => {
  it('has it as the channel of the words', () => {
    const text = 'Maduro, speaking on state television, said Venezuela would never kneel. Speaking on state TV, Lukashenko said the border would stay closed.'
    expect(check(text).sentences.map((s) => s.attributions.map((a) => [a.source.resolved ?? a.source.text, a.rule, a.via ?? null]))).toEqual([
      [['state television', 'outlet-channel', null], ['Maduro', 'speech-verb', 'state television']],
      [['state TV', 'outlet-channel', null], ['Lukashenko', 'speech-verb', 'state TV']],
    ])
  })
  it('leaves a time or an outlet of no state', () => {
    expect(check('Speaking on Sunday, Maduro said Venezuela would never kneel. Maduro, speaking on CNN, said talks were over.').sentences.flatMap((s) => s.attributions.map((a) => a.rule))).toEqual(['speech-verb', 'speech-verb'])
  })
})

describe('a person confirmed by a body', () => {
  it('is a vote, an act, in the passive too', () => {
    expect(labelAndCues('She is expected to be confirmed by parliament later this month.')).toEqual([['reported', [['is expected to', null]]]])
    expect(labelAndCues('Amy Coney Barrett was confirmed by the Senate on Monday.')).toEqual([['unattributed', []]])
    expect(labelAndCues('The nominee was confirmed by the Senate, 52-48.')).toEqual([['unattributed', []]])
  })
  it('leaves facts confirmed by a source', () => {
    expect(labelAndCues('The deaths were confirmed by the health ministry.')).toEqual([['direct', [['were confirmed by', 'the health ministry']]]])
    expect(labelAndCues('The report was confirmed by two officials.')).toEqual([['reported', [['was confirmed by', 'two officials']]]])
  })
})

describe('a journal named in an aside after a piece of research', () => {
  it('identifies it, past an adverb', () => {
    expect(labelAndCues('A separate 2024 review of 45 studies, also in the BMJ, tied ultra-processed foods to 32 health problems.')).toEqual([['direct', [['tied', 'A separate 2024 review of 45 studies']]]])
    expect(labelAndCues('A review of 12 trials, in the Lancet, found no benefit from the drug.')).toEqual([['direct', [['found', 'A review of 12 trials']]]])
  })
  it('leaves a place in the aside', () => {
    expect(labelAndCues('A study, in Brazil, found no benefit from the drug.')).toEqual([['reported', [['found', 'A study']]]])
  })
})

describe('two bodies joined with an article before the second', () => {
  it('are what "the groups" stands for next', () => {
    expect(resolvedAs(/groups/)('The suit was brought by families represented by the American Civil Liberties Union and the NAACP. The groups called the decision a victory.')).toEqual(['American Civil Liberties Union and NAACP'])
    expect(resolvedAs(/groups/)('The Sierra Club and the Natural Resources Defense Council sued the agency. The groups said the rule was illegal.')).toEqual(['Sierra Club and Natural Resources Defense Council'])
  })
})

describe('"that" alone after a verb of saying', () => {
  it('is a pronoun object, no clause the cue takes in', () => {
    expect(labelAndCues('Officials in Brussels denied that, saying the fines reflected the short duration of the violations.')).toEqual([['reported', [['denied', 'Officials in Brussels'], ['saying', 'Officials in Brussels']]]])
    expect(labelAndCues('Ruiz disputed that.')).toEqual([['direct', [['disputed', 'Ruiz']]]])
  })
  it('still opens a clause past an adjunct set off by commas', () => {
    expect(labelAndCues('He said that, if elected, he would leave such decisions to the generals.')).toEqual([['direct', [['said that', 'He']]]])
    expect(labelAndCues('The AP reported that, according to an analysis of her calendar, most meetings were with donors.')[0][1][0]).toEqual(['reported that', 'The AP'])
  })
})

describe('a plural role after one person described by its noun', () => {
  it('is no one person', () => {
    expect(resolvedOrWritten('"We are not there yet," said Christopher Glein, a planetary scientist. The scientists said they hoped to reach the threshold within two years.')).toEqual(['Christopher Glein', 'scientists'])
    expect(labels('"It is early," said Ana Ruiz, an economist at Moody\'s. The economists said growth would slow.')).toEqual(['direct', 'reported'])
  })
  it('leaves the study whose authors they are', () => {
    expect(resolvedOrWritten('A study by Yale researchers found that sleep helps. The researchers said the effect was large.')).toEqual(['study by Yale researchers', 'study by Yale researchers'])
  })
})

describe("a figure a figure verb's passive credits", () => {
  it("is its agent's estimate", () => {
    expect(labelAndCues('Core inflation rose 3.3%, slightly above the 3.2% forecast by economists surveyed by FactSet.')).toEqual([['reported', [['forecast by', 'economists surveyed by FactSet']]]])
    expect(labelAndCues('Employers added 254,000 jobs, far more than the 150,000 expected by economists polled by Dow Jones.')).toEqual([['reported', [['expected by', 'economists polled by Dow Jones']]]])
    expect(labelAndCues('Employers added 254,000 jobs, more than the 150,000 predicted by Goldman Sachs.')).toEqual([['direct', [['predicted by', 'Goldman Sachs']]]])
  })
  it('leaves a figure a deed was done by', () => {
    expect(labelAndCues('The 2,000 homes destroyed by the fire were uninsured.')).toEqual([['unattributed', []]])
  })
})

describe('a relative clause set off before a speaker that ends inside a campus name', () => {
  it('leaves the clause holder the speaker, not the campus', () => {
    expect(labelAndCues('Yaghi, who was born in Jordan and works at the University of California, Berkeley, said he was deeply honored.')).toEqual([['direct', [['said', 'Yaghi']]]])
    expect(labelAndCues('Dr. Mei Chen, who grew up in Taipei and now teaches at the University of Wisconsin, Madison, told reporters the result was unexpected.')).toEqual([['direct', [['told', 'Dr. Mei Chen']]]])
    expect(labelAndCues('The Hartwell Foundation, which was founded in 1995 and funds labs at the University of Texas, Austin, said the grants would continue.')).toEqual([['direct', [['said', 'The Hartwell Foundation']]]])
  })
  it("keeps a name set off inside an object's relative clause", () => {
    expect(labelAndCues('The levy, which Apple\'s chief executive, Tim Cook, called "total political crap," was upheld.')[0][1]).toEqual([['called', 'Tim Cook']])
  })
})

describe('a participle after a verb cue inside what an earlier speaker said', () => {
  it("is the earlier speaker's", () => {
    expect(labelAndCues('She said investigators believed the thieves had been experienced, adding that the loot was worth millions.')).toEqual([['direct', [['said', 'She'], ['believed', 'investigators'], ['adding that', 'She']]]])
    expect(labelAndCues('The minister said police thought the attack had been planned for months, noting that three arrests were likely.')).toEqual([['direct', [['said', 'The minister'], ['thought', 'police'], ['noting that', 'The minister']]]])
    expect(labelAndCues('Ortiz told reporters that analysts expected rates to fall by June, warning that the forecast could change.')).toEqual([['direct', [['told', 'Ortiz'], ['expected', 'analysts'], ['warning that', 'Ortiz']]]])
  })
  it("is the inner speaker's right after its verb, after a tag set off, or after a joined clause", () => {
    expect(labelAndCues('The mayor complained that the count had been rigged, a charge that party leaders denied, noting that they had used the same system for years.')[0][1]).toEqual([['complained that', 'The mayor'], ['denied', 'party leaders'], ['noting that', 'party leaders']])
    expect(labelAndCues('Grayson said the rival would lose, the aide recalled, adding that the race was over.')[0][1]).toEqual([['said', 'Grayson'], ['recalled', 'the aide'], ['adding that', 'the aide']])
    expect(labelAndCues('Kim said the talks had stalled, and Lee said the deal was dead, adding that no date was set.')[0][1]).toEqual([['said', 'Kim'], ['said', 'Lee'], ['adding that', 'Lee']])
  })
})

describe('a piece of research set off with a participle of the joiners list before its verb', () => {
  it('still speaks past a long aside', () => {
    expect(labelAndCues('The largest trial, run in Britain in 2022 by the non-profit 4 Day Week Global, found that most firms kept the shorter week.')).toEqual([['direct', [['found that', 'The largest trial']]]])
    expect(labelAndCues('The survey, taken over three weeks in March by the polling firm Ipsos, found that most voters backed the plan.')).toEqual([['direct', [['found that', 'The survey']]]])
    expect(labelAndCues('The study, funded for five years by the Wellcome Trust and the city council, shows that air quality improved.')).toEqual([['direct', [['shows that', 'The study']]]])
  })
})

describe('"so far" after the noun of a speaker', () => {
  it('is no part of the phrase', () => {
    expect(labelAndCues('The largest study so far found that 56 of the 61 companies kept the shorter week.')).toEqual([['direct', [['found that', 'The largest study']]]])
    expect(labelAndCues('The biggest survey so far shows that voters are split.')).toEqual([['direct', [['shows that', 'The biggest survey']]]])
    expect(labelAndCues('The largest trial so far, run in Britain, found that most firms kept the week.')).toEqual([['direct', [['found that', 'The largest trial']]]])
  })
})

describe('"who" after a thing set off after a person', () => {
  it('stands for the person', () => {
    expect(resolvedOrWritten('I spoke to a manager at one of them, a Bristol marketing agency, who told me her staff now "guard Friday like a religion." Nobody wants to go back, she said.')).toEqual(['manager at one of them', 'manager at one of them'])
    expect(labelAndCues('We met the owner of the shop, a family bakery in Chicago, who said sales had halved.')).toEqual([['direct', [['said', 'the owner of the shop']]]])
    expect(labelAndCues('We met the owner of the shop, a family bakery in Paris, who said sales had halved.')).toEqual([['direct', [['said', 'the owner of the shop']]]])
    expect(labelAndCues('She called the head of the charity, a small group in Texas, who said donations had dried up.')).toEqual([['direct', [['said', 'the head of the charity']]]])
  })
  it('leaves a person set off', () => {
    expect(labelAndCues('The letter went to Ana Ruiz, a partner at the firm, who said she would reply.')).toEqual([['direct', [['said', 'Ana Ruiz']]]])
  })
})

describe('"it" in a tag closing what its own sentence\'s body did', () => {
  it('is that body, with no one before it', () => {
    expect(resolvedAs(/^it$/)('Toyota will cut 1,000 jobs in Europe, it said on Monday.')).toEqual(['Toyota'])
    expect(resolvedAs(/^it$/)('The Bank of Japan raised rates to 0.5%, it said in a statement.')).toEqual(['Bank of Japan'])
    expect(resolvedAs(/^it$/)("Britain's financial regulator has fined Santander UK £12 million for weak controls, it said on Thursday.")).toEqual(["Britain's financial regulator"])
  })
  it('leaves an earlier speaker, and a subject it is set off right after', () => {
    expect(resolvedAs(/^it$/)('The IMF published its outlook on Tuesday. "Risks remain," the IMF said. Germany will grow 0.5% next year, it said.')).toEqual(['IMF'])
    expect(resolvedAs(/^it$/)('The benefit, it says, will reach two million families.')).toEqual([undefined])
  })
})

describe('people joined with an indefinite lead in a tag', () => {
  it('speak together, unnamed', () => {
    expect(labelAndCues('Gunmen abducted more than 280 pupils on Thursday, a teacher and residents said.')).toEqual([['reported', [['said', 'a teacher and residents']]]])
    expect(labelAndCues('The fire started in the kitchen, a neighbour and two witnesses said.')).toEqual([['reported', [['said', 'a neighbour and two witnesses']]]])
    expect(labelAndCues('The fire started in the kitchen, witnesses and a firefighter said.')).toEqual([['reported', [['said', 'witnesses and a firefighter']]]])
    expect(labelAndCues('The blaze spread fast, a resident and a firefighter told reporters.')).toEqual([['reported', [['told', 'a resident and a firefighter']]]])
    expect(labelAndCues('A neighbour and two witnesses said the fire started in the kitchen.')).toEqual([['reported', [['said', 'A neighbour and two witnesses']]]])
  })
  it('leaves an object joined after a verb, and a plural a relative clause is about', () => {
    expect(labelAndCues('Police arrested a suspect and a witness said he ran.')).toEqual([['reported', [['said', 'a witness']]]])
    expect(labelAndCues('It was a plan officials and lawmakers said would fail.')).toEqual([['reported', [['said', 'officials and lawmakers']]]])
    expect(labelAndCues('The mayor and the governor said the road would reopen.')).toEqual([['direct', [['said', 'The mayor and the governor']]]])
  })
})

describe('a manner verb in -ing after a tag, with nothing of its own', () => {
  it('is no cue of its own', () => {
    expect(labelAndCues('"I do not know if they are alive," she said, crying.')).toEqual([['direct', [['said', 'she']]]])
    expect(labelAndCues('"It is over," Ortiz said, sobbing.')).toEqual([['direct', [['said', 'Ortiz']]]])
    expect(labelAndCues('"Let them go," the mother said, pleading with the guards.')).toEqual([['direct', [['said', 'the mother']]]])
  })
  it('still tags a quotation as its own verb', () => {
    expect(labelAndCues('"Help us," cried a woman at the gate.')).toEqual([['reported', [['cried', 'a woman at the gate']]]])
  })
})

describe("a body's noun in a short apposition after a nation's word", () => {
  it('types the name as that body', () => {
    expect(types('The air was the worst in the world, according to IQAir, a Swiss company that tracks pollution.')).toEqual([['IQAir', 'organization']])
    expect(types('IQAir, a Swiss company that tracks pollution, said the air was the worst in the world.')).toEqual([['IQAir', 'organization']])
    expect(types('The air was the worst in the world, said Vantly, a Swiss firm.')).toEqual([['Vantly', 'organization']])
    expect(types('The deal was delayed, according to Kestrel, a German utility.')).toEqual([['Kestrel', 'organization']])
  })
  it('leaves a person described by a role', () => {
    expect(types('The vote was close, said Ana Ruiz, a Mexican lawyer.')).toEqual([['Ana Ruiz', 'person']])
  })
})

describe('a name after a short opening prepositional phrase written without its comma', () => {
  it('is the subject a later pronoun takes up', () => {
    expect(resolvedOrWritten('"She would sit in the rain for hours," recalled Anne Pusey, an anthropologist at Duke University. In later life Jane Goodall became a campaigner for conservation. She often said that her greatest hope was the young.')).toEqual(['Anne Pusey', 'Jane Goodall'])
    expect(resolvedOrWritten('"He never stopped working," said Mark Lopez, his former assistant. In his final years Tom Okafor had returned to painting. He said that it kept him sane.')).toEqual(['Mark Lopez', 'Tom Okafor'])
  })
  it('leaves a name that is the object of the phrase', () => {
    expect(resolvedOrWritten('"She would sit in the rain for hours," recalled Anne Pusey, an anthropologist at Duke University. In a letter to Jane Goodall the next year she described the camp. She said that it was cold.')).toEqual(['Anne Pusey', 'Anne Pusey', 'Anne Pusey'])
  })
})

describe('"the bloc"', () => {
  it('is the European Union named or only mentioned before, a government', () => {
    expect(resolvedAs(/bloc/)('European Union countries agreed on Monday to phase out Russian gas, in a move the bloc says will end its dependence on Moscow.')).toEqual(['European Union'])
    expect(resolvedAs(/bloc/)('The EU fined Apple 500 million euros on Monday. The bloc said the company had broken competition rules.')).toEqual(['EU'])
    expect(types('The bloc said it would respond to the tariffs.')).toEqual([['bloc', 'government']])
  })
})

describe('a past form after "ever" and a superlative', () => {
  it('describes the superlative, no cue', () => {
    expect(labelAndCues('Temperatures reached 46C on Saturday, the highest ever recorded in Spain in June, the state weather agency Aemet said.')).toEqual([['direct', [['said', 'the state weather agency Aemet']]]])
    expect(labelAndCues('The fine was the largest ever reported in the region.')).toEqual([['unattributed', []]])
    expect(labelAndCues('Turnout hit 81%, the most ever recorded for a local vote.')).toEqual([['unattributed', []]])
  })
  it('leaves a subject who ever said something', () => {
    expect(labelAndCues('Ruiz said it was the best deal the city ever signed.')).toEqual([['direct', [['said', 'Ruiz']]]])
  })
})

describe('a military command by its lowercase noun', () => {
  it('is a body of government', () => {
    expect(types("Poland's operational command said it had scrambled fighter jets to protect its airspace.")).toEqual([["Poland's operational command", 'government']])
    expect(types('The strike hit an ammunition depot, the command said.')).toEqual([['command', 'government']])
  })
})

describe("a nationality's trade noun after a company whose country was never written", () => {
  it('may stand for it', () => {
    expect(resolvedAs(/drugmaker/)("Drug cuts risk of heart attacks, Novo Nordisk says\n\nNovo Nordisk's drug Wegovy cut the risk of heart attacks by 20%, the Danish drugmaker said on Tuesday.")).toEqual(['Novo Nordisk'])
    expect(resolvedAs(/carmaker/)('Sales fell 5% in March, Toyota said. The Japanese carmaker said exports had slowed.')).toEqual(['Toyota'])
  })
  it("leaves a company of another country, and a state's body", () => {
    expect(resolvedAs(/drugmaker/)('The French company Sanofi said sales rose. Shares fell, the Danish drugmaker said on Tuesday.')).toEqual(['Danish drugmaker'])
    expect(resolvedAs(/company/)('Toyota said sales fell. The French company said it would cut prices.')).toEqual(['French company'])
    expect(resolvedAs(/Danish ministry/)('The ministry of health said cases rose. The Danish ministry said it would act.')).toEqual(['Danish ministry'])
  })
})

describe('an estimate whose object went ahead as a relative', () => {
  it("is its subject's, the figure after 'at'", () => {
    expect(labelAndCues('The damage, which insurers put at $2 billion, is still rising.')).toEqual([['reported', [['put at', 'insurers']]]])
    expect(labelAndCues('The toll, which officials estimate at 300, is likely to rise.')).toEqual([['reported', [['estimate', 'officials']]]])
    expect(labelAndCues('The subsidy, which Cornwall Council puts at £80,000 a year, will end in April.')).toEqual([['direct', [['puts at', 'Cornwall Council']]]])
  })
  it('leaves a thing put at a place', () => {
    expect(labelAndCues('The dog, which he put at the back of the van, barked.')).toEqual([['unattributed', []]])
  })
})

describe("a country's body by its noun, named in the next sentence", () => {
  it('is that body, by its kind word or, for a regulator, any regulating office', () => {
    expect(namesAndCounts("Britain's financial regulator said on Thursday it had fined Santander UK £12 million. The Financial Conduct Authority said Santander had failed to oversee accounts. The regulator said the fine was reduced.")).toEqual([['Financial Conduct Authority', 3]])
    expect(namesAndCounts("Russia's defence ministry said its forces had hit targets. The Russian Defence Ministry said 40 drones were shot down.")).toEqual([['Russian Defence Ministry', 2]])
    expect(namesAndCounts("Britain's competition regulator has blocked the merger, it said on Tuesday. The Competition and Markets Authority said the deal would raise prices.")).toEqual([['Competition and Markets Authority', 2]])
  })
  it("leaves another country's body", () => {
    expect(namesAndCounts("Russia's defence ministry said its forces had hit targets in Ukraine. The Ukrainian Defence Ministry said 40 drones were shot down.")).toEqual([["Russia's defence ministry", 1], ['Ukrainian Defence Ministry', 1]])
  })
})

describe('a relative clause of a dozen words before an adverb set off and the verb', () => {
  it("leaves the clause's holder the speaker", () => {
    expect(labelAndCues('The judges who ruled that the two states could not enforce their laws, for instance, said the problem was the kind of ID required.')[0][1]).toEqual([['ruled that', 'The judges'], ['said', 'The judges']])
    expect(labelAndCues('Lawyers who represented the families in the case against the county, meanwhile, said they would appeal.')[0][1]).toEqual([['said', 'Lawyers']])
  })
})

describe('an outlet noun after an institution or a field names such a body', () => {
  it.each([
    ['Hackers stole the records of 6 million patients, a health network in Ohio said on Friday.', 'health network in Ohio'],
    ['The hospital network said it had hired outside investigators.', 'hospital network'],
    ['The clinic network, which runs 40 sites, said wait times had doubled.', 'clinic network'],
    ['A university network of 12 campuses warned that fees would rise.', 'university network of 12 campuses'],
  ])('%s is an organisation, not an outlet', (text, name) => {
    expect(types(text)).toEqual([[name, 'organization']])
  })

  it.each([
    ['Meridian Health Partners runs 14 hospitals. The hospital network said it had hired investigators.', 'Meridian Health Partners'],
    ['Hackers stole records from Meridian Health Partners, the hospital network disclosed on Friday.', 'Meridian Health Partners'],
    ['Lakeside Health runs clinics in three counties. Its phones were down for a week, the health network said.', 'Lakeside Health'],
  ])('%s: the network is the body named before it, as a company noun would be', (text, name) => {
    expect(sourceNames(text)).toEqual([name])
  })

  it.each([
    ['The network said it stood by its reporting.', 'network', 'media'],
    ['The television network said it stood by its reporting.', 'television network', 'media'],
    ['Media outlets estimate that turnout reached 60 percent.', 'Media outlets', 'media'],
    ['The cable station said the interview would air on Sunday.', 'cable station', 'media'],
  ])('%s: an outlet still, with no field of another body', (text, name, type) => {
    expect(types(text)).toEqual([[name, type]])
  })
})

describe('a role of a level of government is of the place its sentence names at that level', () => {
  it.each([
    ['Saratov Governor Roman Busargin said a drone had hit a refinery. At least two people were injured in the Odesa region, the regional governor said.', 'regional governor'],
    ['Kandahar Governor Ahmad Shah said the road had reopened. In Helmand province, floods killed five people overnight, the provincial governor said.', 'provincial governor'],
    ['Belgorod Governor Vyacheslav Gladkov said power was restored. The regional governor of the Kursk region said a school had been damaged.', 'regional governor of the Kursk region'],
  ])('%s: not the governor of another place named before', (text, last) => {
    expect(resolvedOrWritten(text).at(-1)).toBe(last)
  })

  it.each([
    ['Odesa Governor Oleh Kiper said a port had been hit. Two people were injured in the Odesa region, the regional governor said.', 'Oleh Kiper'],
    ['Helmand Governor Mohammad Qasim said the road had reopened. In Helmand province, floods killed five people, the provincial governor said.', 'Mohammad Qasim'],
    ['Saratov Governor Roman Busargin said a drone had hit a refinery. Debris fell on a school in the Saratov region, the regional governor said.', 'Roman Busargin'],
    ['Governor Roman Busargin said a drone had hit a refinery. There were no casualties, the regional governor said.', 'Roman Busargin'],
  ])('%s: the governor named before, when the place is his or no place is written', (text, last) => {
    expect(resolvedOrWritten(text).at(-1)).toBe(last)
  })
})

describe('an outlet only mentioned is one a later outlet noun stands for', () => {
  it.each([
    ['CNN aired the interview on Sunday. The network said it stood by its reporting.', 'CNN'],
    ['The lawsuit against Fox News was settled on Tuesday. The network said it was pleased with the outcome.', 'Fox News'],
    ['Harlan spoke to The Washington Post on Monday. The Post reported that she would resign.', 'Washington Post'],
    ['The memo was first obtained by The Wall Street Journal. The newspaper said the company had known of the defect since 2019.', 'Wall Street Journal'],
  ])('%s', (text, name) => {
    expect(sourceNames(text)).toEqual([name])
  })

  it.each([
    ['Meridian Health Partners runs 14 hospitals. Patients told CNN they were scared. The company said it had hired investigators.', ['Patients', 'Meridian Health Partners']],
    ['Patients told CNN they were scared. The company said it had hired investigators.', ['Patients', 'company']],
    ['The deal was first reported by USA TODAY. The company website says the firm makes paper.', ['USA Today', 'company website']],
    ['Harmony Paper was named in a USA TODAY analysis. The company website says the firm makes paper.', ['company website']],
  ])('%s: no company is an outlet only mentioned, nor is a company website', (text, names) => {
    expect(resolvedOrWritten(text)).toEqual(names)
  })
})

describe('a power grid operator by its name', () => {
  it.each([
    ['National Grid said crews were on standby. The company added that 40,000 customers had lost power.', [['National Grid', 'organization']]],
    ['Power was restored to most homes by Friday, Mountain Grid reported.', [['Mountain Grid', 'organization']]],
  ])('%s is a company, not a person', (text, rows) => {
    expect(types(text)).toEqual(rows)
  })
})

describe('record labels and the concert trade press by name', () => {
  it.each([
    ["Monroe's label, Crescent Records, said her new album would still be released in February.", [['Crescent Records', 'organization']]],
    ['The album will be out in May, Harbor Records announced on Monday.', [['Harbor Records', 'organization']]],
    ['The tour grossed $312 million through its first 60 shows, per Pollstar.', [['Pollstar', 'media']]],
    ['According to Pollstar, the band sold more tickets than any act this year.', [['Pollstar', 'media']]],
  ])('%s', (text, rows) => {
    expect(types(text)).toEqual(rows)
  })

  it('leaves records a document where they are no label’s name', () => {
    expect(types('Public records show the mayor owed $40,000 in taxes.')).toEqual([['Public records', 'document']])
  })
})

describe('a relative clause that says something, or keeps its speaker unnamed, runs on before the verb', () => {
  it.each([
    ['A nurse who asked not to be named because she feared losing her job told the BBC that staff were exhausted.', 'told', 'A nurse'],
    ['An official who spoke on condition of anonymity because he was not authorized to comment said the talks had stalled.', 'said', 'An official'],
    ['A woman who said she had flown from Chile to see the Sydney show told ABC that she had spent her savings on the trip.', 'told', 'A woman'],
    ['Two tenants who declined to be identified because they feared eviction by the landlord said the heating had failed for weeks.', 'said', 'Two tenants'],
  ])('%s', (text, cue, speaker) => {
    const [sentence] = check(text).sentences
    expect(sentence.label).toBe('reported')
    expect(sentence.attributions.find((a) => a.cue.text.startsWith(cue))?.source.text).toBe(speaker)
  })

  it.each([
    ['Republicans questioned John Bentel, a staffer who told his subordinates never to speak of the email account when they raised concerns.', 'raised', 'they'],
    ['Obama called out the rest of the Republican field, who he accused of preying on voters’ fears.', 'accused', 'he'],
    ['Wilson is the congressman who gained national attention in 2009 when he yelled “You lie!” at the president.', 'yelled', 'he'],
  ])('%s: a pronoun right before the verb is its subject', (text, cue, speaker) => {
    expect(check(text).sentences[0].attributions.find((a) => a.cue.text.startsWith(cue))?.source.text).toBe(speaker)
  })
})

describe('a title’s plural opening a sentence with no name after it is people', () => {
  it.each([
    ['Hosts who spoke at the hearing said the income helps them stay in their homes.', 'Hosts'],
    ['Anchors said the new rules on election night coverage were confusing.', 'Anchors'],
  ])('%s', (text, name) => {
    expect(check(text).summary.sources.map((s) => [s.name, s.kind, s.type])).toEqual([[name, 'vague', 'anonymous']])
  })

  it.each([
    ['Hastings said the rule was unfair.', 'Hastings'],
    ['Hosts Jimmy Kimmel and Seth Meyers said the strike was over.', 'Hosts Jimmy Kimmel and Seth Meyers'],
  ])('%s: a surname, or a title before names, is still named', (text, name) => {
    expect(check(text).summary.sources.map((s) => [s.name, s.kind])).toEqual([[name, 'named']])
  })
})

describe('a Markdown span closes the markup it opens', () => {
  const spans = (md: string) =>
    checkDocument(md, 'markdown').report.sentences.map((s) => [s.text, s.attributions.map((a) => a.source.text)])

  it('takes a link whole when its source ends inside the link text', () => {
    expect(spans('According to a [staff report](https://example.org/r.pdf), the city has 3,100 rentals.')).toEqual([
      ['According to a [staff report](https://example.org/r.pdf), the city has 3,100 rentals.', ['a [staff report](https://example.org/r.pdf)']],
    ])
    // (a span inside the link text opens nothing)
    expect(spans('The rents rose 38%, [census data](https://census.gov/x) show.')[0][1]).toEqual(['census data'])
  })

  it('takes emphasis whole, for a source and for its sentence', () => {
    expect(spans('The **city manager** said the cap was *unworkable*.\n\n**Debra Campbell**, the mayor, said it would pass.')).toEqual([
      ['The **city manager** said the cap was *unworkable*.', ['The **city manager**']],
      ['**Debra Campbell**, the mayor, said it would pass.', ['Debra Campbell']],
    ])
  })

  it('leaves markup glued to the next word to it, and sentences apart', () => {
    const { report, text } = checkDocument('- **Hosts** said rents rose.**Renters** said so too.\n- *Kim* said no.', 'markdown')
    expect(report.sentences.map((s) => s.text)).toEqual(['**Hosts** said rents rose.', '**Renters** said so too.', '*Kim* said no.'])
    for (let i = 1; i < report.sentences.length; i++) expect(report.sentences[i].start).toBeGreaterThanOrEqual(report.sentences[i - 1].end)
    for (const s of report.sentences) expect(text.slice(s.start, s.end)).toBe(s.text)
  })
})

describe('a nationality stands for the speaker named before a quotation, or for the one who spoke of several named', () => {
  it.each([
    ['“It was a special goal,” Mikel Arteta told Sky Sports. “The players showed character. We never stopped believing.” The Spaniard said Saka had been injured all week.', 'Mikel Arteta'],
    ['“We deserved more,” Thomas Tuchel told reporters. “The referee saw nothing.” The German added that he would not appeal.', 'Thomas Tuchel'],
    ['Chelsea manager Enzo Maresca was furious with referee Anthony Taylor, claiming his side deserved a penalty when Marc Cucurella went down. “Everyone saw it,” the Italian said.', 'Enzo Maresca'],
    ['Coach Jorge Sampaoli argued with Lionel Messi and Ángel Di María at half-time, saying they had stopped pressing. The Argentine said later that the row was over.', 'Jorge Sampaoli'],
  ])('%s', (text, name) => {
    expect(resolvedOrWritten(text).at(-1)).toBe(name)
  })

  it('stands for no one when several were named there and none of them spoke', () => {
    expect(resolvedOrWritten('Carlo Ancelotti hugged Pep Guardiola after the match. “It was a great game,” the Italian said.')).toEqual(['Italian'])
  })
})

describe('a date’s year set off by commas is no aside', () => {
  it.each([
    ['A Times analysis of bills passed since Jan. 1, 2015, shows Democrats winning most close votes.', 'A Times analysis of bills'],
    ['The city’s audit of payments made since July 1, 2022, found that a third of them were late.', 'The city’s audit of payments'],
    ['The lawsuit, filed on March 3, 2024, claims the company hid the defect from regulators.', 'The lawsuit'],
    ['Smith, who was born on June 4, 1961, said he would retire next spring.', 'Smith'],
    ['The memo, dated Sept. 12, 2023, warned that the dam could fail in a major flood.', 'The memo'],
  ])('%s', (text, speaker) => {
    const [sentence] = check(text).sentences
    expect(sentence.label).toBe('direct')
    expect(sentence.attributions.map((a) => a.source.text)).toEqual([speaker])
  })
})

describe('the second end of a range is no subject', () => {
  it.each([
    ['A study of patients treated between January and June found that most recovered within a month.', 'A study'],
    ['A survey of shops opened between Easter and Christmas found that a third had already closed.', 'A survey'],
    ['An analysis of flights between London and Paris showed that most were late.', 'An analysis'],
  ])('%s: the document speaks', (text, speaker) => {
    const sources = check(text).sentences[0].attributions.map((a) => a.source)
    expect(sources).toHaveLength(1)
    expect(sources[0].text).toMatch(new RegExp(`^${speaker}\\b`))
    expect(sources[0].type).toBe('document')
  })
})

describe('a list, and a document identified by whoever shared or leaked it', () => {
  it.each([
    ['The cuts affect more than 200 grants, according to a list the university shared with faculty.', 'a list'],
    ['The cuts affect more than 200 grants, according to a list shared by the university with its faculty.', 'a list shared by the university with its faculty'],
    ['The plan would close six schools, according to an email shared with The Times.', 'an email shared with The Times'],
    ['A draft leaked to Politico shows the court voting to overturn the ruling.', 'A draft leaked to Politico'],
  ])('%s: a named document', (text, source) => {
    const [sentence] = check(text).sentences
    expect(sentence.label).toBe('direct')
    expect(sentence.attributions.map((a) => [a.source.text, a.source.kind, a.source.type])).toEqual([[source, 'named', 'document']])
  })

  it.each(['Residents shared videos of the flooding on social media.', 'The list of finalists is long.'])('%s: no attribution', (text) => {
    expect(labels(text)).toEqual(['unattributed'])
  })
})

describe('an instruction to the reader with an adverb of when or where', () => {
  it.each(['Call ahead before visiting a clinic if you suspect measles.', 'Check back later today for updated totals from each county.'])('%s asserts nothing', (text) => {
    expect(check(text).sentences.map((s) => [s.role, s.claim])).toEqual([['question', false]])
  })

  it('leaves a statement whose subject comes first a claim', () => {
    expect(check('Nurses call back every patient who misses an appointment.').sentences.map((s) => [s.role, s.claim])).toEqual([['body', true]])
  })
})

describe('a ferry operator by its name', () => {
  it('is a company, and so is its short name later', () => {
    expect(types('Wightlink Ferries pleaded guilty to breaching safety law. In a statement, Wightlink said it was deeply sorry.')).toEqual([['Wightlink Ferries', 'organization']])
    expect(types('Sailings were cancelled until Friday, Red Funnel Ferries said.')).toEqual([['Red Funnel Ferries', 'organization']])
  })
})

describe('some of a group written before is that group', () => {
  it.each([
    ['Two officials familiar with the talks said the plan was close. One of the officials said a vote could come Friday.', [['Two officials familiar with the talks', 2]]],
    ['Three people familiar with the matter said the deal was close. Two of the people said it could be announced Monday.', [['Three people familiar with the matter', 2]]],
    ['Residents near the plant said the water was brown. Some of the residents said they had fallen ill.', [['Residents near the plant', 2]]],
  ])('%s', (text, rows) => {
    expect(namesAndCounts(text)).toEqual(rows)
  })

  it('is a group of its own when none of that noun came before', () => {
    expect(namesAndCounts('Two officials familiar with the talks said the plan was close. One of the residents said a vote could come Friday.')).toEqual([
      ['Two officials familiar with the talks', 1],
      ['One of the residents', 1],
    ])
  })
})

describe('a figure gone ahead of whoever put it, the verb ending the clause', () => {
  it.each([
    ['Tesla sold about 39,000 in 2024, far below the 250,000 a year Elon Musk once predicted.', 'Elon Musk', 'direct'],
    ['Attendance reached 12,000, short of the 20,000 Mayor Karen Bass had forecast.', 'Mayor Karen Bass', 'direct'],
    ['About 80,000 Democrats caucused on Saturday, about 10,000 more than most party insiders expected.', 'most party insiders', 'reported'],
  ])('%s', (text, speaker, label) => {
    const [sentence] = check(text).sentences
    expect(sentence.label).toBe(label)
    expect(sentence.attributions.map((a) => a.source.text)).toEqual([speaker])
  })

  it.each(['In 2019 Musk predicted.', 'Tesla sold 39,000 cars in 2024 and Musk celebrated.'])('%s: no figure gone ahead', (text) => {
    expect(labels(text)).toEqual(['unattributed'])
  })
})

describe('a role opening a sentence, a description set off after it, is whom a later pronoun stands for', () => {
  it.each([
    ['A Buckingham Palace spokesman declined to comment. The donor, a property developer, reportedly gave more than £2 million. He has denied any wrongdoing.', 'donor'],
    ['A Buckingham Palace spokesman declined to comment. The donor reportedly gave more than £2 million. He has denied any wrongdoing.', 'donor'],
    ['A Downing Street spokesman declined to comment. The driver, a delivery worker from Leeds, was taken to hospital. He said he had been blinded by the sun.', 'driver'],
  ])('%s', (text, name) => {
    expect(resolvedOrWritten(text).at(-1)).toBe(name)
  })

  it('is the person named before with that role', () => {
    expect(resolvedOrWritten('Senator Maria Lopez spoke first. The senator, a former judge, then took questions. She said the bill would pass.')).toEqual(['Maria Lopez'])
  })
})

describe('given names whose bearers are one sex tell a pronoun whom it is not', () => {
  it.each([
    ['Frank Gehry died on Friday at his home. His death was confirmed by his chief of staff, Meaghan Lloyd. He later wrote that he had changed his surname at his wife’s urging.', 'Frank Gehry'],
    ['Maria Ortiz died on Monday. Her death was confirmed by her longtime aide, Declan Walsh. She once said that the city had saved her.', 'Maria Ortiz'],
    ['Ana Ruiz opened the clinic in 1990. Her successor, Siobhan Kelly, took over in 2015. She said the clinic would stay open.', 'Siobhan Kelly'],
  ])('%s', (text, name) => {
    expect(resolvedOrWritten(text).at(-1)).toBe(name)
  })
})

describe('discount chains by name', () => {
  it.each([
    ['Among gainers, Dollar General jumped 9% after the discount retailer raised its annual forecast, saying shoppers were trading down.', 'Dollar General'],
    ['A Dollar Tree store opened on Main Street in May. The chain says it hired 12 local workers.', 'Dollar Tree'],
  ])('%s', (text, name) => {
    expect(sourceNames(text)).toEqual([name])
  })
})

describe('a quotation running on from the clause after "said" is no inverted tag', () => {
  it.each([
    ['In a written response, Lone Oak’s general counsel, Rebecca Vance, said the chain “has robust compliance programs.”', 'Rebecca Vance'],
    ['In an interview, Steve Huhn, a former vice president of sales, said Fiorina “was personally involved in all that discussion.”', 'Steve Huhn'],
    ['“We have robust programs,” said the chain, “and we will fight these claims.”', 'the chain'],
  ])('%s', (text, speaker) => {
    expect(check(text).sentences[0].attributions.map((a) => a.source.text)).toEqual([speaker])
  })

  it('does not end a document’s phrase with the "and" that joined two participles', () => {
    expect(check('A whistleblower lawsuit filed in federal court in 2022 and unsealed last month alleges that the scheme cost taxpayers $40 million.').sentences[0].attributions.map((a) => a.source.text)).toEqual(['A whistleblower lawsuit filed in federal court in 2022'])
  })
})

describe('advice to the reader after a condition asserts nothing', () => {
  it.each(['If battery life matters most to you, wait for reviews of the Galaxy S26.', 'If you see smoke or smell gas, call 911.', 'If your flight is canceled, check the airline’s app before heading to the airport.'])('%s', (text) => {
    expect(check(text).sentences.map((s) => [s.role, s.claim])).toEqual([['question', false]])
  })

  it.each(['If the vote fails, the city will call a new election.', 'Wait times at the clinic rose to four hours in November.'])('%s: a claim', (text) => {
    expect(check(text).sentences.map((s) => [s.role, s.claim])).toEqual([['body', true]])
  })
})

describe('names with "No"', () => {
  it('read a capitalised "No" between a title and a name as the Korean surname, in every order', () => {
    for (const [text, name] of [
      ['Defense Minister No Kwang Chol said the drills were a provocation.', 'No Kwang Chol'],
      ['The drills were a provocation, said Defense Minister No Kwang Chol.', 'No Kwang Chol'],
      ['KCNA quoted Defense Minister No Kwang Chol as saying Pyongyang would take “more offensive action.”', 'No Kwang Chol'],
      ['The budget was balanced, Finance Minister No Jae-won told reporters.', 'No Jae-won'],
      ['Premier No Min-ho told parliament that the budget was balanced.', 'No Min-ho'],
    ]) {
      const s = check(text).sentences[0]
      expect([s.label, s.attributions.map((a) => a.source.resolved ?? a.source.text).at(-1)], text).toEqual(['direct', name])
    }
  })

  it('still read "No" that opens a speaker phrase as no one, and "No." before a figure as a number', () => {
    expect(labels('No official said the drills were a provocation.')).toEqual(['unattributed'])
    expect(labels('No Republican senator has said he will vote for it.')).toEqual(['unattributed'])
    expect(labels('None of the aides said the plan was dead.')).toEqual(['unattributed'])
    expect(labelAndCues('The vote, No. 12 of the session, passed, the clerk said.')).toEqual([['direct', [['said', 'the clerk']]]])
  })
})

describe('relative clauses after what an event is to someone', () => {
  it('give "who" after a blow, a defeat or a relief to the people or body after its preposition, not the sentence subject', () => {
    for (const [text, source] of [
      ['The ruling is a defeat for the teachers union, who said it would appeal.', 'the teachers union'],
      ['The decision is a loss for the Ortiz campaign, who argued the count was flawed.', 'the Ortiz campaign'],
      ['The verdict was a relief for Lincoln families who said they had waited years.', 'Lincoln families'],
    ]) {
      expect(check(text).sentences[0].attributions.map((a) => a.source.text), text).toEqual([source])
    }
  })

  it('give "that" after a victory, a blow or a win to the people after its preposition', () => {
    for (const [text, source] of [
      ['The court handed a victory to local unions that argued the rule was illegal.', 'local unions'],
      ['The ruling is a blow for retailers that said the tariffs would raise prices.', 'retailers'],
      ['The settlement is a win for Halvern Labs, which said it had done nothing wrong.', 'Halvern Labs'],
    ]) {
      expect(check(text).sentences[0].attributions.map((a) => a.source.text), text).toEqual([source])
    }
  })

  it('keep "that" with a document or a clause, and "who" with a spokesman or a share of people', () => {
    expect(speakers('A letter to the board that said the plant would close was leaked.', 'label')).toEqual([['direct', ['the board']]])
    expect(resolvedOrWritten('The bill includes a clause for workers that says overtime must be paid.')).not.toContain('workers')
    expect(speakers('A spokesman for the company who asked not to be named said the plant would close.', 'label')).toEqual([['direct', ['A spokesman for the company']]])
    expect(speakers('Many of the residents who spoke said the water was brown.', 'label')).toEqual([['reported', ['Many of the residents']]])
  })
})

describe('firms named for their partners', () => {
  it('read "Challenger, Gray & Christmas" and its like as one organisation, wherever the name stands', () => {
    for (const [text, name] of [
      ['According to Challenger, Gray & Christmas, employers announced nearly 950,000 job cuts through September.', 'Challenger, Gray & Christmas'],
      ['Employers announced nearly 950,000 job cuts, according to Challenger, Gray & Christmas.', 'Challenger, Gray & Christmas'],
      ['Challenger, Gray & Christmas said employers announced 950,000 job cuts.', 'Challenger, Gray & Christmas'],
      ['Employers cut 950,000 jobs, Challenger, Gray & Christmas said.', 'Challenger, Gray & Christmas'],
      ['The merger was lawful, said Wachtell, Lipton, Rosen & Katz.', 'Wachtell, Lipton, Rosen & Katz'],
    ]) {
      expect(types(text), text).toEqual([[name, 'organization']])
    }
  })

  it('still read places listed with "and", and a person at such a firm, as before', () => {
    expect(types('In Paris, Lyon and Marseille, officials said turnout was high.')).toEqual([['officials', 'anonymous']])
    expect(types('Employers cut jobs, said Andrew Challenger, a senior vice president at Challenger, Gray & Christmas.')).toEqual([['Andrew Challenger', 'person']])
  })
})

describe('a body named in a title before a person', () => {
  it('is one "the agency" stands for later, over a body that spoke before it', () => {
    for (const [text, body] of [
      ['Police said the suspect fled.\n\nRegional Transportation District CEO Debra Johnson said the agency was heartbroken.\n\nIt was the third shooting on the system this year, according to the agency.', 'Regional Transportation District'],
      ['Police said the suspect fled.\n\nBay Area Rapid Transit District General Manager Robert Powers said trains would resume. Service was restored at noon, according to the agency.', 'Bay Area Rapid Transit District'],
      ['The fire department said the blaze was out.\n\nMetropolitan Transit Authority Chairman Tom Hale said fares would rise. Service will be cut on weekends, the agency said.', 'Metropolitan Transit Authority'],
    ]) {
      expect(resolvedAs(/agency/)(text), text).toEqual([body])
    }
  })

  it('leaves a judge or an officer of a bench or a service to the person, and a body that spoke after it to itself', () => {
    expect(resolvedOrWritten('A federal judge on Friday blocked the map, ruling that it diluted Black votes. U.S. District Judge Ines Moreau wrote that the county had ignored the law.')).toEqual(['Ines Moreau', 'Ines Moreau'])
    expect(resolvedAs(/agency/)('Regional Transportation District CEO Debra Johnson said service would resume. The Federal Transit Administration said it was reviewing the crash. The review will take weeks, the agency said.')).toEqual(['Federal Transit Administration'])
  })
})

describe('a body of government described before its name', () => {
  it('goes by its own name, without the word describing it', () => {
    for (const [text, name] of [
      ['Deficits will rise this year, the nonpartisan Congressional Budget Office reported.', 'Congressional Budget Office'],
      ['The top 1 percent paid a quarter of all federal taxes, according to the nonpartisan Congressional Budget Office.', 'Congressional Budget Office'],
      ['Prices rose 0.3 percent in March, the federal Bureau of Labor Statistics said.', 'Bureau of Labor Statistics'],
    ]) {
      expect(sourceNames(text), text).toEqual([name])
    }
  })

  it('keeps a level of government, which is part of the body, and a capitalised article glued on from a sentence before', () => {
    expect(sourceNames('Taxes rose, the state Department of Revenue said.')).toEqual(['state Department of Revenue'])
    expect(resolvedOrWritten('A complaint filed by the federal Securities and Exchange Commission says the developers lied.\n\nThe agency said it was taking steps The S.E.C. said it would increase oversight.').at(-1)).toBe('Securities and Exchange Commission')
  })
})

describe('space agencies', () => {
  it('are government bodies that "the space agency" stands for, mentioned or spoken, in the same sentence or later', () => {
    expect(resolvedOrWritten("NASA's Europa Clipper captured infrared images of Mars as it swung past the planet, the space agency said Thursday.")).toEqual(['NASA'])
    expect(resolvedOrWritten('NASA launched the probe in 2024. The images were sharp, the space agency said.')).toEqual(['NASA'])
    expect(resolvedOrWritten('India landed a probe near the moon’s south pole, ISRO said. The lander is stable, the space agency added.')).toEqual(['ISRO', 'ISRO'])
    expect(types('JAXA said the lander had tipped over.')).toEqual([['JAXA', 'government']])
  })

  it('leave "the space agency" its own when none was named', () => {
    expect(resolvedOrWritten('The launch was delayed by a week, the space agency said.')).toEqual(['space agency'])
  })
})

describe('a noun set off before its relative clause with a naming verb', () => {
  it('is called so by the name after it, whatever the word it is called', () => {
    for (const [text, source] of [
      ['European powers triggered the snapback of United Nations sanctions, a move Tehran called illegal.', 'Tehran'],
      ['The council approved the tax, a step Ortiz called unnecessary, on Monday.', 'Ortiz'],
      ['Russian drones struck a depot near Lviv, an attack Kyiv called barbaric.', 'Kyiv'],
      ['The board cut the pension, a change Governor Ellen Park called unfair.', 'Governor Ellen Park'],
    ]) {
      expect(labelAndCues(text), text).toEqual([['direct', [['called', source]]]])
    }
  })

  it('leaves the object called by its own verb to that verb', () => {
    expect(labels('The plan is the one Lee called me about.')).toEqual(['unattributed'])
  })
})

describe('"that" as the subject of what was said', () => {
  it('is left out of the cue when a finite "be" or a modal follows it', () => {
    for (const [text, cue] of [
      ['Consumer advocates say that is unlikely, since many large banks have already cut fees.', 'say'],
      ['The mayor said that was a mistake.', 'said'],
      ['Ortiz warned that would be unfair to renters.', 'warned'],
      ['Many of his endorsers think that can be reversed.', 'think'],
    ]) {
      expect(check(text).sentences[0].attributions.map((a) => a.cue.text), text).toEqual([cue])
    }
  })

  it('stays in the cue when it opens a clause with a subject of its own, or a gerund', () => {
    expect(check('Lee said that the plan was dead.').sentences[0].attributions.map((a) => a.cue.text)).toEqual(['said that'])
    expect(check('Graham argued that being American “is an idea.”').sentences[0].attributions.map((a) => a.cue.text)).toEqual(['argued that'])
  })
})

describe('people joined to people after "according to"', () => {
  it('are one unnamed group, whatever their words', () => {
    for (const [text, source] of [
      ['The talks stalled on Monday, according to officials from both sides and Egyptian mediators.', 'officials from both sides and Egyptian mediators'],
      ['The ceasefire largely held overnight, according to residents and aid workers.', 'residents and aid workers'],
      ['He had worried about the vote for weeks, according to his friends and advisers.', 'his friends and advisers'],
    ]) {
      expect(labelAndCues(text), text).toEqual([['reported', [['according to', source]]]])
    }
  })

  it('stay two sources when one is a document or one is counted', () => {
    expect(labelAndCues('The ceasefire held, according to officials and documents seen by Reuters.')).toEqual([['direct', [['according to', 'officials'], ['according to', 'documents seen by Reuters']]]])
    expect(labelAndCues('The ceasefire held, according to two officials and a diplomat briefed on the talks.')).toEqual([['reported', [['according to', 'two officials'], ['according to', 'a diplomat briefed on the talks']]]])
  })
})

describe('a source referred to only by pronouns', () => {
  it('lists the pronouns as its mentions, rather than none', () => {
    const text = 'First Minister Eluned Morgan has thanked emergency services. “Our thoughts are with everyone affected,” she posted on X.'
    expect(check(text).summary.sources.map((s) => [s.name, s.mentions])).toEqual([['Eluned Morgan', ['she']]])
  })

  it('lists a pronoun once however it is capitalised', () => {
    const text = 'Mateo, 63, wants to hold on. He believes prices will recover. “Our father bought this land with nothing,” he said.'
    expect(check(text).summary.sources.map((s) => [s.name, s.mentions])).toEqual([['Mateo', ['He']]])
  })

  it('leaves pronouns out when the source is also named where it speaks', () => {
    const text = 'Mayor Tom Hale said the budget was balanced. He said taxes would not rise.'
    expect(check(text).summary.sources.map((s) => [s.name, s.mentions])).toEqual([['Tom Hale', ['Mayor Tom Hale']]])
  })
})

describe('a form that is a noun more often, then "that" and a negative determiner', () => {
  it('is the verb, its clause opened by the determiner', () => {
    for (const text of [
      "The Federal Reserve's website notes that no federal statute requires private businesses to accept cash.",
      'Ortiz notes that no council member objected.',
      'The report notes that none of the wells were tested.',
      'Lee notes that nobody called the police.',
    ]) {
      expect(labels(text), text).toEqual(['direct'])
    }
  })

  it('is still a noun before a relative clause', () => {
    expect(labels('The meeting notes that no one read were lost.')).toEqual(['unattributed'])
  })
})

describe('a clinical trial', () => {
  it('is identified by the study the next sentence describes, as any research is', () => {
    for (const text of [
      'Daily coffee may lower the risk of an irregular heartbeat, a new clinical trial suggests. The study, published Monday in the journal JAMA, followed 200 adults.',
      'A new trial has found that the drug cut migraines by half. The study, published in The Lancet, tracked 1,200 patients.',
      'A small study found that the vaccine was safe in children. The trial, run by researchers at Emory University, enrolled 90 families.',
    ]) {
      expect(labels(text)[0], text).toBe('direct')
    }
  })

  it('is not identified by a nation’s trial named later, which is what was studied', () => {
    expect(labels('Research has shown that a four-day week can cut sick leave. Most of the firms in the British trial kept the shorter week.')[0]).toBe('reported')
    expect(labels('A new trial has found that the drug cut migraines by half. The drug is made in Denmark.')[0]).toBe('reported')
  })
})

describe('an event that confirms something', () => {
  it('is the author’s inference, as one that suggests or indicates is', () => {
    for (const text of [
      "Mr. Trump's performance in the debate confirms where he stands.",
      'The drop in turnout confirms that voters are tired of the race.',
      "Sanders's victory confirmed the strength of his appeal among young voters.",
    ]) {
      expect(labels(text), text).toEqual(['unattributed'])
    }
  })

  it('leaves a body, a document or a person that confirms to be the source', () => {
    expect(labelAndCues('The ministry confirmed that three soldiers died.')).toEqual([['direct', [['confirmed that', 'The ministry']]]])
    expect(labelAndCues('The data confirm that prices rose.')).toEqual([['direct', [['confirm that', 'The data']]]])
    expect(labelAndCues('Ortiz confirmed the drop in turnout.')).toEqual([['direct', [['confirmed', 'Ortiz']]]])
  })
})

describe('a report named by its subject', () => {
  it('is a noun at a headline’s end, no verb with the headline before it as its subject', () => {
    for (const text of ['Stocks slip as bond yields climb ahead of jobs report', 'Shares fall before earnings report', 'Pound steadies ahead of inflation report']) {
      expect(labels(text), text).toEqual(['unattributed'])
    }
  })

  it('is still a document that speaks, and "report" after a plural subject still the verb', () => {
    expect(labelAndCues('The jobs report showed employers added 150,000 jobs.')).toEqual([['direct', [['showed', 'The jobs report']]]])
    expect(labelAndCues('Police report that two men were arrested.')).toEqual([['direct', [['report that', 'Police']]]])
  })
})

describe('a figure gone ahead of a relative clause', () => {
  it('leaves the relative out of its source', () => {
    for (const [text, source] of [
      ['Prices rose 2.9 percent, below the 3 percent that economists had expected.', 'economists'],
      ['Sales hit $4 billion, above the $3.5 billion which analysts had forecast.', 'analysts'],
      ['The toll reached 300, far above the 100 that officials had estimated.', 'officials'],
    ]) {
      expect(check(text).sentences[0].attributions.map((a) => a.source.text), text).toEqual([source])
    }
  })
})

describe('a time inside the subject phrase', () => {
  it('ends the phrase after "of", or is skipped whole after its preposition and article', () => {
    for (const [text, source] of [
      ['A study of patients treated between March 3 and the end of last year found that the drug worked.', 'A study of patients'],
      ['A review of deaths since the start of this year found that most were preventable.', 'A review'],
      ['A poll taken over the weekend found that Ruiz led by six points.', 'A poll'],
      ['A report published at the end of last month found that crime fell.', 'A report published at the end of last month'],
    ]) {
      expect(check(text).sentences[0].attributions.map((a) => a.source.text), text).toEqual([source])
    }
  })

  it('skips a time with its article and preposition between a speaker and the verb', () => {
    expect(labelAndCues('The mayor over the weekend said taxes would rise.')).toEqual([['direct', [['said', 'The mayor']]]])
    expect(labelAndCues('The ministry earlier this week said the talks had failed.')).toEqual([['direct', [['said', 'The ministry']]]])
  })
})

describe('a club or a firm whose name ends in "United"', () => {
  it('is an organisation, not a person a later "he" may stand for', () => {
    expect(types('Manchester United said the deal was close.')).toEqual([['Manchester United', 'organization']])
    expect(types('National Nurses United reported spending $2 million on ads.')).toEqual([['National Nurses United', 'organization']])
    const text = 'Leeds United are closing in on a £60 million deal, the BBC understands.\n\nSpeaking on Tuesday, United head coach Daniel Farke refused to discuss targets. “We are working every day,” he said.'
    expect(resolvedOrWritten(text)).toEqual(['BBC', 'Daniel Farke'])
  })

  it('leaves the United States’ bodies to the government', () => {
    expect(types('United States Citizenship and Immigration Services said it would add staff.')).toEqual([['United States Citizenship and Immigration Services', 'government']])
    expect(types('The United States said the talks had failed.')).toEqual([['United States', 'government']])
  })
})

describe('an outlet that carries a commentary', () => {
  it('speaks through it, as one that issues or publishes it does', () => {
    expect(types('Xinhua, the official news agency, carried a commentary accusing Tokyo of reviving militarism.')).toEqual([['Xinhua', 'state-media']])
    expect(resolvedOrWritten('KCNA carried a commentary warning Seoul against joining the drills.')).toEqual(['KCNA'])
    expect(resolvedOrWritten('The Times carried an editorial saying the mayor should resign.')).toEqual(['Times'])
  })

  it('leaves a thing carried, which says nothing, to no one', () => {
    expect(labels('The truck carried a sign saying the road was closed.')).toEqual(['unattributed'])
  })
})

describe('a verb of implying after a modal', () => {
  it('is a guess at what a thing or a body may imply, no one’s words', () => {
    expect(labels('The statement may signal another weapons test.')).toEqual(['unattributed'])
    expect(labels('The minutes could suggest that officials are ready to cut rates.')).toEqual(['unattributed'])
    expect(labels('Experts say the statement may signal another weapons test.')).toEqual(['reported'])
    expect(labelAndCues('The Fed will signal that it plans to cut rates, economists said.')).toEqual([['reported', [['said', 'economists']]]])
  })

  it('is still the subject’s words without one', () => {
    expect(labelAndCues('The Fed signaled that it would cut rates.')).toEqual([['direct', [['signaled that', 'The Fed']]]])
    expect(labelAndCues('The minutes suggest that officials are ready to cut rates.')).toEqual([['direct', [['suggest that', 'The minutes']]]])
  })
})

describe('names joined before a verb of describing in a relative clause', () => {
  it('speak together, the whole phrase the source', () => {
    expect(speakers('The drills, which Seoul and Washington describe as defensive, began Monday.', 'label')).toEqual([['direct', ['Seoul and Washington']]])
    expect(speakers('The tax, which Mayor Ortiz and Councilwoman Park describe as unfair, passed on Monday.', 'label')).toEqual([['direct', ['Mayor Ortiz and Councilwoman Park']]])
  })

  it('leave a single name after an object gone ahead its own', () => {
    expect(speakers('It is a plan Lee regards as reckless.', 'label')).toEqual([['direct', ['Lee']]])
  })
})

describe('a tag with a form that is more often a noun', () => {
  it('is a cue after a name set off by a comma at the end, as after a document', () => {
    expect(labelAndCues("Democrat Spanberger wins Virginia governor's race, AP projects")).toEqual([['direct', [['projects', 'AP']]]])
    expect(labelAndCues('Spanberger wins the race, the AP projects.')).toEqual([['direct', [['projects', 'the AP']]]])
    expect(labelAndCues('Mamdani wins New York mayoral race, NBC News projects')).toEqual([['direct', [['projects', 'NBC News']]]])
  })

  it('is still a noun after a plain noun or a figure, and a capitalised form is a name', () => {
    expect(labels('The deal funds road projects.\n\nThe money goes to the United States.\n\nThe funds will go to 18 states.')).toEqual(['unattributed', 'unattributed', 'unattributed'])
  })
})

describe('a relative clause whose subject went ahead of a pronoun and a cue', () => {
  it('has its verb right after the cue, whatever word it is, before the verb’s object', () => {
    for (const text of [
      'DeepSeek, a Chinese start-up, has released models that it claims rival the best American systems.',
      'The firm sells drugs that it claims cure the disease.',
      'Halvern Labs makes sensors that it says outlast rivals by years.',
    ]) {
      expect(check(text).sentences[0].attributions.map((a) => [a.cue.text, a.source.text]), text).toEqual([[text.includes('claims') ? 'claims' : 'says', 'it']])
    }
  })

  it('leaves a noun right after the cue, with no relative before, to be what it is', () => {
    expect(labels('The company filed claims against the insurer.')).toEqual(['unattributed'])
  })
})

describe('a role introduced with a description set off after it', () => {
  it('is someone new a later "he" or "she" stands for, though a person was named before', () => {
    expect(resolvedOrWritten('Mayor Tom Hale said the city would review the contract. The donor, a local developer, gave $50,000 to his campaign. He has denied any wrongdoing.')).toEqual(['Tom Hale', 'donor'])
    expect(resolvedOrWritten('Ana Ruiz said the clinic would stay open. The landlord, a retired dentist, wants it gone. He said the clinic broke its lease.')).toEqual(['Ana Ruiz', 'landlord'])
  })

  it('is still the person named with that role before', () => {
    expect(resolvedOrWritten('Sen. Ana Ruiz spoke first. The senator, a Democrat from Ohio, said the bill would fail. She said it lacked votes.')).toEqual(['Ana Ruiz', 'Ana Ruiz'])
  })
})

describe('a second verb in a clause a present cue opens', () => {
  it('is the clause subject’s when its past is the clause’s tense', () => {
    expect(speakers('The emails, obtained by the Post, show that Ortiz pressed managers to meet quotas and warned staff who fell short that they could lose bonuses.', 'label')).toEqual([['direct', ['The emails', 'Ortiz']]])
    expect(speakers('Court filings show that the director concealed the losses and told auditors the accounts were sound.', 'label')).toEqual([['direct', ['Court filings', 'the director']]])
  })

  it('is the cue subject’s when it takes the cue’s tense', () => {
    expect(speakers('Some Democratic strategists fear that Clinton has already missed a chance and warn that turnout could fall.', 'label')).toEqual([['reported', ['Some Democratic strategists', 'Some Democratic strategists']]])
    expect(speakers('Trump conceded that Lewandowski had touched Fields but implied that it was Fields’s fault.', 'label')).toEqual([['direct', ['Trump', 'Trump']]])
  })
})

describe('a plural noun and a participle with its time skipped', () => {
  it('is the noun alone, the participle its description', () => {
    expect(labelAndCues('Figures published last month showed more than 1,200 patients waited over 12 hours.')).toEqual([['reported', [['showed', 'Figures']]]])
    expect(labelAndCues('Residents interviewed on Tuesday said the water was brown.')).toEqual([['reported', [['said', 'Residents']]]])
    expect(labelAndCues('Wealthy donors are paying for the ads, disclosures filed on Sunday night revealed.')).toEqual([['reported', [['revealed', 'disclosures']]]])
  })

  it('reads a disclosure as a document, and "disclosure report" as a noun', () => {
    expect(labelAndCues('Financial disclosures show he owns three homes.')).toEqual([['reported', [['show', 'Financial disclosures']]]])
    expect(labels('His tax returns are far thicker than his 100-page disclosure report.')).toEqual(['unattributed'])
  })
})

describe('a denial after an accusation', () => {
  it('is the one accused, not a speaker named before', () => {
    expect(resolvedOrWritten('Mahmoud Khalil was detained in March. Secretary of State Marco Rubio has said Khalil undermines U.S. policy. Administration officials have accused Khalil of supporting Hamas. He has denied the accusation.')).toEqual(['Marco Rubio', 'Administration officials', 'Mahmoud Khalil'])
    expect(resolvedOrWritten('Dana Ortiz ran the charity for a decade. Mayor Ellen Park said the books were a mess. Prosecutors have charged Ortiz with fraud. She denies the charges.')).toEqual(['Ellen Park', 'Dana Ortiz'])
  })

  it('leaves any other verb to the one who spoke or acted before', () => {
    expect(resolvedOrWritten('Mahmoud Khalil was detained in March. Secretary of State Marco Rubio has said Khalil undermines U.S. policy. Administration officials have accused Khalil of supporting Hamas. He said the evidence was clear.')).toEqual(['Marco Rubio', 'Administration officials', 'Marco Rubio'])
  })
})

describe('a state wildlife agency known by its fields', () => {
  it('is a government body "the agency" stands for later', () => {
    expect(types('Colorado Parks and Wildlife confirmed that a pack of gray wolves has settled in the state.')).toEqual([['Colorado Parks and Wildlife', 'government']])
    expect(resolvedOrWritten('Texas Parks and Wildlife said the lake was closed. Fish kills were reported near the dam, the agency said.')).toEqual(['Texas Parks and Wildlife', 'Texas Parks and Wildlife'])
  })
})

describe('a Markdown footnote naming a body and its document’s kind', () => {
  it('is a credit, not a claim, and credits the sentence citing it', () => {
    const md = [
      'The levy would add $9 a month to a typical bill.[^1] Renters would pay about $4.[^2]',
      '',
      "[^1]: County Assessor's Office, levy estimate memo, Oct. 2026.",
      '[^2]: Transit Authority, budget presentation, Nov. 3.',
    ].join('\n')
    const { report } = checkDocument(md, 'markdown')
    expect(report.sentences.map((s) => [s.text, s.label, s.claim, s.attributions.map((a) => `${a.source.text}${a.inherited ? ' (inherited)' : ''}`)])).toEqual([
      ['The levy would add $9 a month to a typical bill.', 'direct', true, ["County Assessor's Office (inherited)"]],
      ['Renters would pay about $4.', 'direct', true, ['Transit Authority (inherited)']],
      ["County Assessor's Office, levy estimate memo, Oct. 2026.", 'direct', false, ["County Assessor's Office"]],
      ['Transit Authority, budget presentation, Nov. 3.', 'direct', false, ['Transit Authority']],
    ])
  })

  it('is still a claim when the lowercase words after the name are a sentence’s', () => {
    const md = ['Turnout fell.[^1]', '', '[^1]: The county clerk, who counted late ballots, disputes this.'].join('\n')
    const { report } = checkDocument(md, 'markdown')
    expect(report.sentences[1].claim).toBe(true)
  })
})

describe('"being" as the gerund a verb of saying reports', () => {
  it('is what was said, like any longer gerund', () => {
    expect(labelAndCues('She later recalled being told to type other scientists’ reports.')).toEqual([['direct', [['recalled', 'She']]]])
    expect(labelAndCues('The senator denied being aware of the payments.')).toEqual([['direct', [['denied', 'The senator']]]])
    expect(labelAndCues('Few women worked there, and Ms. Ruiz described being held for six hours at the border.')).toEqual([['direct', [['described', 'Ms. Ruiz']]]])
  })

  it('leaves a short noun in -ing an object', () => {
    expect(labels('They recalled a thing or two.')).toEqual(['unattributed'])
  })
})

describe('a speaker named by whose they are, beside a subject pronoun of theirs', () => {
  it('is not who a later "she" or "he" stands for once the pronoun went on as a subject', () => {
    expect(resolvedOrWritten('Margaret Ellison died on Tuesday. She kept a logbook of every dive, according to her daughter. In her last years, she swam in the bay. “The water does not care,” she told a newspaper in 2019.')).toEqual(['her daughter', 'Margaret Ellison'])
    expect(resolvedOrWritten('Victor Hale was freed in June. He was paid $2 million for the rights, his lawyer said. He then moved to Lisbon. “I wanted quiet,” he told the BBC.')).toEqual(['his lawyer', 'Victor Hale'])
  })

  it('is still who speaks next when nothing came between, or no pronoun of theirs was the subject', () => {
    expect(resolvedOrWritten('Margaret Ellison died on Tuesday. She kept a logbook of every dive, according to her daughter. “She never missed a day,” she said.')).toEqual(['her daughter', 'her daughter'])
    expect(resolvedOrWritten('Victor Hale was freed in June. The studio paid $2 million for the rights, his lawyer said. The deal then closed. “It was fair,” he said.')).toEqual(['his lawyer', 'his lawyer'])
  })
})

describe('a list of relations with their names after "survived by"', () => {
  it('holds objects, not the subject a later pronoun stands for', () => {
    expect(resolvedOrWritten('Ruth Alder died on Sunday. She is survived by a son, Mark; a sister, Joan Mattson; and four grandchildren. In her last years she painted. “I paint what I can,” she told a reporter in 2020.')).toEqual(['Ruth Alder'])
    expect(resolvedOrWritten('Paul Berger died last week. He is survived by his wife, Anna; a brother, Tom Berger; and a grandson, Eli. In his last years he fished daily. “The river is my office,” he said in 2019.')).toEqual(['Paul Berger'])
  })
})

describe('"as" before a verb of speaking that lasts', () => {
  it('is "while" right after a word: the act is the story, nothing is said', () => {
    expect(labels('The mayor sat with his arms folded as Tran testified.')).toEqual(['unattributed'])
    expect(labels('Her voice grew sharper as she spoke.')).toEqual(['unattributed'])
    expect(labels('Trump rode the will of the crowd as he replied.')).toEqual(['unattributed'])
  })

  it('is still a comment after a comma or at the start, and before any other verb', () => {
    expect(labelAndCues('Inflation is sticky, as Lagarde noted.')).toEqual([['direct', [['noted', 'Lagarde']]]])
    expect(labelAndCues('As the witness testified, the door was unlocked.')).toEqual([['direct', [['testified', 'the witness']]]])
    expect(labelAndCues('The market fell as analysts predicted.')).toEqual([['reported', [['predicted', 'analysts']]]])
    expect(labelAndCues('Trump’s numbers are not as toxic as most insiders believe.')).toEqual([['reported', [['believe', 'most insiders']]]])
  })
})

describe('a participle after the comma of a time clause’s verb of saying', () => {
  it('is the main clause’s manner, not what was said', () => {
    expect(labels('The mayor sat still as Tran testified, occasionally shaking his head.')).toEqual(['unattributed'])
    expect(labels('Jurors took notes while the detective testified, glancing at the defendant.')).toEqual(['unattributed'])
  })

  it('leaves a main clause’s verb its content, and a clause after the participle’s phrase', () => {
    expect(labelAndCues('Romney fired back in March, attacking Trump for his tone.')).toEqual([['direct', [['fired back', 'Romney']]]])
    expect(labelAndCues('As Lee noted, pointing to the chart, the numbers were wrong.')).toEqual([['direct', [['noted', 'Lee']]]])
  })
})

describe('a noun of saying in form, after an article and a sum or a describing word, before a relative clause', () => {
  it('is the object gone ahead, the clause’s subject the speaker', () => {
    expect(labelAndCues('The summit ended with a $300 billion pledge that many developing countries called inadequate.')).toEqual([['reported', [['called', 'many developing countries']]]])
    expect(labelAndCues('It was a controversial pledge that critics called reckless.')).toEqual([['reported', [['called', 'critics']]]])
    expect(labelAndCues('Voters rejected a $2 billion promise that Mayor Ruiz called historic.')).toEqual([['direct', [['called', 'Mayor Ruiz']]]])
  })

  it('leaves a plain noun before a past verb the subject of that verb', () => {
    expect(labels('The council funded the meetings of world leaders, academics and business people, called the Valley Forum, that the co-op held each spring.')).toEqual(['unattributed'])
  })
})

describe('a text', () => {
  it('is a document that speaks, a negotiated draft’s or a phone’s', () => {
    expect(types('The draft text, circulated on Thursday, calls for "at least $1.3 trillion a year" in funding. The text says the pledge is binding.')).toEqual([['draft text', 'document']])
    expect(labelAndCues('A text from her sister said the house was on fire.')).toEqual([['direct', [['said', 'A text from her sister']]]])
  })

  it('is no source when it is only sent', () => {
    expect(labels('She sent a text to her lawyer.')).toEqual(['unattributed'])
  })
})

describe('examples after "such as" in a reported clause’s subject', () => {
  it('go on with the noun, so the clause is still what was thought or said', () => {
    expect(labelAndCues('Some analysts believe weight-loss drugs such as Ozempic could dent demand for snacks.')).toEqual([['reported', [['believe', 'Some analysts']]]])
    expect(labelAndCues('Investors think carmakers such as Ford and GM will cut prices.')).toEqual([['reported', [['think', 'Investors']]]])
    expect(labelAndCues('Dr. Ortiz fears viruses such as measles will return.')).toEqual([['direct', [['fears', 'Dr. Ortiz']]]])
  })

  it('leave a sentence with no cue, and a compound noun with a cue’s form, the author’s', () => {
    expect(labels('Brands such as Snickers sold well.')).toEqual(['unattributed'])
    expect(labels('It is a false narrative, because conservative thought leaders such as Rush Limbaugh are backing them.')).toEqual(['unattributed'])
  })
})

describe('advice in a tag with its plain form', () => {
  it('is what the advisers say, the instruction a claim of theirs', () => {
    expect(labelAndCues('Check your pay stubs, experts advise.')).toEqual([['reported', [['advise', 'experts']]]])
    expect(labelAndCues('Keep every receipt, tax lawyers advise, and file early.')).toEqual([['reported', [['advise', 'tax lawyers']]]])
    expect(labelAndCues('Lawyers advise that tenants keep copies of every letter.')).toEqual([['reported', [['advise that', 'Lawyers']]]])
  })

  it('leaves advising someone to act, and the Senate’s "advise and consent", no attribution', () => {
    expect(labels('Lawyers advise tenants to keep copies.\n\nThe Senate must advise and consent on treaties.\n\nHe was hired to advise the board on mergers.')).toEqual(['unattributed', 'unattributed', 'unattributed'])
  })
})

describe('a plain verb joined to an instruction that opens the sentence', () => {
  it('has no speaker: the instruction’s verb is no name', () => {
    expect(check('Check your pay stubs, and ask your employer how it plans to comply.').sentences[0].attributions).toEqual([])
    expect(check('Call your bank and ask whether the fee applies.').sentences[0].attributions).toEqual([])
  })

  it('leaves a name that opens the sentence the speaker of a past verb joined to its own', () => {
    expect(labelAndCues('Lee checked the stubs and asked the boss how the firm plans to comply.')).toEqual([['direct', [['asked', 'Lee']]]])
    expect(labelAndCues('Kim met the envoy and told him the talks were over.')).toEqual([['direct', [['told', 'Kim']]]])
  })
})

describe('an industry that speaks', () => {
  it('is its firms at large, a vague source', () => {
    expect(speakers('The oil industry says the rule will cost jobs.', 'label')).toEqual([['reported', ['The oil industry']]])
    expect(speakers('The plastics industry has disputed such findings. The industry argues that the studies are flawed.', 'label')).toEqual([['reported', ['The plastics industry']], ['reported', ['The industry']]])
  })

  it('leaves a named trade group for it named', () => {
    expect(speakers('The American Chemistry Council said the science "remains inconclusive."', 'label')).toEqual([['direct', ['The American Chemistry Council']]])
  })
})

describe('a verb’s form after "a" inside a phrase with a singular head', () => {
  it('is a noun describing the head, so the whole phrase speaks', () => {
    expect(speakers('Monroe grew suspicious when a label executive mentioned a deal she had never heard of.', 'label')).toEqual([['reported', ['a label executive']]])
    expect(speakers('A claim adjuster said the roof was a total loss.', 'label')).toEqual([['reported', ['A claim adjuster']]])
    expect(speakers('“Trump is skipping the debate,” a voice over says.', 'label')).toEqual([['reported', ['a voice over']]])
  })

  it('leaves a plural or a name after it a phrase of its own', () => {
    expect(speakers('It was a point Feinstein also acknowledged to Bloomberg.', 'label')).toEqual([['direct', ['Feinstein']]])
    expect(labels('It was a claim officials dispute and a report card nobody read.')).toEqual(['unattributed'])
  })
})

describe('a naming verb’s present form after a noun gone ahead of its clause', () => {
  it('calls it so, as the past form does', () => {
    expect(labelAndCues('It was a plan critics call reckless.')).toEqual([['reported', [['call', 'critics']]]])
    expect(labelAndCues('It is a policy Lee calls cruel.')).toEqual([['direct', [['calls', 'Lee']]]])
    expect(labelAndCues('The tax, which critics call unfair, passed.')).toEqual([['reported', [['call', 'critics']]]])
  })

  it('is no cue when it calls someone on the phone', () => {
    expect(labels('They call the police often.')).toEqual(['unattributed'])
  })
})

describe('"the suit"', () => {
  it('is the lawsuit or the complaint before it, not a document named since', () => {
    expect(resolvedOrWritten('The lawsuit, filed Monday, alleges that Vance forged her signature. A forensic audit commissioned by her new managers later found what the suit describes as "systematic theft."')).toEqual(['lawsuit', 'forensic audit commissioned by her new managers', 'lawsuit'])
    expect(resolvedOrWritten('According to the complaint, the firm hid the losses. An internal review ordered by the board found gaps in what the suit calls "a culture of silence."')).toEqual(['complaint', 'complaint'])
  })

  it('stays a document of its own with none before it', () => {
    expect(resolvedOrWritten('A study found the drug worked. The suit says the maker knew of the risks.')).toEqual(['study', 'suit'])
  })
})

describe('a document by its own noun, far from where it was named', () => {
  const filler = (n: number) => Array.from({ length: n }, (_, k) => `Paragraph ${k + 1} of background runs here without a source.`).join(' ')

  it('is the one document the story named with that noun', () => {
    expect(resolvedOrWritten(`The plan took shape in October, according to internal documents reviewed by The Post. ${filler(10)} The documents also estimate the cost at $1.2 billion.`)).toEqual(['internal documents reviewed by The Post', 'internal documents reviewed by The Post'])
    expect(resolvedOrWritten(`A Quinnipiac University poll found the race tied. ${filler(12)} The poll also showed that turnout may fall.`)).toEqual(['Quinnipiac University poll', 'Quinnipiac University poll'])
  })

  it('stays a document of its own when the story named two with that noun', () => {
    expect(resolvedOrWritten(`A Quinnipiac University poll found the race tied. A Marist poll found Lee ahead. ${filler(12)} The poll also showed that turnout may fall.`)).toEqual(['Quinnipiac University poll', 'Marist poll', 'poll'])
  })
})

describe('a news agency not on the outlet list', () => {
  it('is an outlet, and a channel for the words it reports', () => {
    expect(types('The plan failed, the PAP news agency reported.')).toEqual([['PAP news agency', 'media']])
    expect(types('The vote was delayed, the Kazinform news agency said.')).toEqual([['Kazinform news agency', 'media']])
    const s = check('A spokesperson for the Polish government said Warsaw would not accept migrants, the PAP news agency reported.').sentences[0]
    expect(s.attributions.map((a) => [a.source.text, a.via ?? null])).toEqual([
      ['A spokesperson for the Polish government', 'PAP news agency'],
      ['the PAP news agency', null],
    ])
  })

  it('leaves an aid agency a body', () => {
    expect(types('The UN aid agency said the camp was full.')).toEqual([['UN aid agency', 'organization']])
  })
})

describe('Alternative for Germany', () => {
  it('is a party, not a person called Alternative, and "the party" stands for it', () => {
    expect(types('The far-right Alternative for Germany has accused Merz of copying its policies. The party said it would sue.')).toEqual([['Alternative for Germany', 'organization']])
  })
})

describe('a listed body written after its country', () => {
  it('is one body with the source phrase that names it so, and what its noun stands for', () => {
    expect(namesAndCounts('The storm grew, the U.S. National Hurricane Center said. “This is serious,” the center warned.')).toEqual([['National Hurricane Center', 2]])
    expect(resolvedOrWritten('The U.S. Centers for Disease Control and Prevention issued an alert on Friday. The agency said cases rose.')).toEqual(['Centers for Disease Control and Prevention'])
    expect(resolvedOrWritten('The U.S. National Institutes of Health cut the grant in May. The agency said it would review the rules.')).toEqual(['National Institutes of Health'])
  })
})

describe('an uncountable word of knowledge that opens the sentence before a verb of telling', () => {
  it('is evidence, no one’s name: the claim is the writer’s', () => {
    expect(labels('Science tells us we need cuts closer to 60%.\n\nHistory tells us that empires fall.\n\nScience says the climate is warming.')).toEqual(['unattributed', 'unattributed', 'unattributed'])
  })

  it('leaves a thing’s word that is a surname a person, and the journal a place of publication', () => {
    expect(labelAndCues('Button said the car was fast.')).toEqual([['direct', [['said', 'Button']]]])
    expect(labelAndCues('The study, published in Science, found that bees sleep.')).toEqual([['direct', [['found that', 'The study']]]])
  })
})

describe('armed and political movements known by one name', () => {
  it('are bodies "the group" stands for, from a possessive too', () => {
    expect(resolvedOrWritten('Hamas’s delegation arrived in Cairo on Saturday, the group said in a statement.')).toEqual(['Hamas'])
    expect(resolvedOrWritten('Hezbollah fired rockets at the border, the group said.')).toEqual(['Hezbollah'])
    expect(resolvedOrWritten('The Taliban banned the app last year, the group said.')).toEqual(['Taliban'])
  })
})

describe('a name joined after people after "according to"', () => {
  it('is a second source of its own', () => {
    expect(speakers('According to residents and Hamas, the strike hit a school.', 'label')).toEqual([['direct', ['residents', 'Hamas']]])
    expect(speakers('According to neighbors and Ms. Ruiz, the house was empty.', 'label')).toEqual([['direct', ['neighbors', 'Ms. Ruiz']]])
    expect(speakers('According to doctors and Pfizer, the drug works.', 'label')).toEqual([['direct', ['doctors', 'Pfizer']]])
  })

  it('leaves people of a nation joined to people one group', () => {
    expect(speakers('According to residents and Israeli officials, the strike hit a school.', 'label')).toEqual([['reported', ['residents and Israeli officials']]])
  })
})

describe('an estimate’s noun after a capitalised estimator that a result is compared with', () => {
  it('is a noun, no verb with the estimator for subject', () => {
    expect(speakers('Nvidia forecast revenue above Wall Street estimates, betting that demand will hold.', 'text')).toEqual([['Nvidia forecast revenue above Wall Street estimates, betting that demand will hold.', ['Nvidia', 'Nvidia']]])
    expect(labels('The results topped Wall Street forecasts, sending shares higher.\n\nThe firm beat Wall Street estimates by 10 cents a share.\n\nSales came in below LSEG estimates, hurting the stock.')).toEqual(['unattributed', 'unattributed', 'unattributed'])
  })

  it('is still a verb after its subject opens the sentence or a cue’s clause', () => {
    expect(labelAndCues('Wall Street estimates the deal is worth $5 billion.')).toEqual([['reported', [['estimates', 'Wall Street']]]])
    expect(labelAndCues('A review by The Times shows most hours were for campaign travel.')).toEqual([['direct', [['shows', 'A review by The Times']]]])
  })
})

describe('groups of people joined by "and", the first ending in its own preposition’s object', () => {
  it('speak together when the first opens the sentence or follows its comma', () => {
    expect(speakers('Officials from both sides and Egyptian mediators said the talks would resume.', 'label')).toEqual([['reported', ['Officials from both sides and Egyptian mediators']]])
    expect(speakers('Experts at the bank and other analysts said rates would fall.', 'label')).toEqual([['reported', ['Experts at the bank and other analysts']]])
    expect(speakers('Despite the feuding, many experts and some lawmakers say the law worked.', 'label')).toEqual([['reported', ['many experts and some lawmakers']]])
  })

  it('leave an object of a verb before "and" out', () => {
    expect(speakers('Police arrested two men from the village and a witness said they ran.', 'label')).toEqual([['reported', ['a witness']]])
  })
})

describe('an adverb and a verb’s form with its own object, read back from a verb as its subject', () => {
  it('is a predicate, no source', () => {
    expect(labels('She has generally beaten Sanders handily among non-white primary voters, which describes large swaths of the city.')).toEqual(['unattributed'])
    expect(check('The woman accused of deliberately driving onto a packed sidewalk told police she was stressed.').sentences[0].attributions.map((a) => a.source.text)).not.toContain('deliberately driving onto a packed sidewalk')
  })

  it('leaves a participle that describes its noun in the phrase', () => {
    expect(labelAndCues('But according to recently hacked Democratic National Committee documents, the party was split.')).toEqual([['direct', [['according to', 'recently hacked Democratic National Committee documents']]]])
    expect(labelAndCues('Recently released documents show the plan failed.')).toEqual([['reported', [['show', 'documents']]]])
  })
})

describe('"those" before "who"', () => {
  it('is the people who spoke, whatever phrase it closes, or a share of them', () => {
    expect(labelAndCues('Mrs. Clinton received even stronger support from those who said Wall Street helps the economy.')).toEqual([['reported', [['said', 'those']]]])
    expect(labelAndCues('The campaign has been culling information from those who know how he operates.')).toEqual([['reported', [['know', 'those']]]])
    expect(labelAndCues('A majority of those who voted said the economy mattered most.')).toEqual([['reported', [['said', 'A majority of those']]]])
  })
})

describe('two describing words joined before a document’s noun', () => {
  it('are one phrase with it, by "and", "or" or "but"', () => {
    expect(labelAndCues('She lost the primary, according to complete but unofficial returns.')).toEqual([['reported', [['according to', 'complete but unofficial returns']]]])
    expect(labelAndCues('He won, according to preliminary and unofficial results.')).toEqual([['reported', [['according to', 'preliminary and unofficial results']]]])
  })

  it('leave "but" between clauses a clause’s joiner', () => {
    expect(labelAndCues('The count was close but officials said it would finish Monday.')).toEqual([['reported', [['said', 'officials']]]])
  })
})

describe('a relative set off with an aside right after it', () => {
  it('leaves the verb after the aside the relative’s, which stands for the name before it', () => {
    expect(speakers('First there was Bret Stephens, who, after a long fight, said the deal was off.', 'label')).toEqual([['direct', ['Bret Stephens']]])
    expect(speakers('The report, which, in its second chapter, says wages fell, was ignored.', 'label')).toEqual([['direct', ['The report']]])
    expect(speakers('Officials, who, as usual, declined to be named, said the plan failed.', 'label')).toEqual([['reported', ['Officials']]])
  })
})

describe('a cue’s past form right after a verb of saying, before a noun and its verb', () => {
  it('describes the noun of the clause reported, which the verb of saying opens', () => {
    expect(labelAndCues('Prime Minister Benjamin Netanyahu praised the operation and said continued military pressure would bring the hostages home.')).toEqual([['direct', [['said', 'Prime Minister Benjamin Netanyahu']]]])
    expect(labelAndCues('Officials said continued shelling had killed four people.')).toEqual([['reported', [['said', 'Officials']]]])
    expect(labelAndCues('Ortiz warned that repeated delays would raise costs.')).toEqual([['direct', [['warned that', 'Ortiz']]]])
    expect(labelAndCues('The auditor says reported profits were inflated.')).toEqual([['direct', [['says', 'The auditor']]]])
    expect(labelAndCues('Kim said estimated damage had reached 3 million won.')).toEqual([['direct', [['said', 'Kim']]]])
  })

  it('is a relative’s verb after a noun’s "that", and a verb after its subject', () => {
    expect(labels('The firm’s latest report that showed growth was praised.')).toEqual(['unattributed'])
    expect(labelAndCues('The union said the talks continued.')).toEqual([['direct', [['said', 'The union']]]])
  })
})

describe('an -ing form of five letters after people', () => {
  it('describes them, as longer ones do', () => {
    expect(speakers('Astronomers using the James Webb Space Telescope say they have found hints of life.', 'label')).toEqual([['reported', ['Astronomers using the James Webb Space Telescope']]])
    expect(speakers('Volunteers doing the cleanup said the river was full of plastic.', 'label')).toEqual([['reported', ['Volunteers doing the cleanup']]])
    expect(speakers('Doctors using the new scanner found that most tumours were missed.', 'label')).toEqual([['reported', ['Doctors using the new scanner']]])
  })

  it('is no form of a word without a vowel before its ending', () => {
    expect(speakers('Residents bring the issue to the council every year, officials said.', 'label')).toEqual([['reported', ['officials']]])
  })
})

describe('people before an -ing form and its bare object', () => {
  it('are the head of the phrase, whatever the object names', () => {
    expect(check('Researchers analyzing data from the Census Bureau found that rents rose.').sentences[0].attributions.map((a) => [a.source.kind, a.source.type])).toEqual([['vague', 'anonymous']])
    expect(check('Some economists studying reports from the Labor Department said wages fell.').sentences[0].attributions.map((a) => [a.source.kind, a.source.type])).toEqual([['vague', 'anonymous']])
    expect(labels('Analysts reviewing records from the county say the jail is overcrowded.')).toEqual(['reported'])
  })

  it('leave a name that ends like a plural its own phrase', () => {
    expect(check('Clinton leads by nine points, according to the RealClearPolitics polling average.').sentences[0].attributions.map((a) => a.source.type)).toEqual(['document'])
  })
})

describe('a forum by its name', () => {
  it('is an organisation, whatever the words before it', () => {
    expect(check('“Every day matters,” the Hostages and Missing Families Forum said.').summary.sources.map((s) => [s.name, s.type])).toEqual([['Hostages and Missing Families Forum', 'organization']])
    expect(check('The Kashmir Peace Forum said the talks had stalled.').summary.sources.map((s) => s.type)).toEqual(['organization'])
    expect(check('According to the Survivors Forum, the inquiry was delayed.').summary.sources.map((s) => s.type)).toEqual(['organization'])
  })
})

describe('testing named by its gerund', () => {
  it('is evidence, as a test is, whoever ran it', () => {
    expect(labels('The potential for contamination was discovered after routine sampling by the company revealed the presence of Listeria in one lot.')).toEqual(['unattributed'])
    expect(labels('Testing at three schools showed lead in the water.\n\nRandom sampling of the wells found nitrates above the limit.')).toEqual(['unattributed', 'unattributed'])
  })

  it('leaves whoever reports what testing found the source', () => {
    expect(labelAndCues('Testing showed lead in the water, the city said.')).toEqual([['direct', [['said', 'the city']]]])
  })
})

describe('an interview’s answers after an introduction that asks or talks to the interviewee', () => {
  const interview = (intro: string) => check(`${intro}\n\nQ: Why are eggs so expensive right now?\n\nA: The main reason is avian flu.\n\nQ: When will prices fall?\n\nA: It depends on the spring migration.`).sentences.filter((s) => s.text.startsWith('A:')).map((s) => [s.label, s.attributions.map((a) => a.source.resolved)])
  it('are the words of the person asked or talked with', () => {
    expect(interview('Egg prices have doubled. We asked Jada Thompson, an agricultural economist at the University of Arkansas, what is going on.')).toEqual([['direct', ['Jada Thompson']], ['direct', ['Jada Thompson']]])
    expect(interview('The Ledger interviewed Maria Lopez, a historian at Yale, about the shortage.')).toEqual([['direct', ['Maria Lopez']], ['direct', ['Maria Lopez']]])
    expect(interview('We spoke with Tomás Ibarra, who runs a farm in Iowa.')).toEqual([['direct', ['Tomás Ibarra']], ['direct', ['Tomás Ibarra']]])
    expect(interview('Our reporter talked to Dana Okafor about the market.')).toEqual([['direct', ['Dana Okafor']], ['direct', ['Dana Okafor']]])
  })

  it('leave a person named talking with another the one a later pronoun goes on with', () => {
    expect(resolvedOrWritten('Judiciary Committee Chairman Chuck Grassley spoke with Garland and did not rule out a meeting. But he reiterated that there would be no hearing.')).toEqual(['Chuck Grassley'])
    expect(resolvedOrWritten('We spoke with Ana Ruiz on Monday. She said the plan was dead.')).toEqual(['Ana Ruiz'])
  })
})

describe('"to" before a question word', () => {
  it('is no infinitive whose object’s holder speaks', () => {
    expect(labelAndCues('Kim warned that Pyongyang would respond with “overwhelming” force to what she called reckless drills.')).toEqual([['direct', [['warned that', 'Kim'], ['called', 'she']]]])
    expect(speakers('The union reacted with “fury” to what its leader described as a betrayal.', 'text').flatMap(([, s]) => s)).toContain('its leader')
  })
})

describe('"brands" after a possessive and its noun', () => {
  it('is the plural noun, no verb of naming', () => {
    expect(labels('Unilever is exploring a sale of some of its ice cream brands as it looks to streamline its portfolio.')).toEqual(['unattributed'])
    expect(labels('The firm is selling its snack brands as demand falls.\n\nNestlé will keep its coffee brands, the company said.')).toEqual(['unattributed', 'direct'])
  })

  it('is still the verb after its subject', () => {
    expect(labelAndCues('The White House brands the report “fake news.”')).toEqual([['direct', [['brands', 'The White House']]]])
    expect(labelAndCues('Trump branded the report “fake.”')).toEqual([['direct', [['branded', 'Trump']]]])
  })
})

describe('a time fixed by another, with its article, between a participle and a verb', () => {
  it('is skipped, as “last year” is, leaving the phrase before it the source', () => {
    expect(labelAndCues('A 2023 study found no link, though a Norwegian study published the same year reported fewer cases of bullying.')).toEqual([['reported', [['found', 'A 2023 study'], ['reported', 'a Norwegian study']]]])
    expect(labelAndCues('Figures released the following day showed a drop.')).toEqual([['reported', [['showed', 'Figures']]]])
    expect(labelAndCues('Data published the previous week suggested a slowdown.')).toEqual([['reported', [['suggested', 'Data']]]])
  })
})

describe('a timestamp line with any listed time zone', () => {
  const roles = (text: string) => check(text).sentences.map((s) => s.role)
  it('is furniture, whichever zone it names', () => {
    expect(roles('Heat wave grips Southwest\n\nPublished 6:02 a.m. MT July 18, 2023\n\nTemperatures topped 110 degrees on Monday.')).toEqual(['heading', 'boilerplate', 'body'])
    expect(roles('Storm nears coast\n\nUpdated 10:15 p.m. CDT Aug. 28, 2024\n\nThe storm strengthened overnight.')).toEqual(['heading', 'boilerplate', 'body'])
    expect(roles('Missile launch\n\nUpdated 10:15 KST Jan. 3, 2024\n\nThe missile flew 1,000 kilometers.')).toEqual(['heading', 'boilerplate', 'body'])
  })

  it('leaves a line with words of its own a heading', () => {
    expect(roles('Heat wave grips Southwest\n\nPhoenix heat record by 6 p.m. MT\n\nTemperatures topped 110 degrees on Monday.')).toEqual(['heading', 'heading', 'body'])
  })
})

describe('the Vatican', () => {
  it('is a state’s government, in a headline as in the story', () => {
    expect(check('Pope Francis hospitalized with respiratory infection, Vatican says\n\nPope Francis was admitted to hospital on Wednesday, the Vatican said.').sentences.flatMap((s) => s.attributions.map((a) => [a.source.text, a.source.kind, a.source.type]))).toEqual([['Vatican', 'named', 'government'], ['the Vatican', 'named', 'government']])
  })

  it('leaves its officials vague', () => {
    expect(speakers('Vatican officials said the pope was resting.', 'label')).toEqual([['reported', ['Vatican officials']]])
  })
})

describe('an opening phrase without its comma before a name and a form that is also a noun', () => {
  it('ends where the name starts, as before any other verb', () => {
    expect(labelAndCues('In a CNN interview Trump claims the vote was rigged.')).toEqual([['direct', [['claims', 'Trump']]]])
    expect(labelAndCues('At a rally in Texas Cruz claims the race is tight.')).toEqual([['direct', [['claims', 'Cruz']]]])
    expect(labelAndCues('In a letter to donors Ortiz reports that the campaign raised $2 million.')).toEqual([['direct', [['reports that', 'Ortiz']]]])
  })

  it('leaves a noun after a name inside the phrase a noun', () => {
    expect(labels('In the wake of the Times report the mayor resigned.')).toEqual(['unattributed'])
  })
})

describe('a furniture label with its colon before a long teaser', () => {
  const roles = (text: string) => check(text).sentences.map((s) => s.role)
  it('is furniture however long the teaser, question or not', () => {
    expect(roles('At least 95 people have died in the floods, officials said.\n\nRead more: What caused Spain’s deadly floods and could they happen again?\n\nRescuers searched through the night.')).toEqual(['body', 'boilerplate', 'body'])
    expect(roles('The council met on Monday.\n\nContributing: Nicholas Zazulia, Medill News Service.')).toEqual(['body', 'boilerplate'])
  })

  it('leaves prose that opens with a furniture word a claim', () => {
    expect(roles('About 40 residents reported seeing smoke before the fire spread to the school.')).toEqual(['body'])
  })
})

describe('a site’s note on its external links', () => {
  it('is furniture', () => {
    expect(check('Floods kill 95 in Spain, officials said.\n\nCopyright 2024 BBC. All rights reserved. The BBC is not responsible for the content of external sites. Read about our approach to external linking.').sentences.map((s) => s.claim)).toEqual([true, false, false, false, false])
  })
})

describe('a municipal corporation or committee', () => {
  it('is a city’s government', () => {
    expect(check('Schools will remain shut on Tuesday, the Brihanmumbai Municipal Corporation said.\n\nThe New Delhi Municipal Committee said the market would close.').summary.sources.map((s) => [s.name, s.type])).toEqual([['Brihanmumbai Municipal Corporation', 'government'], ['New Delhi Municipal Committee', 'government']])
  })

  it('leaves a company named a corporation an organisation', () => {
    expect(check('The Tata Steel Corporation said output rose.').summary.sources.map((s) => s.type)).toEqual(['organization'])
  })
})

describe('a fellow’s role set off before a name', () => {
  it('is the named person’s, with an article or an owner, capitalised or not', () => {
    expect(speakers('His fellow Californian, Sen. Laphonza Butler, said she was still reviewing the text.', 'label')).toEqual([['direct', ['Sen. Laphonza Butler']]])
    expect(speakers('A fellow Democrat, Sen. Joe Manchin, said the bill was dead.', 'label')).toEqual([['direct', ['Sen. Joe Manchin']]])
    expect(speakers('Her fellow nurse, Janet Okoye, said the ward was understaffed.', 'label')).toEqual([['direct', ['Janet Okoye']]])
  })

  it('leaves a fellow with no name set off after it vague', () => {
    expect(speakers('A fellow Democrat said the bill was dead.', 'label')).toEqual([['reported', ['A fellow Democrat']]])
  })
})

describe('a journal’s authors with the journal named after their verb', () => {
  it('are on record, as a study published in it is', () => {
    expect(check('The drug cut the risk of heart attack by 20%, the trial’s authors reported in The New England Journal of Medicine.').sentences.map((s) => [s.label, s.attributions.map((a) => a.source.kind)])).toEqual([['direct', ['named']]])
    expect(labels('Researchers reported in the journal Nature that the ice shelf was thinning.\n\nScientists wrote in Science that the fossil was 3 million years old.')).toEqual(['direct', 'direct'])
  })

  it('leave people who speak somewhere else, or at some time, vague', () => {
    expect(labels('Researchers reported in March that the ice was melting.\n\nScientists said in Geneva that the talks had failed.\n\nResearchers wrote in science journals that the ice was melting.')).toEqual(['reported', 'reported', 'reported'])
  })
})

describe('"states" before "that" and a determiner', () => {
  it('is the verb after a name or a document, whatever verb the clause has', () => {
    expect(labelAndCues('Lee states that no statute requires it.')).toEqual([['direct', [['states that', 'Lee']]]])
    expect(labelAndCues('The report states that every agency reviews its own claims.')).toEqual([['direct', [['states that', 'The report']]]])
  })

  it('is the noun after an article or a quantifier', () => {
    expect(labels('Several states that the candidate won were close.\n\nThe states that the storm hit declared emergencies.')).toEqual(['unattributed', 'unattributed'])
  })
})

describe('a habit of saying ("like to say", "love to point out")', () => {
  it('is what its subject says', () => {
    expect(labelAndCues('Skeptics like to say that the plan will fail.')).toEqual([['reported', [['say that', 'Skeptics']]]])
    expect(labelAndCues('Ortiz loves to point out that the river was cleaner in 1990.')).toEqual([['direct', [['point out that', 'Ortiz']]]])
    expect(labelAndCues('Supporters liked to argue that the plan worked.')).toEqual([['reported', [['argue that', 'Supporters']]]])
  })

  it('leaves a liking for what is no saying the author’s', () => {
    expect(labels('Residents like to walk along the river.')).toEqual(['unattributed'])
  })
})

describe('the British nations’ environment regulators', () => {
  it('are government bodies by their names', () => {
    expect(check('Natural Resources Wales said the river had burst its banks.\n\nThe Environment Agency warned of flooding in Yorkshire.').summary.sources.map((s) => [s.name, s.type])).toEqual([['Natural Resources Wales', 'government'], ['Environment Agency', 'government']])
  })
})

describe('a one-word name set off before its body’s noun and a participle of who owns or backs it', () => {
  it('is the body a later noun of its kind stands for', () => {
    expect(resolvedAs(/company/)('Zoox, the self-driving startup owned by Amazon, recalled 270 robotaxis. The company said the software had been fixed.')).toEqual(['Zoox'])
    expect(resolvedAs(/company/)('Cruise, a robotaxi company backed by General Motors, paused its service. The company said safety came first.')).toEqual(['Cruise'])
  })

  it('leaves a sentence’s opening word before a body that acts no name', () => {
    expect(resolvedOrWritten('Predictably, the union warned that it would strike.')).not.toContain('Predictably')
  })
})

describe('a listed firm named only as the maker of figures', () => {
  it('is no company a later "the company" stands for', () => {
    expect(resolvedAs(/company/)('Acme Corp reported earnings on Tuesday. Revenue was $5 billion, in line with LSEG estimates, the company said.')).toEqual(['Acme Corp'])
    expect(resolvedAs(/company/)('Brightline Foods posted a loss. Sales fell short of FactSet data, the company said.')).toEqual(['Brightline Foods'])
  })

  it('leaves a firm that acts a company', () => {
    expect(resolvedAs(/company/)('Acme Corp reported earnings on Tuesday. LSEG cut its forecast, the company said.')).toEqual(['LSEG'])
  })
})

describe('an embedded post’s signature naming a group’s account', () => {
  it('credits the post’s words above it, whatever kind of name it is', () => {
    expect(check('Grand Avenue businesses were never consulted. This plan will kill Main Street.\n— Grand Avenue Merchants (@GrandMerchants) March 4, 2025').sentences.map((s) => [s.label, s.attributions.map((a) => a.source.text)])).toEqual([['direct', ['Grand Avenue Merchants']], ['direct', ['Grand Avenue Merchants']], ['direct', ['Grand Avenue Merchants']]])
    expect(labels('The river is dying and nobody in power cares.\n— Friends Of The River (@SaveTheRiver) June 2, 2024')).toEqual(['direct', 'direct'])
  })

  it('leaves a dash line with no handle and no name a claim of the text', () => {
    expect(labels('The river is dying.\n— Residents Of Every Town Along It')).toEqual(['unattributed', 'unattributed'])
  })
})

describe('a tabloid’s pals', () => {
  it('are friends: unnamed people at large, or one definite friend with an owner', () => {
    expect(speakers('Star’s secret split: pals say couple drifted apart\n\nThe pop star has split from her boyfriend.', 'label')).toEqual([['reported', ['pals']], ['unattributed', []]])
    expect(speakers('A pal of the singer said the couple had drifted apart.', 'label')).toEqual([['reported', ['A pal of the singer']]])
    expect(speakers('Her pal said the couple had drifted apart.', 'label')).toEqual([['direct', ['Her pal']]])
  })
})

describe('an event’s name with its year before a headline’s colon', () => {
  it('is a label, no speaker of the quotation after it', () => {
    expect(speakers('Oscars 2025: ‘Anora’ wins best picture in upset night\n\nThe film won on Sunday.', 'label')).toEqual([['unattributed', []], ['unattributed', []]])
    expect(speakers('World Cup 2026: ‘The Team of Destiny’ heads to Boston\n\nThe squad landed on Monday.', 'label')).toEqual([['unattributed', []], ['unattributed', []]])
  })

  it('leaves a name before the colon the quotation’s speaker', () => {
    expect(speakers('Kim: ‘We will respond’\n\nThe statement came on Monday.', 'label')[0]).toEqual(['direct', ['Kim']])
    expect(speakers('Here’s Mayor Ana Ruiz in March 2019: “We will never close a library.”', 'label')).toEqual([['direct', ['Mayor Ana Ruiz']]])
  })
})

describe('a group’s wing', () => {
  it('speaks as a body, as its arm or unit does', () => {
    expect(check('Hamas’s armed wing claimed that several hostages had been killed.\n\nThe party’s youth wing said it would campaign.').sentences.flatMap((s) => s.attributions.map((a) => [a.source.kind, a.source.type]))).toEqual([['named', 'organization'], ['named', 'organization']])
  })

  it('leaves a building’s wing and a party’s right wing no speaker', () => {
    expect(speakers('The hospital’s new wing opened on Monday, officials said.\n\nCritics on the right wing of the party said the deal was a betrayal.', 'label')).toEqual([['reported', ['officials']], ['reported', ['Critics on the right wing of the party']]])
  })
})

describe('social-media handles', () => {
  it('name the account’s writer, alone or after a description, and keep their underscores', () => {
    const text = '@realDonaldTrump tweeted that the polls were rigged. Fox News host @seanhannity said the debate was unfair. “We will win,” @SenSanders wrote on Tuesday. The account @KCNA_news said the test succeeded. Write to press@example.org for details. She tweets @janedoe.'
    expect(labels(text)).toEqual(['direct', 'direct', 'direct', 'direct', 'unattributed', 'unattributed'])
    expect(check(text).summary.sources.map((s) => [s.name, s.type, s.mentions])).toEqual([
      ['@realDonaldTrump', 'person', ['@realDonaldTrump']],
      ['@seanhannity', 'person', ['Fox News host @seanhannity']],
      ['@SenSanders', 'person', ['@SenSanders']],
      ['@KCNA_news', 'person', ['The account @KCNA_news']],
    ])
  })
})

describe('flags', () => {
  it('raise single-source when one source carries more than half of at least three attributed claims', () => {
    const text = 'Mayor Ines Duarte said the tunnel was safe. Duarte said inspections were done. She said costs were on budget. Officials said the opening may slip.'
    expect(flag(text, 'single-source')?.message).toBe('Ines Duarte supports 3 of 4 attributed claims')
    expect(flag('Mayor Ines Duarte said the tunnel was safe. Officials said it may slip.', 'single-source')).toBeUndefined()
  })

  it('raise hedged-claims for claims that rest on hedges alone', () => {
    expect(flag('The striker is reportedly set to join Porto. The fee is said to be €40m.', 'hedged-claims')?.sentences).toEqual([0, 1])
  })

  it('count claims only: a comment box does not change the sourcing figures', () => {
    const body = 'The council approved the budget, the mayor said. Taxes will rise 2%.'
    const withFurniture = `${body}\n\nLeave a Reply\n\nYour email address will not be published.\n\nShare this:`
    expect(check(withFurniture).summary).toMatchObject({ claims: 2, direct: 1, unattributed: 1, attributedShare: 0.5 })
  })
})
