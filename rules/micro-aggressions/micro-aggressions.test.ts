import { testRule } from '../../test/support/rule-tester.js';
import microAggressions from './index.js';

testRule(microAggressions, {
  valid: [
    // Singlish and Manglish near misses (local-remarks.ts)
    'my uncle also want to learn TikTok dance, so cute',
    'typical HDB flat layout, but you decorated it so nicely',
    'banana bread recipe please',
    'my grandparents are too old for TikTok but they watched this twice',
    'Malays so many wedding traditions, love learning them',
    // The writer's own people, people honoured, a view held by the reader and doubted.
    'we are a bunch of sikhs from the same kampung lah',
    "let's all support those filipinos who lost their homes",
    'you really think "eurasians are all rich"? come on',
    // "a woman" is one person: nothing general follows from her
    'she is a woman need I say more about her work ethic, she is brilliant',
    // a comma after the group calls out to them
    'Girls, do not let anyone tell you that you are too loud',
    'my grandmother is great at math',
    // pointing at people and praising them is about them, not their group
    'these girls are so pretty in the group photo',
    'the gamers at the table were all so kind',
    'we speak English and Tagalog at home',
    'Telling a coworker "go back to your country" is racist.',
    'stop saying "that is so gay" about things you dislike',
    'you look great in this',
    'where are you from? I love that accent',
    'she runs like the wind',
    'I\'m so gay for this song',
    'calm down, the next video drops Friday',
    'that was good for a first attempt',
  ],
  invalid: [
    { text: 'girls do not know how to drive', errors: ['girls do not know how to drive'] },
    // Groups of Singapore and Malaysia by their plural names, as the Singlish pack knows them.
    { text: 'sikhs always so loud at weddings', errors: ['sikhs always'] },
    { text: 'typical pinoys, always late', errors: ['typical pinoys'] },
    // as Singapore and Malaysia say them (local-remarks.ts)
    { text: 'Tamils so stubborn, cannot reason with them', errors: ['Tamils so stubborn'] },
    { text: 'deaf also want to open a cafe', errors: ['deaf also want'] },
    { text: 'typical HDB auntie, always queueing for freebies', errors: ['typical HDB auntie'] },
    { text: 'too old already to be dancing like that', errors: ['too old already'] },
    // a disability word used as the insult, of anyone or anything
    { text: 'the refs tonight are retarded', errors: [{ text: 'are retarded', messageId: 'hiddenMessage' }] },
    { text: 'my laptop keeps acting retarded', errors: ['acting retarded'] },
    // stereotypes without a slur, and hidden messages after Sue et al.'s categories
    { text: 'gamers are all so lazy', errors: [{ text: 'gamers are all so lazy', messageId: 'hiddenMessage' }] },
    { text: 'boomers never learn how to use a phone', errors: ['boomers never learn'] },
    { text: 'you must be good at math then', errors: ['must be good at math'] },
    { text: 'honestly, there is only one race', errors: ['there is only one race'] },
    { text: 'she was a diversity hire', errors: ['diversity hire'] },
    { text: 'your name is too hard, can I just call you Jen', errors: ['your name is too hard', 'can I just call you'] },
    { text: 'calm down, are you on your period', errors: ['are you on your period'] },
    { text: 'you look great for your age', errors: ['great for your age'] },
    { text: 'you\'re pretty for a dark skinned girl', errors: ['pretty for a dark'] },
    { text: 'smart for a girl', errors: ['smart for a girl'] },
    { text: 'ok but where are you really from', errors: ['where are you really from'] },
    { text: 'you speak English so well', errors: ['you speak English so well'] },
    { text: 'you throw like a girl', errors: ['you throw like a girl'] },
    { text: 'he talks like a girl lol', errors: ['talks like a girl'] },
    { text: 'stay in the kitchen where you belong', errors: ['stay in the kitchen'] },
    { text: 'the kitchen where you belong', errors: ['kitchen where you belong'] },
    { text: 'man up', errors: ['man up'] },
    { text: 'calm down sweetie', errors: ['calm down sweetie'] },
    { text: 'that\'s so gay', errors: ['that\'s so gay'] },
    { text: 'thats so retarded', errors: ['thats so retarded'] },
    { text: 'you people always do this', errors: ['you people'] },
    { text: 'boys don\'t cry', errors: ['boys don\'t cry'] },
  ],
});

