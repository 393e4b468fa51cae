/**
 * Phrases that threaten, wish harm, push someone toward self-harm, threaten to expose them, or
 * shut them out. Written in the phrase language of src/text/phrases.ts; `<you>`, `<your>` and
 * `<yourself>` are the word classes in index.ts.
 *
 * Guard: every violent verb needs a person as its object and an intent before it, so creator
 * slang such as "you killed it" or "you murdered this cover" never matches.
 */

export type HarassmentKind = 'selfHarm' | 'threat' | 'wishHarm' | 'unborn' | 'doxxing' | 'exclusion' | 'pileOn' | 'intimidation' | 'hostility' | 'sexual';

export interface HarassmentPhrase {
  pattern: string;
  kind: HarassmentKind;
  note: string;
  /**
   * Only when the phrase closes its clause: "nobody asked." dismisses, "nobody asked me to
   * come" does not.
   */
  endsClause?: boolean;
  /** Only as a clause of its own: "get lost." tells someone off, "a few words get lost" does not. */
  alone?: boolean;
}

const phrase = (kind: HarassmentKind, note: string, ...patterns: string[]): HarassmentPhrase[] =>
  patterns.map((pattern) => ({ pattern, kind, note }));

const closing = (kind: HarassmentKind, note: string, ...patterns: string[]): HarassmentPhrase[] =>
  patterns.map((pattern) => ({ pattern, kind, note, endsClause: true }));

const alone = (kind: HarassmentKind, note: string, ...patterns: string[]): HarassmentPhrase[] =>
  patterns.map((pattern) => ({ pattern, kind, note, endsClause: true, alone: true }));

/**
 * Threats are built from parts, so that a new phrasing of the same threat is caught too: someone
 * who means to do it or calls for it (an intent), then an act of violence on a person. "I'll",
 * "we're gonna", "ima", "someone needs to" before "break your jaw", "kill your dog", "beat him
 * up", "put you in the ground". Without an intent before it ("the fall could break your neck",
 * "police said he threatened to shoot") the act is not reported.
 */
/** Words that may stand between the intent and the act: "I will fucking kill you", "ima go hurt her". */
const INTENSIFIER = 'just|fucking|fuckin|literally|personally|gladly|happily|actually|really|go|come?';
/** What someone will do or will suffer: "you'll", "you're gonna", "she's going to". */
const FUTURE = 'will|gonna|are|is gonna|going? to?';
/** Who means to do it, or who is called on to. */
const VIOLENT_INTENTS = [
  `i|we will|would|could|can|might|shall|gonna|should ${INTENSIFIER}`,
  // "ill" and "id": I'll and I'd typed without the apostrophe.
  `ill|id ${INTENSIFIER}`,
  `i|we am|are gonna|gon|finna|tryna ${INTENSIFIER}`,
  `i|we am|are going|about|bout|fixing|trying to ${INTENSIFIER}`,
  `i|we wanna ${INTENSIFIER}`, `i|we want to ${INTENSIFIER}`, `i|we would love|like to ${INTENSIFIER}`,
  `imma|ima|finna|gonna ${INTENSIFIER}`,
  // Friends sent to do it: "my boys will jump you".
  `my boys|brother|brothers|friends|cousins|homies|crew|gang|dad ${FUTURE} ${INTENSIFIER}`,
  'someone|somebody|anyone|anybody|yall|everyone|everybody should|needs|need|has|must|gotta|ought|oughta|go to? go?',
  'we|yall should|gotta|must|oughta go?', 'we|yall need|have|ought to go?',
  "let 's|us all? go?", 'lets all? go?',
  // Coming to do it says the intent: "pull up and light you up", "find her and kill her".
  'pull|show|roll|run up and', 'come|go over|down there|here? and',
  'find|catch (<target>|her|them) and',
];
/** Verbs that hurt whoever they are done to; with a person after them they have no harmless reading. */
export const HARM_VERBS = 'kill|murder|stab|strangle|choke|rape|hurt|punch|slap|smack|bash|stomp|maim|torture|butcher|slaughter|lynch|behead|decapitate|shank|gut|pummel|batter|kidnap|assault|cripple|murk|poison|drown|suffocate|smother|whoop';
/**
 * The harm verbs that stay violent when "her" turns out to be a possessive: "kill her" and "kill her
 * dog" both threaten, but "hurt her feelings" and "slap her name on it" do not.
 */
const GRAVE_VERBS = 'kill|murder|stab|strangle|choke|rape|torture|lynch|behead|decapitate|shank|butcher|slaughter|kidnap|assault|poison|drown|suffocate|smother';
/** Verbs that hurt, but also win a game, take a photo or close a stream: "I'll destroy you in Mario Kart", "we can shoot you at noon". */
const CONTEST_VERBS = 'shoot|beat|destroy|end|cut|bury|wreck|smoke|finish|hit|jump|body|hang';
/** The parts of a body an attacker names: "break your jaw", "slit her throat". Never "back" ("crack your back"). */
export const BODY_PARTS = 'lights|jaw|neck|legs|leg|arms|arm|face|nose|teeth|skull|head|throat|ribs|fingers|knees|kneecaps|spine|eyes|tongue|brains|lip|lips|mouth';
/** Words that may stand before the body part: "your fucking legs", "your little neck". */
const BODY_WORDS = 'fucking|fuckin|stupid|ugly|little|pretty|whole|damn|fat|big';
/** Verbs done to a body part, as said and as "I'm breaking your legs". */
const BODY_VERBS = 'break|snap|smash|bust|bash|cave|kick|knock|rip|tear|cut|slit|stomp|blow|split|gouge|punch|slash';
const BODY_VERBS_ING = 'breaking|snapping|smashing|busting|bashing|caving|kicking|knocking|ripping|tearing|cutting|slitting|stomping|blowing|splitting|punching|slashing';
/** Family and pets a threat names: "I'll kill your dog", "hurt your little sister". */
export const KIN: readonly string[] = [
  'family', 'kids', 'kid', 'children', 'child', 'baby', 'son', 'daughter', 'mom', 'mum', 'mother', 'dad', 'father', 'parents', 'sister', 'brother',
  'wife', 'husband', 'girlfriend', 'boyfriend', 'gf', 'bf', 'dog', 'cat', 'pets', 'pet', 'puppy',
];
/** What a threat to "your" family or home names: "I'll kill your dog", "burn your car". */
export const PROPERTY = 'house|car|home|place|tires|windows|shop|store|crib|ride|truck|studio|office|apartment|flat|garage';

