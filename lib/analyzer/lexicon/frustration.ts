/**
 * Frustration phrases in support chats: repeated failure, waiting, having tried already, being let down, and the
 * sarcasm that AFINN reads as praise ("thanks for nothing"). Tiers weigh how sure a phrase is on its own.
 * Arrays are sorted and unique (tests/lib/analyzer/lexicon.test.ts).
 */

/** Enough on its own. */
export const FRUSTRATION_STRONG = [
  '2nd|3rd|4th|5th|second|third|fourth|fifth|nth|umpteenth time',
  'again and again',
  'an actual answer|reply|response',
  'another|more excuse|excuses|runaround',
  'another|yet evening|morning|afternoon|day|night|hour|week|weekend ~ on hold',
  'another|yet evening|morning|afternoon|day|night|hour|week|weekend ~ waiting|wasted|gone|chasing',
  'ask*|tell*|told|want* me to ~ again',
  'been down|broken|failing|crashing|dead|offline|unusable|open|pending|stuck|unresolved|outstanding ~ for|since ~ day|days|week|weeks|month|months|ages|year|years|january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|christmas|easter|yesterday|last',
  'been waiting ~ hour|hours|day|days|week|weeks|month|months|ages|forever',
  'bounce|bounced|bouncing|passed|transferred|shunted|shuffled from ~ to another|team|department|agent|person|post',
  'bounce|bounced|bouncing|shunted|shuffled|kicked|passed|transferred around|between|about',
  'broken record',
  'copy and? paste|pasted|pasting',
  'different answer|answers|story|excuse|reply every|each time',
  'different answer|answers|story|response|responses|reply|replies|information',
  'dragging|dragged|drags on',
  'each|every agent|rep|person|one|colleague|time ~ says|tells|gives|told|said ~ something|different|another|else',
  'emails|calls|messages|tickets|chats ~ no|zero answer|answers|reply|replies|response|responses|callback',
  'end of my rope|tether',
  'explain*|tell*|told|answer*|gave|give|given|sent|send|ask|asked|asking ~ again|twice|already|over|times|scratch',
  'fed up',
  'from scratch',
  'get|got|had|getting better help|service|support|answers from a|an',
  'going nowhere',
  'going on|happening ~ for|since ~ day|days|week|weeks|month|months|ages|year|years|january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|christmas|easter|yesterday|last',
  'going|go|gone|running|run ~ round|around in circles',
  'had enough',
  'have|has to be so|this|that hard|difficult|complicated|slow|painful',
  'here we go again',
  'hour|hours|day|days|week|weeks|month|months waiting',
  'how hard can|could|is it',
  'how many more|times',
  'i|we am|are giving up',
  'i|we give|gave up',
  'just to be told|asked|transferred',
  'keep|keeps getting|being ~ declined|rejected|blocked|locked|cancelled|canceled|charged|disconnected|logged',
  'keep|keeps happening',
  'losing|lost|running out of? my? patience',
  'never got|received a|an reply|call|callback|answer|response',
  'never got|received one',
  'no one can|could|will explain|tell|answer',
  'no one ever? rang|called|came|showed|replied|answered|responded',
  'no one ~ bother*',
  'no one ~ have|has a|any? clue|idea',
  'no one ~ help*|answer*|respond*|repl*|car*|listen*|fix*|gets',
  'nobody ~ help*|answer*|respond*|repl*|car*|listen*|fix*|gets',
  'nobody|no one reads|read|listens',
  'nobody|noone can|could|will explain|tell|answer',
  'nobody|noone ever? rang|called|came|showed|replied|answered|responded',
  'nobody|noone ~ bother*',
  'nobody|noone ~ have|has a|any? clue|idea',
  'not have|got ~ time for this|these|games|that',
  'not|never|hasnt|havent updated|moved|changed|budged|progressed ~ in|for|since ~ day|days|week|weeks|month|months|ages',
  'not|never|nothing been? helpful|helped|helps|resolved|solved|fixed|sorted',
  'on hold ~ minutes|minute|min|mins|hours|hour|hr|hrs|ages|forever|days',
  'over and over',
  'promis* ~ never|not|nothing|but|still',
  'proper|real|straight answer|reply|response this|for time? once?',
  'repeat|repeating myself',
  'said|says|saying|told|tells|telling|tell|did|does|doing|promised|wrote|writes ~ opposite',
  'said|says|say|told|tell|tells|promised one thing ~ ~ another|else|otherwise|different',
  'same thing|question|questions|answer|article|link ~ again|over|every|each|twice',
  'scripted|generic|robotic reply|replies|response|responses|answer|answers|message|messages',
  'square one',
  'still ~ not|nothing|no|broken|waiting|wrong|cannot|unable|failing|crash*|error|same',
  'taking|takes|took ~ forever|ages',
  'thanks|thank you? for nothing',
  'the opposite of what',
  'third|fourth|fifth|sixth|nth|umpteenth|3rd|4th|5th|6th week|month|day|attempt|call|email|agent|person|ticket|chat|weekend|try',
  'this|it|that|which|app|service|support|product|system|website|site|software|update|help|team is|are|was|were|seems|looks ~ useless|worthless|hopeless|pointless|rubbish|garbage|terrible|horrible|awful|joke|disaster|mess|nightmare|shambles|farce',
  'tired|sick of',
  'useless|worthless|hopeless|pointless|rubbish|garbage|terrible|horrible|awful|lousy app|application|service|support|product|system|website|site|software|update|help|helpdesk|company|chat|bot|device|experience|customer',
  'wait* ~ forever|ages',
  'waited|waiting ~ hours|days|weeks|months|ages|forever|long',
  'waste of time|money',
  'wasting|wasted|waste my|our ~ time|morning|afternoon|evening|day|days|weekend|money|life',
  'what i|we was|were told|promised ~ last|yesterday|before|already|too|week|well|monday|tuesday|wednesday|thursday|friday|saturday|sunday',
  'why does|do|did|is it|this|that take|taking ~ week|weeks|days|months|long|ages|forever',
  'why does|do|is|are ~ keep|keeps',
  'why do|does|did|should|must i|we have|need|got to? ~ again',
  'why is|does ~ so|this hard|difficult|complicated|impossible',
  'why must|should|do|have i|we ~ chase|chasing|remind|beg',
  'wits|wit end',
  'worst ~ service|support|experience|company',
  'yet again',
  'yet another|more',
  'you|they managed to ~ lose|lost|break|broke|delete|deleted|cancel|cancelled|double|mess|ruin|ruined|forget|forgot|overcharge|overcharged',
  'you|they|he|she told|said|promised ~ same|that|this|exactly ~ last|yesterday|before|already|too|week|monday|tuesday|wednesday|thursday|friday|saturday|sunday',
] as const;