testRule(microAggressions, {
  valid: ['I love Chinese food', 'the Korean drama you recommended was great', 'smile if you liked the video', 'so many Indian friends came to our open house'],
  invalid: [
    { text: 'no offense but that is not for people like you', errors: ['no offense but', 'people like you'] },
    { text: 'not to be racist, but', errors: ['not to be racist'] },
    { text: 'what are you mixed with?', errors: ['what are you mixed with'] },
    { text: 'you should smile more', errors: ['you should smile'] },
    { text: 'so many mexicans here', errors: ['so many mexicans here'] },
    { text: 'too many foreigners in this game', errors: ['too many foreigners'] },
    { text: 'What do you call a Mexican who…', errors: [{ text: 'What do you call', messageId: 'groupJoke' }] },
  ],
});

// Generalisations that deny a bad trait, or say a group belongs anywhere, defend the group.
testRule(microAggressions, {
  valid: [
    'Refugees are not criminals, they are families looking for safety.',
    'Muslims are never violent in my experience',
    'Gay people belong anywhere they like.',
  ],
  invalid: [
    { text: 'women are not funny', errors: ['women are not'] },
    { text: 'women are not capable of leading', errors: ['women are not'] },
    { text: 'immigrants belong back where they came from', errors: ['immigrants belong back'] },
  ],
});

// Grammar frames (frames.ts): an identity word in a slot where it explains, doubts or measures the person.
testRule(microAggressions, {
  valid: [
    'I\'m gay and proud of it',
    'she is the first woman to run the lab',
    'I need a present for a girl who likes trains',
    'this is a good course for a beginner',
    'you look so tired, go to bed',
    'you are really good at this',
    'the Asian film festival opens tonight',
    // Everyday talk a looser frame took for a remark about identity (our own sentences).
    'are you sure you have the right link? it opens a blank page',
    'you don\'t look like you have slept, rest up after the launch',
    'it was just a joke between me and my sister',
    'ladies first, then the rest of the squad',
    'she looks like a girl boss in this thumbnail',
    // A verb in the passive: "retarded by frost" slows, it names no one.
    'growth is retarded by an early frost',
    'we have so many Indian friends coming to the open house',
    'is that a man or a woman singing the high notes? amazing voice',
    'when I was your age I could not do a single push-up, so proud of you',
    'our female engineer won the design award',
    'he is autistic and an excellent pilot',
    'you\'re so kind to everyone',
  ],
  invalid: [
    { text: 'you\'re a girl, you wouldn\'t get it', errors: ['you\'re a girl'] },
    { text: 'you aren\'t really disabled', errors: ['you aren\'t really disabled'] },
    { text: 'are you even gay?', errors: ['are you even gay'] },
    { text: 'you don\'t act like a Muslim', errors: ['you don\'t act like a Muslim'] },
    { text: 'you sound so white', errors: ['you sound so white'] },
    { text: 'too cute to be a lesbian', errors: ['too cute to be a lesbian'] },
    { text: 'he writes well for an immigrant', errors: ['well for an immigrant'] },
    { text: 'decent at maths for a girl', errors: ['decent at maths for a girl'] },
    { text: 'that is so Asian of you', errors: ['so Asian of you'] },
    { text: 'bisexuals are just greedy', errors: ['bisexuals are just'] },
    { text: 'Asian moms are so strict', errors: ['Asian moms are so'] },
    { text: 'my boss is so bipolar', errors: ['is so bipolar'] },
    { text: 'stop being such a girl', errors: ['such a girl'] },
    { text: 'pink is so girly', errors: ['is so girly'] },
    { text: 'I love my cousin even though he is gay', errors: ['even though he is gay'] },
  ],
});

// Origin, gender roles, "friends" and doubt (frames.ts), and the question and the conditional they are not.
testRule(microAggressions, {
  valid: [
    'are you Korean? my best friend is from Seoul',
    'if you are a woman in tech, come to our meetup',
    'whether you are gay or straight, you are welcome here',
    'do you speak French? I need a translator',
    'they are too young to drive',
    'my friends and I went hiking',
    'are you sure you want to delete this file?',
  ],
  invalid: [
    { text: 'are you even Muslim? you drink', errors: ['are you even Muslim'] },
    { text: 'in your country do you have phones?', errors: ['in your country'] },
    { text: 'you should have been born a boy', errors: ['you should have been born'] },
    { text: 'so which one of your parents is white?', errors: ['which one of your parents'] },
    { text: 'better marry a rich man then', errors: ['marry a rich man'] },
    { text: 'what were you wearing that night?', errors: ['what were you wearing'] },
    { text: 'cooking is a woman\'s job', errors: ['a woman\'s job'] },
    { text: 'I can\'t be racist, I have two Black friends', errors: ['racist, I have two Black friends'] },
    { text: 'I have Black friends, so', errors: ['I have Black friends'] },
    { text: 'gay couples can adopt the older kids and leave the babies for normal families', errors: ['for normal families'] },
    { text: 'you don\'t have ADHD, you are just lazy', errors: ['you don\'t have ADHD'] },
    { text: 'you\'re too young to know what you want', errors: ['you\'re too young to know'] },
    { text: 'are you sure you belong in this class?', errors: ['are you sure you belong'] },
    { text: 'boys will be boys', errors: ['boys will be boys'] },
  ],
});