/** Acts that threaten with nothing after them: "i'll kill your dog", "someone should beat her up". */
const VIOLENT_ACTS = [
  `${HARM_VERBS} (<target>|<their> whole? <kin>)`,
  `${GRAVE_VERBS} her|them`,
  'find out? where (<target>|she|he|they) live|lives|sleep|sleeps',
  'pull up on|to (<target>|her|them) and shoot|blast|pop|smoke|stab|beat|jump|hurt|kill',
  `shoot|${HARM_VERBS} (everyone|everybody|them all|every single? one of you)`, `shoot|${HARM_VERBS} all of you|them`,
  `${BODY_VERBS} out|off|in|open? <their> ${BODY_WORDS}? ${BODY_PARTS}`,
  `put|shove|stick|drive my fist|foot|boot|knee|hand through|in|into|down <their> ${BODY_WORDS}? ${BODY_PARTS}`,
  'slap|knock|punch the taste out of? <their> mouth', 'rearrange <their> face',
  'smash|break|crack|hit *? *? over <their> head',
  'throw|push|toss (<target>|her|them) off|out|down|under a|the bridge|building|cliff|roof|window|stairs|train|bus',
  'leave (<target>|her|them) for dead', 'leave (<target>|her|them) in a|the ditch|woods|gutter',
  'break|snap|smash every bone in <their> body',
  'beat|kick|whoop|bust|tap <their> ass|butt|arse',
  'beat|knock|kick|slap|punch|choke|smack the shit|crap|hell|fuck|piss|snot|life|living daylights? out of (<target>|her|them)',
  ...['up|out|senseless|unconscious|bloody|until|till', 'half? to death', 'to a pulp', 'black and blue', 'so hard'].map((end) => `beat|knock|punch|kick|stomp (<target>|her|them) ${end}`),
  'hit|punch|slap|smack|kick|stab|shoot (<target>|her|them) so hard', 'hit|punch|slap|smack|kick|stab|shoot (<target>|her|them) in the|<their> face|mouth|teeth|head|throat|gut|neck|chest|eye|eyes',
  'put (<target>|her|them) in the|a hospital|ground|grave|coma|wheelchair|morgue|icu|ditch|casket|coffin|dirt', 'put (<target>|her|them) in a body bag',
  'put (<target>|her|them) six feet under',
  'run (<target>|her) over', 'set (<target>|her) on fire', 'burn|bury|skin (<target>|her|them) alive', 'beat (<target>|her) to death',
  'hunt|track (<target>|her|them) down', 'drag (<target>|her) by <their> hair|hair',
  'make (<target>|her|them) bleed|suffer|disappear', 'light (<target>|her|them) up', 'hang (<target>|her|them) from|by',
  'run up in|on <their>|(<target>|her|them)',
  'throw acid on|in|at (<target>|<their>)',
  'put|pop|bust|shove|stick|plant a|this|my|the bullet|cap|knife|blade|slug|hole in|through|into (<their>|<target>|them)',
  'shoot|blow up <their>|the|this|that school|office|church|mosque|synagogue|temple|mall|work|job|party|class|concert',
  `burn|torch|smash|trash|key|slash <their> ${PROPERTY}`, `blow up <their> ${PROPERTY}`,
  `burn <their> ${PROPERTY} down`, `burn|torch down <their> ${PROPERTY}`,
  'jump|rush|ambush (<target>|her|them) after|outside|tonight|tomorrow|when',
  'teach (<target>|her|them) a lesson <you> will|wo not|never forget|remember',
];
/** Acts that threaten only when they close the clause: "I'll end you." but not "I'll end you a copy". */
const CLOSING_ACTS = [
  `${CONTEST_VERBS} (<target>|her)`, `${HARM_VERBS} her`,
  // Harm that is not a blow: "I'll ruin your life.", "someone should teach her a lesson."
  'ruin|wreck|destroy|end <their> life|lives|career|family|marriage|reputation', 'teach (<target>|her|them) a lesson',
  'teach that|this girl|guy|boy|woman|man|kid|dude|bitch|clown a lesson',
  'make (<target>|her|them) regret (this|that|it)',
  // "I'll find you and make you pay." but not "I'll make you pay for dinner".
  'make (<target>|her|them) pay',
];

/** Dares that make what follows a threat: "keep talking and see what happens". */
const PROVOCATIONS = '(keep talking|say that again|try me|keep it up|do that again|say one more thing|one more word|post that again|touch me again|keep running <your> mouth|talk shit again|come near me again|say that to my face)';

