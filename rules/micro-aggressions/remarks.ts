/**
 * Everyday remarks, sorted by what they do to the person hearing them (issue 11): doubting who
 * someone is, dismissing their experience of bias, assigning a gender role, blaming the victim,
 * trivialising a condition, exoticising a look. Each phrase carries its hidden message whatever
 * the conversation around it. Written for kindness; word classes as in index.ts.
 */
import type { MicroPhrase } from './phrases.js';

export const REMARKS: readonly MicroPhrase[] = [
  {
    kind: 'othering',
    patterns: [
      // Identity denied or policed: "you're not really bi", "you can never be a real woman".
      '<you> are|r not really|even|actually <idadj>', '<you> are|r not really|actually that|<your> race', '<you> are|r really not that|<your> race',
      'can|will never be a real|proper girl|woman|man|boy|lady', '<you> are|r not (a real|a proper|a true|really a) man|woman|girl|lady|guy',
      '<you> can not be a|an person of colour|color', '<you> are|r too pale|dark|light|white to be',
      'biologically he|she|they is|are|r still', 'still biologically a|an? man|woman|male|female', 'only two genders',
      // Gender guessed at from looks; "chick" and "dude" are never asked of a baby ("is it a boy or a girl?").
      'is it a he or a she', 'a|an chick or a|an dude', 'a|an dude or a|an chick', 'is only male and female',
      'why do not <you> just be a|an girl|boy|man|woman', 'why did not <you> just stay a|an', '(afraid|worried|scared) <you> would|might be a|an? gay|lesbian|bi|trans|queer',
      'how can <you> be a|an <idadj>|<idnoun>|feminist and|if', 'how do <you> two|both|guys|girls|ladies have sex', 'how do <you> have sex if', 'are <you> a boy|girl|man|woman|guy or a|an boy|girl|man|woman|guy',
      // Sexuality treated as a stage or a choice to be corrected.
      'bi|gay|lesbian|queer|trans|bisexual|feminist|experimental phase', 'are <you> still bi|bisexual|gay|lesbian|queer|trans',
      '<you> are|r probably not really|even? bi|bisexual|gay|lesbian', '<you> probably are|r not bi|bisexual|gay|lesbian', 'a full time lesbian|gay', 'bi curious', 'bi|bisexual|bisexuals just? need to choose|pick|decide', '(being bi|bisexuality) is just', 'bit gay|girly is not it',
      '(have not|never|not) (met|slept with|been with|found) the right man|guy|woman|girl', 'turn|make <you> straight', 'try being straight', 'butch <you> up',
      'feel more straight', 'pray the gay away', 'alternative lifestyle', '(gay|being gay|homosexuality|being trans) is a lifestyle? choice', 'the gay|queer gene|genes',
      'flaunt|flaunting|flaunts their|it|his|her sexuality|gayness', 'gay around me', '(fine|ok|okay|cool) with <people> people? as long as',
      'i have? got? (no problem with|nothing against) <people>',
    ],
    hidden: 'who you are is for others to confirm, correct or tolerate',
    kinder: 'Take people at their word about who they are.',
  },
  {
    kind: 'disclaimer',
    patterns: [
      // Bias denied or turned around: "reverse racism", "stereotypes exist for a reason".
      'reverse racism|racist|sexism|sexist|discrimination', 'white|straight|heterosexual history|pride month',
      'every|all|most stereotype|stereotypes has|have some|a grain|kernel? of? truth', '(stereotypes exist|stereotypes are there) for a reason', 'stereotypes are|r usually|mostly|often|based on? true|truth',
      'get over slavery', 'forget about slavery', 'slavery was so? long|years ago',
      'racism|sexism|discrimination would go away', 
      'victim card',
      'prove that? racism|sexism|discrimination|homophobia|transphobia|it exists',
      '<you> take|see|make everything as? a? racial|racist|sexist', '<idplural> still|continue? to? think|thinks they are|r oppressed|victims',
      '<idplural> keep|always whining|complaining|crying|bitching', 'should be happy|grateful|thankful with|for the rights',
      '<you> should just? be happy|grateful|thankful <you> are|r|were|got|get', 'can|just|always blame racism|sexism|discrimination',
      'scholarships|scholarship|points for just? being <idadj>|a|an', 'have to be a|an <idadj>|minority|woman to get',
      'one for straight|white people', 'support|supports racial profiling', 'racial profiling works|is necessary|makes sense', 'racist|sexist undertones', 'race angry',
      'no such thing as (white|male|straight) privilege', 'no such thing as racism|sexism|misogyny|homophobia|microaggressions|verbal abuse',
      'do not need feminism', 'equalist|equalists',
      'he|she can not be racist|sexist|homophobic', 'not racist if',
      // A disclaimer that knows what follows: "I hate to sound racist, but…".
      '(hate to|do not want to|do not mean to|not trying to) sound racist|sexist|homophobic|prejudiced', 'not trying to be racist|sexist|homophobic',
      'sounds|sound|sounded racist|sexist|prejudiced|homophobic but', '(this is|this might be|this may be|maybe this is|this sounds|might sound|may sound) racist|sexist but',
    ],
    hidden: 'your experience of bias is not real, or is your own fault',
    kinder: 'Ask about their experience and listen; it may differ from yours.',
  },
  {
    kind: 'stereotype',
    patterns: [
      // Gender roles handed out: who cooks, who carries, whose toy, how a man pushes.
      'make|makes|made a good wife|housewife', 'cook|cooking|clean|cleaning|iron|ironing for <your> husband|husbands|man',
      'a girl|boy|man|woman|guy \'s toy|toys|colour|color|hairstyle|haircut',
      'hairstyle|haircut|colour|color|toy|toys|games|dolls|pink is|are only? for girls|boys|guys',
      'push|fight|act|stand|lift|play|drink like a man', 'take it like a man', 'lose|lost <your> girl|man|guy card|status',
      'boys|girls|ladies|gentlemen do not (do that|sit like that|act like that|talk like that|behave like that|wear|play with|swear)',
      'not very? ladylike|lady-like', 'unladylike',
      // A man in a skirt as the joke in itself.
      'dude|man|guy|boy in a|an miniskirt|skirt|dress',
      '<you> are|r a|an girl|woman|guy|man|dude|boy|lady (of course|should not)', 'as a|an woman|man|girl|boy it is in <your> nature',
      '(natural|normal) that boys|girls|men|women like|love|prefer|want', 'does not even? cook|clean|iron for him', 'hire someone|anyone with a|an <idadj> name|accent', 'she is a girl|woman of course', 'as a woman|girl|man <you> should|must|ought',
      '(men|guys|boys) do not like|want a|an? independent|smart|strong|opinionated|loud|ambitious|assertive|fat|tall',
      'men|women|girls|boys are|r just? very|naturally|simply? visual|emotional|hormonal creatures', '<idplural> being over? oversensitive|sensitive|emotional|dramatic|hysterical',
      'no real? man|boy|guy would ever? want|wear|play|cry|carry', 'a real man|boy would not|never', '(do not like|hate) short hair on girls|women',
      'no way to get|find|catch yourself? a husband',
      '<idplural> know|understand nothing about', 'are <idplural> more|less intelligent|smart|capable|logical than',
      'too many hormones',
      '(get|ask) one of the boys|men|guys to carry|lift|move|fix', '(get|ask) one of the girls to do|type|clean|make|get',
      // Strength as a man's, weakness as a girl's: "we need two strong guys to carry it". Not "help
      // me move" (friends helping with a house move), and not "as strong as men" (an equal).
      'need|needs|want|get * *? men|guys|boys to help? us|me? carry|lift', 'strong|capable man|men|guy|guys around|here|about to? do|carry|lift|help',
      'strong like a? boys|men|guys|man|boy', 'wimpy|puny|feeble girls|girl|women|ladies',
      'cook|cooking|clean|cleaning * *? *? for <your> husband|husbands',
      // A group kept out of a role: "I'd never trust a woman pilot".
      'instructions|orders from a|an woman|girl|lady',
      '(do not|would not|never) want|trust a|an|another|any woman|female|girl|lady|<idadj> boss|doctor|president|pilot|driver|mechanic|lawyer|surgeon|clerk',
      '(would|will) (never|not) ever? hire a|an? young? <idnoun>|lady|woman|mom|mother|pregnant',
    ],
    hidden: 'there is one right way to be a woman or a man, and you are measured against it',
    kinder: 'Ask what they want instead of assuming it from their gender.',
  },
  {
    kind: 'condescension',
    patterns: [
      // The victim made responsible: "she was asking for it", "what did you expect in that skirt".
      '(she|he|<you>|they|chick|girl|girls|women) (is|was|are|were|r) just? basically? asking for it',
      '(she|he|they|<you>|women|girls) deserve|deserves|deserved to be|get raped|assaulted|harassed|groped', 'trying to get raped',
      // "Good girls don't get raped": the harm as proof of the victim's character.
      'good|nice|decent girls|women (do not|never) get raped|assaulted|harassed|groped',
      'own fault for wearing|dressing|walking|drinking|going', 'her own fault if', 'got what was coming to her',
      'implied consent', 'not saying that? she|anyone|someone|a|you * deserves|deserved|deserve', 'not count if it is|was <your> boyfriend|husband|partner|wife', 'because (she|they|you) (was|were|are|is) wearing short|revealing|skimpy|tight', 'looks like she wants it', 'did he hold a gun to <your> head',
      // Sexual violence as a word for a hard exam.
      'test|exam|quiz|exams|tests|homework raped me|us', 'raped my|that|the exam|test|quiz|essay|final',
      // Street remarks that treat a stranger's body and face as public.
      'hey sexy', 'hey little girl', 'look at her|that ass|tits|rack', 'show me (that|your) pretty? smile', 'dropped <your> smile',
      'prettier|cuter|hotter if <you>', 'if <you> were|was skinny|thinner|skinnier|slimmer',
      '<you> have gained|put on weight', 'for every pound <you> lose', 'live off <your> body fat',
    ],
    hidden: 'your body is for others to judge, and what happens to it is your fault',
    kinder: 'Leave their body to them, and put the blame where the harm came from.',
  },
  {
    kind: 'idiom',
    patterns: [
      // A place or a people as a word for bad: "so ghetto", "ching chong".
      // Only where the word plainly ranks a place or a people; plain "so ghetto" is everyday slang in
      // several eval sets and labelled benign there.
      '(too|that is) ghetto', 'ghetto school|fabulous|setting|mini', 'hood rat|hoodrat',
      'ching chong', 'love <you> long time', 'suki|sucky <you> long time', 'china doll', '(i have|got) yellow|jungle fever', 'jungle fever',
      'cp|colored|coloured|mexican|spanish|african time', 'dot|feather indian', 'dot or feather',
      'live|lived|living|built|build in? a|some? teepees|tipis|wigwams|teepee|tipi', 'rag on his|her|their head|heads',
      'where is <your> bomb|kalashnikov|camel|turban', 'are <you> a terrorist',
      '(<you> are|<you> r|he is|she is|such) an? oreo|coconut|twinkie', '(<you> are|<you> r|he is|she is) so|totally|really? whitewashed',
      // A condition or disability used as an insult or a costume.
      'are <you> deaf|blind', 'catch <your> <condition>|autism|aspergers|asperger|disability',
      'get|going|go all <condition>|manic|psycho on me', 'wish i could play|be a|an <condition>|schizophrenic|autistic',
    ],
    hidden: 'who some people are is a synonym for bad, strange or funny',
    kinder: 'Say what you mean without borrowing a people or a condition for it.',
  },
  {
    kind: 'othering',
    patterns: [
      // Surprise that someone of a group can, likes or is: "I didn't know girls played games".
      '(did not|never) (know|think|realise|realize|expect) that? <idplural> (could|can|played|play|liked|like|listened|read|were|did)',
      '(did not|never) (know|think|realise|realize|expect) that? <idadj> <persons> (could|can|played|play|liked|like|listened|read|were|did)',
      'never knew there were <idadj>',
      // The identity as a noun ("Mexican", "girl"), whose short list tells the rule to wake; the praise would wake it on "have a great day".
      '<idnoun> but he|she|<you> is|are|r really|so|actually|very? really|so|very? <praise>',
      '<you> do not look|seem so? smart|intelligent|educated|clever', '<you> hardly|barely have an accent', '<you> are|r so stereotypical',
      'the most un <idadj>', '<you>|he|she speak|speaks english|french|spanish|german|italian|dutch so|really|very well',
      'biologically yours|<your>', 'best|only|good thing about <you> being a|an? <idadj>|<idnoun>',
      'a career or a husband|family|babies', 'nursing or teaching', 'all <idadj> <persons> look like|alike', '(he|she|<you>|who) is|are|r an illegal', '<you> are|r not like most|all of them',
      '(do not|never) really? think of <you>|her|him|them as a|an? <idadj>|<idnoun>', 'do not consider <you> a|an? real? american|british|canadian|english|australian|<idadj>',
      '(did not know|was not sure|could not tell) if|whether <you> were|was|are|r <idadj>', 'guessed|thought|assumed|figured <you> must be a|an? <idadj>',
      '(she|he) is not <idadj> is she|he', '<you>|he|she do|does not come off|across as a|an? <idadj>|<idnoun>', 'thinks she is white|black', 'thinks he is white|black', 'think <you> are|r white|black',
      '<you> are|r|were|was oriental', 'oriental kids|students|children', 'the border is|\'s that way',
      'why (can not|do not) they all? just speak english', 'accent|accents always? sound|sounds so|really|very? <trait>',
      '(a horde of|hordes of|a swarm of) * <people>', 'dark|darker skinned? girl|girls|woman|women|skin could|can be|look pretty|beautiful|attractive',
      'skin colored|coloured|colour|color paint|crayon|crayons|bandaid|tights', 'is it all hers|his', 'surprised <you> are|r not in jail|prison',
      // Origin and belonging questioned: "wouldn't you be happier in your home country?".
      '(happier|better off) (in|back in) <your> own|home? country', 'if <you> do not like it here', 'where were <you> from before',
      'how did <you> get a|an american|british|canadian|australian passport|citizenship', 'feel more <idadj>|american|british|canadian|english or',
      'speak|speaking for <your> whole? race', 'speak for all <idplural>',
      // Looks exoticised or ranked: "your ethnic mix is gorgeous", "lucky to have lighter skin".
      '<you> both|all|two? have a|an|that|this very? ethnic|exotic look|thing|vibe|feel', '<your> ethnic mix|mixture', 'ethnicity about <you>',
      'make|makes|made me|you|her|him|them look|seem|sound more? <idadj>|ghetto|exotic', 'that is what <idadj> people|<persons> do',
      'at least <you>|he|she|they are|is|was|were|r not a|an? <idadj>|<idnoun>', 'at least <your> family|parents|mom|dad|mother|father was|were|is|are not <idadj>',
      '(i mean|well) (they are|they r|he is|she is) <idadj>', 'i thought <idplural> were|had|liked|loved|could',
      'are <you> <idadj> or <idadj>', 'are <you> from india|china|japan|korea|pakistan|mexico|vietnam|thailand|philippines or',
      'why is there a girl|woman here', 'are <you> sure <you> are|r old enough to work|be|run|manage|teach', 'decent|nice|normal|civilised|civilized middle eastern <persons>', 'look|looks|looking|looked like aunt jemima|buckwheat', 'aunt jemima rag|rags',
      '<praise> but fat|chubby|disabled|gay|deaf|blind|autistic', 'militant gay|gays|lesbian|lesbians|feminist|feminists|trans', 'angry black woman|women',
      '(mixed race|biracial|mixed) people|kids|babies|children? are|r so|always|the? most? beautiful|cute|pretty|gorgeous',
      'lucky (to have|you have|you got) (light|lighter|fair|fairer|white|pale) skin',
      // Dark skin as dirt or a flaw to fix: "it won't wash off", "needs to be lighter".
      'brown|black|dark|darker skin will|wo|does|would not? wash|come|rub off', 'skin needs|need|has|should to? be * *? *? lighter|whiter|fairer|paler',
      'get|find yourself an? <idadj> girl|wife|girlfriend|woman', 'wanted|want|need a gay best friend',
      'thought|assumed|guessed based on|from <your> name', 'a regular|normal english? name', 'stay|stick with|to their|<your> own kind|race',
      'they all look alike|same to me', 'all look the same to me', '<idplural> all look alike', '<idplural> all look the same', 'assumed|thought <you> were|was my|the nurse|maid|help|cleaner|secretary|waitress|janitor|nanny|assistant',
      'how do <idplural> have sex', 'no fats|fems|femmes no fats|fems|femmes|asians|blacks',
      'only like|date|want masculine|feminine|straight-acting men|guys|women|girls', 'straight acting', 'attracted to <idadj> or <idadj>',
    ],
    hidden: 'you are seen as your group first, and as yourself second',
    kinder: 'Talk to the person about the person, not about what you expected from their group.',
  },
];