// Gender norms and essentialism (frames.ts).
testRule(microAggressions, {
  valid: [
    'all men are not abusers',
    'the toy shop has a sale on',
    'he lost to a better player',
    'my cousin is a great nurse',
    'it runs in the family, we all love music',
    'we watched a movie with the girls',
  ],
  invalid: [
    { text: 'not much of a man, are you', errors: ['not much of a man'] },
    { text: 'you argue like a girl', errors: ['you argue like a girl'] },
    { text: 'pink is a girl colour', errors: ['girl colour'] },
    { text: 'all girls like dolls, it is natural', errors: ['all girls like dolls'] },
    { text: 'boys naturally love sports', errors: ['boys naturally love sports'] },
    { text: 'ugh, beaten by a girl again', errors: ['ugh, beaten by a girl'] },
    { text: 'is she a man or a woman, honestly', errors: ['is she a man or a'] },
    { text: 'she doesn\'t look like a girl at all', errors: ['she doesn\'t look like a girl'] },
    { text: 'being good with money is in their blood', errors: ['is in their blood'] },
    { text: 'I would never date Black guys', errors: ['never date Black guys'] },
    { text: 'Indian families smell like curry', errors: ['Indian families smell like'] },
    { text: 'you are nicer than most Muslim guys', errors: ['than most Muslim guys'] },
    { text: 'I would never have guessed you were gay', errors: ['never have guessed you were gay'] },
    { text: 'very bold for a woman', errors: ['very bold for a woman'] },
    { text: 'handsome for a Sikh guy', errors: ['handsome for a Sikh guy'] },
  ],
});

// Dismissing the hurt, and looks set against a job or a condition (frames.ts).
testRule(microAggressions, {
  valid: ['this tool is too sensitive to dust', 'you are so sensible', 'she is gay and he is autistic', 'you look like you had fun'],
  invalid: [
    { text: 'stop being so sensitive, it was a compliment', errors: ['stop being so sensitive'] },
    { text: 'honestly you\'re overreacting', errors: ['you\'re overreacting'] },
    { text: 'can\'t you take a joke?', errors: ['can\'t you take a joke'] },
    { text: 'not everything is about race, you know', errors: ['not everything is about race'] },
    { text: 'she is too pretty to be an engineer', errors: ['she is too pretty to be an engineer'] },
    { text: 'you don\'t look like you have depression', errors: ['don\'t look like you have depression'] },
  ],
});

// A person addressed or chosen as a member of a group (frames.ts).
testRule(microAggressions, {
  valid: ['you women\'s football fans are loud tonight', 'she gave the job to the best candidate', 'Korean names are often three syllables'],
  invalid: [
    { text: 'so is it true what they say about redheads?', errors: ['true what they say about'] },
    { text: 'you only got the prize because of your race', errors: ['because of your race'] },
    { text: 'there are some decent Muslim guys out there', errors: ['decent Muslim guys'] },
    { text: 'they gave the job to a Black woman instead', errors: ['gave the job to a Black woman'] },
    { text: 'she is his mail-order bride', errors: ['mail-order bride'] },
    { text: 'your parents do not even speak English', errors: ['do not even speak English'] },
  ],
});

// What a group "does", and jobs marked by gender (frames.ts).
testRule(microAggressions, {
  valid: ['the employee of the month is Sam', 'when I was ten I broke my arm', 'a person like you would love this book'],
  invalid: [
    { text: 'Mormons treat their wives like servants', errors: ['Mormons treat their wives'] },
    { text: 'I have never met a Black guy like you', errors: ['a Black guy like you'] },
    { text: 'we thought you were a Muslim from your name', errors: ['thought you were a Muslim'] },
    { text: 'ballet is weird for a boy', errors: ['weird for a boy'] },
    { text: 'a good wife knows how to cook', errors: ['a good wife knows'] },
    { text: 'no man will ever want to marry you', errors: ['no man will ever want'] },
    { text: 'come on, smile for me', errors: ['smile for me'] },
  ],
});