/** Wishes, threats and acts said without a speaker: "you're a dead man", "your days are numbered". */
const VEILED_THREATS = [
  '<you> are|r a? dead man|woman|meat|boy|girl|bitch',
  '<you> are|r so|fucking? dead (when|if|once|after|the moment|as soon as)',
  '<your> days are numbered', 'count <your> days',
  '<you> (will|are gonna|are going to|wo not|will not|will never) see me|us coming',
  'what is coming to <you>', `<you> ${FUTURE} catch a|these bullet|fade|beating|hands`,
  `<you> ${FUTURE} end up in a (ditch|body bag|morgue|coffin)`,
  'find <your> body|corpse in|under|at|floating', 'find <your> corpse', '(when|once) they find <your> body',
  `<you> ${FUTURE} be found (dead|in pieces)`,
  'sleep|sleeping with the fishes', `<you> ${FUTURE} be six feet under`,
  `(<you>|<your> family|<your> kids) ${FUTURE} pay for this|that`,
  '<your> family|kids|children|mom|wife|husband (is not|are not|will not be|wo not be) safe',
  `${PROVOCATIONS} and see what happens`, `${PROVOCATIONS} and <you> ${FUTURE} get hurt`,
  `and|or <you> ${FUTURE} get|be shot|stabbed|jumped|beaten|beat|slapped|punched|smacked|murdered`,
  '(<target>|her) (will|wo not|will|are going to|are gonna)? never walk|talk|speak|breathe|wake again',
  '<your> whole? <kin> is|are dead', '<you> and <your> whole? <kin> are dead',
  'be waiting outside|at <your> school|house|home|place|work|job|condo|studio|office|flat|door|gym|car',
  '<you> (will not|wo not) be so brave|tough|cocky|loud when',
  `<you> ${FUTURE} end up like the last`, 'sleep with the lights on',
  '(<you>|she|he|they) better watch <their>|their back', 'when|once|if|till|until i|we get|put my|our hands on (<target>|her|them)',
  'catch (<target>|her|them) alone|slipping|lacking|outside', 'wait till|until i|we catch|find|get (<target>|her|them)',
  `someone|somebody ${FUTURE} hurt|kill|stab|shoot|beat|jump|murder <you>`,
  'i|we know what|which school|car|street|house|gym|bus|mrt|station|train|route|block|floor|unit|road <you>|<your>',
  '<you> better hope|pray i|we (never|do not|wo not) see|find|catch <you>', 'better hope|pray that? i|we (never|do not|wo not) (meet|cross paths)',
  'i|we am|are coming for <you>|<your>',
  'regret the day <you> were born',
  'make <your> life a? living? hell|nightmare|miserable',
  // Threats that name no act: "it would be a shame if something happened to your channel".
  'shame|pity if something|anything (happened|happens|were to happen) to <you>|<your>|it|them',
  '(would not|wouldnt) want anything|something (to happen|happening) to <you>|<your>|it|them',
  '(i am|im) (closer than <you> think|getting closer to <you>|getting closer to <your>)',
  'keep|better|always look|looking over <your> shoulder',
  '(nobody|no one) will ever? hear from <you> again',
  'shame if someone|somebody (ruined|hurt|broke|burned|damaged|messed up)',
  'something bad|terrible|horrible|awful (is going to|will|is gonna) happen to <you>',
  'something bad|terrible|horrible|awful (is going to|will|is gonna) happen to <your> family|kids|children',
  'i|we know where <your> house|home|school|kids|family|parents (is|are|live|lives|go|goes)',
  'hope <you> like|enjoy|love hospitals|hospital|wheelchairs|pain',
  '<your> family|kids|children|mom|parents|wife|husband should be worried|scared|afraid',
  'people like <you> (tend to|usually|always|often) (disappear|go missing|end up dead|get hurt)',
  `${FUTURE} get <their>|their head|face|teeth|skull kicked|smashed|bashed|caved|beat|beaten|knocked|blown|split|broken|busted|stomped`,
  'bring|bringing my gun|glock|strap|piece to (school|class|work|the office|<your>)',
  // Session 15's threats, by shape: their things harmed "by chance", what the writer knows of
  // their days, how they will leave, and what they will not live to see.
  '(would be|be) a? shame|pity|terrible|sad|awful if <your> <kin>|dog|cat|car|house|shop|tyres|tires|window|windows',
  '(do not|dont) be surprised if <your>|<you>', 'better lock <your> door|doors|windows|gate|car',
  'i|we know <your> gym|work|school|daily? schedule|routine|timetable|movements', '<your> address (is not|isnt) that|so? hard to find',
  'wait|waiting outside <your>', 'parked near|outside <your>', 'closer to <your> door|house|home|place',
  'tracking|following|watching where <you> go|live|stay|work', '<you> always end up at the same',
  'see if <you> go|get|walk|leave home? in one piece', '<you> will|ll be leaving|going home in an ambulance|a body bag',
  'leave|leaving in an ambulance|a body bag', '<you> * with a knife|gun|blade at|to <your> throat|head|neck', 'throw|throwing acid on|at|in <your>|<you>',
  'pour petrol|gasoline|kerosene|fuel on <your>', 'brick|rock|stone|bottle * through <your> window|windscreen|windshield',
  'enjoy <your> last few? days|weeks|months', '<you> (will not|wo not|are not going to|are not gonna) make it to <your> next birthday',
  'teach <you> a lesson with', 'shut <you> up, i will', 'run <you> over',
];

/** Veiled threats that end the clause: "…and you're done." but not "…you're done shopping?". */
const CLOSING_VEILED_THREATS = [
  `(keep posting|${PROVOCATIONS}) and <you> ${FUTURE} find out`, `<you> ${FUTURE} get what is coming`,
  '(when|once) i|we find|catch <you>', 'my knife|gun|blade|bat|fists is|are ready for <you>',
  `${PROVOCATIONS} and <you> are|r done|finished|dead|history`,
  'one more video|post|comment|stunt|word like this|that? and <you> are|r done|finished|dead|history',
  // "Next time I see you, you're done": a meeting, then what it will cost.
  '(next time|when|once|if) i|we see|catch|find <you> *? *? *? <you> are|r done|finished|dead|history',
];

/**
 * Sexual harassment is built from classes too, so that another verb, another body word or another
 * spelling of the same demand is caught: a demand ("send", "drop", "let me see") and a body part,
 * a body part and a sexual description, an intent and a sexual act. A body word alone is never
 * enough: "my boobs are too big for this dress", "breast cancer screening", "nice legs on that
 * chair" ask for nothing and describe no one else.
 */
export const SEXUAL_CLASSES = {
  /** Breasts, genitals and buttocks, as typed and in Malay: the words a sexual demand names. */
  intimate: new Set([
    'boobs', 'boob', 'boobies', 'booby', 'tits', 'titties', 'titty', 'tiddies', 'tities', 'nipples', 'nipple', 'nips', 'cleavage',
    'pussy', 'coochie', 'vagina', 'dick', 'cock', 'penis', 'booty', 'butt', 'buttocks', 'tetek', 'bontot', 'pantat',
    'breasts', 'jugs', 'melons', 'knockers', 'honkers', 'boobas', 'cooter', 'bussy', 'burit', 'pepek', 'puki', 'konek', 'weiner', 'schlong',
  ]),
  /** Body words that are sexual only with a sexual description: "those legs" alone is a table's. */
  figure: new Set(['body', 'legs', 'thighs', 'hips', 'curves', 'figure', 'lips', 'feet']),
  /** Descriptions that sexualise a breast, a genital or a behind: "her ass is so fat". */
  lewd: new Set(['big', 'huge', 'fat', 'thick', 'thicc', 'juicy', 'perky', 'round', 'bouncy', 'sexy', 'hot', 'massive', 'perfect', 'tasty', 'delicious', 'jiggly', 'phat', 'plump']),
  /** Descriptions that sexualise a whole body or a leg: never "strong", "long" or "fine". */
  lewdFigure: new Set(['sexy', 'thicc', 'thick', 'juicy', 'fuckable', 'bangable', 'smashable']),
  pics: new Set(['pic', 'pics', 'pix', 'photo', 'photos', 'picture', 'pictures', 'vid', 'vids', 'video', 'videos', 'selfie', 'selfies', 'snaps', 'clip', 'clips']),
  /** What makes a picture a sexual one: "feet pics", "bogel pic" (Malay: naked). Not "bikini", which hauls show. */
  lewdPics: new Set(['nude', 'naked', 'bogel', 'lewd', 'nsfw', 'spicy', 'sexy', 'thirst', 'dirty', 'naughty', 'feet', 'foot', 'boob', 'tit', 'titty', 'ass', 'butt', 'booty', 'topless', 'dick', 'cock', 'pussy']),
  /** Ways to ask for a picture or a look; not "give" or "text", too common to tell anything. */
  demand: new Set(['send', 'sen', 'snd', 'post', 'drop', 'upload', 'dm', 'snap', 'show', 'flash', 'share', 'gimme']),
};

/** Who a sexual remark is about, or what it points at: "your", "her", "those", "that", "dat". */
const POINTED = '<their>|those|them|that|dat|ur|ya';
/** Intensifiers between a body word and its description: "is so fat", "so big sia", "are hella thick". */
const SO = 'is|are|r|look|looks|be? so|damn|really|hella|sooo|very|fucking|fkn|super?';