/**
 * Remarks that carry their message only as a sentence of their own: "What are you?" asks what
 * someone is, "what are you doing" does not; "Smile!" to a stranger, not "smile if you liked it".
 * Matched apart from REMARKS, so a short one never hides a longer phrase that starts at the same word.
 */
export const WHOLE_SENTENCES: readonly MicroPhrase[] = [
  {
    kind: 'othering',
    patterns: [
      'what are <you>', 'then|so|but what are <you>', '<idadj> and what', '(was|were) (he|she|they) <idadj>', '(he|she|they) is|are <idadj> you know', 'is that a man|woman|dude',
      // Asked of a person passing by; "is that a boy or a girl on the scan?" goes on and passes.
      'is|was that|this a|an girl|boy|man|woman|guy|dude|chick or a|an? girl|boy|man|woman|guy|dude|chick',
    ],
    hidden: 'you are a puzzle to be solved before you are a person',
    kinder: 'Ask about the person only what you would ask anyone.',
  },
  {
    kind: 'othering',
    patterns: [
      'go back to africa|mexico|china|japan|india|pakistan|korea|vietnam|syria|iraq|iran|somalia|nigeria|poland|russia|asia',
      // A group named alone with a sneer: "Typical Mexicans." (A bare "Boys? Girls?" can be a real question.)
      'illegals', '(a lot of|so many|too many) <people>', 'typical|those|bloody|damn <idplural>',
    ],
    hidden: 'you do not belong here, and your group is all anyone sees',
    kinder: 'Talk to the person about what you were talking about.',
  },
  {
    kind: 'condescension',
    patterns: ['smile', 'smile more', 'come on smile'],
    hidden: 'your face is there for others to enjoy',
    kinder: 'Leave their face to them.',
  },
  {
    kind: 'backhanded',
    patterns: ['<you> are|r actually smart|intelligent|articulate|educated'],
    hidden: 'nobody expected it of you',
    kinder: 'You explained that really well.',
  },
];
