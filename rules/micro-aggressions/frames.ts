/**
 * Grammar frames that turn who someone is into the point of a remark: an identity word in a slot
 * where it explains, excuses, doubts or measures the person ("you're a girl", "you don't look
 * Jewish", "smart for a Black guy", "too pretty to be gay"). The frames carry the hidden message;
 * the identity words alone are neutral. The word classes (`<idadj>`, `<idnoun>`, …) are in
 * identity-words.ts.
 */
import type { MicroPhrase } from './phrases.js';

export const FRAMES: readonly MicroPhrase[] = [
  {
    kind: 'generalising',
    patterns: [
      // A whole group as the subject of a sweeping claim: "bisexuals are just…", "Asian parents are always…".
      '<idplural> are|r always|all|so|too|never|just|naturally|really|such|like|more|less|only|better|worse|usually|secretly|mostly|basically',
      '<idadj> <persons> are|r always|all|so|too|never|just|naturally|really|such|like|more|less|only|better|worse',
      // A concession that announces a judgement: "I love them even though they are…".
      'even though|although|though * are|is|am|was|were a|an? <idadj>',
    ],
    hidden: 'people are their group, and all alike',
    kinder: 'Speak about the person or the action in front of you, not a whole group.',
  },
  {
    kind: 'idiom',
    patterns: [
      // An identity or a condition used as a quirk or an insult: "she's SO bipolar", "such a girl".
      'he|she|they is|are|was|were just? so|such|really|very|totally|kinda|too|literally|extremely|super a|an? <idadj>',
      'is|are|am|was|were so|such|really|very|totally|kinda|too|literally|a|an <condition>',
      'such a|an girl|sissy|girly|woman|lady',
      'is|was|sounds|looks so|very|really|kinda|too|totally feminine|girly|unladylike', 'that|this|it is|was feminine|girly|unladylike',
    ],
    hidden: 'who someone is makes a fitting insult or joke',
    kinder: 'Say what you actually mean about what they did.',
  },
  {
    kind: 'othering',
    patterns: [
      // "you're a girl", "you're not really Asian": the identity offered as the explanation.
      '<you> are|r not? so|really|very|too|actually|just|only|basically|totally|still|half|part|even|almost|practically? a|an? <idadj>',
      '<you> are|r not? really|actually|just|only|still|even? a|an|the <idnoun>',
      // "Are you Chinese?" can be a sincere question; "are you even…" doubts the answer.
      'are <you> even|really|actually a|an|the? <idadj>', 'are <you> even|really|actually a|an|the <idnoun>',
      'are <you> a man or a woman|girl', 'the|some <idadj> in <you>', 'how <idadj> are <you>', 'how much <idadj> are <you>',
    ],
    hidden: 'who you are is the explanation for what you do',
    kinder: 'Talk about what they said or did; leave who they are out of it.',
    statementOnly: true,
  },
  {
    kind: 'othering',
    patterns: [
      // Looks and behaviour measured against an identity.
      '<you> do|does|did not|never look|seem|sound|act|talk|dress|behave like? a|an? <idadj>',
      '<you> do|does|did not|never look|seem|sound|act|talk|dress|behave like? a|an? <idnoun>',
      '<you> look|seem|sound|act|talk|dress|behave so|very|really|more|too|totally|kinda|half? like? a|an? <idadj>',
      '<you> look|seem|sound|act|talk|dress|behave like a|an <idnoun>|dude|man|guy|boy',
      'too * to be a|an? <idadj>', 'too * to be a|an <idnoun>',
    ],
    hidden: 'there is one right way to look or act like who you are',
    kinder: 'If it matters to the conversation, ask what they would like you to know.',
  },
  {
    kind: 'backhanded',
    patterns: [
      // "<praise> for a girl": the praise is measured against low expectations of the group.
      '<praise> for a|an <idnoun>', '<praise> for a|an <idadj> <person>', '<praise> at * for a|an <idnoun>',
      '<praise> for <your> age|size|race|kind|weight|background', 'so <idadj> of <you>', 'must be a|an <idadj> thing', 'such a|an <idadj> thing to say|do',
      '<praise> for a|an * girl|guy|woman|man|person|kid|boy|lady', 'so|very|really|pretty|quite|too * for a|an <idnoun>',
      'so|very|really|pretty|quite|too * * for a|an <idadj> <person>',
    ],
    hidden: 'people like you are not expected to be good at this',
    kinder: 'Give the compliment without the comparison: "you are really good at this".',
  },
  {
    kind: 'othering',
    patterns: [
      // Origin, language and family asked about or assumed because of how someone looks.
      'in <your> country|culture|religion|language', '<your> people', 'represent|representing <your> race|people|community',
      'do <you> speak chinese|spanish|mexican|arabic|japanese|korean|hindi|indian|african|asian|english',
      '<you> should have been born', 'were <you> born here|in', 'which one of <your> parents', 'which one of <you> is the',
      'what kind of <idadj>', '<you> are|r not like the|most other|others|rest',
    ],
    hidden: 'you are different from "us", and your difference is the first thing seen',
    kinder: 'Talk to them about what you were talking about, not about where they are from or what they are.',
  },
  {
    kind: 'stereotype',
    patterns: [
      // Gender roles assumed: who marries whom, whose job it is, whose fault harassment is.
      'marry a rich man|guy|woman', 'why are <you> still single', '<you> need|needs a husband|wife|boyfriend|girlfriend|man',
      'a|the man|woman|girl|guy|men|women|girls|boys|lady \'s job|work|place|thing|sport|game', 'wife material',
      'what were <you> wearing', 'boys will be boys', '<you> just? need to get laid',
      'let a|an girl|woman beat|tell|boss',
    ],
    hidden: 'there is one right way to be a woman or a man, and you are measured against it',
    kinder: 'Ask what they want instead of assuming it from their gender.',
  },
  {
    kind: 'othering',
    patterns: [
      // "Friends" and "normal" as the yardstick: "I have black friends", "than normal people".
      // Only the bare defence: "we have so many Indian friends coming over" tells who is coming.
      'i have|got|had <idadj> friends', '<you> have|got (so many|lots of|a lot of) <idadj> friends', 'some of my best friends are <idadj>', 'my best friend is <idadj> so',
      'racist|homophobic|sexist|transphobic|islamophobic i have|got|had a|an|two|some|many|lots? of? <idadj> friend|friends',
      'than|like|for|from|and normal people|persons|couples|kids|families|folks|men|women|girls|guys|ones',
    ],
    hidden: 'people like you are the exception, measured against a "normal"',
    kinder: 'Say what you mean about the people in front of you; nobody is the "normal" yardstick.',
  },
  {
    kind: 'condescension',
    patterns: [
      // Doubting someone's experience, age or place: "you don't have ADHD", "too young to know".
      '<you> do not really? have adhd|add|autism|depression|anxiety|ocd|aspergers|asperger|bipolar|ptsd',
      '<you> can not be depressed|autistic|disabled|sick|blind|deaf|bipolar|<idadj>',
      '<you> are|r too young to know|decide|have|understand|be', 'are <you> sure <you> belong|qualify', 'are <you> sure <you> are|r a|an? <idadj>',
      'is|was|looks|sounds so|really|totally gay|retarded|autistic',
    ],
    hidden: 'you are not the expert on your own life',
    kinder: 'Take their word for their own experience.',
  },
  {
    kind: 'stereotype',
    patterns: [
      // What a man or a woman "is" or likes, and how a real one behaves.
      'not much of a|an man|woman|lady|gentleman', 'a real man|woman|lady would|does|do|is|can|knows',
      '<you> * like a girl|boy|woman|lady', 'guy|girl|boy|girly movie|movies|colour|color|toy|toys|sport|sports|games|drink|drinks|show|shows',
      // Said of the whole group only: "my girls love cooking" is about two daughters.
      'all|most|typical boys|girls|men|women|guys|ladies like|love|prefer|want dolls|cars|trucks|pink|blue|sports|shopping|makeup|babies|cooking',
      'boys|girls|men|women|guys|ladies always|naturally like|love|prefer|want dolls|cars|trucks|pink|blue|sports|shopping|makeup|babies|cooking',
      // Losing to a girl as the joke, not as the news ("lost to a girl from Ipoh, she was brilliant").
      '<you> got|get|were beaten|outplayed|schooled by a|an girl|woman', 'imagine|lol|haha|ugh|lmao losing|lose|beaten to|by a|an girl|woman',
      'beaten|beat|outscored|outplayed|outsmarted|schooled|lost|losing|lose by|to a|an <idadj> <person>',
      'is he|she a|an man|girl|boy|guy|woman or a|an', 'he|she|they do|does not look like a|an girl|boy|man|guy|woman|lady',
      // Across gender only: "she looks like a girl boss" is no remark on her gender.
      'he looks|look like a|an girl|woman|lady|lesbian', 'she looks|look like a|an boy|man|guy|dude|lesbian',
    ],
    hidden: 'there is one right way to be a woman or a man, and you are measured against it',
    kinder: 'Say what you mean about the person, not about how well they fit a gender.',
  },
  {
    kind: 'othering',
    patterns: [
      // Essentialism and preference: "it's in their genes", "I only date…", "would never have guessed".
      'is|are in their genes|blood|dna', 'the|some <idadj> in him|her|them', 'colour|color of <your> skin',
      '(only|never|not|would not) date|marry|kiss <idadj> <persons>', 'attracted to <idadj> <persons>',
      '<idadj> <persons> eat|smell|talk|dress|drive|act like', '<idplural> eat|smell|talk|dress|drive|act like',
      'like|than other|most <idadj> <persons>', 'never|not have? guess|guessed|known|tell <you> are|r|were <idadj>', 'no one would ever guess|know <you> are|r|were <idadj>',
      'are|is <you> <idadj> because', 'why (can not|do not) <you> just speak english',
      'make|makes|made him|her|you|them gay|lesbian|trans|girly', 'girl|boy|female|male brain|brains', '<you> do not celebrate christmas',
    ],
    hidden: 'who you are decides what you are like, before anyone has met you',
    kinder: 'Let the person tell you what they are like.',
  },
  {
    kind: 'condescension',
    patterns: [
      // Dismissing the hurt instead of hearing it: "you're overreacting", "you get offended too easily".
      '(do not|stop) being? so|too sensitive|touchy|dramatic|emotional', '<you> are|r being so|too|over? sensitive|touchy|dramatic|emotional',
      '<you> are|r overreacting', '<you> get|got|getting offended|upset|triggered so|too easily', '<you> get|got|getting so|too over? offended|upset|triggered|emotional|defensive|worked',
      '(can not|cannot) <you> take a joke', 'can <you> not? take a joke', 'reading too much into',
      'not everything is about race|gender|racism|sexism',
      // Looks set against a job or a condition: "too pretty to be a doctor", "you don't look like you have…".
      '<you>|he|she are|r|is|was|were too pretty|cute|beautiful|hot|attractive|feminine|girly to be a|an? <idadj>|<idnoun>|engineer|doctor|scientist|programmer|mechanic|pilot|boss|ceo|nerd|gamer',
      'do|does not look|seem like <you>|he|she|they have|has a|an? <condition>|tourette|tourettes|autism|adhd|depression|anxiety|cancer|diabetes|dyslexia|ptsd|disability|illness',
    ],
    hidden: 'your feelings and your experience do not count',
    kinder: 'Take their word for how it landed, and ask what would help.',
  },
  {
    kind: 'othering',
    patterns: [
      // A person addressed or chosen as a member of a group: "you Asian girls", "gave it to a Black girl".
      '<you> half|part? <idadj> <persons>', 'true what they say about',
      'because of who <you> are|r', 'because of <your> race|gender|skin|ethnicity|colour|color|name|accent',
      'decent|nice|normal|civilised|civilized <idadj> <persons>', 'as <idadj> as <you>', 'blacker|whiter than',
      'gave|give|gives|giving (it|the job) to a|an <idadj> <person>', 'gave|give|gives|giving (it|the job) to a|an <idnoun>',
      'not into <idadj> <persons>', 'mail order bride', 'mail-order bride',
      '(can not|do not|does not) even? speak|understand english',
    ],
    hidden: 'you are seen as your group first, and as yourself second',
    kinder: 'Talk to the person and about the person, not about their group.',
  },
  {
    kind: 'stereotype',
    patterns: [
      // What a group "does", asked or assumed: "why do <group>…", "a Black person like you".
      '<idplural> treat their women|wives|kids',
      'a|an <idadj> person|guy|girl|woman|man|kid like <you>', 'thought|assumed|figured <you> were|was a|an? <idadj>',
      // A look or a habit marked by gender: "inappropriate for a boy". (Not "a female engineer": said
      // of a colleague who won an award, it is mostly plain description.)
      'inappropriate|unusual|weird|strange|odd|unnatural|normal for a|an boy|girl|man|woman|guy|lady',
      'a good wife|girlfriend|woman|housewife would|should|does|makes|knows', '(no man|no guy|men|guys) will|would not? ever? want|date|marry',
      'smile for me',
      '<your> homosexuality|gayness|transness', 'calm down|relax ladies|girls it|just was? a? joke|kidding', '(calm down|relax) ladies|girls|<pet> it is no|not a? big deal', 'get over|used to? it <pet>',
    ],
    hidden: 'a whole group is one way, and you are measured against it',
    kinder: 'Ask the person; do not assume from their group.',
  },
  {
    kind: 'condescension',
    patterns: [
      // Class, accent and disability as the measure: "not the right family", "I wish I had ADHD so…".
      '(can not|do not) hear|detect any|an accent', 'do|does not come from the right', 'a normal|proper|real|american|english name',
      'i wish i had|was|were adhd|add|autism|aspergers|dyslexia|depression|anxiety|ocd|disabled|deaf|blind|<condition>',
    ],
    hidden: 'your background, your speech or your condition is the yardstick others are measured by',
    kinder: 'Talk about the person and what they did, not where they come from or what they live with.',
  },
  {
    kind: 'othering',
    patterns: [
      // Skills, origins and labels assumed from a face: "you must know kung fu", "when are you going back".
      '<you> must|should|probably|surely|definitely know|speak|play|love|like|eat|cook|do <skill>',
      'when are <you> going back to <your> country|village', 'when are <you> going back to where <you> came from', 'how long have <you> been|lived in this country|america|canada|england|britain|australia',
      'when did <you> come|move to this country|america|canada|england|britain|australia', 'an oriental',
      'oriental girl|girls|woman|women|man|men|people|person',
    ],
    hidden: 'who you are is decided from how you look, before you say a word',
    kinder: 'Ask about the person only what you would ask anyone.',
  },
  {
    kind: 'condescension',
    patterns: [
      // Bodies treated as public business: "is that your real hair", "should you be eating that".
      'is that|it <your> natural|real hair', 'brave for wearing|going|showing', 'should <you> be eating',
      'do <you> really need to eat', 'do <you> really need another',
    ],
    hidden: 'your body is for others to judge',
    kinder: 'Leave their body to them.',
  },
];