function sexualPhrases(): HarassmentPhrase[] {
  const asks = 'asks for sexual pictures or acts nobody offered';
  const remarks = 'makes a sexual remark about someone\'s body';
  return [
    ...phrase('sexual', asks,
      `<demand> me|us? ${POINTED}|some|the|more|a? <intimate>`,
      `(let me|lemme|can i|could i|may i|i wanna|wanna|want to|need to|gotta) see|touch|grab|squeeze|feel|suck|lick ${POINTED}? <intimate>|ass|arse`,
      `<demand> me|us? a|some|the|more|<your>|ya? <pics> of ${POINTED} <intimate>|ass|arse|feet|thighs`,
      `<demand> me|us? a|some|the|more|<your>|ya|those|them? <lewdPics> <pics>|nudes`,
      `<demand> me|us? the|those|some|more|<your>|ya|them? nudes|noods`,
      '<demand> me|us? something|smth|sth|anything naughty|dirty|sexy|nsfw|lewd',
      '<demand> me|us something|smth|sth spicy tonight|later|privately|just|only',
      '<pics> of <you> twerking|undressing|stripping|naked|nude|topless|showering',
      `<pics> of ${POINTED} <figure>|ass|butt in <your>|the|a|some? bra|underwear|undies|panties|lingerie|thong|stockings|fishnets`),
    ...closing('sexual', asks, '<demand> me|us? the|a|<your>? nude|nood'),
    ...phrase('sexual', remarks,
      `${POINTED} <intimate>|ass|arse|rack ${SO} <lewd>`,
      `${POINTED} <figure> ${SO} <lewdFigure>`,
      '<intimate>|<figure>|ass|arse is|are|was|were|r? made|built for sex|fucking|breeding|riding|sucking|porn',
      '<intimate>|<figure>|ass|arse is|be calling|callin my name',
      `${POINTED} <intimate>|<figure>|ass is|are the only? reason i|we watch|follow|subscribed|clicked|came`,
      `rate|rating|give ${POINTED} body|ass|booty a|an? 10|ten|11|100`,
      'legs|thighs (need to be|needs to be|would look good|would look better|should be|belong)? wrapped|wrap around me|my',
      `a|such|what|${POINTED} sexy|fuckable|bangable|smashable|thicc|juicy body|figure|ass|legs|thighs|curves|booty|butt`,
      // Strangers steering a creator's body: "bend over like that again".
      '(come|come and|wanna|want to|you can|u can) sit on my lap|face', 'bend over (like that|again|for me|for us)',
      'turn around and show (us|me)', 'see <you> without (the camera|clothes|your clothes|that top|that dress)'),
    // "next time wear less", but not "wear less makeup".
    ...closing('sexual', remarks, 'wear less|nothing next time', 'next time wear less|nothing'),
    ...closing('sexual', remarks,
      'nice|great|sexy|juicy|thicc|perfect|perky|phat ass|booty|butt|rack',
      'nice|great|sexy|big|huge|juicy|perfect|perky tits|boobs|titties|boobies|tetek|cleavage|pussy'),
    ...phrase('sexual', 'propositions someone for sex',
      '(wanna|tryna|down to|want to) hook up tonight|later|privately',
      'good|great|fun|best time in bed',
      'my|this dick|cock|penis in|around|inside|down <your>|her|<you>',
      'around|in|inside|on|down my|this dick|cock|penis',
      'suck|jerk|jack me|him|<you> off',
      'ride my|this dick|cock|face', 'suck|lick my|this dick|cock|balls'),
    ...closing('sexual', 'propositions someone for sex', 'come|pls|please|just|now|wanna|gonna|then|can|lemme ride|suck|lick me'),
    ...phrase('sexual', 'sexualises someone who did not ask',
      'jerk|jerked|jerking|jack|jacked|jacking|beat|beating off to|over|while|watching|thinking <you>|<your>|her|ur|this|that|ya|about|of',
      'wank|wanked|wanking|fap|fapped|fapping|nut|nutted|cum to|over|while|watching <you>|<your>|her|ur|this|that|ya',
      'touch|touched|touching|pleasure|pleasured|pleasuring myself to|when|while|every|thinking|watching|over|about'),
    ...phrase('sexual', 'asks about someone\'s sex life',
      'how many guys|men|dudes|boys|people|girls|partners|bodies have|has|did <you>|she|her (slept with|been with|fucked|banged|shagged|smashed|hooked up with)',
      'are|r <you> still? a virgin', '<you> spit or swallow', '(how is|hows) <your> sex life'),
    ...closing('sexual', 'asks about someone\'s sex life',
      'do|did|would <you> swallow|deepthroat|squirt', '<you> have|had|having sex|anal', '<your> body count'),
    ...phrase('sexual', remarks,
      '<you>|she|her|is|are|r|so|look|looks|totally|hella fuckable|bangable|smashable|rapeable|breedable',
      '(such a|what a|total|certified|hot|real) milf|gilf|dilf', 'freak|beast|animal in the sheets', 'smash or pass', 'pass or smash',
      'look|looks better|good|hotter without (that|<your>|a|the|any)? shirt|top|bra|clothes|dress|towel|pants|skirt|clothing',
      'look|looks good|better|great on <your> knees'),
    ...closing('sexual', remarks, 'would|def|definitely|totally smash'),
    ...phrase('sexual', asks,
      'what is under|underneath that|<your> dress|skirt|shirt|top|towel',
      'show|showing|showed|shows|flash|reveal (some|more|a little|a bit of) skin|cleavage|boob|tit|underboob',
      'wear|wearing something|a|less more? revealing|skimpy',
      '<you>|she should|could|gotta|need|ought to? start|make|open|join|do an|a? onlyfans|fansly|porn|porno', '<you> have|got an|a onlyfans|fansly',
      'face|body|lips|mouth (made|built)? for porn|onlyfans|sucking|riding',
      'pay (<you>|her)? for|to (see|get)? <your>|a|some|those? nudes|noods|feet|panties|underwear|private',
      '(give me|gimme|give us) a|some bj|blowjob|handjob|lap dance',
      '(wanna|want to|let \'s|lets|down for|dtf|up for) a|some? threesome|blowjob|bj|anal|69|quickie',
      '<you>|she give|gives good|great|the best? head|bj|blowjob|handjob', '<you>|she dtf',
      'come|pls|please|just|now|wanna|gonna|then sit on my lap|dick|cock'),
    ...phrase('sexual', 'sexualises someone who did not ask',
      'got|gets|getting|makes|made|make|making me|us so|really|fucking? horny',
      'horny for|over|watching|looking <you>|<your>|her|this|ur|at', 'wet for <you>',
      'gave|got|give|giving|getting me? a boner|erection|stiffy|hardon',
      'lick|kiss|taste every inch of <you>|her|ur|<your>',
      'cum|nut|jizz on|in|inside|all <your>|her|<you>|that|dat|over'),
    // Not "got me so hard" or "so wet": a workout and the rain do that too.
    ...closing('sexual', 'asks for sexual pictures or acts nobody offered', 'what are|r <you> wearing under|underneath'),
    ...closing('sexual', 'blames someone for harassment they did not ask for', '<you>|she|they are|is|was|were|r just? asking|begging for it'),
    ...phrase('sexual', remarks,
      'what <you>|she|her look|looks like (naked|nude|topless|underneath|without clothes)',
      '<you>|she|he|u must|would|gotta|bet|look|looks|are|r be? so? fun|wild|amazing|nasty|kinky|freaky|good|great in (bed|the sheets)',
      'because|cause|cuz|coz|bc of <their>|her|those|that <intimate>|cleavage|ass|rack',
      `hands|mouth|lips|tongue (on|all over) ${POINTED}|her <intimate>|ass|chest|body|curves|thighs|hips`,
      `my face in|between ${POINTED} <intimate>|chest|cleavage|thighs`,
      `zoom|zoomed|zooming in on ${POINTED} <intimate>|chest|cleavage|ass|crotch|thighs`,
      `${POINTED} <intimate>|ass are|is|r? bouncing|jiggling|bounce|jiggle|jiggles|bounces`,
      `thinking|think|dreaming|dream about ${POINTED} <intimate>|ass|curves`,
      'up <your>|her|that skirt|dress'),
    ...closing('sexual', remarks, 'because|cause|cuz|coz|bc of <their>|her chest'),
    ...phrase('sexual', asks,
      'are|is <you>|she|her wearing any|a? underwear|panties|bra', 'how much for|to? a|your|the? private show|dance', 'how much for a|the|one night|hour',
      'wanna|want|see|seen|taste|touch|suck|sent|send my dick|cock|penis|junk', 'my dick|cock|penis pic|pics|photo|photos',
      'what i|we would do to <you>|her|that|dat|<your> body', 'let me be <your> daddy',
      '(wanna|want to|like to|love to|anything to|gonna) sleep with <target>|her'),
    ...phrase('sexual', remarks,
      '<you>|she|her look|looks|are|is|r so|damn|fucking|hella|very? thicc|thiccc',
      'those|them|dat|that <intimate>|ass|thighs|hips|curves tho|though|doe',
      'tits|boobs|titties|boobies|tetek out', 'tits|boobs or gtfo', '(spank|wank) bank', 'fap|jerk|wank|spank material',
      '<you>|she|her belong|belongs on pornhub|onlyfans|porn', '<you>|she should be on onlyfans|pornhub|fansly'),
    ...phrase('sexual', asks,
      'what time do <you> open|spread them|those|<your> legs', 'take|takes|taking it all off',
      'open|spread (<your>|those|them|ur)? legs for me|us', 'spread for me|us',
      `${POINTED} used|worn panties|underwear|undies|thong|socks`, `smell|sniff ${POINTED} panties|underwear|seat`,
      '<target>|her sit|sitting|ride|riding on my face|dick|cock',
      '(go|come) to? a|the|my? hotel|motel with me', 'pay|paying|pays good? money|anything|extra to see <you>|her|<your>'),
    ...phrase('sexual', remarks, `${POINTED} <intimate>|ass look|looks amazing|incredible|delicious|tasty|juicy|perfect`),
    ...phrase('threat', 'threatens sexual violence', `<you>|she ${FUTURE} get|be raped|groped|molested`),
  ];
}