/** Usually frustration in a support chat, but one alone is not always. */
export const FRUSTRATION_MEDIUM = [
  'already ~ tried|did|done|sent|told|explained|contacted|asked|called|written|restarted|reset|reinstalled|checked|updated|answered|provided|gave|given|said|replied|uploaded',
  'always|keeps|keep ~ same|crash*|fail*|freez*|jump*|flip*|happen*|asking|saying|going|logging|returning|showing',
  'annoy*',
  'can|could|do|did|does|is|was not even',
  'disappoint*',
  'dissatisfied|unsatisfied|unhappy',
  'does|did|do|is|was not help|apply|answer|address|solve|fix|matter',
  'does|do|did|is|are|will|was|can not ~ work|works|working|worked|load|loading|open|opening|start|boot|download|arrive|arrived|respond|accept|let|function*',
  'every single day|week|month',
  'every|each single? time',
  'exact|exactly same',
  'exhausting|exhausted',
  'frustrat*',
  'giv* up',
  'great|perfect|brilliant|wonderful|fantastic|lovely|awesome another',
  'hopeless|pointless|useless',
  'in a row',
  'just what i needed',
  'many|several|multiple|numerous|countless times',
  'never came|arrived|happened|called',
  'next|other|different|another agent|person|rep|colleague|guy|one|employee says|said|tells|told|promised|claims|claimed',
  'no answer|response|reply|replies|solution|help|feedback|reaction|way',
  'no difference',
  'no longer ~ work*|boot*|open*|load*|start*|available|possible',
  'not good enough',
  'nothing changes',
  'nothing happens|works|changed|worked|appears|appeared|happened|helped',
  'nothing|none _? suggested|tried|recommended|proposed|advised',
  'not|never happy|satisfied|pleased|acceptable',
  'oh great|wonderful|perfect|brilliant|fantastic|lovely|awesome|joy|fun',
  'same ~ error|problem|issue|message|mistake|screen|result|errors|problems',
  'second week|month|attempt|agent|person|ticket|chat|try',
  'thanks|thank you? a lot ~ now',
  'thanks|thank you? so much ~ now',
  'three|four|five|six|seven|ten|3|4|5|6|7|10 times',
  'times now',
  'tried|did|done ~ already|everything|several|again|twice|times',
  'unacceptable',
  'what is going on',
  'why is|does|do|are|can|did|will|has|have ~ not',
  'why must|should|do|have i|we ~ call|ask|email|write|explain',
  'why ~ still|always|nobody',
  'yeah right',
] as const;