// Class, accent and disability as the yardstick, and more origins in the identity words (frames.ts).
testRule(microAggressions, {
  valid: ['I wish I had more time', 'he has a strong Scottish accent', 'she is Samoan and coaches our rugby team'],
  invalid: [
    { text: 'wow, I can\'t hear any accent at all', errors: ['can\'t hear any accent'] },
    { text: 'you don\'t come from the right kind of family for this school', errors: ['don\'t come from the right'] },
    { text: 'pick a normal name for the baby', errors: ['a normal name'] },
    { text: 'I wish I had dyslexia so I got extra time', errors: ['I wish I had dyslexia'] },
    { text: 'you\'re Samoan, you must love rugby', errors: ['you\'re Samoan'] },
  ],
});

// Skills and origins assumed from a face (frames.ts).
testRule(microAggressions, {
  valid: ['you should know the way by now', 'how long have you been in this job?', 'we had sushi for lunch'],
  invalid: [
    { text: 'you must know kung fu then', errors: ['you must know kung'] },
    { text: 'so when are you going back to your country?', errors: ['when are you going back to your country'] },
    { text: 'how long have you lived in this country?', errors: ['how long have you lived in this country'] },
    { text: 'my neighbour married an oriental', errors: ['an oriental'] },
  ],
});

// More of the same frames: two-word praise before "for a <group> guy", "almost", and gendered brains.
testRule(microAggressions, {
  valid: ['this will make him happy', 'brain surgery is hard', 'we do not celebrate birthdays at work'],
  invalid: [
    { text: 'you are really soft spoken for a Black guy', errors: ['really soft spoken for a Black guy'] },
    { text: 'you are almost white', errors: ['you are almost white'] },
    { text: 'a doll will make him gay', errors: ['make him gay'] },
    { text: 'that is just how female brains work', errors: ['female brains'] },
    { text: 'you do not celebrate Christmas? weird', errors: ['you do not celebrate Christmas'] },
  ],
});

// Bodies treated as public business (frames.ts).
testRule(microAggressions, {
  valid: ['is that your real name on the form?', 'you should be eating more vegetables, the doctor said', 'that was brave of you'],
  invalid: [
    { text: 'wait, is that your real hair?', errors: ['is that your real hair'] },
    { text: 'so brave for wearing shorts at your size', errors: ['brave for wearing'] },
    { text: 'should you be eating that?', errors: ['should you be eating'] },
    { text: 'do you really need another slice?', errors: ['do you really need another'] },
  ],
});

// Identity doubted or corrected, and sexuality treated as a stage (remarks.ts).
testRule(microAggressions, {
  valid: ['I met the right person at a book club', 'my bi cousin and her wife came for dinner', 'nobody deserves to be raped, ever', 'is that a boy or a girl on the scan?'],
  invalid: [
    { text: 'you are not really bi, you just want attention', errors: ['you are not really bi'] },
    { text: 'she will grow out of her lesbian phase', errors: ['lesbian phase'] },
    { text: 'you just haven\'t met the right guy yet', errors: ['haven\'t met the right guy'] },
    { text: 'honestly, is it a he or a she?', errors: ['is it a he or a she'] },
    { text: 'I\'m fine with gay people as long as they keep it private', errors: ['fine with gay people as long as'] },
  ],
});

// Bias denied or turned around, and the disclaimer that knows what follows (remarks.ts).
testRule(microAggressions, {
  valid: ['the museum opens a new wing on the history of slavery', 'this might be a silly question, but where is the exit?', 'my family has a long history of pride in our farm'],
  invalid: [
    { text: 'stereotypes exist for a reason, you know', errors: ['stereotypes exist for a reason'] },
    { text: 'that is just reverse racism', errors: ['reverse racism'] },
    { text: 'why can\'t people get over slavery already', errors: ['get over slavery'] },
    { text: 'I hate to sound racist, but they drive badly', errors: ['hate to sound racist'] },
    { text: 'he can\'t be sexist, he has three daughters', errors: ['he can\'t be sexist'] },
  ],
});

// Gender roles handed out, the victim blamed, a body made public business (remarks.ts).
testRule(microAggressions, {
  valid: ['the girl\'s toy was left on the bus', 'she makes a good point about the budget', 'look at that view', 'if you lose the receipt, ask at the desk'],
  invalid: [
    { text: 'buy him trucks, dolls are for girls', errors: ['dolls are for girls'] },
    { text: 'you cook so well, you will make a good wife', errors: ['make a good wife'] },
    { text: 'ask one of the boys to carry the boxes', errors: ['ask one of the boys to carry'] },
    { text: 'in that skirt she was asking for it', errors: ['she was asking for it'] },
    { text: 'you would be so much prettier if you lost some weight', errors: ['prettier if you'] },
  ],
});