/** What someone means to do to another's body, joined to an intent: "I'd bend her over", "I want to grab your ass". */
const SEXUAL_ACTS: HarassmentPhrase[] = [
  // Never "hit it" or "tap it": "let's hit it!" starts a song.
  ...closing('sexual', 'propositions someone for sex', 'fuck|rail|bang|smash|pound|breed|smesh|hit|tap|taste|lick <target>|her', 'hit|tap that|dat', 'ruin|wreck|destroy <target>|her in bed'),
  ...phrase('sexual', 'propositions someone for sex', 'hit|tap that|dat so? hard|raw|tonight|good', 'hit|tap that|dat (from the back|all night)'),
  ...phrase('sexual', 'propositions someone for sex',
    'fuck|rail|bang|pound|breed <target>|her so|hard|senseless|silly|raw|tonight|until|till|good|against|from|on|in',
    'bend <target>|her over', 'make <target>|her suck|ride|blow|moan|swallow|gag|squirt|cum|scream',
    'put|putting a baby in <target>|her', 'do things|stuff to <target>|her', 'get? <target>|her in|into my bed|sheets', 'treat|do <target>|her right|good|well? in bed', 'knock <target>|her up', 'get <target>|her pregnant', 'sleep with <target>|her', 'eat <their>|her|that|dat ass|pussy|booty|out',
    `grab|squeeze|grope|smack|slap|spank|lick|suck|bite|touch|motorboat|fondle ${POINTED} <intimate>|ass|arse|thighs`,
    `touch|feel|grab|lick|kiss ${POINTED} body|curves|hips`),
  // "I'd destroy your ass in chess" is a game.
  ...closing('sexual', 'propositions someone for sex', `destroy|wreck|ruin|pound|smash ${POINTED} <intimate>|ass|arse`),
  ...phrase('threat', 'threatens sexual violence', 'grope|molest <target>|her'),
];

/**
 * Who means to do it, and what they would do: the rule joins an intent to the act right after it
 * (PhraseMatcher.matchAt), so every intent reads with every act without compiling each pair (the
 * pairs were ~2,000 patterns, and compiling them cost every run 40 ms of start-up).
 */
export const THREAT_INTENTS: readonly string[] = VIOLENT_INTENTS;
export const THREAT_ACTS: readonly HarassmentPhrase[] = [
  ...phrase('threat', 'threatens violence', ...VIOLENT_ACTS),
  ...closing('threat', 'threatens violence', ...CLOSING_ACTS),
  ...SEXUAL_ACTS,
];

function violentActs(): HarassmentPhrase[] {
  return [
    ...phrase('threat', 'threatens violence',
      `i|we am|are ${BODY_VERBS_ING} <their> ${BODY_WORDS}? ${BODY_PARTS}`,
      // Not "killing", "shooting" or "slapping": "I'm killing you in this game", "I'm shooting you a message".
      'i|we am|are stabbing|strangling|murdering|choking|drowning|suffocating <target>',
      // Singlish and other bare present threats: "I snap your neck, lah".
      `i|we ${BODY_VERBS} <their> ${BODY_WORDS}? ${BODY_PARTS}`),
    ...closing('threat', 'threatens violence', '<you> are|r next', 'get ready to die', '<you> (will|wo not|will not|will never) see it coming'),
    ...phrase('intimidation', 'tries to make someone afraid', ...VEILED_THREATS),
    ...closing('intimidation', 'tries to make someone afraid', ...CLOSING_VEILED_THREATS),
    ...phrase('wishHarm', 'wishes violence on someone',
      'hope someone|somebody breaks|snaps|smashes <their> jaw|neck|legs|face|skull', 'hope someone|somebody runs <person> over',
      'hope someone|somebody sets <person> on fire', 'hope someone|somebody sets|burns <their> house|car on? fire|down',
      'hope someone|somebody throws acid',
      'they|she|he|them should all? be|get shot|killed|hanged|hung|beaten|stabbed|lynched|executed',
      '(want to|wanna|would love to|can not wait to|hope to) see|watch (<target>|her|them) bleed|suffer|die|burn|choke',
      `hope <their> ${PROPERTY} burns|burn|explodes|blows|catches`),
  ];
}