/** Weak cues: they count only alongside others. */
export const FRUSTRATION_WEAK = [
  'again',
  'at all',
  'can not|unable|impossible ~ log*|access*|download*|open*|pay*|buy*|use|read*|connect*|find|see|get|login|sign*',
  'error|errors',
  'even',
  'problem|problems|issue|issues',
  'seriously',
  'still',
  'supposed to',
  'ugh|argh|sigh',
  'whatsoever',
] as const;

/**
 * The customer blaming themselves ("silly me", "my bad", "I feel like an idiot", "my English is not good"): what else reads negative in the
 * message is at their own slip, not at the service, unless a strong phrase says otherwise.
 */
export const SELF_BLAME = [
  'angry|mad|annoyed|cross|furious|frustrated|irritated at|with myself',
  'i feel like a|an? idiot|fool',
  'my bad',
  'my english ~ not|bad|poor|weak|limited|broken|terrible',
  'silly|stupid|dumb me',
  'sorry|oops my mistake|error|fault',
  'sorry|sory|sry for|about my english',
] as const;

/** "Third time ordering from you": a returning customer, not a problem come back ("nth time" rules, phrase-hits.ts). */
export const REPEAT_PURCHASE = [
  'booking',
  'buying',
  'ordering',
  'purchasing',
  'shopping',
  'visiting',
] as const;

/**
 * Sarcasm (sarcasm.ts): praise that is marked as performed ("oh brilliant", "wow, fantastic service", "great job
 * guys") in a message that also reports a problem ("lost again", "only took three weeks", "logs me out") and no fix.
 * Unmarked praise ("Great, my order seems lost") stays a polite report.
 */
export const SARCASTIC_PRAISE = [
  'great|brilliant|fantastic|wonderful|lovely|perfect|awesome|amazing|excellent|superb|terrific job|service|work|stuff|support',
  'oh|wow|yeah|just great|good|brilliant|fantastic|wonderful|lovely|perfect|awesome|amazing|excellent|superb|terrific',
] as const;
export const SARCASM_PROBLEMS = [
  'again',
  'can not|cannot sign|log|get|open|access|use|pay|see|find|order|login',
  'logs|logged|logging|kicks|kicked|throws|threw me? out|off',
  'lost|broken|broke|crashed|crashes|crashing|stopped|declined|missing|wrong|useless',
  'not|never work*|arrived|came|turned|answered|replied',
  'only took|takes|take|taking',
  'still not|waiting|nothing|broken',
] as const;
export const SARCASM_RESOLVED = [
  'arrived|fixed|fixing|found|resolved|solved|sorted|working|works|worked|refunded',
  'can|could sign|log|get|open|access|use|pay|see|find|order|login',
] as const;
/**
 * A first clause of praise alone ("Perfect,", "Nice one,", "Well done,"): sarcastic when the next clause opens with
 * "now" and a problem ("Perfect, so now I cannot sign in"), or when the praise is said twice ("Great, just great").
 */
export const PRAISE_CLAUSE_WORDS = [
  'amazing',
  'awesome',
  'brilliant',
  'excellent',
  'fantastic',
  'good',
  'great',
  'lovely',
  'marvellous',
  'nice',
  'perfect',
  'splendid',
  'superb',
  'terrific',
  'wonderful',
] as const;
export const PRAISE_CLAUSE_FILLERS = [
  'done',
  'job',
  'just',
  'oh',
  'one',
  'so',
  'very',
  'well',
  'wow',
  'yeah',
] as const;