// A people or a condition as a word for bad, and surprise at who someone is (remarks.ts).
testRule(microAggressions, {
  valid: ['the Warsaw ghetto uprising began in 1943', 'what are you doing later?', 'he is deaf and teaches at the school for the deaf', 'I did not know the shop closed on Sundays'],
  invalid: [
    { text: 'this mall is too ghetto for me', errors: ['too ghetto'] },
    { text: 'What are you?', errors: ['What are you'] },
    { text: 'wow, I didn\'t know girls liked football', errors: ['didn\'t know girls liked'] },
    { text: 'my coworker is Mexican but she is really smart', errors: ['Mexican but she is really smart'] },
    { text: 'if you don\'t like it here, leave', errors: ['if you don\'t like it here'] },
  ],
});

// Remarks that carry their message only as a sentence of their own (remarks.ts, WHOLE_SENTENCES).
testRule(microAggressions, {
  valid: ['smile if you enjoyed the show', 'what are you reading these days?', 'was she late again?', 'Boys? Girls? We teach both.', 'I want to go back to Japan next spring'],
  invalid: [
    { text: 'Smile!', errors: ['Smile'] },
    { text: 'Bloody foreigners.', errors: ['Bloody foreigners'] },
    { text: 'Go back to Mexico!', errors: ['Go back to Mexico'] },
    { text: 'Was he black?', errors: ['Was he black'] },
    // A short whole-sentence phrase never hides a longer one inside a sentence.
    { text: 'so what are you mixed with?', errors: ['what are you mixed with'] },
  ],
});

// Origin guessed, bias excused, a condition or a body ranked (remarks.ts, second batch).
testRule(microAggressions, {
  valid: ['are you from here or visiting?', 'at least he is not late today', 'the good news is that she is home', 'she speaks French at work'],
  invalid: [
    { text: 'are you Chinese or Japanese?', errors: ['are you Chinese or Japanese'] },
    { text: 'well, at least she is not Muslim', errors: ['at least she is not Muslim'] },
    { text: 'that scarf makes you look Mexican', errors: ['makes you look Mexican'] },
    { text: 'you speak English so well for someone from there', errors: ['you speak English so well'] },
    { text: 'they gave the job to a Black girl, of course', errors: ['gave the job to a Black girl'] },
  ],
});

// Language assumed from a face, looks measured against a people, strength and housework handed out
// by gender, skin colour as a stain, a group kept out of a role.
testRule(microAggressions, {
  valid: [
    'English is not my first language, sorry for the typos',
    'is English your first language or Welsh?',
    'she looks cute for her first day at school',
    'is that a boy or a girl on the scan?',
    'I need some guys to help me move on Saturday',
    'girls can be as strong as men',
    'the man in a suit stood up to speak',
    'nobody deserves to be harassed',
    'the paint needs to be a shade lighter',
    'I don\'t want a lawyer, I want a mediator',
    'how long have you lived in Leeds?',
  ],
  invalid: [
    { text: 'I figured English was your second language', errors: ['English was your second language'] },
    { text: 'you are gorgeous for a Samoan', errors: ['gorgeous for a Samoan'] },
    { text: 'you two are cute for some Asian boys', errors: ['cute for some Asian'] },
    { text: 'Is that a girl or a boy?', errors: ['Is that a girl or a boy'] },
    { text: 'we need two strong guys to help carry the desk', errors: ['need two strong guys to help carry'] },
    { text: 'three wimpy girls could never push it', errors: ['wimpy girls'] },
    { text: 'one day you will be cleaning the whole house for your husband', errors: ['cleaning the whole house for your husband'] },
    { text: 'lol there was a dude in a skirt on the bus', errors: ['dude in a skirt'] },
    { text: 'good girls don\'t get harassed', errors: ['good girls don\'t get harassed'] },
    { text: 'your dark skin won\'t wash off', errors: ['dark skin won\'t wash off'] },
    { text: 'your skin needs to be a few shades lighter for the part', errors: ['skin needs to be a few shades lighter'] },
    { text: 'I would never trust a woman pilot', errors: ['never trust a woman pilot'] },
    { text: 'that is such a Mexican thing to say', errors: ['such a Mexican thing to say'] },
    { text: 'bisexuals are secretly greedy', errors: ['bisexuals are secretly'] },
    { text: 'he is just extremely Muslim, ignore him', errors: ['he is just extremely Muslim'] },
  ],
});