export const HARASSMENT_PHRASES: readonly HarassmentPhrase[] = [
  ...phrase('selfHarm', 'tells someone to kill themselves',
    'kys', 'kyss', 'kill <yourself>', 'kill <your> self', 'unalive <yourself>', 'unalive <your> self',
    'go die', 'go and die', 'just die', 'go unalive', 'hang|gas <yourself>', 'drink bleach', 'slit <your> wrists',
    'jump off a bridge|building|cliff|roof', 'end <your> life', 'end <yourself>', 'off <yourself>',
    'do (everyone|us|the world) a favor|favour and die|disappear|leave', 'neck <yourself>', 'rope <yourself>'),
  ...phrase('selfHarm', 'tells someone their life is worth nothing',
    'world|everyone would be better off? without <you>', '<you> do not deserve to live|exist',
    '(nobody|noone|no one) would|will miss <you>', '<you> should not exist', '<you> should not be alive',
    'why are|r <you> still alive|breathing', '<you> would|are|r? be? better off dead', 'world|everyone|earth is better off without <you>',
    // Never 'end it all' alone: "I want to end it all" is someone in crisis, not an attack.
    '<you> should just? end it all', 'just|go end it all', 'take a long walk off a short pier', 'go|just overdose', 'hope <you> relapse|relapses|overdose|overdoses',
    'cut deeper (next time|this time)'),
  ...closing('selfHarm', 'tells someone to hurt themselves', 'cut deeper|harder'),
  ...phrase('wishHarm', 'wishes harm or death on someone',
    'hope <you> die|dies|suffer|rot|choke|crash', 'hope <you> get|gets cancer|hit|shot|stabbed|killed|hurt|run',
    'hope <your> family|mom|kids dies|die|suffer',
    'hope <your> channel|account|career|business|page|brand dies|flops|fails|tanks|crashes|burns', 'hope <your> channel|account|career|page gets banned|deleted|terminated|cancelled|canceled', '<you> should die', '<you> deserve|deserves to die|suffer',
    '<you> should be shot|killed|hanged|hung|beaten', 'die in a fire', 'rot in hell', 'drop dead',
    'someone should kill|shoot|hurt|stab <you>', 'wish|wished <you> were|was dead', 'wish|wished <you> would die', 'wish|wished <you> (had|have|would have)? died'),
  ...phrase('wishHarm', 'wishes violence on someone',
    'hope someone|somebody kills|rapes|shoots|stabs|murders|hurts|beats|strangles <you>|her|him',
    'hope <you> get|gets raped|murdered|beaten', 'hope she|he get|gets raped|killed|shot|stabbed|murdered|beaten',
    '<you>|she|he|they deserve|deserves|need|needs to be|get raped|killed|shot|stabbed|murdered|beaten|hanged|hung|hurt|tortured|burned|burnt|lynched|executed|stoned',
    '<you>|she|he|they|streamer|influencer|bitch deserve|deserves a bullet|beating', 'should all? be lined up and shot',
    'hope <you> fall|falls off a|the building|cliff|bridge|roof|balcony|stairs',
    '<you> should be raped|stabbed|murdered', '<you> should get shot|killed|raped|stabbed|beaten'),
  ...phrase('wishHarm', 'wishes someone would disappear',
    'hope <you> (disappear|vanish|go away)', '(nobody|no one) would|will even? notice|care if <you> were|was|died|disappeared|left',
    'this|the world does not need <you>', 'world|earth|everyone|we|family would|will all? be better|happier off? if|without <you>',
    'internet|app|platform|world|timeline|feed (was|is|would be) better|happier|nicer without <you>',
    '(nobody|noone|no one) would|will even? notice|care <you> were|was|are gone|missing|dead', 'please|just|pls disappear'),
  ...phrase('wishHarm', 'wishes someone\'s work or living would fail',
    'hope|hoping|pray|praying|wish|may <your>|this next? channel|account|career|business|page|video|podcast|brand flops|flop|fails|fail|dies|die|tanks|tank|crashes|crash|bombs',
    'hope|hoping|pray|praying|wish|may <your>|this next? channel|account|career|business|page|video|podcast|brand gets|get|kena banned|ban|deleted|demonetized|demonetised|terminated|zero',
    'hope|hoping|pray|praying|wish|crossed <you> get|gets demonetized|demonetised|banned|cancelled|canceled|fired|dropped|broke|doxxed',
    'watch <your> damn|whole? career|channel|account|life crash|burn|die|fall|end|collapse', 'algorithm buries|bury <you>',
    'everything <you> touch|touches falls|fall apart|fails|dies',
    'wait for the day <your> sponsors|fans|followers|subscribers drop|leave|unfollow', 'hope every|all|the brand|brands|sponsor|sponsors <you> work|works with',
    '<you> will|ll lose all|every <your> followers|fans|subscribers|sponsors', 'wish|hope <you> lose|lost everything', 'hope|hoping|praying|pray <your> business|shop|brand|followers bankrupt|close|unfollow|fail|fails|leave',
    'algorithm is burying|buries <you>', '<you> deserve|deserves (every bit of)? the|all the? misery|hate|pain|suffering|failure'),
  ...phrase('unborn', 'wishes someone had never been born',
    'wish <you> had|were|was|would? have? never|not been? born', 'wish <you> had|would never existed|exist',
    '<you> should|shouldve have? never|not have? been born', '<you> should have been aborted|swallowed',
    'if <you> were|was|had never|not been? born', 'if <you> never existed', 'shame|pity <you> were|was ever? born',
    'why were|was <you> even|ever? born', '<you> being born was', 'wish <your> parents|mom|mother|dad|father had? never met',
    '<your> parents|mom|mother|mum|dad|father should have|of|have aborted|swallowed|stopped|kept|pulled|used',
    '<your> parents|mom|mother|mum|dad|father must|probably|secretly|sure? regret|regrets having|raising <you>',
    '<your> parents|mom|mother|mum|dad|father did not stop|abort|swallow', 'pity <your> mother|mom did not',
    '<your> birth|existence was|is a mistake|tragedy|accident', '<you> were|are a|an mistake|accident',
    'the reason some people should not have kids', '<you> are a waste of a birth',
    '(nobody|noone|no one) wanted <you> to be born', 'world|earth|everyone was|were better|happier before <you> (were born|was born|came along)',
    // Session 15, from the shapes of the blind never-born set of session 14: the parents' other
    // choices, the birth regretted after it is named, and no person at all when it answers one.
    '<your> parents|grandparents|mom|mother|mum|dad|father really|just? (should have|should of|shouldve|had) never met',
    '<your> parents|grandparents|mom|mother|mum|dad|father really|just? (should have|should of|shouldve) adopted',
    '<your> parents|grandparents|mom|mother|mum|dad|father really|just? (should have|should of|shouldve|had) stayed single|celibate|childless',
    '<your> parents|grandparents|mom|mother|mum|dad|father really|just? (should have|should of|shouldve|had) got|gotten a cat|dog|pet',
    '<your> parents|grandparents|mom|mother|mum|dad|father (should have|should of|shouldve) just? gone|went to sleep|bed early',
    '<your> whole? birth|existence was|is a|an? mistake|tragedy|accident|error', 'the day <you> were|was born was a? tragedy|mistake|curse|disaster',
    'better if <you> had|would? never happened|existed', 'better for everyone|everybody|all|us if <you> had|would? never happened|existed',
    'better if|for everyone if <you> had|would? never came|come along',
    'who allowed|let <you> to? be born', 'if <you> would|had never been born',
    'months wasted on <you>', 'mistake creating|making <you>', 'wish she|he|they never had <you>', 'should have|shouldve sent <you> back',
    'pregnancies|pregnancy should never have happened', 'pregnancies|pregnancy should not have happened', 'gave birth to <you> owes'),
  ...closing('unborn', 'wishes someone had never been born', 'should|shouldve have? never|not have? been born'),
  ...phrase('threat', 'threatens violence',
    'kill|shoot|hang|gas|nuke|burn|bomb them all', 'kill all of them',
    'punch|slap|smack|kick <you>|her|him in the face|mouth|teeth|head|throat'),
  ...violentActs(),
  ...phrase('threat', 'threatens violence',
    '<you>|she|he|they should|gonna|need|needs|deserve|deserves to? get jumped', 'should be lined up and shot|killed',
    'line them|<you> up and shoot|kill', 'catch these hands'),
  ...phrase('doxxing', 'threatens to expose where someone lives or their private details',
    'i|we know where <you> live|lives|work|sleep|film|films|shoot|stay|study|train', 'i|we know <your> address',
    'leak|post|share|find <your> address|number|phone|info|nudes|location|ip',
    'dox|doxx|doxxing|doxing <you>', 'show|turn up at <your> house|door|school|work|job|place'),
  ...closing('exclusion', 'shuts someone out of the conversation',
    '(nobody|noone|no one) asked|cares', 'who even? asked <you>?', 'i did not ask'),
  ...alone('exclusion', 'shuts someone out of the conversation', 'get lost'),
  ...phrase('exclusion', 'shuts someone out of the conversation',
    '(nobody|noone|no one) likes <you>', 'everyone|everybody hates <you>', 'we all hate <you>',
    'delete <your> account|acc|channel|app|page|tiktok|instagram', 'get off the internet|app|platform',
    '<you> have|got no friends', '(nobody|noone|no one) will ever love <you>',
    '(nobody|noone|no one) wants <you> here', 'go back under <your> rock',
    'crawl back under|into <your>|a|the|whatever|that rock|hole', 'back to|under|into whatever|the|that rock|hole <you>? crawled|came|climbed out|from'),
  ...phrase('exclusion', 'tells someone they are not wanted here',
    '(nobody|noone|no one) asked for|about <your>', '(nobody|noone|no one) asked <you> to',
    // Singlish keeps the verb bare: "nobody ask you".
    '(nobody|noone|no one) ask|asks <you>', '(nobody|noone|no one) want to see|hear|watch <your>|<you>', '(nobody|noone|no one) watches this|you',
    'go find|get a real job', 'time to give up', 'quit while <you> (still have|can|are ahead)', 'go back to <your> day job', 'delete the app and',
    '(world|nobody|no one) would not|wouldnt even? notice if <you>',
    '(nobody|noone|no one) cares|cared what|about <you>|<your>', '(nobody|noone|no one) is interested in <your>|what|anything',
    '(nobody|noone|no one) wants|wanted to see|hear|watch|read <your>|<you>|from|those|this|that', '(nobody|noone|no one) wants|wanted <your>',
    '(nobody|noone|no one) wants <you> in|around|on|here', '(nobody|noone|no one) watches|likes|reads <your>',
    'we|they do not want <you>', '<you> are|r not welcome|wanted here|in', '<you> do not belong here|in',
    // Their work or face, not "stop posting your live location".
    'stop|quit posting|uploading|making|showing <your> face|videos|vids|content|trash|garbage|crap|cringe|stuff|songs|covers|music|art|opinions|takes|nonsense|bullshit|shit',
    'stop|quit making videos|content',
    'leave the internet|app|platform|group|community|fandom|server', 'just quit the internet', 'get off this|my app|platform|page|channel',
    'go away and (never|do not) come back', 'shut up and (leave|go away|log off)',
    '<you> should|need to|needs to just? quit youtube|tiktok|instagram|twitch|streaming|singing|rapping|dancing', 'leave and (never|do not) come back', 'log off (forever|for good|and never)',
    'take <your> channel|account|page|videos down', 'do us all a favor|favour and stop|leave|quit|disappear',
    // Session 14's blind exclusion set: a place that was fine before them, unwanted, uninvited.
    '(was|were) (better|fine|peaceful|nicer|happier) before <you> joined|came|arrived|showed|started', '<you> are|r unwanted',
    '<your> presence (here|is) unwanted|not', '<your> presence here is unwanted|not',
    '(we|everyone|everybody) (was|were) all? fine|better|happier without <you>|<your>', '<your> (opinion|opinions|takes|thoughts) (not|are not|is not) needed|wanted|welcome',
    '(this space|this place) is not for <you>', '<you> are|r not part of this|our', '(do not|dont|never) ever post again',
    'stop showing up on|in my', '(no one|nobody|noone) (here)? wants to hear from <you>', '(no one|nobody|noone) was waiting for <your>'),
  // The same, that must close their clause: "take the hint." but not "take the hint from the chef".
  ...closing('exclusion', 'tells someone they are not wanted here',
    'until <you> showed|turned up', 'who (even|ever)? let <you> in|into this|here',
    'see <yourself> out', 'take the hint', 'stay offline|gone'),
  ...closing('exclusion', 'tells someone they are not wanted here',
    'this|the platform|app|internet|community|fandom|industry does not need <you>',
    'stop|quit posting|uploading|streaming', 'stop|quit making videos|content', 'just|please leave'),
  ...phrase('pileOn', 'calls on others to join in against someone',
    'mass report|reporting|flag|dislike|unfollow|block',
    'everyone|everybody|yall|guys|us all? go? report|spam|flood|raid|harass|bully|ratio|dogpile|roast|unfollow|troll|expose|cancel|dislike',
    'everyone|everybody|yall|guys go to|on her|his|their page|profile|channel|account|comments|stream', 'go comment on her|his|their',
    'lets|let all? go? report|spam|flood|raid|harass|bully|ratio|dogpile|roast|ruin|expose|cancel|unfollow|troll|destroy|dislike',
    "let 's|us all? go? report|spam|flood|raid|harass|bully|ratio|dogpile|roast|ruin|expose|cancel|unfollow|troll|destroy|dislike",
    "let 's|us all? get|make her|him|them|sure|this",
    // A single person as the target: "go spam their inbox until they reply" may be a company's.
    'go report|spam|flood|raid|harass|bully|troll|roast her|him|his', 'go harass|bully|troll',
    // "until they reply" asks for an answer; "until she quits" drives someone out.
    'report|spam|flood|harass|roast|reporting|spamming her|him|them|his|their|this *? *? until|till|til she|he|they|it|the|his|her|their *? quits|quit|leaves|leave|deletes|delete|cries|cry|is|gets|logs|goes|disappears|stops|gives|breaks', 'raid|flood|spam her|his|him',
    'get|make her|him|them|this|that|his|their account|channel|page|guy|girl? banned|cancelled|canceled|fired|suspended|deleted',
    'bully|harass|chase her|him|them off|out', 'send her|him|them hate|messages|threats', 'leave|send hate on|to',
    'flood|spam her|his comments|inbox|dms|page|mentions|stream', 'make <your>|his|her|their life hell',
    'ruin her|his|their career|life|reputation', 'expose her|him|them to', 'call his|her|their work|boss|employer|school',
    'find her|his|their other accounts', 'dm|message her|him|them and tell', 'so everyone|everybody|we|they can mock|laugh|roast|make',
    'tag (everyone|your friends) so', 'keep reporting|spamming',
    'tell (all|everyone|everybody)? <your> friends to report|unfollow|block|dislike|spam', 'dogpile her|him|them|this|that',
    'drag her|him|them in|on the|her|his|their comments|replies', 'go to her|his|their page|profile|channel|account and report|spam|roast|harass|bully|troll|flood|ratio|expose|drag'),
  ...phrase('hostility', 'tells someone off with a curse',
    'fuck|screw|fk|fck|fuk|f you|u|ya|off|yourself|urself', 'go fuck|fck <yourself>|herself|himself|themselves', 'stfu', 'gtfo',
    'shut the fuck|hell|f up', 'shut ur|your fucking? mouth|face', 'suck my dick|cock|balls', 'eat (shit|a dick)',
    'kiss my ass', 'fuck your|ur|yo mom|mother|family|life|channel', '<you> are|r a? piece of shit|crap|garbage|trash',
    '<you> piece of shit|crap|garbage|trash', 'go to hell', 'burn in hell', '<you> are|r (going to|gonna) hell', '<you> will go to hell',
    '<you> are|r? (going to|gonna|will) burn|rot in hell', 'get fucked', 'fuck outta here',
    'fuck|fck|fk him|her|them', 'fuck this|that guy|girl|dude|bitch', '(what the fuck|what the hell|wtf|what|something) is wrong with <you>'),
  ...phrase('doxxing', 'threatens to share private pictures',
    'or i|we will|ill|gonna|am? post|posting|leak|share|send <your>|the|those pics|photos|pictures|video|videos|nudes|screenshots|recording|chats',
    'or i|we will|ill|gonna|am? tell|show|send <your> boyfriend|girlfriend|husband|wife|parents|mom|mum|dad|family|boss'),
  ...phrase('sexual', 'asks for sexual pictures or acts nobody offered',
    'send|show (me|us)? nudes|noods|boobs|tits|titties|nipples|pussy|dick|cock', 'send|dm|snap|text (me|us)? <your>|a? nudes|noods',
    'show|flash (me|us) <your> boobs|tits|titties|nipples|pussy',
    'i|we want|wanna|would love? to? see <you> naked|nude|topless', 'see <you> without clothes|clothing',
    // "my cat likes to sit on my face" is no demand: a face needs someone asking.
    'come|pls|please|just|now|wanna|gonna|then sit on my face', 'sit on my dick|cock',
    'i|we want|wanna|would|will|gonna fuck|rail|bang <you>|her', 'gonna|imma|ima fuck|rail|bang <you>|her', 'wanna fuck|rail|bang'),
  ...phrase('sexual', 'asks for sexual pictures or acts nobody offered',
    'pic|pics|photo|photos|picture|pictures|video|selfie|vid of? <you>? in <your>|the|a? bra|underwear|undies|panties|bikini|lingerie|shower|bath|towel',
    'spicy|naughty|dirty|sexy|nsfw pic|pics|photo|photos|vid|video|videos', 'private pics|photos',
    'request|asking|beg|ask for nudes|noods', 'want|wanna|need|owe|waiting for? those|some|the|<your>? nudes|noods', 'nudes|noods or',
    'drop|send|link <your> onlyfans|of', 'get naked with|for me|us', '(wanna|lets|let us) sext', 'dirty things to|with <you>',
    'bend over (for me|for us|again)', 'spread|open <your> legs', 'moan my name', 'touching myself',
    'take off <your>|that|the top|shirt|bra|clothes|panties|underwear', 'take <your>|that|the top|shirt|bra|clothes|panties|underwear off',
    'look like without that|<your>|a|the shirt|top|bra|clothes', 'flash the camera|cam'),
  ...sexualPhrases(),
  ...closing('sexual', 'asks for sexual pictures or acts nobody offered', 'want|wanna|need to? see <your> chest|boobs|tits|nipples|cleavage'),
  ...closing('sexual', 'makes a sexual remark about someone\'s body', 'nice|great|sexy|big|huge tits|boobs|titties'),
  ...phrase('sexual', 'makes a sexual remark about someone\'s body',
    'what is <your> bra|cup size', 'what size bra|cup', 'what colour|color|kind is|are <your> underwear|panties|undies|bra',
    'are <you> wearing any? underwear|panties|bra', 'freak in bed', '<you> would|must be? good in bed', 'look|looks better|good naked'),
  ...phrase('selfHarm', 'tells someone to stop living', 'just|please|pls|go stop breathing', 'favor|favour and stop breathing'),
  ...phrase('intimidation', 'tries to make someone afraid',
    'watch <your> back', '<you> will regret this|it', '<you> will pay for this|that', 'sleep with one eye open',
    '<you> better watch out|yourself', 'i|we am|are coming for <you>', 'i|we are watching <you>'),
  // "I will find you." threatens; "I'll find you at the con, want my book signed" does not.
  ...closing('intimidation', 'tries to make someone afraid', 'i|we will find <you>'),
];
